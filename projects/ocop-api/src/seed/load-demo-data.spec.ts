import { parseNewProducer, parseNewProduct } from '@ocop/domain';
import type { Db } from '../db/db';
import { migrate } from '../db/migrate';
import { countRows } from '../testing/test-app';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { loadDemoData } from './load-demo-data';
import { DEMO_PRODUCERS, DEMO_PRODUCTS, DEMO_UNITS } from './van-quan-2020';

describe('loadDemoData', () => {
  let database: TestDatabase;
  let db: Db;

  beforeEach(async () => {
    database = await createTestDatabase('migrated');
    db = await database.open();
  });

  afterEach(async () => {
    await database.dispose();
  });

  const counts = async () => ({
    units: await countRows(db, 'admin_units'),
    producers: await countRows(db, 'producers'),
    products: await countRows(db, 'products'),
  });

  it('loads the province, its 11 districts, 17 Văn Quan communes and the two plan products, once', async () => {
    // Two replicas starting together, then a restart: exactly one load.
    const loaded = await Promise.all([loadDemoData(db), loadDemoData(db)]);
    expect(loaded.filter(Boolean).length).toBe(1);
    expect(await loadDemoData(db)).toBeFalse();
    expect(await counts()).toEqual({ units: 1 + 11 + 17, producers: 2, products: 2 });
    expect(await migrate(db))
      .withContext('the schema stays current')
      .toEqual([]);
  });

  it('does not duplicate rows that already exist', async () => {
    const [first] = DEMO_UNITS;
    await db.query(`insert into admin_units (code, name, level) values ($1, $2, $3)`, [
      first?.code ?? '',
      first?.name ?? '',
      first?.level ?? 'province',
    ]);
    await loadDemoData(db);
    expect(await counts()).toEqual({ units: 29, producers: 2, products: 2 });
  });
});

describe('the Văn Quan 2020 demo data', () => {
  it('has consistent data: every product points at a demo producer, every record at a demo commune', () => {
    const communes = new Set(DEMO_UNITS.filter((u) => u.level === 'commune').map((u) => u.code));
    const producers = new Set(DEMO_PRODUCERS.map((p) => p.id));
    for (const product of DEMO_PRODUCTS) {
      expect(producers.has(product.producerId)).withContext(product.name).toBeTrue();
      expect(communes.has(product.communeCode)).withContext(product.name).toBeTrue();
    }
    for (const producer of DEMO_PRODUCERS) expect(communes.has(producer.communeCode)).toBeTrue();
  });

  it('has producer and product details the domain accepts exactly as they are stored', () => {
    for (const { id, ...producer } of DEMO_PRODUCERS) {
      expect(parseNewProducer(producer))
        .withContext(id)
        .toEqual({ ok: true, value: { ...producer, registrationNumber: null } });
    }
    for (const { id, ...product } of DEMO_PRODUCTS) {
      expect(parseNewProduct(product))
        .withContext(id)
        .toEqual({ ok: true, value: { ...product, stage: 'product' } });
    }
  });
});
