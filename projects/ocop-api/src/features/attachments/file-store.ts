import { createHash, randomUUID } from 'node:crypto';
import type { ReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';
import { type AttachmentRefusal, FILE_KIND_HEAD_BYTES, type FileKind } from '@ocop/domain';

/**
 * Attachment bytes on disk, outside the database:
 *
 *   <root>/tmp/<uuid>.part     an upload while it arrives; never read by anyone else
 *   <root>/store/<yyyy>/<uuid> a stored file; its key "<yyyy>/<uuid>" is attachments.storage_key
 *
 * The user's file name never becomes part of a path. A file reaches store/ only by a rename inside the
 * transaction that inserts its row (upload-attachment.ts), so a row never points at a half-written file; a
 * crash can at worst leave a .part, or a stored file whose row was never committed, and `sweep` removes
 * both when the API starts.
 *
 * Assumption: one API process per root. The sweep treats every .part as abandoned and every file without a
 * row as an orphan, which is only true when no other process is writing into the same root at that moment
 * (PGlite enforces one process per data dir; replicas on one PostgreSQL must each have their own data dir,
 * and then serve only the files they stored: shared storage needs another sweep and another store).
 */

/** An upload refused for what it is (size, kind): answered 400 with the domain's message. */
export class AttachmentRefused extends Error {
  override readonly name = 'AttachmentRefused';

  constructor(readonly refusal: AttachmentRefusal) {
    super(refusal.code);
  }
}

/** The connection closed before the whole body arrived. */
export class UploadAborted extends Error {
  override readonly name = 'UploadAborted';
}

export interface UploadRules {
  /**
   * The kind of the file from its head (min(FILE_KIND_HEAD_BYTES, size) bytes), or why it is refused.
   * Called once, as soon as that many bytes have arrived.
   */
  kindOf(head: Uint8Array): FileKind | AttachmentRefusal;
  /**
   * Why `bytes` are too many (or, at the end, too few), or null. Called with the running total after every
   * chunk, so an upload stops as soon as it crosses a limit, and once with the final size.
   */
  sizeRefusal(bytes: number): AttachmentRefusal | null;
}

/** A complete upload in tmp/, not yet stored. */
export interface ReceivedFile {
  readonly partPath: string;
  readonly size: number;
  /** Hex SHA-256 of the bytes. */
  readonly sha256: string;
  readonly kind: FileKind;
}

export interface SweepResult {
  /** Abandoned uploads removed from tmp/. */
  parts: number;
  /** Stored files without a row, removed. */
  orphans: number;
}

const KEY = /^\d{4}\/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** How many keys one existence query asks about. */
const SWEEP_BATCH = 500;

function refusalOrKind(value: FileKind | AttachmentRefusal): FileKind {
  if (typeof value === 'string') return value;
  throw new AttachmentRefused(value);
}

export class FileStore {
  readonly tmpDir: string;
  readonly storeDir: string;

  constructor(readonly root: string) {
    this.tmpDir = join(root, 'tmp');
    this.storeDir = join(root, 'store');
  }

  /** A new, unused key under the year of `now`. */
  newKey(now: Date = new Date()): string {
    return `${now.getUTCFullYear()}/${randomUUID()}`;
  }

  /** Where a key's bytes are; refuses anything that is not a key this store made (never a path from a row). */
  pathOf(key: string): string {
    if (!KEY.test(key)) throw new Error(`not an attachment storage key: ${JSON.stringify(key)}`);
    return join(this.storeDir, key);
  }

  /**
   * Streams `source` into tmp/<uuid>.part, hashing and counting as it goes, and stops at the first chunk
   * that breaks a rule. Whatever happens short of success (a refusal, the client going away, a disk
   * error) the .part is removed before the promise settles. The source is not destroyed on a refusal, so
   * the caller can still answer on the same connection (see discardRest).
   */
  async receive(source: Readable, rules: UploadRules): Promise<ReceivedFile> {
    await mkdir(this.tmpDir, { recursive: true });
    const partPath = join(this.tmpDir, `${randomUUID()}.part`);
    const file = await open(partPath, 'wx');
    let writing = true;
    try {
      const hash = createHash('sha256');
      let size = 0;
      let kind: FileKind | null = null;
      const head: Buffer[] = [];
      const decideKind = () =>
        refusalOrKind(rules.kindOf(Buffer.concat(head).subarray(0, FILE_KIND_HEAD_BYTES)));

      for await (const data of source.iterator({ destroyOnReturn: false })) {
        const chunk = typeof data === 'string' ? Buffer.from(data) : (data as Buffer);
        size += chunk.length;
        const tooMuch = rules.sizeRefusal(size);
        if (tooMuch !== null) throw new AttachmentRefused(tooMuch);
        if (kind === null) {
          head.push(chunk);
          if (size >= FILE_KIND_HEAD_BYTES) kind = decideKind();
        }
        hash.update(chunk);
        await writeAll(file, chunk);
      }
      // An HTTP request that ended without its whole body was cut off, not finished.
      if ((source as { complete?: boolean }).complete === false) throw new UploadAborted('upload cut off');
      const sizeProblem = rules.sizeRefusal(size);
      if (sizeProblem !== null) throw new AttachmentRefused(sizeProblem);
      kind ??= decideKind();
      // On disk before the rename makes it a stored file: a crash after commit must not lose the bytes.
      await file.sync();
      writing = false;
      await file.close();
      return { partPath, size, sha256: hash.digest('hex'), kind };
    } catch (error) {
      if (writing) await file.close().catch(() => undefined);
      await rm(partPath, { force: true });
      throw isAbort(error) ? new UploadAborted('upload cut off', { cause: error }) : error;
    }
  }

  /** Moves a received file to its key: the last step of the transaction that inserts its row. */
  async commit(received: ReceivedFile, key: string): Promise<void> {
    const target = this.pathOf(key);
    await mkdir(dirname(target), { recursive: true });
    await rename(received.partPath, target);
  }

  /** Removes a received file that will not be stored (no-op once committed). */
  async discard(received: ReceivedFile): Promise<void> {
    await rm(received.partPath, { force: true });
  }

  /** Removes a stored file (no-op when it is already gone). */
  async remove(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    return stat(this.pathOf(key)).then(
      (s) => s.isFile(),
      () => false,
    );
  }

  /** The stored bytes of a key; fails with ENOENT when they are gone. */
  async read(key: string): Promise<ReadStream> {
    const path = this.pathOf(key);
    // Opened before the answer starts, so a missing file becomes an error answer, not a cut-off download.
    const handle = await open(path, 'r');
    return handle.createReadStream();
  }

  /**
   * Start-up clean-up (one process per root, see above): removes every .part, and every stored file for
   * which `recorded` does not return its key.
   */
  async sweep(recorded: (keys: string[]) => Promise<Set<string>>): Promise<SweepResult> {
    let parts = 0;
    for (const name of await entries(this.tmpDir)) {
      await rm(join(this.tmpDir, name), { recursive: true, force: true });
      parts += 1;
    }
    let orphans = 0;
    for (const year of await entries(this.storeDir)) {
      const names = await entries(join(this.storeDir, year));
      for (let i = 0; i < names.length; i += SWEEP_BATCH) {
        const batch = names.slice(i, i + SWEEP_BATCH).map((name) => `${year}/${name}`);
        const known = await recorded(batch.filter((key) => KEY.test(key)));
        for (const key of batch) {
          if (known.has(key)) continue;
          await rm(join(this.storeDir, key), { recursive: true, force: true });
          orphans += 1;
        }
      }
    }
    return { parts, orphans };
  }
}

/** The entries of a directory; none when it does not exist yet. */
async function entries(dir: string): Promise<string[]> {
  try {
    return await readdir(dir);
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
}

async function writeAll(file: Awaited<ReturnType<typeof open>>, chunk: Buffer): Promise<void> {
  let offset = 0;
  while (offset < chunk.length) {
    const { bytesWritten } = await file.write(chunk, offset, chunk.length - offset);
    offset += bytesWritten;
  }
}

function isAbort(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ECONNRESET' || code === 'ERR_STREAM_PREMATURE_CLOSE' || code === 'ABORT_ERR';
}

/**
 * After an early answer, reads and drops the rest of the request body, so the client (a browser still
 * sending) gets to read the refusal instead of a reset connection; past `cap` bytes the connection is cut.
 */
export function discardRest(source: Readable, cap: number): void {
  if (source.readableEnded || source.destroyed) return;
  let dropped = 0;
  source.on('data', (chunk: Buffer) => {
    dropped += chunk.length;
    if (dropped > cap) source.destroy();
  });
  source.on('error', () => undefined);
  source.resume();
}

/** A store in the system's temp directory, for an app built without a data directory (tests, tools). */
export function temporaryFileStore(): FileStore {
  return new FileStore(join(tmpdir(), `ocop-api-attachments-${process.pid}`));
}
