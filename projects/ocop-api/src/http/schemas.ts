import type { FastifyInstance } from 'fastify';
import { OCOP_MODULES, OCOP_ROLES, PRODUCER_TYPES, PRODUCT_STAGES } from '@ocop/domain';

/**
 * JSON schemas of the API's payloads. They mirror the types of @ocop/domain (catalog.ts, api-error.ts) and
 * serve three purposes: response serialisation (nothing undeclared leaks out), request checks for query
 * strings and paths, and the OpenAPI document. `$id`s become the names under components.schemas.
 */

const nullableString = (description: string, extra: Record<string, unknown> = {}) => ({
  type: ['string', 'null'],
  description,
  ...extra,
});

export const SHARED_SCHEMAS = [
  {
    $id: 'ApiError',
    type: 'object',
    description: 'Every error response. `code` is stable for programs, `message` is Vietnamese for people.',
    required: ['code', 'message', 'details'],
    properties: {
      code: { type: 'string', examples: ['VALIDATION_FAILED'] },
      message: { type: 'string' },
      details: {
        description:
          'FieldError[] for VALIDATION_FAILED, CONFLICT and FORBIDDEN_UNIT; `{ reason }` for UNAUTHENTICATED; ' +
          '`{ module, districtCode }` for MODULE_DISABLED; `{ current }` (module settings) or `{ currentVersion }` ' +
          'for STALE_VERSION; otherwise null or ' +
          'an object.',
      },
    },
  },
  {
    $id: 'FieldError',
    type: 'object',
    required: ['field', 'code', 'message'],
    properties: {
      field: { type: 'string' },
      code: { type: 'string', examples: ['required', 'invalid_format', 'not_found', 'duplicate'] },
      message: { type: 'string' },
    },
  },
  {
    $id: 'AdminUnit',
    type: 'object',
    description: 'One version of an administrative unit; a GSO code can name different units over time.',
    required: ['code', 'name', 'level', 'parentCode', 'validFrom', 'validTo'],
    additionalProperties: false,
    properties: {
      code: { type: 'string', description: 'GSO code: province 2 digits, district 3, commune 5' },
      name: { type: 'string' },
      level: { type: 'string', enum: ['province', 'district', 'commune'] },
      parentCode: nullableString('Code of the unit above; null for a province'),
      validFrom: nullableString('yyyy-MM-dd from which the unit exists under this name; null when unknown'),
      validTo: nullableString(
        'yyyy-MM-dd after which it no longer exists under this name; null while current',
      ),
    },
  },
  {
    $id: 'UnitRef',
    type: 'object',
    required: ['code', 'name'],
    additionalProperties: false,
    properties: { code: { type: 'string' }, name: { type: 'string' } },
  },
  {
    $id: 'Producer',
    type: 'object',
    description: 'A chủ thể: enterprise, cooperative, cooperative group or household business.',
    required: [
      'id',
      'type',
      'name',
      'registrationNumber',
      'representativeName',
      'representativePosition',
      'address',
      'commune',
      'phone',
      'email',
      'version',
    ],
    additionalProperties: false,
    properties: {
      id: { type: 'string', format: 'uuid' },
      type: { type: 'string', enum: [...PRODUCER_TYPES] },
      name: { type: 'string' },
      registrationNumber: nullableString('Tax code or registration number; null when not registered'),
      representativeName: nullableString('Người đại diện theo pháp luật; null when not given'),
      representativePosition: nullableString('Chức vụ of the representative; null when not given'),
      address: nullableString('Street, hamlet or village below the commune; null when not given'),
      commune: { $ref: 'UnitRef#' },
      phone: nullableString('National form, digits only (0912345678, 02053812345); null when not given'),
      email: nullableString('Lower case; null when not given'),
      version: { type: 'integer', description: 'Send it back with a change (optimistic concurrency)' },
    },
  },
  {
    $id: 'Product',
    type: 'object',
    required: [
      'id',
      'name',
      'description',
      'stage',
      'productGroup',
      'producer',
      'commune',
      'photos',
      'currentStars',
      'version',
    ],
    additionalProperties: false,
    properties: {
      id: { type: 'string', format: 'uuid' },
      name: { type: 'string' },
      description: nullableString('Short description (at most 1000 characters, line breaks kept)'),
      stage: {
        type: 'string',
        enum: [...PRODUCT_STAGES],
        description:
          "'idea': registered with the phiếu đăng ký ý tưởng sản phẩm (biểu 01), no dossier yet; " +
          "'product': an existing product (biểu 02) or a completed idea",
      },
      productGroup: {
        type: 'object',
        description: 'Phân nhóm of QĐ 1048 ("1".."26")',
        required: ['code', 'name'],
        additionalProperties: false,
        properties: { code: { type: 'string' }, name: { type: 'string' } },
      },
      producer: {
        type: 'object',
        required: ['id', 'name', 'type'],
        additionalProperties: false,
        properties: {
          id: { type: 'string', format: 'uuid' },
          name: { type: 'string' },
          type: { type: 'string', enum: [...PRODUCER_TYPES] },
        },
      },
      commune: { $ref: 'UnitRef#' },
      photos: {
        type: 'array',
        description:
          'JPEG or PNG photos in the order they were added (at most PRODUCT_PHOTO_LIMITS.maxPhotos); the bytes ' +
          'at GET /api/products/{id}/photos/{photoId}',
        items: {
          type: 'object',
          required: ['id', 'fileName', 'size', 'sha256', 'uploadedAt'],
          additionalProperties: false,
          properties: {
            id: { type: 'string', format: 'uuid' },
            fileName: { type: 'string', description: 'The original name (NFC)' },
            size: { type: 'integer', description: 'Bytes' },
            sha256: { type: 'string', description: 'Hex SHA-256 of the bytes' },
            uploadedAt: { type: 'string', format: 'date-time' },
          },
        },
      },
      currentStars: {
        description:
          "The product's OCOP rank now: its latest certificate neither expired nor revoked; or null",
        anyOf: [
          {
            type: 'object',
            required: ['stars', 'certificateId', 'expiresOn'],
            additionalProperties: false,
            properties: {
              stars: { type: 'integer', minimum: 1, maximum: 5 },
              certificateId: { type: 'string', format: 'uuid' },
              expiresOn: { type: 'string', description: "'yyyy-MM-dd', the last day it is valid" },
            },
          },
          { type: 'null' },
        ],
      },
      version: { type: 'integer' },
    },
  },
  {
    $id: 'Me',
    type: 'object',
    description:
      'The caller as the API sees them. `roles` are the OCOP roles of the token (client roles of ocop-api); ' +
      'both lists are empty for a user without OCOP roles.',
    required: ['username', 'name', 'roles', 'district', 'commune', 'department', 'modules'],
    additionalProperties: false,
    properties: {
      username: { type: 'string' },
      name: { type: 'string', description: 'Family name first, as Vietnamese names are written' },
      roles: { type: 'array', items: { type: 'string', enum: [...OCOP_ROLES] } },
      district: { anyOf: [{ $ref: 'UnitRef#' }, { type: 'null' }] },
      commune: { anyOf: [{ $ref: 'UnitRef#' }, { type: 'null' }] },
      department: { anyOf: [{ $ref: 'UnitRef#' }, { type: 'null' }] },
      modules: { type: 'array', items: { type: 'string', enum: [...OCOP_MODULES] } },
    },
  },
  {
    $id: 'ProducerPage',
    type: 'object',
    required: ['items', 'total'],
    additionalProperties: false,
    properties: { items: { type: 'array', items: { $ref: 'Producer#' } }, total: { type: 'integer' } },
  },
  {
    $id: 'ProductPage',
    type: 'object',
    required: ['items', 'total'],
    additionalProperties: false,
    properties: { items: { type: 'array', items: { $ref: 'Product#' } }, total: { type: 'integer' } },
  },
  {
    $id: 'MyModules',
    type: 'object',
    description:
      'What the caller may use now: the modules their roles open, less those switched off for `districtCode`.',
    required: ['modules', 'districtCode'],
    additionalProperties: false,
    properties: {
      modules: { type: 'array', items: { type: 'string', enum: [...OCOP_MODULES] } },
      districtCode: nullableString(
        "The district the answer is for: the caller's own, or the one a province-wide caller chose " +
          '(X-OCOP-District); null when none applies',
      ),
    },
  },
  {
    $id: 'ModuleSetting',
    type: 'object',
    description: 'The switch of one module for one district. Never changed: enabled, version 0, nulls.',
    required: ['districtCode', 'module', 'enabled', 'version', 'updatedAt', 'updatedBy'],
    additionalProperties: false,
    properties: {
      districtCode: { type: 'string' },
      module: { type: 'string', enum: [...OCOP_MODULES] },
      enabled: { type: 'boolean' },
      version: { type: 'integer', description: 'Send it back with a change (optimistic concurrency)' },
      updatedAt: nullableString('ISO 8601 instant of the last change', { format: 'date-time' }),
      updatedBy: nullableString('Username of who made the last change'),
    },
  },
  {
    $id: 'DistrictModuleSettings',
    type: 'object',
    required: ['district', 'settings'],
    additionalProperties: false,
    properties: {
      district: { $ref: 'UnitRef#' },
      settings: {
        type: 'array',
        description: 'One per module: dossier, tasks, reports',
        items: { $ref: 'ModuleSetting#' },
      },
    },
  },
  {
    $id: 'AuditEntry',
    type: 'object',
    description: 'One entry of the append-only audit trail: who (role, unit), when, what, from, to, why.',
    required: ['id', 'at', 'actor', 'entityType', 'entityId', 'action', 'from', 'to', 'comment'],
    additionalProperties: false,
    properties: {
      id: { type: 'string' },
      at: { type: 'string', format: 'date-time' },
      actor: {
        type: 'object',
        required: ['username', 'name', 'roles', 'districtCode', 'communeCode', 'departmentCode'],
        additionalProperties: false,
        properties: {
          username: { type: 'string' },
          name: { type: 'string' },
          roles: { type: 'array', items: { type: 'string', enum: [...OCOP_ROLES] } },
          districtCode: nullableString("The actor's district_code claim at the time"),
          communeCode: nullableString("The actor's commune_code claim at the time"),
          departmentCode: nullableString("The actor's department_code claim at the time"),
        },
      },
      entityType: { type: 'string', examples: ['module-setting'] },
      entityId: { type: 'string', examples: ['184/tasks'] },
      action: { type: 'string', examples: ['disable', 'enable'] },
      from: { description: 'State before (any JSON value); null when there was none' },
      to: { description: 'State after (any JSON value)' },
      comment: nullableString('Why, as given by the actor'),
    },
  },
  {
    $id: 'Plan',
    type: 'object',
    description: 'A plan (kế hoạch) of a district or of the province.',
    required: ['id', 'unit', 'year', 'number', 'title', 'issuedOn', 'version'],
    additionalProperties: false,
    properties: {
      id: { type: 'string', format: 'uuid' },
      unit: { $ref: 'UnitRef#' },
      year: { type: 'integer' },
      number: nullableString('Số ký hiệu, e.g. 45/KH-UBND; null while a draft'),
      title: { type: 'string' },
      issuedOn: nullableString('yyyy-MM-dd; null while a draft'),
      version: { type: 'integer' },
    },
  },
  {
    $id: 'PlanPage',
    type: 'object',
    required: ['items', 'total'],
    additionalProperties: false,
    properties: { items: { type: 'array', items: { $ref: 'Plan#' } }, total: { type: 'integer' } },
  },
] as const;

