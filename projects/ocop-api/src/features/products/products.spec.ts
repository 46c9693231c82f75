import {
  productGroupByCode,
  type ApiError,
  type FieldError,
  type Page,
  type Producer,
  type Product,
} from '@ocop/domain';
import { countRows, startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';
import { listAudit } from '../audit/audit.repository';

// The district's standing unit: reads and registers in every commune of Văn Quan (scope rules: auth/).
const OFFICER: DemoUser = 'vq.nongnghiep';

const RUOU_MEN_LA: Product = {
  id: '0c0b2020-0000-4000-8000-000000000201',
  name: 'Rượu men lá Hữu Lễ',
  description:
    'Rượu trắng nấu thủ công từ gạo nếp địa phương, ủ bằng men lá rừng theo cách truyền thống của xã Hữu Lễ.',
  stage: 'product',
  productGroup: { code: '15', name: 'Rượu trắng' },
  producer: {
    id: '0c0b2020-0000-4000-8000-000000000101',
    name: 'Hộ kinh doanh Hoàng Văn Lợi',
    type: 'ho-kinh-doanh',
  },
  commune: { code: '06322', name: 'Xã Hữu Lễ' },
  photos: [],
  // Its demo certificate (22/05/2020) expired on 22/05/2023.
  currentStars: null,
  version: 1,
};

const TINH_DAU_HOI: Product = {
  id: '0c0b2020-0000-4000-8000-000000000202',
  name: 'Tinh dầu hồi Văn Quan',
  description: 'Tinh dầu chưng cất từ quả hồi của vùng trồng hồi Văn Quan.',
  stage: 'product',
  productGroup: { code: '22', name: 'Thảo dược khác' },
  producer: { id: '0c0b2020-0000-4000-8000-000000000102', name: 'HTX Văn Quan Xanh', type: 'hop-tac-xa' },
  commune: { code: '06253', name: 'Thị trấn Văn Quan' },
  photos: [],
  // Its demo certificate (28/01/2021) expired on 28/01/2024.
  currentStars: null,
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

    it('filters by stage: ideas only, or registered products only', async () => {
      const producer = await newProducer('Hộ kinh doanh Nông Thị Lọc');
      const idea = await post({
        name: 'Thạch đen Tràng Phái',
        productGroupCode: '7',
        producerId: producer.id,
        communeCode: '06316',
        stage: 'idea',
      });
      expect(idea.statusCode).withContext(idea.body).toBe(201);

      const ideas = await list('?stage=idea&communeCode=06316');
      expect(ideas.items.map((p) => p.name)).toEqual(['Thạch đen Tràng Phái']);
      const products = await list('?stage=product');
      expect(products.items).toContain(RUOU_MEN_LA);
      expect(products.items.every((p) => p.stage === 'product')).toBeTrue();

      const bad = await t.inject(OFFICER, '/api/products?stage=dossier');
      expect(bad.statusCode).toBe(400);
      expect(fieldCodes(bad.json())).toEqual(['stage:invalid_choice']);
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

    it('answers 404 for a product of another commune, exactly as for a missing one', async () => {
      // Hữu Lễ's commune officer asking for Thị trấn Văn Quan's essential oil.
      const res = await t.inject('xa.huule', `/api/products/${TINH_DAU_HOI.id}`);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy sản phẩm', details: null });
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
        description: null,
        stage: 'product',
        productGroup: { code: '4', name: 'Mật ong, các sản phẩm từ mật ong, mật khác' },
        producer: { id: producer.id, name: 'Hộ kinh doanh Nông Văn Tạo', type: 'ho-kinh-doanh' },
        commune: { code: '06313', name: 'Xã Tri Lễ' },
        photos: [],
        currentStars: null,
        version: 1,
      });
      expect(res.headers['location']).toBe(`/api/products/${created.id}`);
      expect((await t.inject(OFFICER, `/api/products/${created.id}`)).json()).toEqual(created);
      expect((await list('?q=mat ong hoi')).items.map((p) => p.id)).toEqual([created.id]);
    });

    it('accepts a group of the QĐ 148 classification as well as a QĐ 1048 phân nhóm', async () => {
      const producer = await newProducer('Hộ kinh doanh Lăng Văn Hồi');
      const res = await post({
        name: 'Tinh dầu quế Tri Lễ',
        productGroupCode: '148-3',
        producerId: producer.id,
        communeCode: '06313',
      });
      expect(res.statusCode).withContext(res.body).toBe(201);
      expect(res.json<Product>().productGroup).toEqual(
        jasmine.objectContaining({ code: '148-3', name: productGroupByCode('148-3')!.name }),
      );
      expect(productGroupByCode('148-3')!.name).not.toBe('148-3');
    });

    it('registers a new product’s idea (biểu 01) with its description, and records who did it', async () => {
      const producer = await newProducer('Hộ kinh doanh Hoàng Văn Ý');
      const res = await post({
        name: 'Miến dong Tri Lễ',
        description: ' Miến làm từ củ dong riềng  trồng tại xã.\n\n\n\nPhơi nắng tự nhiên. ',
        productGroupCode: '6',
        producerId: producer.id,
        communeCode: '06313',
        stage: 'idea',
      });
      expect(res.statusCode).withContext(res.body).toBe(201);
      const idea = res.json<Product>();
      expect(idea).toEqual(
        jasmine.objectContaining({
          name: 'Miến dong Tri Lễ',
          description: 'Miến làm từ củ dong riềng trồng tại xã.\n\nPhơi nắng tự nhiên.',
          stage: 'idea',
          version: 1,
        }),
      );
      const [entry] = await listAudit(t.db, { entityType: 'product', entityId: idea.id, limit: 10 });
      expect(entry?.action).toBe('create');
      expect(entry?.actor.username).toBe(OFFICER);
      expect(entry?.to).toEqual({
        name: 'Miến dong Tri Lễ',
        description: 'Miến làm từ củ dong riềng trồng tại xã.\n\nPhơi nắng tự nhiên.',
        productGroupCode: '6',
        producerId: producer.id,
        communeCode: '06313',
        stage: 'idea',
      });
    });

    it('refuses a description over 1000 characters and an unknown stage, saving nothing', async () => {
      const producer = await newProducer('Hộ kinh doanh Lăng Văn Dài');
      const before = await countRows(t.db, 'products');
      const res = await post({
        name: 'Bánh cuốn',
        description: 'x'.repeat(1001),
        productGroupCode: '6',
        producerId: producer.id,
        communeCode: '06313',
        stage: 'dossier',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<ApiError>().details).toEqual([
        { field: 'description', code: 'too_long', message: 'Mô tả sản phẩm không được dài quá 1000 ký tự' },
        {
          field: 'stage',
          code: 'invalid_choice',
          message:
            'Bước đăng ký phải là ý tưởng sản phẩm mới (idea, biểu số 01) hoặc sản phẩm đã có (product, biểu số 02)',
        },
      ]);
      expect(await countRows(t.db, 'products')).toBe(before);
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
          message: 'Phân nhóm sản phẩm không có trong phân loại của QĐ 1048/2019 hoặc QĐ 148/2023',
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
  describe('POST /api/products/:id/promote', () => {
    /** A new idea in Tri Lễ (06313), registered by the district officer. */
    const newIdea = async (name: string, communeCode = '06313'): Promise<Product> => {
      const producer = await newProducer(`Hộ kinh doanh ${name}`);
      const res = await post({
        name,
        productGroupCode: '7',
        producerId: producer.id,
        communeCode,
        stage: 'idea',
      });
      expect(res.statusCode).withContext(res.body).toBe(201);
      return res.json<Product>();
    };
    const promote = (id: string, payload: object, user: DemoUser = OFFICER) =>
      t.inject(user, { method: 'POST', url: `/api/products/${id}/promote`, payload });

    it('makes an idea a product, raises the version and audits the step', async () => {
      const idea = await newIdea('Măng khô Tri Lễ');
      const res = await promote(idea.id, { version: 1 });
      expect(res.statusCode).withContext(res.body).toBe(200);
      expect(res.json()).toEqual({ ...idea, stage: 'product', version: 2 });
      expect((await t.inject(OFFICER, `/api/products/${idea.id}`)).json<Product>().stage).toBe('product');

      const [entry] = await listAudit(t.db, { entityType: 'product', entityId: idea.id, limit: 10 });
      expect(entry).toEqual(
        jasmine.objectContaining({
          entityType: 'product',
          action: 'promote',
          from: { stage: 'idea' },
          to: { stage: 'product' },
        }),
      );
      expect(entry?.actor.username).toBe(OFFICER);
    });

    it('refuses a stale version with 409 STALE_VERSION and the current version (a double click promotes once)', async () => {
      const idea = await newIdea('Lạp sườn Tri Lễ');
      const [first, second] = [
        await promote(idea.id, { version: 1 }),
        await promote(idea.id, { version: 1 }),
      ];
      expect(first.statusCode).toBe(200);
      expect(second.statusCode).toBe(409);
      expect(second.json()).toEqual({
        code: 'STALE_VERSION',
        message:
          'Sản phẩm này vừa được người khác thay đổi. Vui lòng tải lại để xem thông tin mới rồi thử lại.',
        details: { currentVersion: 2 },
      });
      const entries = await listAudit(t.db, { entityType: 'product', entityId: idea.id, limit: 10 });
      expect(entries.map((e) => e.action)).toEqual(['promote', 'create']);
    });

    it('refuses a product that is not an idea with 409 NOT_ALLOWED_IN_STATE', async () => {
      const res = await promote(RUOU_MEN_LA.id, { version: 1 });
      expect(res.statusCode).toBe(409);
      expect(res.json()).toEqual({
        code: 'NOT_ALLOWED_IN_STATE',
        message:
          'Sản phẩm này đã được đăng ký là sản phẩm (biểu số 02); chỉ ý tưởng sản phẩm mới cần hoàn thiện đăng ký.',
        details: null,
      });
      expect((await t.inject(OFFICER, `/api/products/${RUOU_MEN_LA.id}`)).json<Product>().version).toBe(1);
    });

    it('refuses a body without a whole positive version with 400', async () => {
      const idea = await newIdea('Khoai môn Tri Lễ');
      for (const payload of [{}, { version: '1' }, { version: 0 }]) {
        const res = await promote(idea.id, payload);
        expect(res.statusCode).withContext(JSON.stringify(payload)).toBe(400);
        expect(res.json<ApiError>().code).toBe('VALIDATION_FAILED');
      }
      expect((await t.inject(OFFICER, `/api/products/${idea.id}`)).json<Product>().stage).toBe('idea');
    });

    it('answers 404 for an idea of another commune, a missing id and a non-UUID alike', async () => {
      const idea = await newIdea('Trám đen Tri Lễ');
      const cases: [DemoUser, string][] = [
        ['xa.huule', idea.id],
        [OFFICER, '0c0b2020-0000-4000-8000-000000009999'],
        [OFFICER, 'not-an-id'],
      ];
      for (const [user, id] of cases) {
        const res = await promote(id, { version: 1 }, user);
        expect(res.statusCode).withContext(`${user} ${id}`).toBe(404);
        expect(res.json()).toEqual({ code: 'NOT_FOUND', message: 'Không tìm thấy sản phẩm', details: null });
      }
      expect((await t.inject(OFFICER, `/api/products/${idea.id}`)).json<Product>().stage).toBe('idea');
    });

    it('lets the commune officer of the idea’s commune promote it, and not roles that only read', async () => {
      const idea = await newIdea('Rau ngót rừng Bắc Sơn', '06322');
      const reader = await promote(idea.id, { version: 1 }, 'vq.yte');
      expect(reader.statusCode).toBe(403);
      expect(reader.json<ApiError>().code).toBe('FORBIDDEN');
      const commune = await promote(idea.id, { version: 1 }, 'xa.huule');
      expect(commune.statusCode).withContext(commune.body).toBe(200);
      expect(commune.json<Product>().stage).toBe('product');
    });
  });
});
