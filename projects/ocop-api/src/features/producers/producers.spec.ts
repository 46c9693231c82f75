import type { ApiError, FieldError, Page, Producer } from '@ocop/domain';
import { countRows, startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';

// The district's standing unit: reads and registers in every commune of Văn Quan (scope rules: auth/).
const OFFICER: DemoUser = 'vq.nongnghiep';

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
    expect(page.items).toContain({
      id: '0c0b2020-0000-4000-8000-000000000102',
      type: 'hop-tac-xa',
      name: 'HTX Văn Quan Xanh',
      registrationNumber: null,
      commune: { code: '06253', name: 'Thị trấn Văn Quan' },
      version: 1,
    });
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
      commune: { code: '06283', name: 'Xã An Sơn' },
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

  it('refuses a second producer of the same type with the same registration number (409)', async () => {
    const producer = {
      type: 'hop-tac-xa',
      name: 'HTX Chè Tân Đoàn',
      registrationNumber: '14.07/0099',
      communeCode: '06307',
    };
    expect((await post(producer)).statusCode).toBe(201);
    const before = await countRows(t.db, 'producers');
    const again = await post({ ...producer, name: 'HTX Chè Tân Đoàn 2' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ApiError>().code).toBe('CONFLICT');
    expect(fieldCodes(again.json())).toEqual(['registrationNumber:duplicate']);
    expect(await countRows(t.db, 'producers')).toBe(before);
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
