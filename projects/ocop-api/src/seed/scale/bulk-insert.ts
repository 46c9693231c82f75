import type { Queryable, SqlParam } from '../../db/db';

/**
 * A column of a bulk insert: its name, the array type its values travel in, and how the value becomes the
 * column's type (e.g. `::jsonb`, `string_to_array(…)`) when the parameter type is not the column's own.
 */
export interface BulkColumn {
  name: string;
  type: 'text' | 'int' | 'numeric' | 'bool' | 'date' | 'timestamptz' | 'uuid';
  /** SQL turning `$v` (the unnested value) into the column value; default `$v`. */
  cast?: string;
}

const BATCH_ROWS = 5000;

/**
 * Inserts rows in batches, each one statement `insert … select from unnest($1::t[], $2::t[], …)`: one round trip
 * and one parse per batch whatever its size, which PostgreSQL and PGlite both accept (COPY is not available
 * through PGlite's query API). Returns the number of rows written.
 */
export async function bulkInsert(
  db: Queryable,
  table: string,
  columns: readonly BulkColumn[],
  rows: readonly (readonly SqlParam[])[],
): Promise<number> {
  const names = columns.map((c) => c.name).join(', ');
  const unnest = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const aliases = columns.map((_, i) => `v${i}`);
  const values = columns.map((c, i) => (c.cast ?? '$v').replaceAll('$v', `u.${aliases[i]}`)).join(', ');
  const sql = `insert into ${table} (${names}) select ${values} from unnest(${unnest}) as u(${aliases.join(', ')})`;
  for (let start = 0; start < rows.length; start += BATCH_ROWS) {
    const batch = rows.slice(start, start + BATCH_ROWS);
    const params = columns.map((_, i) => batch.map((row) => row[i] ?? null)) as unknown as SqlParam[];
    await db.query(sql, params);
  }
  return rows.length;
}
