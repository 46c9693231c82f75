import { EXPORT_KINDS } from '@ocop/domain';

export const EXPORT_REQUEST_BODY = {
  type: 'object',
  required: ['kind', 'format'],
  properties: {
    kind: { type: 'string', enum: [...EXPORT_KINDS] },
    format: { type: 'string', enum: ['xlsx', 'pdf'] },
    params: {
      type: 'object',
      additionalProperties: { type: 'string' },
      description:
        "The kind's filters as strings, with the names of its list's query (e.g. dossiers: state, q)",
    },
  },
};

export const EXPORT_ID_PARAMS = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', maxLength: 100 } },
};

export const EXPORT_JOB_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'kind', 'format', 'state', 'done', 'total', 'fileName', 'size', 'error'],
  properties: {
    id: { type: 'string', format: 'uuid' },
    kind: { type: 'string', enum: [...EXPORT_KINDS] },
    format: { type: 'string', enum: ['xlsx', 'pdf'] },
    state: { type: 'string', enum: ['running', 'ready', 'failed'] },
    done: { type: 'integer', description: 'Rows (or pages) written so far' },
    total: { type: 'integer', description: 'Rows (or pages) expected; 0 while unknown' },
    fileName: { type: ['string', 'null'] },
    size: { type: ['integer', 'null'], description: 'Bytes of the file when ready' },
    error: { type: ['string', 'null'], description: 'Vietnamese message when failed' },
  },
};

export const EXPORT_BUSY_RESPONSE = {
  $ref: 'ApiError#',
  description: 'EXPORT_BUSY: the caller already has 3 exports running',
};

export const EXPORT_FILE_CONFLICT = {
  $ref: 'ApiError#',
  description: 'EXPORT_NOT_READY (still running; details: {done, total}) or EXPORT_FAILED',
};
