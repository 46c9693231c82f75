import { createHash } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import type { AttachmentLimits } from '@ocop/domain';
import { buildApp } from '../../app';
import type { Db, Queryable } from '../../db/db';
import { injectAs } from '../../testing/test-app';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { type DemoUser, testTokenVerifier } from '../../testing/tokens';
import { FileStore } from './file-store';

/** Helpers of the attachment specs: an app with its own file store, dossiers, sample files, what is on disk. */

export const HUU_LE_PRODUCT = '0c0b2020-0000-4000-8000-000000000201';
export const VAN_QUAN_PRODUCT = '0c0b2020-0000-4000-8000-000000000202';

export interface AttachmentTestApp {
  app: FastifyInstance;
  db: Db;
  files: FileStore;
  inject(user: DemoUser, request: InjectOptions | string): Promise<LightMyRequestResponse>;
  close(): Promise<void>;
}

/** The API on a fresh seeded database, with attachments in a temporary directory of its own. */
export async function startAttachmentApp(limits?: AttachmentLimits): Promise<AttachmentTestApp> {
  const database: TestDatabase = await createTestDatabase('seeded');
  const db = await database.open();
  const files = new FileStore(await mkdtemp(join(tmpdir(), 'ocop-attachments-spec-')));
  const app = await buildApp({ db, verifyToken: testTokenVerifier(), attachments: { files, limits } });
  await app.ready();
  return {
    app,
    db,
    files,
    inject: (user, request) => injectAs(app, user, request),
    async close() {
      await app.close();
      await database.dispose();
      await rm(files.root, { recursive: true, force: true });
    },
  };
}

let roundYear = 2030;

/**
 * A dossier row of the district 1048 workflow, as the dossier routes would create it: by default a draft of
 * Hữu Lễ's liquor (commune 06322, district 184) in a round of its own.
 */
export async function insertDossier(
  db: Queryable,
  options: { productId?: string; communeCode?: string; state?: string } = {},
): Promise<string> {
  roundYear += 1;
  const [row] = await db.query<{ id: string }>(
    `insert into dossiers (product_id, commune_code, district_code, workflow_id, criteria_set, registration_kind,
                           round_year, state, search_text, created_by)
     values ($1, $2, '184', 'district-1048', '1048', 'first-time', $3, $4, 'spec', 'spec')
     returning id`,
    [
      options.productId ?? HUU_LE_PRODUCT,
      options.communeCode ?? '06322',
      roundYear,
      options.state ?? 'draft',
    ],
  );
  if (row === undefined) throw new Error('no dossier inserted');
  return row.id;
}

export async function attachmentRows(db: Queryable): Promise<number> {
  const [row] = await db.query<{ n: number }>('select count(*)::int as n from attachments');
  return row?.n ?? 0;
}

export async function dossierVersion(db: Queryable, id: string): Promise<number> {
  const [row] = await db.query<{ version: number }>('select version from dossiers where id = $1', [id]);
  return row?.version ?? 0;
}

/** Every file under the store's root, as paths relative to it ("tmp/….part", "store/2025/…"). */
export async function filesOnDisk(root: string): Promise<string[]> {
  try {
    const entries = await readdir(root, { recursive: true, withFileTypes: true });
    return entries
      .filter((e) => e.isFile())
      .map((e) => relative(root, join(e.parentPath, e.name)))
      .sort();
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return [];
    throw error;
  }
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** A "PDF" of exactly `size` bytes: the signature, then filler. */
export function pdfBytes(size: number): Buffer {
  const bytes = Buffer.alloc(size, 0x20);
  Buffer.from('%PDF-1.7\n').copy(bytes);
  for (let i = 9; i < size; i += 97) bytes[i] = i % 251;
  return bytes;
}

export function pngBytes(size = 2048): Buffer {
  const bytes = Buffer.alloc(size, 0x11);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(bytes);
  return bytes;
}

/** A Windows program: 'MZ', and a %PDF- further in that must not fool anyone. */
export function exeBytes(size = 4096): Buffer {
  const bytes = Buffer.alloc(size, 0);
  Buffer.from('MZ\x90\x00\x03').copy(bytes);
  Buffer.from('%PDF-1.4').copy(bytes, 512);
  return bytes;
}

/** The local headers of a DOCX as Word writes them (names are what detection reads). */
export function docxBytes(): Buffer {
  const entry = (name: string, dataLength: number) => {
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(8, 8);
    header.writeUInt32LE(dataLength, 18);
    header.writeUInt16LE(name.length, 26);
    return Buffer.concat([header, Buffer.from(name), Buffer.alloc(dataLength, 0x33)]);
  };
  return Buffer.concat([
    entry('[Content_Types].xml', 400),
    entry('_rels/.rels', 240),
    entry('word/document.xml', 2000),
  ]);
}

/** The URL of an upload, with the name encoded as the browser does. */
export function uploadUrl(dossierId: string, itemId: string, fileName: string): string {
  return `/api/dossiers/${dossierId}/items/${itemId}/attachments?fileName=${encodeURIComponent(fileName)}`;
}

export function upload(
  dossierId: string,
  itemId: string,
  fileName: string,
  payload: Buffer | NodeJS.ReadableStream,
): InjectOptions {
  return {
    method: 'POST',
    url: uploadUrl(dossierId, itemId, fileName),
    headers: { 'content-type': 'application/octet-stream' },
    payload: payload as InjectOptions['payload'],
  };
}
