import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import type { Db } from './db';
import { loadMigrations, migrate, MigrationError } from './migrate';

describe('migrate', () => {
  let database: TestDatabase;
  let db: Db;

  beforeEach(async () => {
    database = await createTestDatabase('empty');
    db = await database.open();
  });

  afterEach(async () => {
    await database.dispose();
  });

  const tables = async () =>
    (
      await db.query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
      )
    ).map((r) => r.table_name);

  it('creates the schema once, even when two replicas start together, and records the version', async () => {
    const [first, second] = await Promise.all([migrate(db), migrate(db)]);
    const all = [
      '0001_catalog',
      '0002_module_settings_audit',
      '0003_plans',
      '0004_dossiers',
      '0005_producer_product_details',
      '0006_product_photos',
      '0007_tasks',
      '0008_task_requests',
      '0009_councils',
      '0010_certificates',
      '0011_issued_reports',
      '0012_report_indexes',
    ];
    expect([...(first ?? []), ...(second ?? [])]).toEqual(all);
    const schema = [
      'admin_units',
      'attachments',
      'audit_log',
      'certificates',
      'council_members',
      'council_sessions',
      'councils',
      'demo_data_loads',
      'dossier_action_requests',
      'dossier_items',
      'dossiers',
      'issued_reports',
      'module_settings',
      'plan_targets',
      'plans',
      'producers',
      'product_photos',
      'products',
      'province_results',
      'schema_migrations',
      'score_sheets',
      'session_attendees',
      'session_dossiers',
      'task_action_requests',
      'task_comments',
      'task_report_attachments',
      'task_reports',
      'task_reviews',
      'tasks',
    ];
    expect(await tables()).toEqual(schema);
    expect(await db.query('select version, name from schema_migrations order by version')).toEqual(
      all.map((name) => ({ version: name.slice(0, 4), name })),
    );

    // Idempotent: a restart applies nothing and changes nothing.
    expect(await migrate(db)).toEqual([]);
    expect(await tables()).toEqual(schema);
    expect(await db.query('select version from schema_migrations order by version')).toEqual(
      all.map((name) => ({ version: name.slice(0, 4) })),
    );
  });

  it('applies nothing of a batch in which one migration fails', async () => {
    const migrations = [
      ...(await loadMigrations()),
      { version: '9001', name: '9001_good', sql: 'create table good_table (id int)' },
      { version: '9002', name: '9002_broken', sql: 'create table broken_table (id int); select nonsense' },
    ];
    await expectAsync(migrate(db, migrations)).toBeRejectedWithError(
      MigrationError,
      /^database migration 9002_broken failed: /,
    );
    expect(await tables()).toEqual([]);
  });
});

describe('loadMigrations', () => {
  let dir: string;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'ocop-migrations-'));
  });

  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads NNNN_name.sql files in version order', async () => {
    await writeFile(join(dir, '0002_second.sql'), 'select 2');
    await writeFile(join(dir, '0001_first.sql'), 'select 1');
    await writeFile(join(dir, 'README.md'), 'not a migration');
    const migrations = await loadMigrations(pathToFileURL(`${dir}/`));
    expect(migrations.map((m) => m.name)).toEqual(['0001_first', '0002_second']);
  });

  it('refuses badly named files and duplicate versions', async () => {
    await writeFile(join(dir, '1_first.sql'), 'select 1');
    await expectAsync(loadMigrations(pathToFileURL(`${dir}/`))).toBeRejectedWithError(
      MigrationError,
      /1_first/,
    );
    await rm(join(dir, '1_first.sql'));
    await writeFile(join(dir, '0001_a.sql'), 'select 1');
    await writeFile(join(dir, '0001_b.sql'), 'select 1');
    await expectAsync(loadMigrations(pathToFileURL(`${dir}/`))).toBeRejectedWithError(MigrationError, /0001/);
  });
});
