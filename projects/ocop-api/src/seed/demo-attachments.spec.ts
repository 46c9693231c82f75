import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detectFileKind } from '@ocop/domain';
import type { Db } from '../db/db';
import { FileStore } from '../features/attachments/file-store';
import { UNRESTRICTED } from '../features/auth/scope';
import { findDossier } from '../features/dossiers/dossiers.repository';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { loadDemoAttachments, samplePdf } from './demo-attachments';
import { HUU_LE_DOSSIER_ID, STAR_ANISE_DOSSIER_ID } from './demo-dossiers';

describe('demo dossier files', () => {
  let database: TestDatabase;
  let db: Db;
  let root: string;
  let files: FileStore;

  beforeEach(async () => {
    database = await createTestDatabase('seeded');
    db = await database.open();
    root = await mkdtemp(join(tmpdir(), 'ocop-demo-files-'));
    files = new FileStore(root);
  });

  afterEach(async () => {
    await database.dispose();
    await rm(root, { recursive: true, force: true });
  });

  it('stores a PDF for each provided document of the demo dossiers, once, with its checksum', async () => {
    expect(await loadDemoAttachments(db, files)).toBe(7);
    expect(await loadDemoAttachments(db, files)).toBe(0);

    const rows = await db.query<{ storage_key: string; sha256: string }>(
      'select storage_key, sha256 from attachments',
    );
    expect(rows.length).toBe(7);
    for (const row of rows) {
      const bytes = await readFile(files.pathOf(row.storage_key));
      expect(createHash('sha256').update(bytes).digest('hex')).toBe(row.sha256);
      expect(detectFileKind(bytes)).toBe('pdf');
    }
    // The sweep at start-up keeps them: each file has its row.
    expect(
      await files.sweep(async (keys) => new Set(keys.filter((k) => rows.some((r) => r.storage_key === k)))),
    ).toEqual({
      parts: 0,
      orphans: 0,
    });
  });

  it('leaves the demo dossiers, both accepted and evaluated, with every mandatory document attached', async () => {
    await loadDemoAttachments(db, files);
    const huuLe = await findDossier(db, HUU_LE_DOSSIER_ID, UNRESTRICTED);
    expect(huuLe?.problems).toEqual([]);
    const starAnise = await findDossier(db, STAR_ANISE_DOSSIER_ID, UNRESTRICTED);
    expect(starAnise?.items.filter((i) => i.attachments.length > 0).map((i) => i.definition.id)).toEqual([
      'phieu-dang-ky-san-pham',
      'phuong-an-kinh-doanh',
      'gioi-thieu-bo-may-to-chuc',
    ]);
    expect(starAnise?.problems).toEqual([]);
  });

  it('writes a well-formed PDF: its cross-reference table points at its objects', () => {
    const pdf = samplePdf('Phieu dang ky').toString('latin1');
    const xrefAt = Number(/startxref\n(\d+)/.exec(pdf)?.[1]);
    expect(pdf.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const offsets = [...pdf.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(offsets.length).toBe(5);
    offsets.forEach((offset, i) => expect(pdf.slice(offset, offset + 8)).toBe(`${i + 1} 0 obj\n`));
  });
});
