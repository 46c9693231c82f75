import { fieldErrorsOf } from './api-error';

describe('fieldErrorsOf', () => {
  it('keeps the well-formed field errors of the details and drops anything else', () => {
    const name = { field: 'name', code: 'required', message: 'Tên không được để trống' };
    expect(
      fieldErrorsOf({ code: 'VALIDATION_FAILED', message: '', details: [name, { field: 1 }, null, 'x'] }),
    ).toEqual([name]);
    expect(fieldErrorsOf({ code: 'STALE_VERSION', message: '', details: { currentVersion: 2 } })).toEqual([]);
    expect(fieldErrorsOf({ code: 'HTTP_500', message: '' })).toEqual([]);
  });
});
