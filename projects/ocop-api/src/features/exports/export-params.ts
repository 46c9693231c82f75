import Ajv, { type ValidateFunction } from 'ajv';

import { validationFailed } from '../../http/api-http-error';
import { fieldErrorsFromSchema, type SchemaError } from '../../http/schema-field-errors';

// The same coercion and defaults Fastify applies to a list route's query string, so an export takes the
// list's params exactly as the list takes them.
const ajv = new Ajv({ coerceTypes: true, useDefaults: true, allErrors: true, strict: false });
const compiled = new WeakMap<object, ValidateFunction>();

interface QuerySchema {
  type: string;
  properties: Readonly<Record<string, unknown>>;
  required?: readonly string[];
}

/**
 * The params of an export checked against the list route's query schema (unknown names refused), coerced
 * ('2020' → 2020); 400 VALIDATION_FAILED with every problem in Vietnamese.
 */
export function exportParams<T>(schema: QuerySchema, params: Readonly<Record<string, string>>): T {
  let validate = compiled.get(schema);
  if (validate === undefined) {
    validate = ajv.compile({ ...schema, additionalProperties: false });
    compiled.set(schema, validate);
  }
  const value: Record<string, unknown> = { ...params };
  if (!validate(value)) {
    throw validationFailed(
      fieldErrorsFromSchema((validate.errors ?? []) as SchemaError[]).map((error) => ({
        ...error,
        field: error.field === '' ? 'params' : `params.${error.field}`,
      })),
    );
  }
  return value as T;
}
