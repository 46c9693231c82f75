import type { ApiError, FieldError, Page, Producer } from '@ocop/domain';
import { countRows, startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';
import { listAudit } from '../audit/audit.repository';

// The district's standing unit: reads and registers in every commune of Văn Quan (scope rules: auth/).
const OFFICER: DemoUser = 'vq.nongnghiep';

const HTX_VAN_QUAN_XANH: Producer = {
  id: '0c0b2020-0000-4000-8000-000000000102',
  type: 'hop-tac-xa',
  name: 'HTX Văn Quan Xanh',
  registrationNumber: null,
  representativeName: 'Lương Thị Hoa',
  representativePosition: 'Giám đốc',
  address: 'Khối phố 1',
  commune: { code: '06253', name: 'Thị trấn Văn Quan' },
  phone: '02050000102',
  email: 'htx.vanquanxanh@example.com',
  version: 1,
};

describe('producers API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const post = (payload: unknown) =>
    t.inject(OFFICER, { method: 'POST', url: '/api/producers', payload: payload as object });
  const fieldCodes = (body: ApiError) => (body.details as FieldError[]).map((e) => `${e.field}:${e.code}`);

  it('lists the demo producers with their communes', async () => {
    const res = await t.inject(OFFICER, '/api/producers?q=van');
    expect(res.statusCode).toBe(200);
    const page = res.json<Page<Producer>>();
    expect(page.items).toContain(HTX_VAN_QUAN_XANH);
    expect(page.items.map((p) => p.name)).toContain('Hộ kinh doanh Hoàng Văn Lợi');
  });

  it('filters by commune', async () => {
    const page = (await t.inject(OFFICER, '/api/producers?communeCode=06322')).json<Page<Producer>>();
    expect(page.items.every((p) => p.commune.code === '06322')).toBeTrue();
    expect(page.items.map((p) => p.name)).toContain('Hộ kinh doanh Hoàng Văn Lợi');
  });

  it('registers a producer: 201, Location, normalised name, then listed', async () => {
    const res = await post({
      type: 'doanh-nghiep',
      name: '  Công ty TNHH   Hồi Lạng Sơn ',
      registrationNumber: '4900 123 456',
      communeCode: '06283',
    });
    expect(res.statusCode).toBe(201);
    const created = res.json<Producer>();
    expect(created).toEqual({
      id: jasmine.stringMatching(/^[0-9a-f-]{36}$/),
      type: 'doanh-nghiep',
      name: 'Công ty TNHH Hồi Lạng Sơn',
      registrationNumber: '4900123456',
      representativeName: null,
      representativePosition: null,
      address: null,
      commune: { code: '06283', name: 'Xã An Sơn' },
      phone: null,
      email: null,
      version: 1,
    });
    expect(res.headers['location']).toBe(`/api/producers/${created.id}`);
    const page = (await t.inject(OFFICER, '/api/producers?q=hoi lang son')).json<Page<Producer>>();
    expect(page.items.map((p) => p.id)).toContain(created.id);
  });

  it('refuses invalid input with 400, every field error, and saves nothing', async () => {
    const before = await countRows(t.db, 'producers');
    const res = await post({ type: 'cong-ty', name: '   ', communeCode: '123' });
    expect(res.statusCode).toBe(400);
    const body = res.json<ApiError>();
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.message).toBe('Dữ liệu không hợp lệ, vui lòng kiểm tra lại');
    expect(fieldCodes(body)).toEqual(['type:invalid_choice', 'name:required', 'communeCode:invalid_format']);
    expect((body.details as FieldError[])[1]?.message).toBe('Tên chủ thể không được để trống');
    expect(await countRows(t.db, 'producers')).toBe(before);
  });

  it('refuses an unknown commune and one that no longer exists, saving nothing', async () => {
    const before = await countRows(t.db, 'producers');
    const unknown = await post({ type: 'ho-kinh-doanh', name: 'Hộ Nông Văn A', communeCode: '99999' });
    expect(unknown.statusCode).toBe(400);
    expect(fieldCodes(unknown.json())).toEqual(['communeCode:not_found']);
    const ended = await post({ type: 'ho-kinh-doanh', name: 'Hộ Nông Văn A', communeCode: '06301' });
    expect(ended.statusCode).toBe(400);
    expect(fieldCodes(ended.json())).toEqual(['communeCode:no_longer_exists']);
    expect(await countRows(t.db, 'producers')).toBe(before);
  });

  it('registers every detail of the phiếu đăng ký, normalised, and records who did it', async () => {
    const res = await post({
      type: 'hop-tac-xa',
      name: 'HTX Hồi Tràng Phái',
      registrationNumber: '14.07/0123',
      representativeName: 'Hoàng  Thị Mai'.normalize('NFD'),
      representativePosition: 'Giám đốc',
      address: ' Thôn Nà Pàn ',
      communeCode: '06316',
      phone: '+84 912 000 316',
      email: 'HTX.HoiTrangPhai@example.com',
    });
    expect(res.statusCode).withContext(res.body).toBe(201);
    const created = res.json<Producer>();
    expect(created).toEqual({
      id: jasmine.any(String),
      type: 'hop-tac-xa',
      name: 'HTX Hồi Tràng Phái',
      registrationNumber: '14.07/0123',
      representativeName: 'Hoàng Thị Mai',
      representativePosition: 'Giám đốc',
      address: 'Thôn Nà Pàn',
      commune: { code: '06316', name: 'Xã Tràng Phái' },
      phone: '0912000316',
      email: 'htx.hoitrangphai@example.com',
      version: 1,
    });
    expect((await t.inject(OFFICER, `/api/producers/${created.id}`)).json()).toEqual(created);
    const [entry] = await listAudit(t.db, { entityType: 'producer', entityId: created.id, limit: 10 });
    expect(entry).toEqual(
      jasmine.objectContaining({
        action: 'create',
        from: null,
        to: jasmine.objectContaining({
          name: 'HTX Hồi Tràng Phái',
          communeCode: '06316',
          phone: '0912000316',
        }),
      }),
    );
    expect(entry?.actor.username).toBe(OFFICER);
  });

  it('refuses malformed contacts and a position without a representative, in Vietnamese, saving nothing', async () => {
    const before = await countRows(t.db, 'producers');
    const res = await post({
      type: 'ho-kinh-doanh',
      name: 'Hộ Nông Văn Bình',
      representativePosition: 'Chủ hộ',
      communeCode: '06322',
      phone: '0912 34',
      email: 'nongvanbinh@',
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ApiError>().details).toEqual([
      {
        field: 'representativeName',
        code: 'required',
        message: 'Họ tên người đại diện không được để trống khi đã có chức vụ',
      },
      {
        field: 'phone',
        code: 'invalid_format',
        message:
          'Số điện thoại không đúng định dạng Việt Nam (di động 10 chữ số như 0912 345 678, ' +
          'cố định 11 chữ số như 0205 3812 345)',
      },
      {
        field: 'email',
        code: 'invalid_format',
        message: 'Email không đúng định dạng (ví dụ: lienhe@htxvanquan.vn)',
      },
    ]);
    expect(await countRows(t.db, 'producers')).toBe(before);
  });

  describe('a registration number already in use', () => {
    const first = {
      type: 'hop-tac-xa',
      name: 'HTX Chè Tân Đoàn',
      registrationNumber: '14.07/0099',
      communeCode: '06307',
    };

    beforeAll(async () => {
      expect((await post(first)).statusCode).toBe(201);
    });

    it('is refused with 409 naming the producer that holds it and its commune, saving nothing', async () => {
      const before = await countRows(t.db, 'producers');
      const again = await post({ ...first, name: 'HTX Chè Tân Đoàn 2', communeCode: '06322' });
      expect(again.statusCode).toBe(409);
      const message = 'Số đăng ký 14.07/0099 đã được dùng cho chủ thể “HTX Chè Tân Đoàn” (Xã Tân Đoàn)';
      expect(again.json()).toEqual({
        code: 'CONFLICT',
        message,
        details: [{ field: 'registrationNumber', code: 'duplicate', message }],
      });
      expect(await countRows(t.db, 'producers')).toBe(before);
    });

    it('is refused under another producer type too, and in another spelling of the same number', async () => {
      const again = await post({ ...first, type: 'to-hop-tac', registrationNumber: ' 14.07/0099 ' });
      expect(again.statusCode).toBe(409);
      expect(fieldCodes(again.json())).toEqual(['registrationNumber:duplicate']);
      expect(again.json<ApiError>().message).toContain('“HTX Chè Tân Đoàn”');
    });

    it('is named even when its producer lies outside the caller’s units (the register is public)', async () => {
      const res = await t.inject('xa.huule', {
        method: 'POST',
        url: '/api/producers',
        payload: { ...first, name: 'HTX Hữu Lễ', communeCode: '06322' },
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<ApiError>().message).toBe(
        'Số đăng ký 14.07/0099 đã được dùng cho chủ thể “HTX Chè Tân Đoàn” (Xã Tân Đoàn)',
      );
    });
  });

  describe('GET /api/producers/:id', () => {
    it('answers one producer with its details', async () => {
      const res = await t.inject(OFFICER, `/api/producers/${HTX_VAN_QUAN_XANH.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(HTX_VAN_QUAN_XANH);
    });

    it('answers 404 for a missing id, a non-UUID and a producer of another commune alike', async () => {
      const cases: [DemoUser, string][] = [
        [OFFICER, '0c0b2020-0000-4000-8000-000000009999'],
        [OFFICER, 'not-an-id'],
        // Hữu Lễ's commune officer asking for Thị trấn Văn Quan's cooperative.
        ['xa.huule', HTX_VAN_QUAN_XANH.id],
      ];
      for (const [user, id] of cases) {
        const res = await t.inject(user, `/api/producers/${id}`);
        expect(res.statusCode).withContext(`${user} ${id}`).toBe(404);
        expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy chủ thể', details: null });
      }
    });
  });

  describe('PUT /api/producers/:id', () => {
    /** A producer of this block's own, registered by the district officer. */
    const register = async (name: string, communeCode = '06298'): Promise<Producer> => {
      const res = await post({ type: 'ho-kinh-doanh', name, communeCode });
      expect(res.statusCode).withContext(res.body).toBe(201);
      return res.json<Producer>();
    };
    const put = (id: string, payload: object, user: DemoUser = OFFICER) =>
      t.inject(user, { method: 'PUT', url: `/api/producers/${id}`, payload });
    const detailsOf = (p: Producer) => ({
      type: p.type,
      name: p.name,
      registrationNumber: p.registrationNumber,
      representativeName: p.representativeName,
      representativePosition: p.representativePosition,
      address: p.address,
      communeCode: p.commune.code,
      phone: p.phone,
      email: p.email,
    });

    it('saves the whole producer, raises the version and audits what changed, before and after', async () => {
      const producer = await register('Hộ kinh doanh Vi Văn Sửa');
      const res = await put(producer.id, {
        ...detailsOf(producer),
        type: 'to-hop-tac',
        name: 'Tổ hợp tác Vi Văn Sửa',
        representativeName: 'Vi Văn Sửa',
        representativePosition: 'Tổ trưởng',
        phone: '0912 000 298',
        version: 1,
      });
      expect(res.statusCode).withContext(res.body).toBe(200);
      const saved = res.json<Producer>();
      expect(saved).toEqual({
        ...producer,
        type: 'to-hop-tac',
        name: 'Tổ hợp tác Vi Văn Sửa',
        representativeName: 'Vi Văn Sửa',
        representativePosition: 'Tổ trưởng',
        phone: '0912000298',
        version: 2,
      });
      expect((await t.inject(OFFICER, `/api/producers/${producer.id}`)).json()).toEqual(saved);
      expect(
        (await t.inject(OFFICER, '/api/producers?q=to hop tac vi van sua')).json<Page<Producer>>().total,
      ).toBe(1);

      const [entry] = await listAudit(t.db, { entityType: 'producer', entityId: producer.id, limit: 10 });
      expect(entry?.action).toBe('update');
      expect(entry?.actor.username).toBe(OFFICER);
      expect(entry?.from).toEqual({
        type: 'ho-kinh-doanh',
        name: 'Hộ kinh doanh Vi Văn Sửa',
        representativeName: null,
        representativePosition: null,
        phone: null,
      });
      expect(entry?.to).toEqual({
        type: 'to-hop-tac',
        name: 'Tổ hợp tác Vi Văn Sửa',
        representativeName: 'Vi Văn Sửa',
        representativePosition: 'Tổ trưởng',
        phone: '0912000298',
      });
    });

    it('refuses a stale version with 409 STALE_VERSION and the current version, writing nothing', async () => {
      const producer = await register('Hộ kinh doanh Lý Văn Cũ');
      expect(
        (await put(producer.id, { ...detailsOf(producer), address: 'Thôn Mới', version: 1 })).statusCode,
      ).toBe(200);

      const stale = await put(producer.id, { ...detailsOf(producer), address: 'Thôn Cũ', version: 1 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json()).toEqual({
        code: 'STALE_VERSION',
        message:
          'Chủ thể này vừa được người khác thay đổi. Vui lòng tải lại để xem thông tin mới rồi sửa lại.',
        details: { currentVersion: 2 },
      });
      const now = (await t.inject(OFFICER, `/api/producers/${producer.id}`)).json<Producer>();
      expect(now.address).toBe('Thôn Mới');
      expect(now.version).toBe(2);
      expect(await listAudit(t.db, { entityType: 'producer', entityId: producer.id, limit: 10 })).toHaveSize(
        2,
      );
    });

    it('changes nothing, not even the version, for a body equal to the record', async () => {
      const producer = await register('Hộ kinh doanh Hà Văn Y Nguyên');
      const res = await put(producer.id, {
        ...detailsOf(producer),
        name: ' Hộ kinh doanh  Hà Văn Y Nguyên',
        version: 1,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(producer);
      expect(await listAudit(t.db, { entityType: 'producer', entityId: producer.id, limit: 10 })).toHaveSize(
        1,
      );
    });

    it('refuses invalid details with 400 and field errors, version included', async () => {
      const producer = await register('Hộ kinh doanh Chu Văn Sai');
      const res = await put(producer.id, { ...detailsOf(producer), name: '', email: 'x', version: 0 });
      expect(res.statusCode).toBe(400);
      expect(fieldCodes(res.json())).toEqual([
        'name:required',
        'email:invalid_format',
        'version:invalid_format',
      ]);
    });

    it('refuses a registration number held by another producer, naming it', async () => {
      const holder = await post({
        type: 'doanh-nghiep',
        name: 'Công ty CP Hồi Bình Phúc',
        registrationNumber: '4900000298',
        communeCode: '06298',
      });
      expect(holder.statusCode).toBe(201);
      const producer = await register('Hộ kinh doanh Lộc Văn Trùng');
      const res = await put(producer.id, {
        ...detailsOf(producer),
        type: 'doanh-nghiep',
        registrationNumber: '4900000298',
        version: 1,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json<ApiError>().message).toBe(
        'Số đăng ký 4900000298 đã được dùng cho chủ thể “Công ty CP Hồi Bình Phúc” (Xã Bình Phúc)',
      );
      // Its own number is not a duplicate of itself.
      const own = await put(holder.json<Producer>().id, {
        ...detailsOf(holder.json<Producer>()),
        address: 'Thôn Bình Phúc',
        version: 1,
      });
      expect(own.statusCode).withContext(own.body).toBe(200);
    });

    it('answers 404 for a producer outside the caller’s units, whatever the body', async () => {
      const res = await put(HTX_VAN_QUAN_XANH.id, { name: '' }, 'xa.huule');
      expect(res.statusCode).toBe(404);
      expect(res.json<ApiError>().code).toBe('NOT_FOUND');
      const missing = await put('0c0b2020-0000-4000-8000-000000009999', { version: 1 });
      expect(missing.statusCode).toBe(404);
    });

    it('lets a commune officer correct their own commune’s producer but not move it to another commune', async () => {
      const res = await t.inject('xa.vanquan', {
        method: 'POST',
        url: '/api/producers',
        payload: { type: 'ho-kinh-doanh', name: 'Hộ kinh doanh Hoàng Văn Dời', communeCode: '06253' },
      });
      expect(res.statusCode).withContext(res.body).toBe(201);
      const producer = res.json<Producer>();
      const moved = await put(
        producer.id,
        { ...detailsOf(producer), communeCode: '06322', version: 1 },
        'xa.vanquan',
      );
      expect(moved.statusCode).toBe(403);
      expect(moved.json<ApiError>().code).toBe('FORBIDDEN_UNIT');
      const fixed = await put(
        producer.id,
        { ...detailsOf(producer), address: 'Khối phố 2', version: 1 },
        'xa.vanquan',
      );
      expect(fixed.statusCode).toBe(200);
      expect(fixed.json<Producer>().version).toBe(2);
    });

    it('is refused to roles that only read the catalogue', async () => {
      const res = await put(HTX_VAN_QUAN_XANH.id, { ...detailsOf(HTX_VAN_QUAN_XANH), version: 1 }, 'vq.yte');
      expect(res.statusCode).toBe(403);
      expect(res.json<ApiError>().code).toBe('FORBIDDEN');
    });
  });

  it('answers malformed requests in the error shape', async () => {
    const notObject = await post([1, 2]);
    expect(notObject.statusCode).toBe(400);
    expect(fieldCodes(notObject.json())).toEqual([':invalid_type']);

    const badJson = await t.inject(OFFICER, {
      method: 'POST',
      url: '/api/producers',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(badJson.statusCode).toBe(400);
    expect(badJson.json()).toEqual({
      code: 'INVALID_JSON',
      message: 'Nội dung gửi lên không phải JSON hợp lệ',
      details: null,
    });

    const text = await t.inject(OFFICER, {
      method: 'POST',
      url: '/api/producers',
      headers: { 'content-type': 'text/plain' },
      payload: 'name=x',
    });
    expect(text.statusCode).toBe(415);
    expect(text.json<ApiError>().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('refuses out-of-range paging', async () => {
    const res = await t.inject(OFFICER, '/api/producers?limit=1000');
    expect(res.statusCode).toBe(400);
    expect(fieldCodes(res.json())).toEqual(['limit:out_of_range']);
  });
});
