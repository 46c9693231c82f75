import type { AttachmentInfo, FileKind, Principal } from '@ocop/domain';
import { Conditions } from '../../../db/conditions';
import type { Queryable } from '../../../db/db';
import {
  ATTACHMENT_INFO_COLUMNS,
  type AttachmentInfoRow,
  toAttachmentInfo,
} from '../../attachments/attachment-info';
import type { StoredFile } from '../../attachments/send-stored-file';
import { restrictTasksToCaller } from '../task-scope';

/**
 * Rows of task_report_attachments (migration 0007): the evidence of a progress report, kept in the same file
 * store as dossier attachments. A row is inserted only in the transaction that moves its file into the store
 * (upload-evidence.ts), and the start-up sweep keeps every stored file that has one (recordedStorageKeys).
 */

export interface NewEvidence {
  reportId: string;
  fileName: string;
  kind: FileKind;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string;
}

export async function insertEvidence(tx: Queryable, evidence: NewEvidence): Promise<AttachmentInfo> {
  const [row] = await tx.query<AttachmentInfoRow>(
    `insert into task_report_attachments as a (report_id, file_name, kind, size, sha256, storage_key, uploaded_by)
     values ($1, $2, $3, $4, $5, $6, $7) returning ${ATTACHMENT_INFO_COLUMNS}`,
    [
      evidence.reportId,
      evidence.fileName,
      evidence.kind,
      evidence.size,
      evidence.sha256,
      evidence.storageKey,
      evidence.uploadedBy,
    ],
  );
  if (row === undefined) throw new Error('insert into task_report_attachments returned nothing');
  return toAttachmentInfo(row);
}

/** Bytes of the report's evidence so far: a report's files are held to a dossier's total. */
export async function evidenceBytes(tx: Queryable, reportId: string): Promise<number> {
  const [row] = await tx.query<{ total: string }>(
    'select coalesce(sum(size), 0)::text as total from task_report_attachments where report_id = $1',
    [reportId],
  );
  return Number(row?.total ?? 0);
}

/** What the evidence upload needs of a report: its task and whether it still waits for review. */
export interface ReportRef {
  id: string;
  taskId: string;
  review: 'pending' | 'accepted' | 'returned';
}

export async function findReport(db: Queryable, reportId: string): Promise<ReportRef | null> {
  const [row] = await db.query<{ id: string; task_id: string; review: ReportRef['review'] }>(
    'select id, task_id, review from task_reports where id = $1',
    [reportId],
  );
  return row === undefined ? null : { id: row.id, taskId: row.task_id, review: row.review };
}

/** The evidence file, when its task is one the caller may see; null otherwise (answered like a missing one). */
export async function findVisibleEvidence(
  db: Queryable,
  caller: Principal,
  attachmentId: string,
): Promise<StoredFile | null> {
  const where = restrictTasksToCaller(new Conditions(), caller, 't', 'p');
  where.and(`a.id = ${where.param(attachmentId)}`);
  const [row] = await db.query<{
    id: string;
    file_name: string;
    kind: FileKind;
    size: string;
    sha256: string;
    storage_key: string;
  }>(
    `select a.id, a.file_name, a.kind, a.size::text as size, a.sha256, a.storage_key
     from task_report_attachments a
     join task_reports r on r.id = a.report_id
     join tasks t on t.id = r.task_id
     join plans p on p.id = t.plan_id
     ${where.where}`,
    where.params,
  );
  if (row === undefined) return null;
  return {
    id: row.id,
    fileName: row.file_name,
    kind: row.kind,
    size: Number(row.size),
    sha256: row.sha256,
    storageKey: row.storage_key,
  };
}
