import { searchTokens } from '@ocop/domain';
import type { SqlParam } from './db';

/** AND-ed SQL conditions with their positional parameters, for list endpoints with optional filters. */
export class Conditions {
  readonly params: SqlParam[] = [];
  private readonly clauses: string[] = [];

  /** Adds a parameter and returns its placeholder ($n). */
  param(value: SqlParam): string {
    this.params.push(value);
    return `$${this.params.length}`;
  }

  and(clause: string): this {
    this.clauses.push(clause);
    return this;
  }

  /**
   * Every word of the query must occur in the folded search column: the rule of @ocop/domain
   * matchesSearch, applied in SQL.
   */
  search(column: string, query: string | undefined): this {
    for (const token of searchTokens(query ?? '')) {
      this.and(`${column} like ${this.param(`%${escapeLike(token)}%`)}`);
    }
    return this;
  }

  get where(): string {
    return this.clauses.length === 0 ? '' : `where ${this.clauses.join(' and ')}`;
  }
}

/** A literal for LIKE: its own wildcards escaped with the default escape character, backslash. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Query of a paged, searchable list endpoint. */
export interface PageQuery {
  communeCode?: string;
  q?: string;
  limit: number;
  offset: number;
}
