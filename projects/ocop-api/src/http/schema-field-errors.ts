import type { FieldError } from '@ocop/domain';

/**
 * Turns the JSON-schema errors Fastify raises for query strings and path parameters into the same
 * Vietnamese field errors the domain validation gives, so clients handle one shape.
 */

export interface SchemaError {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
}

const TYPE_NAMES: Record<string, string> = {
  integer: 'số nguyên',
  number: 'số',
  string: 'chuỗi ký tự',
  boolean: 'true hoặc false',
  object: 'một đối tượng JSON',
  array: 'một danh sách',
  null: 'null',
};

function fieldOf(error: SchemaError): string {
  const path = error.instancePath.split('/').filter((p) => p !== '');
  const extra = error.params['missingProperty'] ?? error.params['additionalProperty'];
  if (typeof extra === 'string') path.push(extra);
  return path.join('.');
}

function describe(error: SchemaError, field: string): Omit<FieldError, 'field'> {
  const { params } = error;
  const label = field === '' ? 'Dữ liệu' : field;
  switch (error.keyword) {
    case 'required':
      return { code: 'required', message: `${label} là bắt buộc` };
    case 'type': {
      const types = String(params['type']).split(',');
      const names = types.map((t) => TYPE_NAMES[t] ?? t).join(' hoặc ');
      return { code: 'invalid_type', message: `${label} phải là ${names}` };
    }
    case 'minimum':
      return { code: 'out_of_range', message: `${label} phải lớn hơn hoặc bằng ${String(params['limit'])}` };
    case 'maximum':
      return { code: 'out_of_range', message: `${label} phải nhỏ hơn hoặc bằng ${String(params['limit'])}` };
    case 'enum': {
      const allowed = Array.isArray(params['allowedValues']) ? params['allowedValues'].join(', ') : '';
      return { code: 'invalid_choice', message: `${label} phải là một trong: ${allowed}` };
    }
    case 'minLength':
      return { code: 'too_short', message: `${label} phải có ít nhất ${String(params['limit'])} ký tự` };
    case 'maxLength':
      return { code: 'too_long', message: `${label} không được dài quá ${String(params['limit'])} ký tự` };
    case 'pattern':
    case 'format':
      return { code: 'invalid_format', message: `${label} không đúng định dạng` };
    case 'additionalProperties':
      return { code: 'unknown_field', message: `Không chấp nhận trường ${label}` };
    default:
      return { code: 'invalid', message: `${label} không hợp lệ` };
  }
}

export function fieldErrorsFromSchema(errors: readonly SchemaError[]): FieldError[] {
  return errors.map((error) => {
    const field = fieldOf(error);
    return { field, ...describe(error, field) };
  });
}
