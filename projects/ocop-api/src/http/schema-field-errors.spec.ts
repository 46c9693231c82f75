import { fieldErrorsFromSchema } from './schema-field-errors';

describe('fieldErrorsFromSchema', () => {
  it('names the missing property as the field', () => {
    expect(
      fieldErrorsFromSchema([{ keyword: 'required', instancePath: '', params: { missingProperty: 'q' } }]),
    ).toEqual([{ field: 'q', code: 'required', message: 'q là bắt buộc' }]);
  });

  it('explains type and range errors in Vietnamese', () => {
    expect(
      fieldErrorsFromSchema([
        { keyword: 'type', instancePath: '/limit', params: { type: 'integer' } },
        { keyword: 'maximum', instancePath: '/limit', params: { limit: 200 } },
        { keyword: 'minimum', instancePath: '/offset', params: { limit: 0 } },
      ]),
    ).toEqual([
      { field: 'limit', code: 'invalid_type', message: 'limit phải là số nguyên' },
      { field: 'limit', code: 'out_of_range', message: 'limit phải nhỏ hơn hoặc bằng 200' },
      { field: 'offset', code: 'out_of_range', message: 'offset phải lớn hơn hoặc bằng 0' },
    ]);
  });

  it('lists the allowed values of an enum', () => {
    const [error] = fieldErrorsFromSchema([
      {
        keyword: 'enum',
        instancePath: '/level',
        params: { allowedValues: ['province', 'district', 'commune'] },
      },
    ]);
    expect(error?.message).toBe('level phải là một trong: province, district, commune');
  });

  it('uses dotted paths for nested fields and falls back to a generic message', () => {
    expect(fieldErrorsFromSchema([{ keyword: 'uniqueItems', instancePath: '/a/0/b', params: {} }])).toEqual([
      { field: 'a.0.b', code: 'invalid', message: 'a.0.b không hợp lệ' },
    ]);
  });

  it('speaks of the whole input when the error is at the root', () => {
    expect(
      fieldErrorsFromSchema([{ keyword: 'type', instancePath: '', params: { type: 'object' } }]),
    ).toEqual([{ field: '', code: 'invalid_type', message: 'Dữ liệu phải là một đối tượng JSON' }]);
  });
});
