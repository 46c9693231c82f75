import type { Db, Queryable } from '../../db/db';
import { isRecorded } from './attachments.repository';
import type { FileStore, ReceivedFile } from './file-store';

/**
 * Stores a received file under a new key in one transaction with its row: `write` checks again under its
 * locks and inserts the row (and its audit entry) for that key, and, last, the file is moved to the key, so
 * after the move only COMMIT can fail. If anything fails, the .part is removed, and so is the moved file
 * when its row did not commit.
 */
export async function storeWithRow<T>(
  db: Db,
  files: FileStore,
  received: ReceivedFile,
  write: (tx: Queryable, key: string) => Promise<T>,
): Promise<T> {
  const key = files.newKey();
  try {
    return await db.transaction(async (tx) => {
      const result = await write(tx, key);
      await files.commit(received, key);
      return result;
    });
  } catch (error) {
    await undoStore(db, files, received, key);
    throw error;
  }
}

/**
 * After a failed store transaction: the .part goes, and the moved file too unless its row is there after
 * all (a COMMIT can succeed and still report an error when the connection drops). When even that cannot be
 * asked, the file stays for the start-up sweep, which removes it if it has no row.
 */
async function undoStore(db: Db, files: FileStore, received: ReceivedFile, key: string): Promise<void> {
  await files.discard(received).catch(() => undefined);
  if (!(await files.exists(key))) return;
  const recorded = await isRecorded(db, key).catch(() => true);
  if (!recorded) await files.remove(key).catch(() => undefined);
}
