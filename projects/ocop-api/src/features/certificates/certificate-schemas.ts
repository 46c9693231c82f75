import { CERTIFICATE_STATUS_NAMES } from '@ocop/domain';

/** JSON schemas of the certificate routes and of the evaluation parts of dossiers and products. */

const UUID_PATTERN = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const DATE = { type: 'string', description: "'yyyy-MM-dd'" };
const nullableDate = { type: ['string', 'null'], description: "'yyyy-MM-dd'" };
const STARS = { type: 'integer', minimum: 1, maximum: 5 };
const ref = (properties: Record<string, unknown>) => ({
  type: 'object',
  required: Object.keys(properties),
  additionalProperties: false,
  properties,
});

export const CERTIFICATE_STATUSES = Object.keys(CERTIFICATE_STATUS_NAMES);

export const CERTIFICATE_SCHEMA = ref({
  id: { type: 'string', format: 'uuid' },
  dossierId: { type: 'string', format: 'uuid' },
  product: ref({ id: { type: 'string' }, name: { type: 'string' } }),
  producer: ref({ id: { type: 'string' }, name: { type: 'string' } }),
  commune: ref({ code: { type: 'string' }, name: { type: 'string' } }),
  districtCode: { type: 'string' },
  stars: STARS,
  number: { type: 'string', description: 'Certificate number, e.g. "12/GCN-UBND"' },
  decisionNumber: { type: 'string' },
  decisionDate: DATE,
  issuedOn: DATE,
  expiresOn: { type: 'string', description: "'yyyy-MM-dd', the last day it is valid (36 months)" },
  revokedOn: nullableDate,
  revokedReason: { type: ['string', 'null'] },
  status: {
    type: 'string',
    enum: CERTIFICATE_STATUSES,
    description: 'From the dates and the business date (Vietnam): expiring = within 30 days of expiry',
  },
});

/** `currentStars` of dossiers and products: the product's rank now, or null. */
export const CURRENT_STARS_SCHEMA = {
  anyOf: [
    ref({ stars: STARS, certificateId: { type: 'string', format: 'uuid' }, expiresOn: DATE }),
    { type: 'null' },
  ],
};

const DISTRICT_RESULT_SCHEMA = ref({
  sessionId: { type: 'string', format: 'uuid' },
  councilName: { type: 'string' },
  sessionDate: DATE,
  mean: { type: 'number' },
  spread: { type: 'number' },
  stars: STARS,
  forwarded: { type: 'boolean' },
});

const PROVINCE_RESULT_SCHEMA = ref({
  score: { type: 'number' },
  stars: STARS,
  decisionNumber: { type: 'string' },
  decisionDate: DATE,
  recordedBy: { type: 'string' },
  recordedAt: { type: 'string', format: 'date-time' },
});

const orNull = (schema: object) => ({ anyOf: [schema, { type: 'null' }] });

/** `evaluation` of a dossier's detail. */
export const DOSSIER_EVALUATION_SCHEMA = ref({
  districtResult: orNull(DISTRICT_RESULT_SCHEMA),
  provinceResult: orNull(PROVINCE_RESULT_SCHEMA),
  certificate: orNull(CERTIFICATE_SCHEMA),
  previousDossierId: { type: ['string', 'null'] },
  nextDossierId: { type: ['string', 'null'] },
});

export const PRODUCT_EVALUATION_SCHEMA = ref({
  dossierId: { type: 'string', format: 'uuid' },
  roundYear: { type: 'integer' },
  criteriaSet: { type: 'string' },
  registrationKind: { type: 'string' },
  state: { type: 'string' },
  districtResult: orNull(DISTRICT_RESULT_SCHEMA),
  provinceResult: orNull(PROVINCE_RESULT_SCHEMA),
  certificate: orNull(CERTIFICATE_SCHEMA),
  previousDossierId: { type: ['string', 'null'] },
});

export const ID_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: UUID_PATTERN } },
};

export const CERTIFICATE_LIST_QUERY = {
  type: 'object',
  properties: {
    status: { type: 'string', enum: CERTIFICATE_STATUSES },
    q: {
      type: 'string',
      maxLength: 200,
      description: 'Words of product or producer names, diacritics optional',
    },
  },
};

export const REVOKE_BODY = {
  type: 'object',
  required: ['reason', 'revokedOn'],
  properties: { reason: { type: 'string' }, revokedOn: DATE },
};
