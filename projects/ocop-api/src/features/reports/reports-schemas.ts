import { REPORT_TEXT_MAX } from '@ocop/domain';
import { MINUTES_SCHEMA } from '../evaluation/evaluation-schemas';

/**
 * JSON schemas of the report routes (types: @ocop/domain reports/periodic-report.ts, evaluation-results.ts).
 * Answers are closed objects; the query strings are plain strings that @ocop/domain parseReportPeriod checks
 * (every problem at once, in Vietnamese), and the issue body is checked by parseIssueReport.
 */

function closed(properties: Record<string, unknown>, description?: string) {
  return {
    type: 'object',
    ...(description ? { description } : {}),
    additionalProperties: false,
    required: Object.keys(properties),
    properties,
  };
}

const nullable = (type: string) => ({ type: [type, 'null'] });
const text = { type: 'string' };
const integer = { type: 'integer' };
const date = { type: 'string', description: 'yyyy-MM-dd' };
const stars = { type: 'integer', minimum: 1, maximum: 5 };
const nullableStars = { type: ['integer', 'null'], minimum: 1, maximum: 5 };
const COUNTS = { type: 'array', items: closed({ key: text, label: text, count: integer }) };
const PERIOD = closed({ year: integer, quarter: { type: ['integer', 'null'], minimum: 1, maximum: 4 } });
const ISSUING_BODY = closed({ parent: text, name: text });
const TEXTS = closed({ summary: text, difficulties: text, proposals: text });
const ISSUE_FIELDS = {
  place: text,
  signerTitle: text,
  signerName: text,
  recipients: { type: 'array', items: text },
};
const ISSUE = closed({ number: text, ...ISSUE_FIELDS, issuedOn: date });
const ISSUED_BY = closed({ username: text, fullName: text });

export const FIGURES_SCHEMA = closed({
  unit: closed({ code: text, name: text, level: { type: 'string', enum: ['district', 'province'] } }),
  period: PERIOD,
  from: date,
  to: date,
  plan: {
    anyOf: [
      closed({ id: text, number: nullable('string'), title: text, issuedOn: nullable('string') }),
      { type: 'null' },
    ],
  },
  targets: {
    type: 'array',
    items: closed({
      code: text,
      title: text,
      indicator: text,
      quantity: { type: 'number' },
      measure: text,
      dueQuarter: nullable('string'),
      tasksCounted: integer,
      tasksAccepted: integer,
      acceptedPercent: { type: 'number' },
    }),
  },
  tasksByUnit: {
    type: 'array',
    items: closed({ key: text, label: text, total: integer, done: integer, overdue: integer }),
  },
  dossiersByStage: COUNTS,
  evaluations: {
    type: 'array',
    items: closed({
      product: text,
      producer: text,
      commune: text,
      score: nullable('number'),
      stars: nullableStars,
      decisionNumber: nullable('string'),
      certifiedOn: nullable('string'),
      expiresOn: nullable('string'),
    }),
  },
  certifiedByStars: COUNTS,
});

export const DRAFT_SCHEMA = closed({
  figures: FIGURES_SCHEMA,
  title: text,
  issuingBody: ISSUING_BODY,
  suggestedIssue: closed(ISSUE_FIELDS),
});

export const ISSUED_REPORT_SCHEMA = closed({
  id: { type: 'string', format: 'uuid' },
  version: integer,
  title: text,
  issuingBody: ISSUING_BODY,
  figures: FIGURES_SCHEMA,
  texts: TEXTS,
  issue: ISSUE,
  issuedBy: ISSUED_BY,
  issuedAt: { type: 'string', description: 'ISO instant' },
});

export const ISSUED_SUMMARIES_SCHEMA = {
  type: 'array',
  items: closed({
    id: { type: 'string', format: 'uuid' },
    version: integer,
    title: text,
    issuedBy: ISSUED_BY,
    issuedAt: text,
    period: PERIOD,
    unitCode: text,
    number: text,
  }),
};

const MINUTES_ROWS = (MINUTES_SCHEMA.properties as Record<string, unknown>)['rows'];

export const EVALUATION_RESULTS_SCHEMA = closed({
  year: integer,
  scope: closed({ unitName: text, districtCode: nullable('string') }),
  sessions: {
    type: 'array',
    items: closed({
      session: closed({
        id: { type: 'string', format: 'uuid' },
        council: closed({
          id: { type: 'string', format: 'uuid' },
          name: text,
          level: { type: 'string', enum: ['district', 'province'] },
          unitCode: text,
        }),
        title: text,
        date,
        place: text,
        status: { type: 'string', enum: ['open', 'closed'] },
        dossierCount: integer,
        attendeeCount: integer,
        mySheetsToDo: nullable('integer'),
      }),
      rows: MINUTES_ROWS,
    }),
  },
  certified: {
    type: 'array',
    items: closed({
      certificateId: { type: 'string', format: 'uuid' },
      product: text,
      producer: text,
      commune: text,
      district: text,
      productGroup: text,
      criteriaSet: { type: 'string', enum: ['1048', '148'] },
      score: { type: 'number' },
      stars,
      decisionNumber: text,
      certifiedOn: date,
      expiresOn: date,
      status: { type: 'string', enum: ['valid', 'expiring', 'expired', 'revoked'] },
    }),
  },
  certifiedByStars: COUNTS,
});

const DISTRICT_CODE = {
  type: 'string',
  description: 'Province officer: one district (3 digits); a district officer may name only their own',
};

export const PERIODIC_QUERY = {
  type: 'object',
  properties: {
    year: { type: 'string', description: 'Year of the report (2018–2100); the business year when absent' },
    quarter: { type: 'string', description: '1–4; absent: the year-end report' },
    districtCode: DISTRICT_CODE,
  },
};

export const YEAR_QUERY = {
  type: 'object',
  properties: {
    year: { type: 'string', description: 'Year (2018–2100); the business year when absent' },
    districtCode: DISTRICT_CODE,
  },
};

export const ISSUED_ID_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: {
    id: {
      type: 'string',
      pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
    },
  },
};

export const ISSUE_BODY = {
  type: 'object',
  required: ['year', 'texts', 'issue'],
  properties: {
    year: integer,
    quarter: { type: ['integer', 'null'], description: '1–4; null: the year-end report' },
    districtCode: {
      type: ['string', 'null'],
      description: 'Province officer: which district; null: the province',
    },
    texts: {
      ...TEXTS,
      description: `Each at most ${REPORT_TEXT_MAX} characters, may be empty`,
    },
    issue: { ...ISSUE, description: "number contains '/', at most 40 characters; 1–20 recipients" },
  },
};
