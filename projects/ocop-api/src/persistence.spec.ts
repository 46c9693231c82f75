import type { Producer, Product } from '@ocop/domain';
import { buildTestApp, injectAs } from './testing/test-app';
import { createTestDatabase, type TestDatabase } from './testing/test-database';

describe('data written before an API restart', () => {
  let database: TestDatabase;

  beforeEach(async () => {
    database = await createTestDatabase();
  });

  afterEach(async () => {
    await database.dispose();
  });

  it('is there after the API and its database are closed and opened again', async () => {
    // First life: register a producer and a product.
    let db = await database.open();
    let app = await buildTestApp(db);
    // Bình Phúc is a commune of Văn Quan: its district officer may register there.
    const producer = (
      await injectAs(app, 'vq.nongnghiep', {
        method: 'POST',
        url: '/api/producers',
        payload: { type: 'to-hop-tac', name: 'Tổ hợp tác Miến dong Bình Phúc', communeCode: '06298' },
      })
    ).json<Producer>();
    const created = await injectAs(app, 'vq.nongnghiep', {
      method: 'POST',
      url: '/api/products',
      payload: {
        name: 'Miến dong Bình Phúc',
        productGroupCode: '6',
        producerId: producer.id,
        communeCode: '06298',
      },
    });
    expect(created.statusCode).withContext(created.body).toBe(201);
    const product = created.json<Product>();
    await app.close();
    await db.close();

    // Second life, same data directory or database: read it back through the API.
    db = await database.open();
    app = await buildTestApp(db);
    const read = await injectAs(app, 'vq.nongnghiep', `/api/products/${product.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(product);
    const found = (await injectAs(app, 'vq.nongnghiep', '/api/products?q=mien dong')).json<{
      items: Product[];
    }>();
    expect(found.items).toEqual([product]);
    await app.close();
  });
});
