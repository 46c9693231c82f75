import type { Db } from '../../db/db';
import { migrate } from '../../db/migrate';
import { loadDemoData } from '../load-demo-data';
import { Prng } from './prng';
import { insertScaleCatalog } from './scale-catalog';
import { insertScaleDossiers } from './scale-dossiers';
import { DEFAULT_SEED, scaleCounts, type ScaleCounts } from './scale-plan';
import { insertScaleTasks } from './scale-tasks';
import { ensureScaleUnits } from './scale-units';

export interface SeedScaleOptions {
  scale: number;
  seed?: number;
  log?: (line: string) => void;
}

export interface SeedScaleResult {
  scale: number;
  seed: number;
  counts: ScaleCounts;
  rows: Record<string, number>;
  seconds: number;
}

/** The name recorded in demo_data_loads: a database holds one scale data set (the audit trail cannot be undone). */
export const SCALE_DATA_SET_PREFIX = 'scale-';

export class ScaleDataPresentError extends Error {
  override readonly name = 'ScaleDataPresentError';
}

/**
 * Fills the database with a synthetic province (see scale-plan.ts) in one transaction, on top of the demo
 * catalogue (migrated and loaded first if needed). Refuses a database that already holds a scale data set:
 * audit entries cannot be deleted, so a second run would double the data instead of replacing it.
 */
export async function seedScale(db: Db, options: SeedScaleOptions): Promise<SeedScaleResult> {
  const log = options.log ?? (() => undefined);
  const seed = options.seed ?? DEFAULT_SEED;
  const counts = scaleCounts(options.scale);
  const started = performance.now();
  const lap = (what: string, since: number) =>
    log(`${what} (${((performance.now() - since) / 1000).toFixed(1)} s)`);

  let t = performance.now();
  await migrate(db);
  await loadDemoData(db);
  lap('migrated, demo catalogue present', t);
  const present = await db.query<{ name: string }>(
    `select name from demo_data_loads where name like $1 || '%'`,
    [SCALE_DATA_SET_PREFIX],
  );
  if (present.length > 0) {
    throw new ScaleDataPresentError(
      `this database already holds the scale data set ${present[0]!.name}; use an empty database`,
    );
  }
  const prng = new Prng(seed);
  const rows: Record<string, number> = {};
  await db.transaction(async (tx) => {
    t = performance.now();
    const units = await ensureScaleUnits(tx, prng);
    rows['districts'] = units.districts.length;
    rows['communes'] = units.communes.size;
    lap(`units: ${units.districts.length} districts, ${units.communes.size} communes`, t);

    t = performance.now();
    const products = await insertScaleCatalog(tx, prng, units, counts);
    rows['producers'] = counts.producers;
    rows['products'] = products.length;
    lap(`catalogue: ${counts.producers} producers, ${products.length} products`, t);

    t = performance.now();
    const dossiers = await insertScaleDossiers(tx, prng, units, products, counts);
    Object.assign(rows, {
      dossiers: dossiers.dossiers,
      sessions: dossiers.sessions,
      certificates: dossiers.certificates,
      dossierAudit: dossiers.auditEntries,
    });
    lap(
      `dossiers: ${dossiers.dossiers} with ${dossiers.auditEntries} audit entries, ` +
        `${dossiers.sessions} closed sessions, ${dossiers.certificates} certificates`,
      t,
    );

    t = performance.now();
    const tasks = await insertScaleTasks(tx, prng, units, products, counts);
    Object.assign(rows, {
      plans: tasks.plans,
      targets: tasks.targets,
      tasks: tasks.tasks,
      taskReports: tasks.reports,
      taskAudit: tasks.auditEntries,
    });
    lap(
      `plans: ${tasks.plans} plans, ${tasks.targets} targets, ${tasks.tasks} tasks, ${tasks.reports} reports`,
      t,
    );

    await tx.query('insert into demo_data_loads (name) values ($1)', [
      `${SCALE_DATA_SET_PREFIX}${options.scale}-seed-${seed}`,
    ]);
  });
  // Fresh statistics, so the first dashboard query is planned for the data it now holds, and a visibility map,
  // so index-only scans (0012_report_indexes.sql) need no heap fetch; autovacuum would do both, later.
  t = performance.now();
  await db.exec('vacuum analyze');
  lap('vacuum analyze', t);
  const seconds = (performance.now() - started) / 1000;
  log(`done in ${seconds.toFixed(1)} s`);
  return { scale: options.scale, seed, counts, rows, seconds };
}
