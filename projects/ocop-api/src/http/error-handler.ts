import type { FastifyError, FastifyInstance } from 'fastify';
import type { ApiError } from '@ocop/domain';
import { ApiHttpError, validationFailed } from './api-http-error';
import { fieldErrorsFromSchema, type SchemaError } from './schema-field-errors';

const INTERNAL = new ApiHttpError(500, 'INTERNAL', 'Đã có lỗi trong máy chủ. Vui lòng thử lại sau.');

/** Fastify's own request errors, in the API's shape and language. */
const FRAMEWORK_ERRORS: Record<string, ApiHttpError> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: new ApiHttpError(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'Chỉ nhận dữ liệu dạng JSON (Content-Type: application/json)',
  ),
  FST_ERR_CTP_EMPTY_JSON_BODY: new ApiHttpError(400, 'INVALID_JSON', 'Nội dung gửi lên trống'),
  FST_ERR_CTP_INVALID_JSON_BODY: new ApiHttpError(
    400,
    'INVALID_JSON',
    'Nội dung gửi lên không phải JSON hợp lệ',
  ),
  FST_ERR_CTP_BODY_TOO_LARGE: new ApiHttpError(413, 'PAYLOAD_TOO_LARGE', 'Dữ liệu gửi lên quá lớn'),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: new ApiHttpError(
    400,
    'BAD_REQUEST',
    'Độ dài nội dung không khớp với Content-Length',
  ),
};

function toApiHttpError(error: FastifyError | Error): ApiHttpError {
  if (error instanceof ApiHttpError) return error;
  const fastifyError = error as Partial<FastifyError>;
  if (fastifyError.validation) {
    return validationFailed(fieldErrorsFromSchema(fastifyError.validation as unknown as SchemaError[]));
  }
  const known = fastifyError.code === undefined ? undefined : FRAMEWORK_ERRORS[fastifyError.code];
  if (known) return known;
  // JSON.parse failures arrive as a SyntaxError tagged 400 rather than with a Fastify code.
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return FRAMEWORK_ERRORS['FST_ERR_CTP_INVALID_JSON_BODY'] ?? INTERNAL;
  }
  const status = fastifyError.statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return new ApiHttpError(status, 'BAD_REQUEST', 'Yêu cầu không hợp lệ');
  }
  return INTERNAL;
}

/** Every failure answers `{code, message, details}`; a 500 says nothing about its cause (that goes to the log). */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError | Error, request, reply) => {
    const answer = toApiHttpError(error);
    // Errors we raised on purpose were logged where they arose; anything else is a bug to investigate.
    if (!(error instanceof ApiHttpError)) {
      if (answer.statusCode >= 500) request.log.error({ err: error }, 'request failed');
      else request.log.info({ reason: error.message }, 'request refused');
    }
    const body: Required<ApiError> = answer.toJSON();
    return reply.status(answer.statusCode).headers(answer.headers).send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const body: Required<ApiError> = {
      code: 'NOT_FOUND',
      message: 'Không có địa chỉ API này',
      details: { method: request.method, path: request.url.split('?')[0] },
    };
    return reply.status(404).send(body);
  });
}
