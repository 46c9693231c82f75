import { randomUUID } from 'node:crypto';
import { checklistFor, foldForSearch, type CriteriaSetId, type RegistrationKind } from '@ocop/domain';
import type { Queryable } from '../../../db/db';

/** Demo products (seed/van-quan-2020.ts): the liquor of Hữu Lễ (06322) and the star anise oil of the town. */
export const HUU_LE_LIQUOR = {
  id: '0c0b2020-0000-4000-8000-000000000201',
  producerId: '0c0b2020-0000-4000-8000-000000000101',
  communeCode: '06322',
  productGroupCode: '15',
  hasBusinessRegistration: false,
};
export const STAR_ANISE_OIL = {
  id: '0c0b2020-0000-4000-8000-000000000202',
  producerId: '0c0b2020-0000-4000-8000-000000000102',
  communeCode: '06253',
  productGroupCode: '22',
  hasBusinessRegistration: false,
};
export type FixtureProduct = typeof HUU_LE_LIQUOR;

export interface DossierFixture {
  product?: FixtureProduct;
  state?: string;
  roundYear?: number;
  criteriaSet?: CriteriaSetId;
  registrationKind?: RegistrationKind;
  /** Marks every mandatory item provided, each document with one attachment row. */
  complete?: boolean;
  stateDeadline?: string | null;
}

/**
 * Writes a dossier straight into the database, in any state, for specs that start in the middle of the
 * workflow. Each dossier gets its own new product (same producer, commune and group as `fixture.product`),
 * so a spec can make as many as it needs without meeting the one-per-round rule.
 */
export async function insertDossier(db: Queryable, fixture: DossierFixture = {}): Promise<string> {
  const base = fixture.product ?? HUU_LE_LIQUOR;
  const name = `Sản phẩm thử ${randomUUID()}`;
  const [created] = await db.query<{ id: string }>(
    `insert into products (name, product_group_code, producer_id, commune_code, search_text)
     values ($1, $2, $3, $4, $5) returning id`,
    [name, base.productGroupCode, base.producerId, base.communeCode, foldForSearch(name)],
  );
  if (created === undefined) throw new Error('fixture product not inserted');
  const product = { ...base, id: created.id };
  const criteriaSet = fixture.criteriaSet ?? '1048';
  const registrationKind = fixture.registrationKind ?? 'first-time';
  const [row] = await db.query<{ id: string }>(
    `insert into dossiers (product_id, commune_code, district_code, workflow_id, criteria_set, registration_kind,
                           round_year, state, state_deadline, search_text, created_by)
     values ($1, $2, '184', 'district-1048', $3, $4, $5, $6, $7::date, $8, 'fixture')
     returning id`,
    [
      product.id,
      product.communeCode,
      criteriaSet,
      registrationKind,
      fixture.roundYear ?? 2030,
      fixture.state ?? 'draft',
      fixture.stateDeadline ?? null,
      foldForSearch('fixture'),
    ],
  );
  if (row === undefined) throw new Error('fixture dossier not inserted');
  if (fixture.complete) {
    const definitions = checklistFor(criteriaSet, product.productGroupCode, registrationKind, {
      hasBusinessRegistration: product.hasBusinessRegistration,
    });
    for (const item of definitions.filter((d) => d.mandatory)) {
      await provideItem(db, row.id, item.id, item.delivery === 'document');
    }
  }
  return row.id;
}

/** Marks an item provided, with one attachment row (no file: the workflow only counts rows). */
export async function provideItem(
  db: Queryable,
  dossierId: string,
  itemId: string,
  attach = true,
): Promise<void> {
  await db.query(
    `insert into dossier_items (dossier_id, item_id, status) values ($1, $2, 'provided')
     on conflict (dossier_id, item_id) do update set status = 'provided'`,
    [dossierId, itemId],
  );
  if (attach) {
    await db.query(
      `insert into attachments (dossier_id, item_id, file_name, kind, size, sha256, storage_key, uploaded_by)
       values ($1, $2, 'tệp mẫu.pdf', 'pdf', 1, $3, $4, 'fixture')`,
      [dossierId, itemId, '0'.repeat(64), `fixture/${randomUUID()}`],
    );
  }
}
