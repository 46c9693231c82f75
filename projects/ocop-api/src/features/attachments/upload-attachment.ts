import type { Readable } from 'node:stream';
import {
  type AttachmentLimits,
  type AttachmentRefusal,
  checkAttachmentSize,
  checkFileName,
  detectFileKind,
  type DossierDetail,
  fileKindRefusal,
  itemAcceptsKind,
  type Principal,
} from '@ocop/domain';
import type { Db } from '../../db/db';
import { appendAudit } from '../audit/audit.repository';
import {
  lockDossierForChecklistEdit,
  readDossierDetail,
  storedBytes,
  touchDossier,
} from '../dossiers/dossier-write';
import { insertAttachment, markItemProvided } from './attachments.repository';
import { AttachmentRefused, type FileStore } from './file-store';
import { storeWithRow } from './store-received';

export interface AttachmentDeps {
  db: Db;
  files: FileStore;
  limits: AttachmentLimits;
}

export interface Upload {
  dossierId: string;
  itemId: string;
  /** The name as the client sent it (decoded from the query string); checked here. */
  fileName: string | undefined;
  body: Readable;
  /** Content-Length when the client declared one: refused early when it is already too much. */
  declaredBytes: number | undefined;
}

function refuse(refusal: AttachmentRefusal | null): void {
  if (refusal !== null) throw new AttachmentRefused(refusal);
}

/**
 * Stores one uploaded file for a checklist item and answers the dossier as it is then.
 *
 * 1. A short transaction checks who may edit which item now (404/403) and reads what is stored, so a caller
 *    who may not upload is refused before a byte is read, and no lock is held while the bytes arrive.
 * 2. The body streams into a .part file (file-store.ts), refused as soon as it is too large or its head is
 *    not a kind the item takes.
 * 3. One transaction checks again under the dossier's row lock (another upload may have finished meanwhile),
 *    inserts the row, marks the item provided, bumps the version, writes the audit entry, and, last, moves
 *    the file to its key (store-received.ts). If anything fails the .part is removed, and so is the moved
 *    file when its row did not commit.
 */
export async function uploadAttachment(
  { db, files, limits }: AttachmentDeps,
  caller: Principal,
  upload: Upload,
): Promise<DossierDetail> {
  const { dossierId, itemId } = upload;
  const before = await db.transaction(async (tx) => {
    const dossier = await lockDossierForChecklistEdit(tx, caller, dossierId, itemId);
    return { item: dossier.item, stored: await storedBytes(tx, dossierId) };
  });
  const name = checkFileName(upload.fileName ?? '');
  if (!name.ok) throw new AttachmentRefused(name.refusal);
  const { item } = before;
  if (item.acceptedFileKinds.length === 0) refuse(fileKindRefusal(item, null));
  if (upload.declaredBytes !== undefined) {
    refuse(checkAttachmentSize(upload.declaredBytes, before.stored, limits));
  }

  const received = await files.receive(upload.body, {
    kindOf: (head) => {
      const kind = detectFileKind(head);
      return itemAcceptsKind(item, kind) ? kind : fileKindRefusal(item, kind);
    },
    sizeRefusal: (bytes) => checkAttachmentSize(bytes, before.stored, limits),
  });

  await storeWithRow(db, files, received, async (tx, key) => {
    await lockDossierForChecklistEdit(tx, caller, dossierId, itemId);
    refuse(checkAttachmentSize(received.size, await storedBytes(tx, dossierId), limits));
    await insertAttachment(tx, {
      dossierId,
      itemId,
      fileName: name.name,
      kind: received.kind,
      size: received.size,
      sha256: received.sha256,
      storageKey: key,
      uploadedBy: caller.username,
    });
    await markItemProvided(tx, dossierId, itemId);
    await touchDossier(tx, dossierId);
    await appendAudit(tx, {
      actor: caller,
      entityType: 'dossier',
      entityId: dossierId,
      action: 'attachment-add',
      from: null,
      to: { itemId, fileName: name.name, size: received.size, sha256: received.sha256 },
      comment: null,
    });
  });
  return readDossierDetail(db, caller, dossierId);
}
