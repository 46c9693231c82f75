import { COUNCIL_POSITION_NAMES, STAR_BANDS } from '@ocop/domain';

/**
 * JSON schemas of the evaluation routes (types: @ocop/domain evaluation/council.ts, session-minutes.ts,
 * criteria/criteria-sheet.ts, score-sheet.ts). Responses are closed where the shape is ours; a criteria sheet
 * and a sheet's score are sent as the domain builds them (open objects), their types being the contract.
 */

const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const uuid = { type: 'string', pattern: UUID_PATTERN };
const nullable = (type: string | string[], description?: string) => ({
  type: [...(Array.isArray(type) ? type : [type]), 'null'],
  ...(description ? { description } : {}),
});
const date = { type: 'string', description: 'yyyy-MM-dd' };
const stars = { type: 'integer', enum: STAR_BANDS.map((b) => b.stars) };
const open = (description: string) => ({ type: 'object', additionalProperties: true, description });

function closed(properties: Record<string, unknown>, description?: string) {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  };
}

const params = (...names: string[]) => ({
  type: 'object',
  required: names,
  properties: Object.fromEntries(names.map((n) => [n, uuid])),
});
export const COUNCIL_PARAMS = params('id');
export const SESSION_PARAMS = params('id');
export const SESSION_DOSSIER_PARAMS = params('id', 'dossierId');
export const CRITERIA_SHEET_PARAMS = {
  type: 'object',
  required: ['setId', 'subgroupCode'],
  properties: {
    setId: { type: 'string', enum: ['1048', '148'] },
    subgroupCode: { type: 'string', pattern: '^[0-9]{1,3}$', description: 'Phân nhóm code' },
  },
};
export const SESSION_LIST_QUERY = {
  type: 'object',
  properties: {
    councilId: uuid,
    status: { type: 'string', enum: ['open', 'closed'] },
  },
};

const POSITIONS = Object.keys(COUNCIL_POSITION_NAMES);
const MEMBER_SCHEMA = closed({
  id: { type: 'string', format: 'uuid' },
  fullName: { type: 'string' },
  position: { type: 'string', enum: POSITIONS },
  title: { type: 'string' },
  username: nullable('string', 'Sign-in name; null for a member who scores on paper'),
});

export const COUNCIL_SCHEMA = closed(
  {
    id: { type: 'string', format: 'uuid' },
    level: { type: 'string', enum: ['district', 'province'] },
    unitCode: { type: 'string' },
    name: { type: 'string' },
    decisionNumber: { type: 'string' },
    decisionDate: date,
    termFrom: date,
    termTo: nullable('string'),
    members: { type: 'array', items: MEMBER_SCHEMA },
    version: { type: 'integer' },
  },
  'A council (hội đồng đánh giá, phân hạng sản phẩm OCOP)',
);
export const COUNCIL_LIST_SCHEMA = { type: 'array', items: COUNCIL_SCHEMA };

const COUNCIL_BODY_PROPERTIES = {
  level: { type: 'string', enum: ['district', 'province'] },
  unitCode: { type: 'string', description: 'District code (3 digits) or province code (2 digits)' },
  name: { type: 'string' },
  decisionNumber: { type: 'string' },
  decisionDate: date,
  termFrom: date,
  termTo: nullable('string'),
  members: {
    type: 'array',
    description: 'Exactly one chair and one secretary, at least 3 members, usernames unique',
    items: {
      type: 'object',
      properties: {
        id: { type: 'string', description: 'An existing member being edited; left out for a new one' },
        fullName: { type: 'string' },
        position: { type: 'string', enum: POSITIONS },
        title: { type: 'string' },
        username: nullable('string'),
      },
    },
  },
};
export const NEW_COUNCIL_BODY = { type: 'object', properties: COUNCIL_BODY_PROPERTIES };
export const COUNCIL_CHANGE_BODY = {
  type: 'object',
  required: ['version'],
  properties: { version: { type: 'integer' }, ...COUNCIL_BODY_PROPERTIES },
};

const SCORE_RESULT_SCHEMA = {
  anyOf: [
    closed({
      count: { type: 'integer' },
      mean: { type: 'number' },
      spread: { type: 'number' },
      min: { type: 'number' },
      max: { type: 'number' },
      spreadFlagged: { type: 'boolean', description: 'Spread above 10 points' },
      stars,
    }),
    { type: 'null' },
  ],
};
const COUNCIL_REF = closed({
  id: { type: 'string', format: 'uuid' },
  name: { type: 'string' },
  level: { type: 'string', enum: ['district', 'province'] },
  unitCode: { type: 'string' },
});
const ID_NAME = closed({ id: { type: 'string' }, name: { type: 'string' } });
const SHEET_STATUS = { type: 'string', enum: ['none', 'draft', 'submitted'] };

const AGENDA_ITEM_SCHEMA = closed({
  dossierId: { type: 'string', format: 'uuid' },
  product: ID_NAME,
  producer: ID_NAME,
  commune: closed({ code: { type: 'string' }, name: { type: 'string' } }),
  criteriaSet: { type: 'string', enum: ['1048', '148'] },
  subgroupCode: { type: 'string' },
  sheetTitle: { type: 'string' },
  submitted: { type: 'integer' },
  expected: { type: 'integer' },
  mySheet: { anyOf: [SHEET_STATUS, { type: 'null' }] },
  result: SCORE_RESULT_SCHEMA,
  forwarded: nullable('boolean'),
});

