import type { Queryable } from '../../db/db';
import { recordedStorageKeys } from './attachments.repository';
import type { FileStore, SweepResult } from './file-store';

/**
 * Called once when the API starts, before it listens: removes uploads a crash or a kill left in tmp/, and
 * stored files whose row never committed (a row of attachments, product_photos or task_report_attachments:
 * recordedStorageKeys). Only correct while no other process writes into the same store
 * (one API process per data directory, see file-store.ts).
 */
export function sweepAttachments(db: Queryable, files: FileStore): Promise<SweepResult> {
  return files.sweep((keys) => recordedStorageKeys(db, keys));
}
