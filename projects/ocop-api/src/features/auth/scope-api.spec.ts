import type { FastifyInstance } from 'fastify';
import type { ApiError, Page, Principal, Producer, Product } from '@ocop/domain';
import { buildApp } from '../../app';
import { countRows, startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';
import { InvalidTokenError, type TokenVerifier } from './verify-token';

/** Brief §2: what each demo user of Văn Quan sees and may register, through the API with real tokens. */

const RUOU_MEN_LA = '0c0b2020-0000-4000-8000-000000000201'; // Xã Hữu Lễ (06322)
const TINH_DAU_HOI = '0c0b2020-0000-4000-8000-000000000202'; // Thị trấn Văn Quan (06253)
const HOANG_VAN_LOI = '0c0b2020-0000-4000-8000-000000000101'; // producer in Hữu Lễ
const HTX_VAN_QUAN_XANH = '0c0b2020-0000-4000-8000-000000000102'; // producer in Thị trấn Văn Quan
const NOT_FOUND = { code: 'NOT_FOUND', message: 'Không tìm thấy sản phẩm', details: null };

describe('unit scope of producers and products', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const productNames = async (user: DemoUser, query = '') => {
    const res = await t.inject(user, `/api/products${query}`);
    expect(res.statusCode).withContext(res.body).toBe(200);
    return res.json<Page<Product>>().items.map((p) => p.name);
  };
  const producerCommunes = async (user: DemoUser) => {
    const res = await t.inject(user, '/api/producers?limit=200');
    expect(res.statusCode).withContext(res.body).toBe(200);
    return [...new Set(res.json<Page<Producer>>().items.map((p) => p.commune.code))];
  };
  const post = (user: DemoUser, url: string, payload: object) =>
    t.inject(user, { method: 'POST', url, payload });

  describe('a commune officer (xa.huule, Hữu Lễ 06322)', () => {
    it("lists only Hữu Lễ's products and producers", async () => {
      const names = await productNames('xa.huule');
      expect(names).toContain('Rượu men lá Hữu Lễ');
      expect(names).not.toContain('Tinh dầu hồi Văn Quan');
      expect(await productNames('xa.huule', '?q=tinh dau')).toEqual([]);
      expect(await productNames('xa.huule', '?communeCode=06253')).toEqual([]);
      expect(await producerCommunes('xa.huule')).toEqual(['06322']);
    });

    it('gets 404 for a product of another commune, exactly as for a missing one', async () => {
      const other = await t.inject('xa.huule', `/api/products/${TINH_DAU_HOI}`);
      const missing = await t.inject('xa.huule', '/api/products/0c0b2020-0000-4000-8000-000000009999');
      expect(other.statusCode).toBe(404);
      expect(other.json()).toEqual(NOT_FOUND);
      expect(missing.statusCode).toBe(404);
      expect(other.body).toBe(missing.body);
      expect((await t.inject('xa.huule', `/api/products/${RUOU_MEN_LA}`)).statusCode).toBe(200);
    });

    it('may not register a product or producer in another commune: 403 FORBIDDEN_UNIT, nothing saved', async () => {
      const products = await countRows(t.db, 'products');
      const producers = await countRows(t.db, 'producers');
      const product = await post('xa.huule', '/api/products', {
        name: 'Tinh dầu quế Văn Quan',
        productGroupCode: '22',
        producerId: HOANG_VAN_LOI,
        communeCode: '06253',
      });
      expect(product.statusCode).withContext(product.body).toBe(403);
      expect(product.json<ApiError>()).toEqual({
        code: 'FORBIDDEN_UNIT',
        message: 'Bạn chỉ được đăng ký cho xã thuộc phạm vi quản lý của mình.',
        details: [{ field: 'communeCode', code: 'out_of_scope', message: jasmine.any(String) }],
      });
      const producer = await post('xa.huule', '/api/producers', {
        type: 'ho-kinh-doanh',
        name: 'Hộ Lộc Văn Bình',
        communeCode: '06253',
      });
      expect(producer.statusCode).toBe(403);
      expect(producer.json<ApiError>().code).toBe('FORBIDDEN_UNIT');
      expect(await countRows(t.db, 'products')).toBe(products);
      expect(await countRows(t.db, 'producers')).toBe(producers);
    });

    it("cannot use another commune's producer: reported like a missing one", async () => {
      const res = await post('xa.huule', '/api/products', {
        name: 'Hồi khô Hữu Lễ',
        productGroupCode: '22',
        producerId: HTX_VAN_QUAN_XANH,
        communeCode: '06322',
      });
      expect(res.statusCode).toBe(400);
      expect(res.json<ApiError>().details).toEqual([
        { field: 'producerId', code: 'not_found', message: 'Không tìm thấy chủ thể này' },
      ]);
    });

    it('registers in its own commune; the neighbouring commune does not see it', async () => {
      const producer = await post('xa.huule', '/api/producers', {
        type: 'to-hop-tac',
        name: 'Tổ hợp tác Mác mật Hữu Lễ',
        communeCode: '06322',
      });
      expect(producer.statusCode).withContext(producer.body).toBe(201);
      const product = await post('xa.huule', '/api/products', {
        name: 'Lạp sườn mác mật',
        productGroupCode: '8',
        producerId: producer.json<Producer>().id,
        communeCode: '06322',
      });
      expect(product.statusCode).withContext(product.body).toBe(201);
      expect(await productNames('xa.huule', '?q=lap suon')).toEqual(['Lạp sườn mác mật']);
      expect(await productNames('xa.vanquan', '?q=lap suon')).toEqual([]);
      expect(await productNames('vq.nongnghiep', '?q=lap suon')).toEqual(['Lạp sườn mác mật']);
    });
  });

  it('a commune officer of Thị trấn Văn Quan sees its product, not Hữu Lễ’s', async () => {
    const names = await productNames('xa.vanquan');
    expect(names).toContain('Tinh dầu hồi Văn Quan');
    expect(names).not.toContain('Rượu men lá Hữu Lễ');
  });

  for (const user of ['vq.nongnghiep', 'vq.yte', 'hoidong.1', 'so.nongnghiep'] as const) {
    it(`${user} (district or province) sees the products of both communes`, async () => {
      const names = await productNames(user);
      expect(names).toContain('Rượu men lá Hữu Lễ');
      expect(names).toContain('Tinh dầu hồi Văn Quan');
      expect((await t.inject(user, `/api/products/${TINH_DAU_HOI}`)).statusCode).toBe(200);
    });
  }

  it('the district officer registers in any commune of the district', async () => {
    const res = await post('vq.nongnghiep', '/api/producers', {
      type: 'hop-tac-xa',
      name: 'HTX Hồi Tràng Phái',
      communeCode: '06316',
    });
    expect(res.statusCode).withContext(res.body).toBe(201);
  });
});

