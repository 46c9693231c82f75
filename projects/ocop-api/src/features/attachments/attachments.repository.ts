import type { FileKind } from '@ocop/domain';
import type { Queryable } from '../../db/db';

/**
 * Rows of the attachments table (migration 0004). A row is inserted only in the transaction that moves its
 * file into the store (upload-attachment.ts); the file store's keys are never derived from user input.
 */

export interface AttachmentRow {
  id: string;
  dossierId: string;
  itemId: string;
  fileName: string;
  kind: FileKind;
  size: number;
  sha256: string;
  storageKey: string;
}

export interface NewAttachment {
  dossierId: string;
  itemId: string;
  fileName: string;
  kind: FileKind;
  size: number;
  sha256: string;
  storageKey: string;
  uploadedBy: string;
}

interface Row {
  id: string;
  dossier_id: string;
  item_id: string;
  file_name: string;
  kind: FileKind;
  size: string;
  sha256: string;
  storage_key: string;
}

const COLUMNS = 'id, dossier_id, item_id, file_name, kind, size::text as size, sha256, storage_key';

function toAttachment(row: Row): AttachmentRow {
  return {
    id: row.id,
    dossierId: row.dossier_id,
    itemId: row.item_id,
    fileName: row.file_name,
    kind: row.kind,
    size: Number(row.size),
    sha256: row.sha256,
    storageKey: row.storage_key,
  };
}

export async function insertAttachment(tx: Queryable, attachment: NewAttachment): Promise<string> {
  const [row] = await tx.query<{ id: string }>(
    `insert into attachments (dossier_id, item_id, file_name, kind, size, sha256, storage_key, uploaded_by)
     values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
    [
      attachment.dossierId,
      attachment.itemId,
      attachment.fileName,
      attachment.kind,
      attachment.size,
      attachment.sha256,
      attachment.storageKey,
      attachment.uploadedBy,
    ],
  );
  if (row === undefined) throw new Error('insert into attachments returned no id');
  return row.id;
}

/** The attachment of that dossier, or null (callers check the dossier's scope first). */
export async function findAttachment(
  db: Queryable,
  dossierId: string,
  attachmentId: string,
): Promise<AttachmentRow | null> {
  const [row] = await db.query<Row>(`select ${COLUMNS} from attachments where id = $1 and dossier_id = $2`, [
    attachmentId,
    dossierId,
  ]);
  return row === undefined ? null : toAttachment(row);
}

/** Deletes the row; null when it was not there (any more). */
export async function deleteAttachment(tx: Queryable, attachmentId: string): Promise<AttachmentRow | null> {
  const [row] = await tx.query<Row>(`delete from attachments where id = $1 returning ${COLUMNS}`, [
    attachmentId,
  ]);
  return row === undefined ? null : toAttachment(row);
}

/**
 * An item that gets a file counts as provided: one with no row or status 'missing' becomes 'provided'. A
 * returned item stays returned until the district sees it again (resubmission), so the reviewer's reason
 * stays visible next to the new file.
 */
export async function markItemProvided(tx: Queryable, dossierId: string, itemId: string): Promise<void> {
  await tx.query(
    `insert into dossier_items (dossier_id, item_id, status) values ($1, $2, 'provided')
     on conflict (dossier_id, item_id) do update set status = 'provided' where dossier_items.status = 'missing'`,
    [dossierId, itemId],
  );
}

/**
 * Which of `keys` have a row. The file store holds the files of every table listed here (dossier attachments,
 * product photos, task report evidence); a table whose rows own stored files and is missing here would lose
 * them to the start-up sweep, which removes every stored file this function does not return.
 */
export async function recordedStorageKeys(db: Queryable, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  // Keys contain no comma (file-store.ts KEY); an array parameter is typed differently by the two drivers.
  const rows = await db.query<{ storage_key: string }>(
    `select storage_key from attachments where storage_key = any(string_to_array($1, ','))
     union all
     select storage_key from product_photos where storage_key = any(string_to_array($1, ','))
     union all
     select storage_key from task_report_attachments where storage_key = any(string_to_array($1, ','))`,
    [keys.join(',')],
  );
  return new Set(rows.map((row) => row.storage_key));
}

/** Whether a row points at `key`. */
export async function isRecorded(db: Queryable, key: string): Promise<boolean> {
  return (await recordedStorageKeys(db, [key])).has(key);
}
