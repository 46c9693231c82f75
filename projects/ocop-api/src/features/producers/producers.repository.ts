import { foldForSearch, type NewProducer, type Page, type Producer, type ProducerType } from '@ocop/domain';
import { Conditions, type PageQuery } from '../../db/conditions';
import type { Queryable } from '../../db/db';
import { restrictToScope, type UnitScope } from '../auth/scope';

interface ProducerRow {
  id: string;
  type: ProducerType;
  name: string;
  registration_number: string | null;
  commune_code: string;
  commune_name: string;
  version: number;
}

// The commune is named as it was when the record was created (units are renamed and merged over time).
const SELECT_PRODUCERS = `
  select p.id, p.type, p.name, p.registration_number, p.commune_code, p.version,
         coalesce(unit_name_at(p.commune_code, 'commune', p.created_at::date), p.commune_code) as commune_name
  from producers p`;

function toProducer(row: ProducerRow): Producer {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    registrationNumber: row.registration_number,
    commune: { code: row.commune_code, name: row.commune_name },
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

/** Inserts and returns the new id. */
export async function insertProducer(db: Queryable, producer: NewProducer): Promise<string> {
  const [row] = await db.query<{ id: string }>(
    `insert into producers (type, name, registration_number, commune_code, search_text)
     values ($1, $2, $3, $4, $5)
     returning id`,
    [
      producer.type,
      producer.name,
      producer.registrationNumber,
      producer.communeCode,
      foldForSearch(producer.name),
    ],
  );
  if (row === undefined) throw new Error('insert into producers returned no id');
  return row.id;
}
