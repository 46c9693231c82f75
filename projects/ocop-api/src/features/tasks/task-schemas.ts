import { RECURRENCES, TASK_PRIORITIES, TASK_STATUSES, TASK_UNIT_KINDS } from '@ocop/domain';
import { ref } from '../../http/schemas';

/**
 * JSON schemas of the tasks routes (types: @ocop/domain tasks/plan.ts, task.ts, rollup.ts). Responses are
 * closed (additionalProperties: false) so that nothing undeclared leaks out; request bodies document the
 * input while @ocop/domain validates it (BODY_VALIDATED_BY_DOMAIN).
 */

const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const QUARTER_PATTERN = '^[0-9]{4}-Q[1-4]$';
const nullable = (type: string, description?: string) => ({
  type: [type, 'null'],
  ...(description ? { description } : {}),
});
const strings = { type: 'array', items: { type: 'string' } };

/** A closed object whose every property is required. */
function closed(properties: Record<string, unknown>, description?: string) {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  };
}

export const PLAN_ID_PARAMS = {
  type: 'object',
  required: ['planId'],
  properties: { planId: { type: 'string', pattern: UUID_PATTERN } },
};

export const TASK_ID_PARAMS = {
  type: 'object',
  required: ['taskId'],
  properties: { taskId: { type: 'string', pattern: UUID_PATTERN } },
};

export const PLAN_SECTION_SCHEMA = closed({ code: { type: 'string' }, title: { type: 'string' } });

const TARGET_PROPERTIES = {
  id: { type: 'string', format: 'uuid' },
  code: { type: 'string', description: "Short stable code within the plan: 'MT1'" },
  title: { type: 'string' },
  indicator: { type: 'string', description: 'How the target is measured, as the plan says it' },
  quantity: { type: 'number' },
  measure: { type: 'string', description: "Unit of quantity: 'hồ sơ', 'sản phẩm'" },
  dueQuarter: nullable('string', "'yyyy-Qn'"),
  productId: nullable('string'),
  dossierId: nullable('string'),
};

export const PLAN_DETAIL_SCHEMA = closed(
  {
    id: { type: 'string', format: 'uuid' },
    unit: ref('UnitRef'),
    year: { type: 'integer' },
    number: nullable('string', 'Số ký hiệu, e.g. 45/KH-UBND; null while a draft'),
    title: { type: 'string' },
    issuedOn: nullable('string', 'yyyy-MM-dd; null while a draft'),
    version: { type: 'integer', description: 'Send it back with a change (optimistic concurrency)' },
    legalBases: strings,
    purposes: strings,
    requirements: strings,
    fundingSources: strings,
    sections: { type: 'array', items: PLAN_SECTION_SCHEMA, description: "In the document's order" },
    targets: { type: 'array', items: closed(TARGET_PROPERTIES) },
    signer: nullable('string'),
    copiedFromId: nullable('string', 'The plan this one was copied from'),
  },
  'A plan with its document parts and measurable targets',
);

const PLAN_HEADER_BODY_PROPERTIES = {
  number: nullable('string'),
  title: { type: 'string' },
  issuedOn: nullable('string', 'yyyy-MM-dd'),
  legalBases: strings,
  purposes: strings,
  requirements: strings,
  fundingSources: strings,
  sections: { type: 'array', items: PLAN_SECTION_SCHEMA },
  targets: {
    type: 'array',
    description:
      'Without id: a new target; with the id of one of the plan: that target changed; left out: removed',
    items: { type: 'object', properties: TARGET_PROPERTIES },
  },
  signer: nullable('string'),
};

export const NEW_PLAN_BODY = {
  type: 'object',
  required: ['unitCode', 'year', 'title'],
  properties: {
    unitCode: { type: 'string', description: "The caller's district" },
    year: { type: 'integer' },
    ...PLAN_HEADER_BODY_PROPERTIES,
  },
};

export const PLAN_CHANGE_BODY = {
  type: 'object',
  required: ['version', 'title'],
  properties: {
    version: { type: 'integer', description: 'The plan version the user saw' },
    ...PLAN_HEADER_BODY_PROPERTIES,
  },
};

export const PLAN_COPY_BODY = {
  type: 'object',
  required: ['year'],
  properties: { year: { type: 'integer', description: 'The year of the new plan' } },
};

export const TASK_UNIT_SCHEMA = closed({
  kind: { type: 'string', enum: [...TASK_UNIT_KINDS] },
  code: { type: 'string', description: 'Department code, commune GSO code or producer id' },
  name: { type: 'string' },
  communeCode: nullable('string', "A producer's commune (whose office reports for it); otherwise null"),
});

