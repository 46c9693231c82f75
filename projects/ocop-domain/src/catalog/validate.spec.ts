import type { FieldError } from '../api/api-error';
import {
  isUuid,
  MAX_NAME_LENGTH,
  parseNewProducer,
  parseNewProduct,
  validateNewProducer,
  validateNewProduct,
} from './validate';

const fieldsOf = (errors: FieldError[]) => errors.map((e) => `${e.field}:${e.code}`);

describe('parseNewProducer', () => {
  const valid = { type: 'ho-kinh-doanh', name: 'Hộ kinh doanh Hoàng Văn Lợi', communeCode: '06322' };

  it('accepts a valid producer and normalises its name', () => {
    const result = parseNewProducer({ ...valid, name: '  Hộ kinh doanh   Hoàng Văn Lợi '.normalize('NFD') });
    expect(result).toEqual({
      ok: true,
      value: {
        type: 'ho-kinh-doanh',
        name: 'Hộ kinh doanh Hoàng Văn Lợi',
        registrationNumber: null,
        communeCode: '06322',
      },
    });
  });

  it('reports every missing field at once, in Vietnamese', () => {
    expect(validateNewProducer({})).toEqual([
      { field: 'type', code: 'required', message: 'Loại chủ thể không được để trống' },
      { field: 'name', code: 'required', message: 'Tên chủ thể không được để trống' },
      { field: 'communeCode', code: 'required', message: 'Xã không được để trống' },
    ]);
  });

  it('treats a blank name as missing', () => {
    expect(fieldsOf(validateNewProducer({ ...valid, name: ' \t ' }))).toEqual(['name:required']);
  });

  it('refuses an unknown type and lists the allowed ones', () => {
    const [error] = validateNewProducer({ ...valid, type: 'cong-ty' });
    expect(error?.code).toBe('invalid_choice');
    expect(error?.message).toContain('hợp tác xã');
  });

  it('refuses a name that is too long', () => {
    const errors = validateNewProducer({ ...valid, name: 'x'.repeat(MAX_NAME_LENGTH + 1) });
    expect(fieldsOf(errors)).toEqual(['name:too_long']);
    expect(validateNewProducer({ ...valid, name: 'x'.repeat(MAX_NAME_LENGTH) })).toEqual([]);
  });

  it('refuses a commune code that is not 5 digits', () => {
    for (const communeCode of ['6322', '063220', '0632a', '184']) {
      expect(fieldsOf(validateNewProducer({ ...valid, communeCode })))
        .withContext(communeCode)
        .toEqual(['communeCode:invalid_format']);
    }
  });

  it('refuses values of the wrong type', () => {
    expect(fieldsOf(validateNewProducer({ ...valid, name: 42, communeCode: ['06322'] }))).toEqual([
      'name:invalid_type',
      'communeCode:invalid_type',
    ]);
  });

  describe('registration number', () => {
    it('is optional: missing, null and blank become null', () => {
      for (const registrationNumber of [undefined, null, '', '   ']) {
        const result = parseNewProducer({ ...valid, registrationNumber });
        expect(result.ok && result.value.registrationNumber)
          .withContext(String(registrationNumber))
          .toBeNull();
      }
    });

    it('must be a 10-digit tax code (optionally -NNN) for an enterprise, spaces removed', () => {
      const enterprise = { ...valid, type: 'doanh-nghiep' };
      const ok = parseNewProducer({ ...enterprise, registrationNumber: ' 0101 234 567 ' });
      expect(ok.ok && ok.value.registrationNumber).toBe('0101234567');
      expect(validateNewProducer({ ...enterprise, registrationNumber: '0101234567-001' })).toEqual([]);
      expect(fieldsOf(validateNewProducer({ ...enterprise, registrationNumber: '12345' }))).toEqual([
        'registrationNumber:invalid_format',
      ]);
    });

    it('accepts registration-style numbers for other types but not free text', () => {
      expect(validateNewProducer({ ...valid, registrationNumber: '14F8001234' })).toEqual([]);
      expect(validateNewProducer({ ...valid, type: 'hop-tac-xa', registrationNumber: '14.07/0012' })).toEqual(
        [],
      );
      expect(fieldsOf(validateNewProducer({ ...valid, registrationNumber: 'chưa có giấy phép' }))).toEqual([
        'registrationNumber:invalid_format',
      ]);
    });
  });
});

describe('parseNewProduct', () => {
  const valid = {
    name: 'Rượu men lá Hữu Lễ',
    productGroupCode: '15',
    producerId: '5A1C3D4E-0000-4000-8000-000000000001',
    communeCode: '06322',
  };

  it('accepts a valid product, normalising the name and the producer id', () => {
    const result = parseNewProduct({ ...valid, name: ' Rượu  men lá Hữu Lễ ' });
    expect(result).toEqual({
      ok: true,
      value: { ...valid, producerId: '5a1c3d4e-0000-4000-8000-000000000001' },
    });
  });

  it('says "Tên sản phẩm không được để trống" for a blank name', () => {
    expect(validateNewProduct({ ...valid, name: '' })).toEqual([
      { field: 'name', code: 'required', message: 'Tên sản phẩm không được để trống' },
    ]);
  });

  it('reports every missing field at once', () => {
    expect(fieldsOf(validateNewProduct({}))).toEqual([
      'name:required',
      'productGroupCode:required',
      'producerId:required',
      'communeCode:required',
    ]);
  });

  it('refuses a phân nhóm outside QĐ 1048', () => {
    for (const productGroupCode of ['0', '27', 'Rượu trắng']) {
      expect(fieldsOf(validateNewProduct({ ...valid, productGroupCode })))
        .withContext(productGroupCode)
        .toEqual(['productGroupCode:invalid_choice']);
    }
  });

  it('refuses a producer id that is not a UUID', () => {
    expect(fieldsOf(validateNewProduct({ ...valid, producerId: '42' }))).toEqual([
      'producerId:invalid_format',
    ]);
  });

  it('gives every message in Vietnamese with the field named', () => {
    const errors = validateNewProduct({
      name: ' ',
      productGroupCode: '99',
      producerId: 'x',
      communeCode: '1',
    });
    expect(errors.map((e) => e.message)).toEqual([
      'Tên sản phẩm không được để trống',
      'Phân nhóm sản phẩm không có trong Bộ tiêu chí QĐ 1048 (mã từ 1 đến 26)',
      'Mã chủ thể không hợp lệ',
      'Mã xã phải gồm đúng 5 chữ số (mã đơn vị hành chính)',
    ]);
  });
});

describe('isUuid', () => {
  it('accepts canonical UUIDs in either case and nothing else', () => {
    expect(isUuid('0c0b2020-0000-4000-8000-000000000201')).toBeTrue();
    expect(isUuid('0C0B2020-0000-4000-8000-00000000020A')).toBeTrue();
    expect(isUuid('0c0b2020000040008000000000000201')).toBeFalse();
    expect(isUuid('not-a-uuid')).toBeFalse();
  });
});
