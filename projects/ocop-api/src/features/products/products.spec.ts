import type { ApiError, FieldError, Page, Producer, Product } from '@ocop/domain';
import { countRows, startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';

// The district's standing unit: reads and registers in every commune of Văn Quan (scope rules: auth/).
const OFFICER: DemoUser = 'vq.nongnghiep';

const RUOU_MEN_LA: Product = {
  id: '0c0b2020-0000-4000-8000-000000000201',
  name: 'Rượu men lá Hữu Lễ',
  productGroup: { code: '15', name: 'Rượu trắng' },
  producer: {
    id: '0c0b2020-0000-4000-8000-000000000101',
    name: 'Hộ kinh doanh Hoàng Văn Lợi',
    type: 'ho-kinh-doanh',
  },
  commune: { code: '06322', name: 'Xã Hữu Lễ' },
  version: 1,
};

const TINH_DAU_HOI: Product = {
  id: '0c0b2020-0000-4000-8000-000000000202',
  name: 'Tinh dầu hồi Văn Quan',
  productGroup: { code: '22', name: 'Thảo dược khác' },
  producer: { id: '0c0b2020-0000-4000-8000-000000000102', name: 'HTX Văn Quan Xanh', type: 'hop-tac-xa' },
  commune: { code: '06253', name: 'Thị trấn Văn Quan' },
  version: 1,
};

describe('products API', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const list = async (query = '') => {
    const res = await t.inject(OFFICER, `/api/products${query}`);
    expect(res.statusCode).withContext(res.body).toBe(200);
    return res.json<Page<Product>>();
  };
  const post = (payload: unknown) =>
    t.inject(OFFICER, { method: 'POST', url: '/api/products', payload: payload as object });
  const fieldCodes = (body: ApiError) => (body.details as FieldError[]).map((e) => `${e.field}:${e.code}`);

  /** A producer of this spec's own, so that products created here do not collide with other specs. */
  const newProducer = async (name: string): Promise<Producer> => {
    const res = await t.inject(OFFICER, {
      method: 'POST',
      url: '/api/producers',
      payload: { type: 'ho-kinh-doanh', name, communeCode: '06313' },
    });
    expect(res.statusCode).withContext(res.body).toBe(201);
    return res.json<Producer>();
  };

  describe('GET /api/products', () => {
    it('contains both products of the seed plan, exactly in the domain shape', async () => {
      const page = await list();
      expect(page.items).toContain(RUOU_MEN_LA);
      expect(page.items).toContain(TINH_DAU_HOI);
      expect(page.total).toBeGreaterThanOrEqual(2);
    });

    it('finds "Rượu men lá Hữu Lễ" by "huu le", with any case or diacritics', async () => {
      for (const q of ['huu le', 'HỮU LỄ', 'le huu', 'ruou men']) {
        const page = await list(`?q=${encodeURIComponent(q)}`);
        expect(page.items.map((p) => p.name))
          .withContext(q)
          .toEqual(['Rượu men lá Hữu Lễ']);
        expect(page.total).toBe(1);
      }
    });

    it('treats LIKE wildcards in the query as text', async () => {
      expect((await list('?q=%25')).total).toBe(0);
      expect((await list('?q=_')).total).toBe(0);
    });

    it('filters by commune', async () => {
      const page = await list('?communeCode=06253');
      expect(page.items).toContain(TINH_DAU_HOI);
      expect(page.items.every((p) => p.commune.code === '06253')).toBeTrue();
    });

    it('sorts by name regardless of diacritics and pages with limit/offset and a total', async () => {
      const producer = await newProducer('Hộ kinh doanh Lộc Thị Sắp Xếp');
      for (const name of ['Bánh khảo', 'Ấm chè', 'Đậu phụ', 'Cao ban long']) {
        const res = await post({
          name,
          productGroupCode: '7',
          producerId: producer.id,
          communeCode: '06319',
        });
        expect(res.statusCode).withContext(res.body).toBe(201);
      }
      // Xã Yên Phúc (06319) has no other product in this spec.
      const all = (await list('?communeCode=06319')).items.map((p) => p.name);
      expect(all).toEqual(['Ấm chè', 'Bánh khảo', 'Cao ban long', 'Đậu phụ']);

      const page = await list('?communeCode=06319&limit=2&offset=1');
      expect(page.items.map((p) => p.name)).toEqual(['Bánh khảo', 'Cao ban long']);
      expect(page.total).toBe(4);
      expect((await list('?communeCode=06319&offset=10')).items).toEqual([]);
    });

    it('refuses bad paging and commune parameters with field errors', async () => {
      const res = await t.inject(OFFICER, '/api/products?limit=0&offset=-1&communeCode=abc');
      expect(res.statusCode).toBe(400);
      expect(fieldCodes(res.json()).sort()).toEqual([
        'communeCode:invalid_format',
        'limit:out_of_range',
        'offset:out_of_range',
      ]);
    });
  });

  describe('GET /api/products/:id', () => {
    it('answers one product', async () => {
      const res = await t.inject(OFFICER, `/api/products/${RUOU_MEN_LA.id}`);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual(RUOU_MEN_LA);
    });

    it('answers 404 in the error shape for a missing id and for a non-UUID', async () => {
      for (const id of ['0c0b2020-0000-4000-8000-000000009999', 'not-an-id']) {
        const res = await t.inject(OFFICER, `/api/products/${id}`);
        expect(res.statusCode).withContext(id).toBe(404);
        expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy sản phẩm', details: null });
      }
    });

    it('answers 404 in the error shape for an unknown path', async () => {
      const res = await t.inject(OFFICER, '/api/nothing-here');
      expect(res.statusCode).toBe(404);
      expect(res.json<ApiError>().code).toBe('NOT_FOUND');
    });
  });

  describe('POST /api/products', () => {
    it('registers a product: 201, Location, normalised, readable and searchable', async () => {
      const producer = await newProducer('Hộ kinh doanh Nông Văn Tạo');
      const res = await post({
        name: ' Mật  ong hoa hồi '.normalize('NFD'),
        productGroupCode: '4',
        producerId: producer.id,
        communeCode: '06313',
      });
      expect(res.statusCode).withContext(res.body).toBe(201);
      const created = res.json<Product>();
      expect(created).toEqual({
        id: jasmine.stringMatching(/^[0-9a-f-]{36}$/),
        name: 'Mật ong hoa hồi',
        productGroup: { code: '4', name: 'Mật ong, các sản phẩm từ mật ong, mật khác' },
        producer: { id: producer.id, name: 'Hộ kinh doanh Nông Văn Tạo', type: 'ho-kinh-doanh' },
        commune: { code: '06313', name: 'Xã Tri Lễ' },
        version: 1,
      });
      expect(res.headers['location']).toBe(`/api/products/${created.id}`);
      expect((await t.inject(OFFICER, `/api/products/${created.id}`)).json()).toEqual(created);
      expect((await list('?q=mat ong hoi')).items.map((p) => p.id)).toEqual([created.id]);
    });

    it('refuses invalid input with 400 and Vietnamese field errors, and saves nothing', async () => {
      const before = await countRows(t.db, 'products');
      const res = await post({ name: '', productGroupCode: '27', producerId: 'x', communeCode: '06322' });
      expect(res.statusCode).toBe(400);
      const body = res.json<ApiError>();
      expect(body.code).toBe('VALIDATION_FAILED');
      expect(body.details).toEqual([
        { field: 'name', code: 'required', message: 'Tên sản phẩm không được để trống' },
        {
          field: 'productGroupCode',
          code: 'invalid_choice',
          message: 'Phân nhóm sản phẩm không có trong Bộ tiêu chí QĐ 1048 (mã từ 1 đến 26)',
        },
        { field: 'producerId', code: 'invalid_format', message: 'Mã chủ thể không hợp lệ' },
      ]);
      expect(await countRows(t.db, 'products')).toBe(before);
    });

    it('refuses an unknown producer and commune together, and saves nothing', async () => {
      const before = await countRows(t.db, 'products');
      const res = await post({
        name: 'Khâu nhục',
        productGroupCode: '8',
        producerId: '0c0b2020-0000-4000-8000-00000000dead',
        communeCode: '99999',
      });
      expect(res.statusCode).toBe(400);
      expect(fieldCodes(res.json())).toEqual(['producerId:not_found', 'communeCode:not_found']);
      expect(await countRows(t.db, 'products')).toBe(before);
    });

    it('refuses the same product twice for one producer, however it is accented (409)', async () => {
      const before = await countRows(t.db, 'products');
      const res = await post({
        name: 'RUOU MEN LA HUU LE',
        productGroupCode: '15',
        producerId: RUOU_MEN_LA.producer.id,
        communeCode: '06322',
      });
      expect(res.statusCode).toBe(409);
      expect(fieldCodes(res.json())).toEqual(['name:duplicate']);
      expect(await countRows(t.db, 'products')).toBe(before);
    });
  });
});
