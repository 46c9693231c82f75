/** The one error shape every API failure answers with. `code` is stable; `message` is Vietnamese for people. */
export interface ApiError {
  code: string;
  message: string;
  details?: unknown;
}

/**
 * One problem with one input field; a VALIDATION_FAILED error carries a list of them in `details`, so a form
 * can put each message next to its field. `code` is stable for programs, `message` is Vietnamese for people.
 */
export interface FieldError {
  /** The input property, e.g. "name" or "communeCode". */
  field: string;
  /** required | too_long | invalid_type | invalid_choice | invalid_format | not_found | duplicate | … */
  code: string;
  message: string;
}

export function isApiError(value: unknown): value is ApiError {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as Record<string, unknown>)['code'] === 'string' &&
    typeof (value as Record<string, unknown>)['message'] === 'string'
  );
}

/**
 * The field errors an API error carries (VALIDATION_FAILED, CONFLICT, FORBIDDEN_UNIT name the fields they
 * are about), so a form can put each message next to its field; [] for any other details.
 */
export function fieldErrorsOf(error: ApiError): FieldError[] {
  if (!Array.isArray(error.details)) return [];
  return (error.details as unknown[]).filter(
    (d): d is FieldError =>
      typeof d === 'object' &&
      d !== null &&
      typeof (d as FieldError).field === 'string' &&
      typeof (d as FieldError).code === 'string' &&
      typeof (d as FieldError).message === 'string',
  );
}