export const SESSION_SCHEMA = closed(
  {
    id: { type: 'string', format: 'uuid' },
    council: COUNCIL_REF,
    title: { type: 'string' },
    date,
    place: { type: 'string' },
    status: { type: 'string', enum: ['open', 'closed'] },
    closedAt: nullable('string'),
    closedBy: nullable('string'),
    attendees: { type: 'array', items: MEMBER_SCHEMA },
    agenda: { type: 'array', items: AGENDA_ITEM_SCHEMA },
    canManage: { type: 'boolean' },
    version: { type: 'integer' },
  },
  'A council session: members present, agenda, results as the caller may see them',
);

export const SESSION_LIST_SCHEMA = {
  type: 'array',
  items: closed({
    id: { type: 'string', format: 'uuid' },
    council: COUNCIL_REF,
    title: { type: 'string' },
    date,
    place: { type: 'string' },
    status: { type: 'string', enum: ['open', 'closed'] },
    dossierCount: { type: 'integer' },
    attendeeCount: { type: 'integer' },
    mySheetsToDo: nullable('integer', 'A member present: their sheets still to submit; null for others'),
  }),
};

export const NEW_SESSION_BODY = {
  type: 'object',
  properties: {
    councilId: { type: 'string' },
    title: { type: 'string' },
    date,
    place: { type: 'string' },
    dossierIds: { type: 'array', items: { type: 'string' } },
    attendeeIds: { type: 'array', items: { type: 'string' }, description: 'Council members with a username' },
  },
};

const ANSWERS_SCHEMA = open(
  'SheetAnswers: { choices: { criterionCode: optionIndex }, gates: criterionCode[] }',
);

export const MY_SHEET_SCHEMA = closed(
  {
    sessionId: { type: 'string', format: 'uuid' },
    dossierId: { type: 'string', format: 'uuid' },
    sheet: open('CriteriaSheet (@ocop/domain criteria/criteria-sheet.ts)'),
    answers: ANSWERS_SCHEMA,
    score: open('SheetScore (@ocop/domain criteria/score-sheet.ts), computed by the API'),
    status: { type: 'string', enum: ['draft', 'submitted'] },
    submittedAt: nullable('string'),
    reopenedCount: { type: 'integer' },
    locked: { type: 'boolean', description: 'The session is closed' },
    version: { type: 'integer', description: '0 until first saved' },
  },
  "The caller's own score sheet for one dossier",
);

export const SHEET_CHANGE_BODY = {
  type: 'object',
  required: ['answers', 'version'],
  properties: { answers: ANSWERS_SCHEMA, version: { type: 'integer', minimum: 0 } },
};
export const VERSION_BODY = {
  type: 'object',
  required: ['version'],
  properties: { version: { type: 'integer' } },
};
export const REOPEN_BODY = {
  type: 'object',
  required: ['reason'],
  properties: {
    reason: { type: 'string' },
    memberIds: { type: 'array', items: { type: 'string' }, description: 'Default: every submitted sheet' },
  },
};
export const CLOSE_BODY = {
  type: 'object',
  required: ['version'],
  properties: {
    version: { type: 'integer' },
    spreadNote: nullable('string', 'Required while a result is flagged (spread above 10)'),
  },
};

export const DOSSIER_SCORES_SCHEMA = closed({
  sessionId: { type: 'string', format: 'uuid' },
  dossierId: { type: 'string', format: 'uuid' },
  members: {
    type: 'array',
    items: closed({
      member: MEMBER_SCHEMA,
      status: SHEET_STATUS,
      total: nullable('number', 'Null unless submitted'),
      parts: {
        anyOf: [
          { type: 'array', items: closed({ code: { type: 'string' }, score: { type: 'number' } }) },
          { type: 'null' },
        ],
      },
      answers: { anyOf: [ANSWERS_SCHEMA, { type: 'null' }] },
      submittedAt: nullable('string'),
    }),
  },
  result: SCORE_RESULT_SCHEMA,
});

export const MINUTES_SCHEMA = closed({
  session: SESSION_SCHEMA,
  council: COUNCIL_SCHEMA,
  rows: {
    type: 'array',
    items: closed({
      dossierId: { type: 'string', format: 'uuid' },
      product: { type: 'string' },
      producer: { type: 'string' },
      commune: { type: 'string' },
      sheetTitle: { type: 'string' },
      memberTotals: {
        type: 'array',
        items: closed({
          memberId: { type: 'string', format: 'uuid' },
          fullName: { type: 'string' },
          total: nullable('number'),
        }),
      },
      mean: nullable('number'),
      spread: nullable('number'),
      stars: { anyOf: [stars, { type: 'null' }] },
      forwarded: nullable('boolean'),
    }),
  },
  spreadNote: nullable('string'),
});

export const CRITERIA_SHEET_SCHEMA = open(
  'CriteriaSheet (@ocop/domain criteria/criteria-sheet.ts): parts, sections, criteria, options with points, gates',
);
