// `npm run seed:scale [-- --scale 1] [--seed N]`: fills a database with a synthetic province (issue #8, "Province
// scale"; projects/ocop-api/src/seed/scale): 11 districts, 200 communes, 10,000 products, 30,000 dossiers with
// their histories and 100,000 plan tasks at scale 1. The database is the API's: DATABASE_URL (PostgreSQL) when
// set, else the embedded PGlite in OCOP_DATA_DIR (default .data). Run it on an empty database, with the API
// stopped when PGlite is used. Run the API afterwards with OCOP_TODAY=2024-10-15 to see the data "live".
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../projects/ocop-api/src/config/config.ts';
import { openPgliteDb } from '../projects/ocop-api/src/db/pglite-db.ts';
import { openPostgresDb } from '../projects/ocop-api/src/db/postgres-db.ts';
import { seedScale } from '../projects/ocop-api/src/seed/scale/seed-scale.ts';

const { values } = parseArgs({
  options: { scale: { type: 'string', default: '1' }, seed: { type: 'string' }, help: { type: 'boolean' } },
});
if (values.help) {
  console.log('usage: npm run seed:scale -- [--scale 0.01|1|3|10] [--seed N]');
  process.exit(0);
}
const scale = Number(values.scale);
if (!(scale > 0 && scale <= 100)) {
  console.error(`seed:scale: --scale must be a number in (0, 100] (got "${values.scale}")`);
  process.exit(2);
}
const seed = values.seed === undefined ? undefined : Number(values.seed);
if (seed !== undefined && !Number.isInteger(seed)) {
  console.error(`seed:scale: --seed must be an integer (got "${values.seed}")`);
  process.exit(2);
}

const url = process.env.DATABASE_URL?.trim();
const dataDir = resolve(REPO_ROOT, process.env.OCOP_DATA_DIR?.trim() || '.data');
const db = url ? await openPostgresDb(url) : await openPgliteDb(join(dataDir, 'pglite'));
const where = url ? `PostgreSQL at ${new URL(url).host}` : `PGlite in ${join(dataDir, 'pglite')}`;
console.log(`seed:scale: scale ${scale} into ${where}`);
try {
  const result = await seedScale(db, { scale, seed, log: (line) => console.log(`  ${line}`) });
  console.log(JSON.stringify(result.rows));
} catch (error) {
  console.error(`seed:scale failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.close();
}
