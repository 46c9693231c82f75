import { foldForSearch, type NewProducer, type Page, type Producer, type ProducerType } from '@ocop/domain';
import { Conditions, type PageQuery } from '../../db/conditions';
import type { Queryable } from '../../db/db';
import { restrictToScope, type UnitScope } from '../auth/scope';

interface ProducerRow {
  id: string;
  type: ProducerType;
  name: string;
  registration_number: string | null;
  representative_name: string | null;
  representative_position: string | null;
  address: string | null;
  commune_code: string;
  commune_name: string;
  phone: string | null;
  email: string | null;
  version: number;
}

// The commune is named as it was when the record was created (units are renamed and merged over time).
const SELECT_PRODUCERS = `
  select p.id, p.type, p.name, p.registration_number, p.representative_name, p.representative_position,
         p.address, p.commune_code, p.phone, p.email, p.version,
         coalesce(unit_name_at(p.commune_code, 'commune', p.created_at::date), p.commune_code) as commune_name
  from producers p`;

function toProducer(row: ProducerRow): Producer {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    registrationNumber: row.registration_number,
    representativeName: row.representative_name,
    representativePosition: row.representative_position,
    address: row.address,
    commune: { code: row.commune_code, name: row.commune_name },
    phone: row.phone,
    email: row.email,
    version: row.version,
  };
}

/** A page of the producers in `scope`. */
export async function listProducers(
  db: Queryable,
  query: PageQuery,
  scope: UnitScope,
): Promise<Page<Producer>> {
  const where = restrictToScope(new Conditions(), scope, 'p.commune_code').search('p.search_text', query.q);
  if (query.communeCode !== undefined) where.and(`p.commune_code = ${where.param(query.communeCode)}`);
  const [count] = await db.query<{ total: number }>(
    `select count(*)::int as total from producers p ${where.where}`,
    where.params,
  );
  const rows = await db.query<ProducerRow>(
    // COLLATE "C": the same order on every server, whatever collations it was built with.
    `${SELECT_PRODUCERS} ${where.where}
     order by p.search_text collate "C", p.name collate "C", p.id
     limit ${where.param(query.limit)} offset ${where.param(query.offset)}`,
    where.params,
  );
  return { items: rows.map(toProducer), total: count?.total ?? 0 };
}

/** The producer, or null when there is none with this id in `scope` (the caller cannot tell which). */
export async function findProducer(db: Queryable, id: string, scope: UnitScope): Promise<Producer | null> {
  const where = restrictToScope(new Conditions(), scope, 'p.commune_code');
  where.and(`p.id = ${where.param(id)}`);
  const [row] = await db.query<ProducerRow>(`${SELECT_PRODUCERS} ${where.where}`, where.params);
  return row === undefined ? null : toProducer(row);
}

/**
 * The producer that holds this registration number, wherever it is (the number is unique in the whole
 * database), other than `exceptId`; null when none does.
 */
export async function findProducerByRegistrationNumber(
  db: Queryable,
  registrationNumber: string,
  exceptId: string | null = null,
): Promise<Producer | null> {
  const where = new Conditions();
  where.and(`p.registration_number = ${where.param(registrationNumber)}`);
  if (exceptId !== null) where.and(`p.id <> ${where.param(exceptId)}`);
  const [row] = await db.query<ProducerRow>(`${SELECT_PRODUCERS} ${where.where} limit 1`, where.params);
  return row === undefined ? null : toProducer(row);
}

const detailParams = (producer: NewProducer) => [
  producer.type,
  producer.name,
  producer.registrationNumber,
  producer.representativeName,
  producer.representativePosition,
  producer.address,
  producer.communeCode,
  producer.phone,
  producer.email,
  foldForSearch(producer.name),
];

/** Inserts and returns the new id. */
export async function insertProducer(db: Queryable, producer: NewProducer): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into producers (type, name, registration_number, representative_name, representative_position,
                            address, commune_code, phone, email, search_text)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     returning id`,
    detailParams(producer),
  );
  if (row === undefined) throw new Error('insert into producers returned no id');
  return row.id;
}

/**
 * Replaces the producer's details and raises its version, only if the version is still `seenVersion`.
 * False when it is not (someone saved in between): nothing is written then.
 */
export async function updateProducer(
  db: Queryable,
  id: string,
  producer: NewProducer,
  seenVersion: number,
): Promise<boolean> {
  const rows = await db.query(
    `update producers
     set type = $1, name = $2, registration_number = $3, representative_name = $4, representative_position = $5,
         address = $6, commune_code = $7, phone = $8, email = $9, search_text = $10,
         version = version + 1, updated_at = now()
     where id = $11 and version = $12
     returning id`,
    [...detailParams(producer), id, seenVersion],
  );
  return rows.length > 0;
}
