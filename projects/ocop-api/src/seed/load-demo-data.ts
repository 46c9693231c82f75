import { foldForSearch } from '@ocop/domain';
import type { Db, Queryable } from '../db/db';
import { DEMO_DOSSIERS_DATA_SET, loadDemoDossiers } from './demo-dossiers';
import {
  DEMO_EVALUATION_DATA_SET,
  DEMO_EVALUATION_SCORES_DATA_SET,
  loadDemoEvaluation,
  loadDemoEvaluationScores,
} from './demo-evaluation';
import { DEMO_PLAN_DATA_SET, loadDemoPlan } from './demo-plan';
import { DEMO_DATA_SET, DEMO_PRODUCERS, DEMO_PRODUCTS, DEMO_UNITS } from './van-quan-2020';

// Serialises concurrent first starts of several replicas (the second one then finds the data loaded).
const DEMO_DATA_LOCK_KEY = 730_184_002;

export interface DemoDataOptions {
  /** Data sets not to load (OCOP_DEMO_DATA_SKIP); a set that builds on a skipped one is skipped too. */
  skip?: readonly string[];
}

/**
 * Loads the Văn Quan 2020 demo data once. Returns false when it was loaded before, so a restart, or a
 * replica starting beside another, changes nothing. Rows that already exist (same unit version, same id,
 * same producer + product name) are kept as they are.
 */
export async function loadDemoData(db: Db, options: DemoDataOptions = {}): Promise<boolean> {
  const skip = new Set(options.skip ?? []);
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1)', [DEMO_DATA_LOCK_KEY]);
    const loadedSets = await tx.query<{ name: string }>('select name from demo_data_loads');
    const loaded = new Set(loadedSets.map((row) => row.name));
    let changed = false;
    if (!loaded.has(DEMO_DATA_SET)) {
      await loadCatalogue(tx);
      await tx.query('insert into demo_data_loads (name) values ($1)', [DEMO_DATA_SET]);
      changed = true;
    }
    // A set of its own, so a database that loaded the catalogue before dossiers existed gets them too.
    if (!loaded.has(DEMO_DOSSIERS_DATA_SET)) {
      await loadDemoDossiers(tx);
      await tx.query('insert into demo_data_loads (name) values ($1)', [DEMO_DOSSIERS_DATA_SET]);
      changed = true;
    }
    // After the dossiers: the plan's targets and tasks link to them.
    if (!loaded.has(DEMO_PLAN_DATA_SET)) {
      await loadDemoPlan(tx);
      await tx.query('insert into demo_data_loads (name) values ($1)', [DEMO_PLAN_DATA_SET]);
      changed = true;
    }
    // After the plan: the evaluation moves the plan's dossiers on (accepted, scored, certified).
    if (!loaded.has(DEMO_EVALUATION_DATA_SET) && !skip.has(DEMO_EVALUATION_DATA_SET)) {
      await loadDemoEvaluation(tx);
      await tx.query('insert into demo_data_loads (name) values ($1)', [DEMO_EVALUATION_DATA_SET]);
      loaded.add(DEMO_EVALUATION_DATA_SET);
      changed = true;
    }
    if (
      loaded.has(DEMO_EVALUATION_DATA_SET) &&
      !loaded.has(DEMO_EVALUATION_SCORES_DATA_SET) &&
      !skip.has(DEMO_EVALUATION_SCORES_DATA_SET)
    ) {
      await loadDemoEvaluationScores(tx);
      await tx.query('insert into demo_data_loads (name) values ($1)', [DEMO_EVALUATION_SCORES_DATA_SET]);
      changed = true;
    }
    return changed;
  });
}

async function loadCatalogue(tx: Queryable): Promise<void> {
  for (const unit of DEMO_UNITS) {
    await tx.query(
      `insert into admin_units (code, name, level, parent_code, valid_from, valid_to)
         select $1, $2, $3, $4, $5::date, $6::date
         where not exists (
           select 1 from admin_units where code = $1 and valid_from is not distinct from $5::date
         )`,
      [unit.code, unit.name, unit.level, unit.parentCode, unit.validFrom, unit.validTo],
    );
  }
  for (const producer of DEMO_PRODUCERS) {
    await tx.query(
      `insert into producers (id, type, name, representative_name, representative_position, address,
                                commune_code, phone, email, search_text)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         on conflict do nothing`,
      [
        producer.id,
        producer.type,
        producer.name,
        producer.representativeName,
        producer.representativePosition,
        producer.address,
        producer.communeCode,
        producer.phone,
        producer.email,
        foldForSearch(producer.name),
      ],
    );
  }
  for (const product of DEMO_PRODUCTS) {
    await tx.query(
      `insert into products (id, name, description, product_group_code, producer_id, commune_code, search_text)
         values ($1, $2, $3, $4, $5, $6, $7)
         on conflict do nothing`,
      [
        product.id,
        product.name,
        product.description,
        product.productGroupCode,
        product.producerId,
        product.communeCode,
        foldForSearch(product.name),
      ],
    );
  }
}
