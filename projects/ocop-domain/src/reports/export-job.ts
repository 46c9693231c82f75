/**
 * Exports run as jobs in the API (POST /api/exports): the file is built in batches that yield to other
 * requests, the browser polls the progress and then downloads the file. One list of kinds, shared by the API
 * (which validates `params` per kind) and the UI.
 */
export const EXPORT_KINDS = [
  'dossiers',
  'products',
  'tasks',
  'certificates',
  'dashboard',
  'periodic-report',
  'evaluation-results',
  'session-minutes',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];
export type ExportFormat = 'xlsx' | 'pdf';

/** The formats each kind can be exported to (PDF only for the documents of Nghị định 30/2020). */
export const EXPORT_FORMATS: Readonly<Record<ExportKind, readonly ExportFormat[]>> = {
  dossiers: ['xlsx'],
  products: ['xlsx'],
  tasks: ['xlsx'],
  certificates: ['xlsx'],
  dashboard: ['xlsx'],
  'periodic-report': ['xlsx', 'pdf'],
  'evaluation-results': ['xlsx'],
  'session-minutes': ['xlsx', 'pdf'],
};

/** POST /api/exports. `params` are the kind's filters as strings, the same names as its list's query. */
export interface ExportRequest {
  kind: ExportKind;
  format: ExportFormat;
  params: Record<string, string>;
}

export type ExportState = 'running' | 'ready' | 'failed';

/** GET /api/exports/:id (and the 202 answer of POST). */
export interface ExportJob {
  id: string;
  kind: ExportKind;
  format: ExportFormat;
  state: ExportState;
  /** Rows (or pages) written so far and the total expected; total 0 until known. */
  done: number;
  total: number;
  /** The download's file name, e.g. 'ho-so-ocop-2020-11-29.xlsx'; set when ready. */
  fileName: string | null;
  /** Bytes of the file when ready. */
  size: number | null;
  /** Vietnamese message when failed. */
  error: string | null;
}

/** 0..100, for a progress bar (an unknown total shows 0). */
export function exportPercent(job: Pick<ExportJob, 'done' | 'total' | 'state'>): number {
  if (job.state === 'ready') return 100;
  if (job.total <= 0) return 0;
  return Math.min(99, Math.floor((job.done / job.total) * 100));
}
