import type { Readable } from 'node:stream';
import {
  type AttachmentInfo,
  type AttachmentLimits,
  type AttachmentRefusal,
  checkAttachmentSize,
  checkFileName,
  detectFileKind,
  EVIDENCE_ITEM,
  fileKindRefusal,
  itemAcceptsKind,
  type Principal,
  taskRelations,
} from '@ocop/domain';
import type { Db, Queryable } from '../../../db/db';
import { ApiHttpError, notFound } from '../../../http/api-http-error';
import { AttachmentRefused, type FileStore } from '../../attachments/file-store';
import { storeWithRow } from '../../attachments/store-received';
import { appendAudit } from '../../audit/audit.repository';
import { lockTask, touchTask } from '../task-write';
import { evidenceBytes, findReport, insertEvidence } from './report-attachments.repository';

export interface EvidenceDeps {
  db: Db;
  files: FileStore;
  limits: AttachmentLimits;
}

export interface EvidenceUpload {
  reportId: string;
  /** The name as the client sent it (decoded from the query string); checked here. */
  fileName: string | undefined;
  body: Readable;
  /** Content-Length when the client declared one: refused early when it is already too much. */
  declaredBytes: number | undefined;
}

export const REPORT_NOT_FOUND_MESSAGE =
  'Không tìm thấy báo cáo tiến độ, hoặc báo cáo không thuộc đơn vị của bạn.';

function refuse(refusal: AttachmentRefusal | null): void {
  if (refusal !== null) throw new AttachmentRefused(refusal);
}

/**
 * Locks the report's task and checks that the caller may add evidence to the report now: it is the report
 * waiting for review, and the caller is on the reporting side (the lead unit's officers, or the standing
 * unit). 404 when the caller cannot see the task, as for a report that does not exist.
 */
async function lockReportForEvidence(tx: Queryable, caller: Principal, reportId: string): Promise<string> {
  const report = await findReport(tx, reportId);
  if (report === null) throw notFound(REPORT_NOT_FOUND_MESSAGE);
  const task = await lockTask(tx, report.taskId, caller);
  if (task === null) throw notFound(REPORT_NOT_FOUND_MESSAGE);
  const relations = taskRelations(caller, task);
  if (!relations.includes('lead') && !relations.includes('standing')) {
    throw new ApiHttpError(
      403,
      'FORBIDDEN',
      'Chỉ đơn vị chủ trì hoặc đơn vị thường trực của nhiệm vụ mới được bổ sung minh chứng cho báo cáo.',
    );
  }
  if (task.pendingReportId !== report.id) {
    throw new ApiHttpError(
      409,
      'REPORT_NOT_PENDING',
      'Báo cáo này đã được xem xét (nghiệm thu hoặc trả lại); minh chứng chỉ bổ sung được cho báo cáo đang chờ xem xét.',
    );
  }
  return report.taskId;
}

/**
 * Stores one evidence file of a progress report, the way a dossier attachment is stored
 * (upload-attachment.ts), with the same limits and refusals (a report's files are held to a dossier's
 * total):
 *
 * 1. A short transaction checks who may add evidence to which report now (404/403/409) and reads what is
 *    stored, so a caller who may not upload is refused before a byte is read, and no lock is held while the
 *    bytes arrive.
 * 2. The body streams into a .part file, refused as soon as it is too large or its head is no known kind.
 * 3. One transaction checks again under the task's row lock (the report may have been reviewed meanwhile),
 *    inserts the row, bumps the task's version (a reviewer who saw the report without this file has to look
 *    again), writes the audit entry and, last, moves the file to its key (store-received.ts).
 */
export async function uploadEvidence(
  { db, files, limits }: EvidenceDeps,
  caller: Principal,
  upload: EvidenceUpload,
): Promise<AttachmentInfo> {
  const { reportId } = upload;
  const stored = await db.transaction(async (tx) => {
    await lockReportForEvidence(tx, caller, reportId);
    return evidenceBytes(tx, reportId);
  });
  const name = checkFileName(upload.fileName ?? '');
  if (!name.ok) throw new AttachmentRefused(name.refusal);
  if (upload.declaredBytes !== undefined) refuse(checkAttachmentSize(upload.declaredBytes, stored, limits));

  const received = await files.receive(upload.body, {
    kindOf: (head) => {
      const kind = detectFileKind(head);
      return itemAcceptsKind(EVIDENCE_ITEM, kind) ? kind : fileKindRefusal(EVIDENCE_ITEM, kind);
    },
    sizeRefusal: (bytes) => checkAttachmentSize(bytes, stored, limits),
  });

  return storeWithRow(db, files, received, async (tx, key) => {
    const taskId = await lockReportForEvidence(tx, caller, reportId);
    refuse(checkAttachmentSize(received.size, await evidenceBytes(tx, reportId), limits));
    const info = await insertEvidence(tx, {
      reportId,
      fileName: name.name,
      kind: received.kind,
      size: received.size,
      sha256: received.sha256,
      storageKey: key,
      uploadedBy: caller.username,
    });
    await touchTask(tx, taskId);
    await appendAudit(tx, {
      actor: caller,
      entityType: 'task',
      entityId: taskId,
      action: 'task.evidence-added',
      from: null,
      to: {
        reportId,
        attachmentId: info.id,
        fileName: name.name,
        size: received.size,
        sha256: received.sha256,
      },
      comment: null,
    });
    return info;
  });
}
