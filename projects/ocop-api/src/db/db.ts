/**
 * The one database port of the API. Two adapters implement it (embedded PGlite, PostgreSQL server) and
 * every query is written once, in SQL that both PostgreSQL 15 and the PGlite build (PostgreSQL 18) accept.
 */

export type SqlParam = string | number | boolean | null | Date;

export interface Queryable {
  /** One statement with $1…$n parameters; the rows it returns. */
  query<T>(sql: string, params?: readonly SqlParam[]): Promise<T[]>;
  /** A script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: committed when fn resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** The SQLSTATE and constraint of a database error, whichever driver raised it. */
export function sqlErrorOf(error: unknown): { code: string; constraint: string | undefined } | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, constraint } = error as { code?: unknown; constraint?: unknown };
  if (typeof code !== 'string' || !/^[0-9A-Z]{5}$/.test(code)) return null;
  return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
}

export const UNIQUE_VIOLATION = '23505';
