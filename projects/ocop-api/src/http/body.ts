import type { FastifySchemaCompiler } from 'fastify';
import { validationFailed } from './api-http-error';

/**
 * Route option for write endpoints: their body schema documents the input in OpenAPI, while @ocop/domain
 * validates it, so the browser and the API share one set of rules and one set of Vietnamese messages.
 */
export const BODY_VALIDATED_BY_DOMAIN: { validatorCompiler: FastifySchemaCompiler<unknown> } = {
  validatorCompiler: () => (value: unknown) => ({ value }),
};

/** The body as a record of fields, or a 400 when it is not a JSON object. */
export function bodyFields(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw validationFailed([
      { field: '', code: 'invalid_type', message: 'Dữ liệu gửi lên phải là một đối tượng JSON' },
    ]);
  }
  return body as Record<string, unknown>;
}
