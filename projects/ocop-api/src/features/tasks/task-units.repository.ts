import {
  DEPARTMENTS,
  parseTaskUnitKey,
  taskUnitKey,
  type TaskUnit,
  type TaskUnitKind,
  type TaskUnitRef,
} from '@ocop/domain';
import type { Queryable } from '../../db/db';

/**
 * The names of the units tasks are given to: departments from @ocop/domain DEPARTMENTS, communes from
 * admin_units under the name they bore on a given day, producers from the catalogue (with the commune whose
 * office reports for them). Tasks store only the unit keys ('department:TTYT', 'commune:06322', …).
 */

interface CommuneRow {
  code: string;
  name: string | null;
}

interface ProducerRow {
  id: string;
  name: string;
  commune_code: string;
}

/** What a key names when nothing better is known: its code (a producer deleted, a commune not loaded). */
function unnamed(ref: TaskUnitRef): TaskUnit {
  return { ...ref, name: ref.code, communeCode: null };
}

/**
 * The units of `keys` (duplicates and malformed keys ignored), communes named as they were on `onDay`
 * ('yyyy-MM-dd'). Every well-formed key is in the map, named by its code when the unit is unknown.
 */
export async function taskUnitsOf(
  db: Queryable,
  keys: readonly string[],
  onDay: string,
): Promise<Map<string, TaskUnit>> {
  const refs = [...new Set(keys)].map(parseTaskUnitKey).filter((ref): ref is TaskUnitRef => ref !== null);
  const units = new Map<string, TaskUnit>();
  const communes = refs.filter((r) => r.kind === 'commune').map((r) => r.code);
  const producers = refs.filter((r) => r.kind === 'producer').map((r) => r.code);

  const communeNames = new Map<string, string>();
  if (communes.length > 0) {
    const rows = await db.query<CommuneRow>(
      `select c.code, unit_name_at(c.code, 'commune', $2::date) as name
       from jsonb_array_elements_text($1::jsonb) as c(code)`,
      [JSON.stringify(communes), onDay],
    );
    for (const row of rows) if (row.name !== null) communeNames.set(row.code, row.name);
  }
  const producerRows = new Map<string, ProducerRow>();
  if (producers.length > 0) {
    const rows = await db.query<ProducerRow>(
      `select id::text as id, name, commune_code from producers
       where id::text in (select jsonb_array_elements_text($1::jsonb))`,
      [JSON.stringify(producers)],
    );
    for (const row of rows) producerRows.set(row.id, row);
  }

  for (const ref of refs) {
    const key = taskUnitKey(ref);
    if (ref.kind === 'department') {
      const department = DEPARTMENTS.find((d) => d.code === ref.code);
      units.set(key, department ? { ...ref, name: department.name, communeCode: null } : unnamed(ref));
    } else if (ref.kind === 'commune') {
      const name = communeNames.get(ref.code);
      units.set(key, name === undefined ? unnamed(ref) : { ...ref, name, communeCode: null });
    } else {
      const producer = producerRows.get(ref.code);
      units.set(
        key,
        producer === undefined
          ? unnamed(ref)
          : { ...ref, name: producer.name, communeCode: producer.commune_code },
      );
    }
  }
  return units;
}

/** The unit of one key, named by `units` (from taskUnitsOf), or by its code when it is not known. */
export function unitOf(units: ReadonlyMap<string, TaskUnit>, key: string): TaskUnit {
  const known = units.get(key);
  if (known !== undefined) return known;
  // Stored keys passed the table's check, so they have a kind; a department dropped from DEPARTMENTS
  // keeps its code as its name.
  const colon = key.indexOf(':');
  return unnamed({ kind: key.slice(0, colon) as TaskUnitKind, code: key.slice(colon + 1) });
}

/**
 * Every unit a plan of `unitCode` may give a task to, for the pickers: the departments in the plan's order,
 * then the communes of the plan's unit that existed during `year` (named as at the end of the year, or of
 * their existence), then the producers registered in those communes, by name.
 */
export async function planUnits(db: Queryable, unitCode: string, year: number): Promise<TaskUnit[]> {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const communes = await db.query<{ code: string; name: string }>(
    `select distinct on (c.code) c.code, c.name
     from admin_units c
     where c.level = 'commune'
       and (c.code = $1 or c.parent_code = $1
            or c.parent_code in (select d.code from admin_units d where d.level = 'district' and d.parent_code = $1))
       and coalesce(c.valid_from, '-infinity'::date) <= $3::date
       and coalesce(c.valid_to, 'infinity'::date) >= $2::date
     order by c.code, c.valid_from desc nulls last`,
    [unitCode, start, end],
  );
  const producers = await db.query<ProducerRow>(
    `select p.id::text as id, p.name, p.commune_code from producers p
     where p.commune_code in (select jsonb_array_elements_text($1::jsonb))
     order by p.name collate "C", p.id`,
    [JSON.stringify(communes.map((c) => c.code))],
  );
  return [
    ...DEPARTMENTS.map((d): TaskUnit => ({
      kind: 'department',
      code: d.code,
      name: d.name,
      communeCode: null,
    })),
    ...communes
      .sort((a, b) => a.name.localeCompare(b.name, 'vi') || a.code.localeCompare(b.code))
      .map((c): TaskUnit => ({ kind: 'commune', code: c.code, name: c.name, communeCode: null })),
    ...producers.map((p): TaskUnit => ({
      kind: 'producer',
      code: p.id,
      name: p.name,
      communeCode: p.commune_code,
    })),
  ];
}
