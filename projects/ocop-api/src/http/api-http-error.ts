import type { ApiError, FieldError } from '@ocop/domain';

/** An error meant for the client: thrown anywhere in a request, answered as `{code, message, details}`. */
export class ApiHttpError extends Error {
  override readonly name = 'ApiHttpError';

  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: unknown = null,
    /** Response headers that belong to this answer (e.g. WWW-Authenticate of a 401). */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  toJSON(): Required<ApiError> {
    return { code: this.code, message: this.message, details: this.details };
  }
}

export function validationFailed(errors: FieldError[]): ApiHttpError {
  return new ApiHttpError(400, 'VALIDATION_FAILED', 'Dữ liệu không hợp lệ, vui lòng kiểm tra lại', errors);
}

export function notFound(message: string): ApiHttpError {
  return new ApiHttpError(404, 'NOT_FOUND', message);
}

export function conflict(errors: FieldError[]): ApiHttpError {
  return new ApiHttpError(409, 'CONFLICT', 'Dữ liệu trùng với một bản ghi đã có', errors);
}
