import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createPgliteTestDatabase, type TestDatabase } from '../testing/test-database';
import { DataDirInUseError, openPgliteDb } from './pglite-db';

describe('openPgliteDb', () => {
  let database: TestDatabase;
  let dir: string;

  beforeEach(async () => {
    database = await createPgliteTestDatabase('migrated');
    dir = join(database.env['OCOP_DATA_DIR'] ?? '', 'pglite');
  });

  afterEach(async () => {
    await database.dispose();
  });

  it('refuses a data directory that is already open, and frees it on close', async () => {
    const db = await openPgliteDb(dir);
    await expectAsync(openPgliteDb(dir)).toBeRejectedWith(new DataDirInUseError(process.pid));
    await db.close();
    expect(existsSync(join(dir, 'ocop-api.pid'))).toBeFalse();
    const again = await openPgliteDb(dir);
    expect(await again.query('select 1 as one')).toEqual([{ one: 1 }]);
    await again.close();
  });

  it('takes over the lock of a process that no longer runs', async () => {
    // Linux pids never exceed 2^22, so no process has this one.
    await writeFile(join(dir, 'ocop-api.pid'), String(4_194_305));
    const db = await openPgliteDb(dir);
    expect(await db.query('select 1 as one')).toEqual([{ one: 1 }]);
    await db.close();
  });

  it('rolls a transaction back when its function throws', async () => {
    const db = await openPgliteDb(dir);
    const insert = db.transaction(async (tx) => {
      await tx.query(`insert into admin_units (code, name, level) values ('99', 'Tỉnh Thử', 'province')`);
      throw new Error('changed my mind');
    });
    await expectAsync(insert).toBeRejectedWithError('changed my mind');
    expect(await db.query(`select code from admin_units where code = '99'`)).toEqual([]);
    await db.close();
  });
});
