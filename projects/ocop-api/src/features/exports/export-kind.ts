import type { ExportFormat, ExportKind, Principal } from '@ocop/domain';

import type { Db } from '../../db/db';

/** What a kind gets to prepare an export: the database, the caller from the token and the business date. */
export interface ExportContext {
  db: Db;
  caller: Principal;
  /** yyyy-MM-dd in Vietnam. */
  today: string;
}

/** An export whose params and scope are checked; `build` makes the file in the background. */
export interface PreparedExport {
  /** With extension; ascii-safe slug + date, e.g. 'ho-so-ocop-2020-11-29.xlsx'. */
  fileName: string;
  contentType: string;
  /** Rows (or pages) expected, for progress; 0 if unknown. */
  total: number;
  /**
   * Must not block the event loop for long: fetch in batches, report progress and `await nextTurn()` between
   * them.
   */
  build(progress: (done: number, total?: number) => void): Promise<Buffer>;
}

export interface ExportKindDef {
  kind: ExportKind;
  /**
   * Validates params (ApiHttpError 400 VALIDATION_FAILED) and the caller's scope (403/404) before the job is
   * accepted, so the POST answers those errors right away.
   */
  prepare(
    ctx: ExportContext,
    format: ExportFormat,
    params: Readonly<Record<string, string>>,
  ): Promise<PreparedExport>;
}
