/** JSON schemas of GET /api/dashboard (the Dashboard type of @ocop/domain). */

const ref = (properties: Record<string, unknown>) => ({
  type: 'object',
  required: Object.keys(properties),
  additionalProperties: false,
  properties,
});

const COUNT = ref({ key: { type: 'string' }, label: { type: 'string' }, count: { type: 'integer' } });
const COUNTS = { type: 'array', items: COUNT };

// Plain strings: @ocop/domain parseDashboardQuery checks them and answers every problem in Vietnamese.
export const DASHBOARD_QUERY = {
  type: 'object',
  properties: {
    year: { type: 'string', description: 'Round and plan year (2018–2100); the business year when absent' },
    quarter: { type: 'string', description: '1–4: dossiers of that target quarter, tasks due in it' },
    districtCode: {
      type: 'string',
      description: 'Province officer: one district (3 digits); others: their own',
    },
    criteriaSet: { type: 'string', description: "'1048' or '148'" },
  },
};

export const DASHBOARD_SCHEMA = ref({
  query: ref({
    year: { type: 'integer' },
    quarter: { type: ['integer', 'null'] },
    districtCode: { type: ['string', 'null'] },
    criteriaSet: { type: ['string', 'null'] },
  }),
  scope: ref({
    level: { type: 'string', enum: ['province', 'district', 'department', 'commune'] },
    unitName: { type: 'string' },
  }),
  funnel: { ...COUNTS, description: 'Dossiers by workflow state, in workflow order' },
  stepDays: {
    type: 'array',
    description: 'Mean calendar days spent in each state before leaving it (audit trail)',
    items: ref({
      key: { type: 'string' },
      label: { type: 'string' },
      averageDays: { type: ['number', 'null'] },
      count: { type: 'integer' },
    }),
  },
  overdueDossiers: { type: 'integer' },
  returns: ref({
    returned: { type: 'integer' },
    decided: { type: 'integer' },
    rate: { type: ['number', 'null'] },
  }),
  productsByStars: COUNTS,
  productsByGroup: COUNTS,
  productsByCommune: COUNTS,
  certificatesExpiringSoon: { type: 'integer' },
  tasksByUnit: {
    type: 'array',
    items: ref({
      key: { type: 'string' },
      label: { type: 'string' },
      total: { type: 'integer' },
      done: { type: 'integer' },
      overdue: { type: 'integer' },
    }),
  },
});