export function registerSharedSchemas(app: FastifyInstance): void {
  for (const schema of SHARED_SCHEMAS) app.addSchema(schema);
}

export const ref = (id: (typeof SHARED_SCHEMAS)[number]['$id']) => ({ $ref: `${id}#` });

/** Error responses of a route, all in the ApiError shape. */
export function errorResponses(...statuses: number[]): Record<number, { $ref: string; description: string }> {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      { ...ref('ApiError'), description: ERROR_DESCRIPTIONS[status] ?? 'Lỗi' },
    ]),
  );
}

const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: 'VALIDATION_FAILED (details: FieldError[]) or INVALID_JSON',
  403:
    "FORBIDDEN (no allowed role), FORBIDDEN_UNIT (a commune outside the caller's units) or MODULE_DISABLED " +
    "(the route's module is switched off for the caller's district)",
  404: "NOT_FOUND (also for records outside the caller's units)",
  409: 'CONFLICT (details: FieldError[])',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  500: 'INTERNAL',
  503: 'NOT_READY',
};

/** Paging parameters shared by list endpoints. */
export const PAGING_QUERY = {
  limit: { type: 'integer', minimum: 1, maximum: 200, default: 50, description: 'Page size' },
  offset: { type: 'integer', minimum: 0, default: 0, description: 'Items to skip' },
} as const;

export const SEARCH_QUERY = {
  communeCode: { type: 'string', pattern: '^[0-9]{5}$', description: 'Only records of this commune' },
  q: {
    type: 'string',
    maxLength: 200,
    description: 'Words of the name, with or without diacritics ("huu le" finds "Hữu Lễ")',
  },
} as const;
