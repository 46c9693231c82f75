import type { FieldError } from '../api/api-error';
import {
  isUuid,
  MAX_DESCRIPTION_LENGTH,
  MAX_NAME_LENGTH,
  parseNewProducer,
  parseNewProduct,
  parseProducerChange,
  parseVersionedRequest,
  producerNotices,
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
        representativeName: null,
        representativePosition: null,
        address: null,
        communeCode: '06322',
        phone: null,
        email: null,
      },
    });
  });

  it('accepts every detail of the phiếu đăng ký, normalised', () => {
    const result = parseNewProducer({
      type: 'hop-tac-xa',
      name: 'HTX Văn Quan Xanh',
      registrationNumber: '4900 123 456',
      representativeName: ' Lương  Văn Hòa '.normalize('NFD'),
      representativePosition: 'Giám đốc',
      address: ' Thôn  Nà Làng ',
      communeCode: '06253',
      phone: '(0205) 3812.345',
      email: ' LienHe@HTXVanQuan.vn ',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        type: 'hop-tac-xa',
        name: 'HTX Văn Quan Xanh',
        registrationNumber: '4900123456',
        representativeName: 'Lương Văn Hòa',
        representativePosition: 'Giám đốc',
        address: 'Thôn Nà Làng',
        communeCode: '06253',
        phone: '02053812345',
        email: 'lienhe@htxvanquan.vn',
      },
    });
  });

  describe('legal representative, address and contacts', () => {
    it('are optional: missing, null and blank become null', () => {
      const result = parseNewProducer({
        ...valid,
        representativeName: '  ',
        representativePosition: null,
        address: '',
        phone: ' ',
        email: undefined,
      });
      expect(result.ok && result.value).toEqual(
        jasmine.objectContaining({
          representativeName: null,
          representativePosition: null,
          address: null,
          phone: null,
          email: null,
        }),
      );
    });

    it('need the representative’s name once a position is given', () => {
      expect(validateNewProducer({ ...valid, representativePosition: 'Chủ hộ' })).toEqual([
        {
          field: 'representativeName',
          code: 'required',
          message: 'Họ tên người đại diện không được để trống khi đã có chức vụ',
        },
      ]);
    });

    it('refuse texts that are too long, naming the field and the limit', () => {
      const errors = validateNewProducer({
        ...valid,
        representativeName: 'x'.repeat(101),
        representativePosition: 'x'.repeat(101),
        address: 'x'.repeat(301),
      });
      expect(errors.map((e) => e.message)).toEqual([
        'Họ tên người đại diện không được dài quá 100 ký tự',
        'Chức vụ không được dài quá 100 ký tự',
        'Địa chỉ không được dài quá 300 ký tự',
      ]);
      expect(
        validateNewProducer({ ...valid, representativeName: 'x'.repeat(100), address: 'x'.repeat(300) }),
      ).toEqual([]);
    });

    it('refuse a phone number that is not Vietnamese, in Vietnamese with examples', () => {
      for (const phone of ['12345', '0112345678', '091234567', '09123456789', '0912345678 / 0987654321']) {
        expect(validateNewProducer({ ...valid, phone }))
          .withContext(phone)
          .toEqual([
            {
              field: 'phone',
              code: 'invalid_format',
              message:
                'Số điện thoại không đúng định dạng Việt Nam (di động 10 chữ số như 0912 345 678, ' +
                'cố định 11 chữ số như 0205 3812 345)',
            },
          ]);
      }
    });

    it('refuse an e-mail address that is not one', () => {
      for (const email of ['htx', 'htx@', '@gmail.com', 'htx@gmail', 'hợptác@gmail.com', 'a b@gmail.com']) {
        expect(validateNewProducer({ ...valid, email }))
          .withContext(email)
          .toEqual([
            {
              field: 'email',
              code: 'invalid_format',
              message: 'Email không đúng định dạng (ví dụ: lienhe@htxvanquan.vn)',
            },
          ]);
      }
    });

    it('report their errors in the order of the form, with the other fields’', () => {
      const errors = validateNewProducer({
        type: 'doanh-nghiep',
        name: '',
        registrationNumber: '123',
        representativePosition: 'Giám đốc',
        address: 42,
        communeCode: '06322',
        phone: 'không có',
        email: 'không có',
      });
      expect(fieldsOf(errors)).toEqual([
        'name:required',
        'registrationNumber:invalid_tax_code',
        'representativeName:required',
        'address:invalid_type',
        'phone:invalid_format',
        'email:invalid_format',
      ]);
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
        'registrationNumber:invalid_tax_code',
      ]);
    });

    it('accepts a dependent unit’s 13-digit code typed without its hyphen', () => {
      const result = parseNewProducer({
        ...valid,
        type: 'doanh-nghiep',
        registrationNumber: '0101234567001',
      });
      expect(result.ok && result.value.registrationNumber).toBe('0101234567-001');
    });

    it('writes other types’ numbers in upper case, so that one number has one spelling', () => {
      const result = parseNewProducer({ ...valid, registrationNumber: '14f8 001234' });
      expect(result.ok && result.value.registrationNumber).toBe('14F8001234');
    });

    it('refuses a number without any digit', () => {
      expect(
        fieldsOf(validateNewProducer({ ...valid, type: 'to-hop-tac', registrationNumber: 'THT' })),
      ).toEqual(['registrationNumber:invalid_format']);
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
      value: {
        ...valid,
        producerId: '5a1c3d4e-0000-4000-8000-000000000001',
        description: null,
        stage: 'product',
      },
    });
  });

  describe('stage', () => {
    it('is a registered product (biểu 02) unless the input says it is an idea (biểu 01)', () => {
      for (const stage of [undefined, null, '', 'product']) {
        const result = parseNewProduct({ ...valid, stage });
        expect(result.ok && result.value.stage)
          .withContext(String(stage))
          .toBe('product');
      }
      const idea = parseNewProduct({ ...valid, stage: 'idea' });
      expect(idea.ok && idea.value.stage).toBe('idea');
    });

    it('refuses any other stage in Vietnamese', () => {
      expect(validateNewProduct({ ...valid, stage: 'dossier' })).toEqual([
        {
          field: 'stage',
          code: 'invalid_choice',
          message:
            'Bước đăng ký phải là ý tưởng sản phẩm mới (idea, biểu số 01) hoặc sản phẩm đã có (product, biểu số 02)',
        },
      ]);
    });
  });

  describe('description', () => {
    it('keeps paragraphs, tidying spaces and runs of empty lines', () => {
      const result = parseNewProduct({
        ...valid,
        description: '  Rượu  nấu từ gạo nếp \r\n\r\n\r\n  ủ men lá rừng.\nNồng độ 29%.  '.normalize('NFD'),
      });
      expect(result.ok && result.value.description).toBe(
        'Rượu nấu từ gạo nếp\n\nủ men lá rừng.\nNồng độ 29%.',
      );
    });

    it('is at most 1000 characters', () => {
      expect(validateNewProduct({ ...valid, description: 'x'.repeat(MAX_DESCRIPTION_LENGTH) })).toEqual([]);
      expect(validateNewProduct({ ...valid, description: 'x'.repeat(MAX_DESCRIPTION_LENGTH + 1) })).toEqual([
        { field: 'description', code: 'too_long', message: 'Mô tả sản phẩm không được dài quá 1000 ký tự' },
      ]);
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

  it('accepts a group of either classification (QĐ 1048 or QĐ 148)', () => {
    for (const productGroupCode of ['1', '26', '148-1.1.a', '148-3', '148-5.3']) {
      expect(validateNewProduct({ ...valid, productGroupCode }))
        .withContext(productGroupCode)
        .toEqual([]);
    }
  });

  it('refuses a code in neither classification, or an inner level', () => {
    for (const productGroupCode of ['0', '27', 'Rượu trắng', '148-1', '148-1.3', '148-9', '2.1']) {
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
      'Phân nhóm sản phẩm không có trong phân loại của QĐ 1048/2019 hoặc QĐ 148/2023',
      'Mã chủ thể không hợp lệ',
      'Mã xã phải gồm đúng 5 chữ số (mã đơn vị hành chính)',
    ]);
  });
});

describe('parseProducerChange', () => {
  const producer = { type: 'ho-kinh-doanh', name: 'Hộ kinh doanh Hoàng Văn Lợi', communeCode: '06322' };

  it('is a whole producer with the version it was based on', () => {
    const result = parseProducerChange({ ...producer, phone: '0912 345 678', version: 3 });
    expect(result.ok && result.value).toEqual(
      jasmine.objectContaining({ name: 'Hộ kinh doanh Hoàng Văn Lợi', phone: '0912345678', version: 3 }),
    );
  });

  it('needs a positive whole version, reported after the fields', () => {
    expect(validateChange({ ...producer })).toEqual([
      { field: 'version', code: 'required', message: 'Phiên bản không được để trống' },
    ]);
    for (const version of [0, -1, 1.5, '2', Number.MAX_SAFE_INTEGER]) {
      expect(fieldsOf(validateChange({ ...producer, version })))
        .withContext(String(version))
        .toEqual(['version:invalid_format']);
    }
    expect(fieldsOf(validateChange({ ...producer, name: '' }))).toEqual([
      'name:required',
      'version:required',
    ]);
  });

  function validateChange(input: Record<string, unknown>): FieldError[] {
    const result = parseProducerChange(input);
    return result.ok ? [] : result.errors;
  }
});

describe('parseVersionedRequest', () => {
  it('reads the version and refuses anything else', () => {
    expect(parseVersionedRequest({ version: 2 })).toEqual({ ok: true, value: { version: 2 } });
    expect(parseVersionedRequest({})).toEqual({
      ok: false,
      errors: [{ field: 'version', code: 'required', message: 'Phiên bản không được để trống' }],
    });
  });
});

describe('producerNotices', () => {
  it('recommends a representative and at least one contact, without refusing anything', () => {
    expect(producerNotices({})).toEqual([
      {
        field: 'representativeName',
        code: 'recommended',
        message: 'Nên ghi người đại diện theo pháp luật: phiếu đăng ký sản phẩm cần thông tin này',
      },
      {
        field: 'phone',
        code: 'recommended',
        message: 'Nên có ít nhất số điện thoại hoặc email để xã, huyện liên hệ với chủ thể',
      },
    ]);
    expect(producerNotices({ representativeName: 'Hoàng Văn Lợi', phone: ' ', email: null })).toEqual([
      jasmine.objectContaining({ field: 'phone', code: 'recommended' }),
    ]);
    expect(producerNotices({ representativeName: 'Hoàng Văn Lợi', email: 'a@b.vn' })).toEqual([]);
    expect(producerNotices({ representativeName: 'Hoàng Văn Lợi', phone: '0912345678' })).toEqual([]);
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
