import {
  foldForSearch,
  type CurrentStars,
  productGroupByCode,
  type NewProduct,
  type Page,
  type Product,
  type ProducerType,
  type ProductPhoto,
  type ProductStage,
} from '@ocop/domain';
import { Conditions, type PageQuery } from '../../db/conditions';
import type { Queryable } from '../../db/db';
import { restrictToScope, type UnitScope } from '../auth/scope';
import { currentStarsOf } from '../certificates/certificates.repository';
import { photosOf } from './product-photos.repository';

/** Query of GET /api/products. */
export interface ProductQuery extends PageQuery {
  stage?: ProductStage;
}

interface ProductRow {
  id: string;
  name: string;
  description: string | null;
  stage: ProductStage;
  product_group_code: string;
  commune_code: string;
  commune_name: string;
  version: number;
  producer_id: string;
  producer_name: string;
  producer_type: ProducerType;
}

// The commune is named as it was when the record was created (units are renamed and merged over time).
const SELECT_PRODUCTS = `
  select p.id, p.name, p.description, p.stage, p.product_group_code, p.commune_code, p.version,
         coalesce(unit_name_at(p.commune_code, 'commune', p.created_at::date), p.commune_code) as commune_name,
         pr.id as producer_id, pr.name as producer_name, pr.type as producer_type
  from products p
  join producers pr on pr.id = p.producer_id`;

function toProduct(row: ProductRow, photos: ProductPhoto[], currentStars: CurrentStars | null): Product {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    stage: row.stage,
    productGroup: {
      code: row.product_group_code,
      name: productGroupByCode(row.product_group_code)?.name ?? row.product_group_code,
    },
    producer: { id: row.producer_id, name: row.producer_name, type: row.producer_type },
    commune: { code: row.commune_code, name: row.commune_name },
    photos,
    currentStars,
    version: row.version,
  };
}

/** The rows as products, with their photos and current stars (one query each for all of them). */
async function withPhotos(db: Queryable, rows: readonly ProductRow[]): Promise<Product[]> {
  const ids = rows.map((row) => row.id);
  const photos = await photosOf(db, ids);
  const stars = await currentStarsOf(db, ids);
  return rows.map((row) => toProduct(row, photos.get(row.id) ?? [], stars.get(row.id) ?? null));
}

/** A page of the products in `scope`. */
export async function listProducts(
  db: Queryable,
  query: ProductQuery,
  scope: UnitScope,
): Promise<Page<Product>> {
  const where = restrictToScope(new Conditions(), scope, 'p.commune_code').search('p.search_text', query.q);
  if (query.communeCode !== undefined) where.and(`p.commune_code = ${where.param(query.communeCode)}`);
  if (query.stage !== undefined) where.and(`p.stage = ${where.param(query.stage)}`);
  const [count] = await db.query<{ total: number }>(
    `select count(*)::int as total from products p ${where.where}`,
    where.params,
  );
  const rows = await db.query<ProductRow>(
    // COLLATE "C": the same order on every server, whatever collations it was built with.
    `${SELECT_PRODUCTS} ${where.where}
     order by p.search_text collate "C", p.name collate "C", p.id
     limit ${where.param(query.limit)} offset ${where.param(query.offset)}`,
    where.params,
  );
  return { items: await withPhotos(db, rows), total: count?.total ?? 0 };
}

/** The product, or null when there is none with this id in `scope` (the caller cannot tell which). */
export async function findProduct(db: Queryable, id: string, scope: UnitScope): Promise<Product | null> {
  const where = restrictToScope(new Conditions(), scope, 'p.commune_code');
  where.and(`p.id = ${where.param(id)}`);
  const rows = await db.query<ProductRow>(`${SELECT_PRODUCTS} ${where.where}`, where.params);
  return (await withPhotos(db, rows))[0] ?? null;
}

/** Whether a product with this id exists in `scope` (one outside it is as good as missing). */
export async function productExists(db: Queryable, id: string, scope: UnitScope): Promise<boolean> {
  const where = restrictToScope(new Conditions(), scope, 'p.commune_code');
  where.and(`p.id = ${where.param(id)}`);
  return (await db.query(`select 1 from products p ${where.where}`, where.params)).length > 0;
}

/**
 * Locks the product's row (FOR UPDATE) for the rest of the transaction when it is in `scope`, so changes of
 * one product (its photos) run one after the other, each seeing the version and the photo count the previous
 * one left. Null when there is no such product in `scope`.
 */
export async function lockProduct(
  tx: Queryable,
  id: string,
  scope: UnitScope,
): Promise<{ version: number; photos: number } | null> {
  const where = restrictToScope(new Conditions(), scope, 'p.commune_code');
  where.and(`p.id = ${where.param(id)}`);
  const [row] = await tx.query<{ version: number }>(
    `select p.version from products p ${where.where} for update of p`,
    where.params,
  );
  if (row === undefined) return null;
  const [count] = await tx.query<{ n: number }>(
    'select count(*)::int as n from product_photos where product_id = $1',
    [id],
  );
  return { version: row.version, photos: count?.n ?? 0 };
}

/** Raises the version of a product whose row the transaction has locked. */
export async function touchProduct(tx: Queryable, id: string): Promise<void> {
  await tx.query('update products set version = version + 1, updated_at = now() where id = $1', [id]);
}

/** Whether a producer with this id exists in `scope` (one outside it is as good as missing). */
export async function producerExists(db: Queryable, id: string, scope: UnitScope): Promise<boolean> {
  const where = restrictToScope(new Conditions(), scope, 'pr.commune_code');
  where.and(`pr.id = ${where.param(id)}`);
  return (await db.query(`select 1 from producers pr ${where.where}`, where.params)).length > 0;
}

/** Inserts and returns the new id. */
export async function insertProduct(db: Queryable, product: NewProduct): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into products (name, description, stage, product_group_code, producer_id, commune_code, search_text)
     values ($1, $2, $3, $4, $5, $6, $7)
     returning id`,
    [
      product.name,
      product.description,
      product.stage,
      product.productGroupCode,
      product.producerId,
      product.communeCode,
      foldForSearch(product.name),
    ],
  );
  if (row === undefined) throw new Error('insert into products returned no id');
  return row.id;
}

/**
 * Moves an idea to the 'product' stage and raises its version, only if it is still an idea at
 * `seenVersion`. False when it is not (someone changed it in between): nothing is written then.
 */
export async function promoteIdea(db: Queryable, id: string, seenVersion: number): Promise<boolean> {
  const rows = await db.query(
    `update products set stage = 'product', version = version + 1, updated_at = now()
     where id = $1 and version = $2 and stage = 'idea'
     returning id`,
    [id, seenVersion],
  );
  return rows.length > 0;
}