const DEADLINE_FLAG = { type: ['string', 'null'], enum: ['overdue', 'due-soon', null] };

const TASK_SUMMARY_PROPERTIES = {
  id: { type: 'string', format: 'uuid' },
  planId: { type: 'string', format: 'uuid' },
  sectionCode: { type: 'string' },
  title: { type: 'string' },
  lead: TASK_UNIT_SCHEMA,
  cooperating: { type: 'array', items: TASK_UNIT_SCHEMA },
  dueDate: nullable('string', 'yyyy-MM-dd'),
  dueQuarter: nullable('string', "'yyyy-Qn'"),
  due: nullable('string', 'The day it is due: dueDate, else the end of dueQuarter'),
  deadlineFlag: DEADLINE_FLAG,
  recurrence: { type: 'string', enum: [...RECURRENCES] },
  seriesId: nullable('string'),
  period: nullable('string', "'yyyy-Qn' or 'yyyy' for an occurrence"),
  status: { type: ['string', 'null'], enum: [...TASK_STATUSES, null], description: 'Null for a series' },
  priority: { type: 'string', enum: [...TASK_PRIORITIES] },
  targetId: nullable('string'),
  product: {
    anyOf: [closed({ id: { type: 'string' }, name: { type: 'string' } }), { type: 'null' }],
  },
  dossier: {
    anyOf: [closed({ id: { type: 'string' }, productName: { type: 'string' } }), { type: 'null' }],
  },
  reportedPercent: nullable('integer', 'The newest report, whatever its review'),
  acceptedPercent: nullable('integer', 'The newest accepted report'),
  pendingReview: { type: 'boolean' },
  reviewId: nullable('string'),
  version: { type: 'integer' },
};

export const TASK_SUMMARY_SCHEMA = closed(TASK_SUMMARY_PROPERTIES);

export const TASK_PAGE_SCHEMA = closed({
  items: { type: 'array', items: TASK_SUMMARY_SCHEMA },
  total: { type: 'integer' },
});

const ATTACHMENT_SCHEMA = closed({
  id: { type: 'string', format: 'uuid' },
  fileName: { type: 'string' },
  kind: { type: 'string' },
  size: { type: 'integer' },
  sha256: { type: 'string' },
  uploadedAt: { type: 'string', format: 'date-time' },
  uploadedBy: { type: 'string' },
});

const PERSON_OF_UNIT = closed({ name: { type: 'string' }, unit: { type: 'string' } });

export const PROGRESS_REPORT_SCHEMA = closed({
  id: { type: 'string', format: 'uuid' },
  percent: { type: 'integer' },
  text: { type: 'string' },
  reportedBy: PERSON_OF_UNIT,
  reportedAt: { type: 'string', format: 'date-time' },
  review: { type: 'string', enum: ['pending', 'accepted', 'returned'] },
  reviewedBy: nullable('string'),
  reviewedAt: nullable('string'),
  returnReason: nullable('string'),
  attachments: { type: 'array', items: ATTACHMENT_SCHEMA },
});

export const TASK_COMMENT_SCHEMA = closed({
  id: { type: 'string', format: 'uuid' },
  text: { type: 'string' },
  author: PERSON_OF_UNIT,
  createdAt: { type: 'string', format: 'date-time' },
});

export const TASK_DETAIL_SCHEMA = closed(
  {
    ...TASK_SUMMARY_PROPERTIES,
    description: { type: 'string' },
    plan: closed({
      id: { type: 'string' },
      title: { type: 'string' },
      year: { type: 'integer' },
      unitCode: { type: 'string' },
    }),
    reports: { type: 'array', items: PROGRESS_REPORT_SCHEMA, description: 'Newest first' },
    comments: { type: 'array', items: TASK_COMMENT_SCHEMA, description: 'Oldest first' },
    occurrences: {
      type: 'array',
      items: TASK_SUMMARY_SCHEMA,
      description: "A series' occurrences, by period",
    },
    returnReason: nullable('string', "The last return's reason while the task is 'returned'"),
    timeline: {
      type: 'array',
      items: ref('AuditEntry'),
      description: "The task's audit entries, oldest first",
    },
  },
  'A task with its reports (and their evidence), comments, occurrences and timeline',
);

