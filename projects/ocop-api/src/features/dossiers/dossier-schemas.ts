import { CRITERIA_SETS, REGISTRATION_KINDS } from '@ocop/domain';
import { ref } from '../../http/schemas';
import { CURRENT_STARS_SCHEMA, DOSSIER_EVALUATION_SCHEMA } from '../certificates/certificate-schemas';
import { DOSSIER_SORTS } from './dossiers.repository';

/**
 * JSON schemas of the dossier routes (types: @ocop/domain dossiers/dossier.ts). Nested definitions that the
 * domain owns (checklist item definitions, problems) are passed through as objects rather than repeated here.
 */

const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const nullable = (type: string, description?: string) => ({
  type: [type, 'null'],
  ...(description ? { description } : {}),
});
const passThrough = { type: 'object', additionalProperties: true };

export const DOSSIER_ID_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: UUID_PATTERN } },
};

export const DOSSIER_ITEM_PARAMS = {
  type: 'object',
  required: ['id', 'itemId'],
  properties: { id: { type: 'string', pattern: UUID_PATTERN }, itemId: { type: 'string', maxLength: 100 } },
};

export const DOSSIER_ACTION_PARAMS = {
  type: 'object',
  required: ['id', 'action'],
  properties: { id: { type: 'string', pattern: UUID_PATTERN }, action: { type: 'string', maxLength: 100 } },
};

export const DOSSIER_LIST_QUERY = {
  type: 'object',
  properties: {
    q: {
      type: 'string',
      maxLength: 200,
      description: 'Words of product or producer names, diacritics optional',
    },
    communeCode: { type: 'string', pattern: '^[0-9]{5}$' },
    state: { type: 'string', maxLength: 50 },
    productGroupCode: { type: 'string', maxLength: 10 },
    roundYear: { type: 'integer', minimum: 2018, maximum: 2100 },
    flag: { type: 'string', enum: ['overdue', 'due-soon'] },
    sort: { type: 'string', enum: [...DOSSIER_SORTS], default: 'updated' },
    dir: { type: 'string', enum: ['asc', 'desc'] },
    limit: { type: 'integer', minimum: 1, maximum: 200, default: 50 },
    offset: { type: 'integer', minimum: 0, default: 0 },
  },
};

const SUMMARY_PROPERTIES = {
  id: { type: 'string', format: 'uuid' },
  product: passThrough,
  producer: passThrough,
  commune: ref('UnitRef'),
  districtCode: { type: 'string' },
  workflowId: { type: 'string' },
  criteriaSet: { type: 'string', enum: [...CRITERIA_SETS] },
  registrationKind: { type: 'string', enum: [...REGISTRATION_KINDS] },
  roundYear: { type: 'integer' },
  targetQuarter: nullable('string', "'yyyy-Qn'"),
  state: { type: 'string' },
  stateSince: { type: 'string' },
  deadline: nullable('string', "'yyyy-MM-dd' of whoever must act next"),
  deadlineFlag: { type: ['string', 'null'], enum: ['overdue', 'due-soon', null] },
  checklist: passThrough,
  currentStars: CURRENT_STARS_SCHEMA,
  version: { type: 'integer' },
  updatedAt: { type: 'string' },
};

export const DOSSIER_SUMMARY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: Object.keys(SUMMARY_PROPERTIES),
  properties: SUMMARY_PROPERTIES,
};

export const DOSSIER_PAGE_SCHEMA = {
  type: 'object',
  required: ['items', 'total'],
  properties: { items: { type: 'array', items: DOSSIER_SUMMARY_SCHEMA }, total: { type: 'integer' } },
};

export const DOSSIER_DETAIL_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: [...Object.keys(SUMMARY_PROPERTIES), 'items', 'problems', 'limits', 'storedBytes', 'evaluation'],
  properties: {
    ...SUMMARY_PROPERTIES,
    items: {
      type: 'array',
      items: {
        type: 'object',
        required: ['definition', 'status', 'documentDate', 'remarks', 'attachments'],
        properties: {
          definition: passThrough,
          status: { type: 'string', enum: ['missing', 'provided', 'returned'] },
          documentDate: nullable('string'),
          remarks: nullable('string'),
          attachments: { type: 'array', items: passThrough },
        },
      },
    },
    problems: { type: 'array', items: passThrough },
    limits: passThrough,
    storedBytes: { type: 'integer' },
    evaluation: DOSSIER_EVALUATION_SCHEMA,
  },
};

export const NEW_DOSSIER_BODY = {
  type: 'object',
  required: ['productId', 'criteriaSet', 'registrationKind', 'roundYear'],
  properties: {
    productId: { type: 'string', format: 'uuid' },
    criteriaSet: { type: 'string', enum: [...CRITERIA_SETS] },
    registrationKind: { type: 'string', enum: [...REGISTRATION_KINDS] },
    roundYear: { type: 'integer' },
    targetQuarter: nullable('string', "'yyyy-Qn', e.g. '2020-Q3'"),
  },
};

export const ITEM_CHANGE_BODY = {
  type: 'object',
  required: ['version', 'status'],
  properties: {
    version: { type: 'integer', description: 'The dossier version the change is based on' },
    status: { type: 'string', enum: ['missing', 'provided'] },
    documentDate: nullable('string', "'yyyy-MM-dd' printed on the document"),
    remarks: nullable('string'),
  },
};

export const ACTION_BODY = {
  type: 'object',
  required: ['version', 'requestId'],
  properties: {
    version: { type: 'integer', description: 'The dossier version the user saw' },
    requestId: {
      type: 'string',
      description: 'One per user intent; a repeat answers with the first result (header ocop-replayed: true)',
    },
    comment: nullable('string'),
    deadline: nullable('string', "For 'return': the supplementation deadline, 'yyyy-MM-dd'"),
    returnedItems: {
      type: 'array',
      items: {
        type: 'object',
        required: ['itemId', 'reason'],
        properties: { itemId: { type: 'string' }, reason: { type: 'string' } },
      },
    },
  },
};
