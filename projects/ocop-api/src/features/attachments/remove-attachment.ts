import type { DossierDetail, Principal } from '@ocop/domain';
import { notFound } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import {
  lockDossierForChecklistEdit,
  readableDossier,
  readDossierDetail,
  staleVersion,
  touchDossier,
} from '../dossiers/dossier-write';
import { deleteAttachment, findAttachment } from './attachments.repository';
import type { AttachmentDeps } from './upload-attachment';

export const ATTACHMENT_NOT_FOUND_MESSAGE = 'Không tìm thấy tệp đính kèm này trong hồ sơ.';

/**
 * Removes one attachment of a dossier the caller may edit now, if they saw its current version. The row
 * goes first, with its audit entry, and the file only after the commit: a crash in between leaves a file
 * without a row, which the start-up sweep removes, never a row without its file. The item's status stays as
 * it is; a provided item left without files shows as a problem (NO_ATTACHMENT) instead.
 */
export async function removeAttachment(
  { db, files }: Pick<AttachmentDeps, 'db' | 'files'>,
  caller: Principal,
  dossierId: string,
  attachmentId: string,
  version: number,
): Promise<DossierDetail> {
  const removed = await db.transaction(async (tx) => {
    // Scope first, so a dossier outside the caller's units answers like a missing one.
    await readableDossier(tx, caller, dossierId);
    const attachment = await findAttachment(tx, dossierId, attachmentId);
    if (attachment === null) throw notFound(ATTACHMENT_NOT_FOUND_MESSAGE);
    const dossier = await lockDossierForChecklistEdit(tx, caller, dossierId, attachment.itemId);
    if (version !== dossier.version) throw staleVersion(dossier.version);
    const row = await deleteAttachment(tx, attachmentId);
    if (row === null) throw notFound(ATTACHMENT_NOT_FOUND_MESSAGE);
    await touchDossier(tx, dossierId);
    await appendAudit(tx, {
      actor: caller,
      entityType: 'dossier',
      entityId: dossierId,
      action: 'attachment-remove',
      from: { itemId: row.itemId, fileName: row.fileName, size: row.size, sha256: row.sha256 },
      to: null,
      comment: null,
    });
    return row;
  });
  // Not fatal when it fails: the row is gone, and the sweep at the next start takes the file.
  await files.remove(removed.storageKey).catch(() => undefined);
  return readDossierDetail(db, caller, dossierId);
}