/**
 * Tokens the demo realm does not issue (a role without its unit claim, another district): the token
 * boundary is stubbed, everything behind it is the real API on the test database.
 */
describe('unit scope for principals the demo realm has no user for', () => {
  let t: TestApp;
  let app: FastifyInstance;

  const principal = (roles: Principal['roles'], units: Partial<Principal> = {}): Principal => ({
    userId: 'stub',
    username: 'stub',
    name: 'Người thử',
    roles,
    districtCode: null,
    communeCode: null,
    departmentCode: null,
    ...units,
  });
  const PRINCIPALS: Record<string, Principal> = {
    'commune-officer-without-commune': principal(['commune-officer'], { districtCode: '184' }),
    'district-officer-without-district': principal(['district-officer']),
    'council-member-without-district': principal(['council-member']),
    'district-officer-of-bac-son': principal(['district-officer'], { districtCode: '185' }),
    'admin-with-district': principal(['ocop-admin'], { districtCode: '184', communeCode: '06322' }),
  };
  const stubVerifier: TokenVerifier = async (token) => {
    const found = PRINCIPALS[token];
    if (found === undefined) throw new InvalidTokenError('bad-signature');
    return found;
  };
  const as = (token: string, url: string, payload?: object) =>
    app.inject({
      method: payload === undefined ? 'GET' : 'POST',
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(payload === undefined ? {} : { payload }),
    });

  beforeAll(async () => {
    t = await startTestApp();
    app = await buildApp({ db: t.db, verifyToken: stubVerifier });
    await app.ready();
  });

  afterAll(async () => {
    await app.close();
    await t.close();
  });

  for (const token of [
    'commune-officer-without-commune',
    'district-officer-without-district',
    'council-member-without-district',
    'district-officer-of-bac-son',
  ]) {
    it(`${token} sees nothing (never everything)`, async () => {
      for (const url of ['/api/products', '/api/producers']) {
        const res = await as(token, url);
        expect(res.statusCode).withContext(url).toBe(200);
        expect(res.json()).withContext(url).toEqual({ items: [], total: 0 });
      }
      expect((await as(token, `/api/products/${RUOU_MEN_LA}`)).statusCode).toBe(404);
    });
  }

  it('a district officer may not register in another district’s commune (403 FORBIDDEN_UNIT)', async () => {
    const res = await as('district-officer-of-bac-son', '/api/producers', {
      type: 'ho-kinh-doanh',
      name: 'Hộ Hoàng Văn Na',
      communeCode: '06322',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json<ApiError>().code).toBe('FORBIDDEN_UNIT');
  });

  it('unit claims give the IT administrator no catalogue access', async () => {
    expect((await as('admin-with-district', '/api/products')).statusCode).toBe(403);
  });
});