const TASK_BODY_PROPERTIES = {
  sectionCode: { type: 'string', description: "One of the plan's sections: 'III.7'" },
  title: { type: 'string' },
  description: { type: 'string' },
  lead: {
    type: 'object',
    properties: { kind: { type: 'string', enum: [...TASK_UNIT_KINDS] }, code: { type: 'string' } },
  },
  cooperating: {
    type: 'array',
    items: {
      type: 'object',
      properties: { kind: { type: 'string', enum: [...TASK_UNIT_KINDS] }, code: { type: 'string' } },
    },
  },
  dueDate: nullable('string', 'yyyy-MM-dd; not with dueQuarter'),
  dueQuarter: nullable('string', "'yyyy-Qn'; not with dueDate"),
  priority: { type: 'string', enum: [...TASK_PRIORITIES] },
  targetId: nullable('string'),
  productId: nullable('string'),
  dossierId: nullable('string'),
};

export const NEW_TASK_BODY = {
  type: 'object',
  required: ['sectionCode', 'title', 'lead', 'recurrence'],
  properties: {
    ...TASK_BODY_PROPERTIES,
    recurrence: {
      type: 'string',
      enum: [...RECURRENCES],
      description: "'quarterly' and 'yearly' create a series and its occurrences",
    },
  },
};

export const TASK_CHANGE_BODY = {
  type: 'object',
  required: ['version', 'sectionCode', 'title', 'lead'],
  properties: {
    version: { type: 'integer', description: 'The task version the user saw' },
    ...TASK_BODY_PROPERTIES,
  },
};

export const TASK_LIST_QUERY = {
  type: 'object',
  properties: {
    q: {
      type: 'string',
      maxLength: 200,
      description: 'Words of the title, description or unit names, diacritics optional ("huu le")',
    },
    sectionCode: { type: 'string', maxLength: 50 },
    unit: {
      type: 'string',
      maxLength: 100,
      description: "A unit key, lead or cooperating: 'department:TTYT'",
    },
    status: { type: 'string', enum: [...TASK_STATUSES] },
    flag: { type: 'string', enum: ['overdue', 'due-soon'] },
    targetId: { type: 'string', pattern: UUID_PATTERN },
    quarter: { type: 'string', pattern: QUARTER_PATTERN, description: 'Tasks due in this quarter' },
    limit: { type: 'integer', minimum: 1, maximum: 500, default: 500 },
    offset: { type: 'integer', minimum: 0, default: 0 },
  },
};

export const MINE_QUERY = {
  type: 'object',
  properties: {
    planId: {
      type: 'string',
      pattern: UUID_PATTERN,
      description: "Default: the newest plan of the caller's district",
    },
  },
};

const ROLLUP_PROPERTIES = {
  kind: { type: 'string', enum: ['plan', 'target', 'unit'] },
  key: { type: 'string', description: "Plan id, target id or unit key ('department:TTYT')" },
  label: { type: 'string' },
  counted: { type: 'integer', description: 'Tasks that count: all but the cancelled' },
  cancelled: { type: 'integer' },
  accepted: { type: 'integer' },
  acceptedValues: { type: 'array', items: { type: 'number' } },
  acceptedMean: { type: 'number', description: 'Plain mean of the accepted percentages, one decimal' },
  reportedValues: { type: 'array', items: { type: 'number' } },
  reportedMean: { type: 'number' },
};

export const ROLLUP_ROWS_SCHEMA = {
  type: 'array',
  description: 'Labelled aggregates (never a task’s own progress): the plan, each target, each lead unit',
  items: closed(ROLLUP_PROPERTIES),
};

export const DEADLINE_COUNTS_SCHEMA = {
  type: 'array',
  items: closed({
    unit: TASK_UNIT_SCHEMA,
    total: { type: 'integer' },
    overdue: { type: 'integer' },
    dueSoon: { type: 'integer' },
    waitingForReview: { type: 'integer' },
    accepted: { type: 'integer' },
    cancelled: { type: 'integer' },
  }),
};

export const TASK_UNITS_SCHEMA = { type: 'array', items: TASK_UNIT_SCHEMA };

export const MY_TASKS_SCHEMA = closed({
  units: { type: 'array', items: TASK_UNIT_SCHEMA },
  overdue: { type: 'array', items: TASK_SUMMARY_SCHEMA },
  dueSoon: { type: 'array', items: TASK_SUMMARY_SCHEMA },
  waitingForReport: { type: 'array', items: TASK_SUMMARY_SCHEMA },
  waitingForReview: { type: 'array', items: TASK_SUMMARY_SCHEMA },
});
