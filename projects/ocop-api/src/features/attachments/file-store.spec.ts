import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { FILE_KIND_HEAD_BYTES } from '@ocop/domain';
import { filesOnDisk, pdfBytes, sha256 } from './attachments-testing';
import { AttachmentRefused, discardRest, FileStore, type UploadRules, UploadAborted } from './file-store';

const RULES: UploadRules = {
  kindOf: (head) =>
    head[0] === 0x25
      ? 'pdf'
      : { code: 'FILE_TYPE_NOT_ALLOWED', itemName: 'x', accepted: ['pdf'], detected: null },
  sizeRefusal: (bytes) =>
    bytes === 0
      ? { code: 'FILE_EMPTY' }
      : bytes > 200_000
        ? { code: 'FILE_TOO_LARGE', maxFileBytes: 200_000 }
        : null,
};

function pieces(bytes: Buffer, size = 10_000): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks, { objectMode: false });
}

describe('FileStore', () => {
  let root: string;
  let store: FileStore;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'ocop-file-store-spec-'));
    store = new FileStore(root);
  });

  afterEach(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('receives into a .part with size, checksum and kind, and moves it to its key', async () => {
    const bytes = pdfBytes(150_000);
    const received = await store.receive(pieces(bytes), RULES);
    expect(received).toEqual({
      partPath: jasmine.stringMatching(/\/tmp\/[0-9a-f-]{36}\.part$/),
      size: 150_000,
      sha256: sha256(bytes),
      kind: 'pdf',
    });
    expect(await filesOnDisk(root)).toEqual([jasmine.stringMatching(/^tmp\//)]);
    const key = store.newKey(new Date('2020-03-01T00:00:00Z'));
    expect(key).toMatch(/^2020\/[0-9a-f-]{36}$/);
    await store.commit(received, key);
    expect(await filesOnDisk(root)).toEqual([`store/${key}`]);
    expect((await readFile(store.pathOf(key))).equals(bytes)).toBeTrue();
  });

  it('stops at the first chunk over the limit, removes the .part, and leaves the source readable', async () => {
    const bytes = pdfBytes(1_000_000);
    let read = 0;
    const source = Readable.from(
      (function* () {
        for (let at = 0; at < bytes.length; at += 10_000) {
          read += 10_000;
          yield bytes.subarray(at, at + 10_000);
        }
      })(),
      { objectMode: false },
    );
    await expectAsync(store.receive(source, RULES)).toBeRejectedWith(
      new AttachmentRefused({ code: 'FILE_TOO_LARGE', maxFileBytes: 200_000 }),
    );
    expect(read).withContext('read ahead at most a little').toBeLessThanOrEqual(250_000);
    expect(source.destroyed).withContext('the caller may still answer on the connection').toBeFalse();
    expect(await filesOnDisk(root)).toEqual([]);
  });

  it('refuses by the head once FILE_KIND_HEAD_BYTES have arrived, or at the end of a shorter file', async () => {
    const exe = Buffer.alloc(150_000, 0x4d);
    await expectAsync(store.receive(pieces(exe), RULES)).toBeRejectedWithError(AttachmentRefused);
    await expectAsync(store.receive(pieces(exe.subarray(0, 100)), RULES)).toBeRejectedWithError(
      AttachmentRefused,
    );
    await expectAsync(store.receive(pieces(Buffer.alloc(0)), RULES)).toBeRejectedWith(
      new AttachmentRefused({ code: 'FILE_EMPTY' }),
    );
    expect(FILE_KIND_HEAD_BYTES).toBeLessThan(150_000);
    expect(await filesOnDisk(root)).toEqual([]);
  });

  it('removes the .part when the client goes away mid-upload', async () => {
    const source = new PassThrough();
    const receiving = store.receive(source, RULES);
    source.write(pdfBytes(70_000));
    for (let i = 0; i < 50 && (await filesOnDisk(root)).length === 0; i++)
      await new Promise((r) => setTimeout(r, 10));
    expect(await filesOnDisk(root)).toEqual([jasmine.stringMatching(/^tmp\/.*\.part$/)]);
    source.destroy(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    await expectAsync(receiving).toBeRejectedWithError(UploadAborted);
    expect(await filesOnDisk(root)).toEqual([]);
  });

  it('refuses keys it did not make, so no row can point it elsewhere', () => {
    for (const key of ['../../etc/passwd', '2020/../../x', '2020/not-a-uuid', '/2020/x']) {
      expect(() => store.pathOf(key)).toThrowError(/not an attachment storage key/);
    }
  });

  it('sweeps every .part and every stored file without a row, keeping the recorded ones', async () => {
    const kept = '2020/0c0b2020-0000-4000-8000-0000000000aa';
    const orphan = '2020/0c0b2020-0000-4000-8000-0000000000bb';
    await mkdir(join(root, 'tmp'), { recursive: true });
    await mkdir(join(root, 'store', '2020'), { recursive: true });
    await writeFile(join(root, 'tmp', 'a.part'), 'x');
    await writeFile(store.pathOf(kept), 'kept');
    await writeFile(store.pathOf(orphan), 'orphan');
    await writeFile(join(root, 'store', '2020', 'stray'), 'no key');
    const asked: string[][] = [];
    const result = await store.sweep(async (keys) => {
      asked.push(keys);
      return new Set(keys.filter((k) => k === kept));
    });
    expect(result).toEqual({ parts: 1, orphans: 2 });
    expect(asked).toEqual([[kept, orphan].sort()]);
    expect(await filesOnDisk(root)).toEqual([`store/${kept}`]);
  });

  it('sweeps an empty or missing root without complaint', async () => {
    const result = await new FileStore(join(root, 'nothing-here')).sweep(() => Promise.resolve(new Set()));
    expect(result).toEqual({ parts: 0, orphans: 0 });
  });
});

describe('discardRest', () => {
  it('drains what is left and cuts the source past the cap', async () => {
    const small = pieces(Buffer.alloc(50_000));
    discardRest(small, 100_000);
    await new Promise((resolve) => small.on('end', resolve));
    expect(small.readableEnded).toBeTrue();

    const large = pieces(Buffer.alloc(500_000));
    discardRest(large, 100_000);
    await new Promise((resolve) => large.on('close', resolve));
    expect(large.destroyed).toBeTrue();
    expect(large.readableEnded).toBeFalse();
  });
});
