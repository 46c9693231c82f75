import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { type ApiError, PRODUCT_PHOTO_LIMITS, type Product } from '@ocop/domain';
import { buildApp } from '../../app';
import type { Queryable } from '../../db/db';
import { injectAs } from '../../testing/test-app';
import { testTokenVerifier } from '../../testing/tokens';
import {
  type AttachmentTestApp,
  exeBytes,
  filesOnDisk,
  pdfBytes,
  pngBytes,
  sha256,
  startAttachmentApp,
} from '../attachments/attachments-testing';
import { sweepAttachments } from '../attachments/sweep-attachments';
import { listAudit } from '../audit/audit.repository';

/** The demo producer of Hữu Lễ (commune 06322, district 184), whose products this spec adds. */
const HUU_LE_PRODUCER = '0c0b2020-0000-4000-8000-000000000101';
const VIETNAMESE_NAME = 'Ảnh chai rượu men lá.png';

function jpegBytes(size = 3000): Buffer {
  const bytes = Buffer.alloc(size, 0x22);
  Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46]).copy(bytes);
  return bytes;
}

/** A body that arrives in pieces, without Content-Length: the limit must hold while it streams. */
function chunked(bytes: Buffer, size = 64 * 1024): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks, { objectMode: false });
}

function photoUpload(
  productId: string,
  fileName: string,
  payload: Buffer | NodeJS.ReadableStream,
): InjectOptions {
  return {
    method: 'POST',
    url: `/api/products/${productId}/photos?fileName=${encodeURIComponent(fileName)}`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: payload as InjectOptions['payload'],
  };
}

let productCount = 0;

/** A product of its own in Hữu Lễ for each spec, so photo counts and versions do not mix. */
async function insertProduct(db: Queryable): Promise<string> {
  productCount += 1;
  const [row] = await db.query<{ id: string }>(
    `insert into products (name, product_group_code, producer_id, commune_code, search_text)
     values ($1, '15', $2, '06322', $3) returning id`,
    [`Rượu thử ${productCount}`, HUU_LE_PRODUCER, `ruou thu ${productCount}`],
  );
  if (row === undefined) throw new Error('no product inserted');
  return row.id;
}

async function photoRows(db: Queryable, productId: string): Promise<number> {
  const [row] = await db.query<{ n: number }>(
    'select count(*)::int as n from product_photos where product_id = $1',
    [productId],
  );
  return row?.n ?? 0;
}

async function productVersion(db: Queryable, productId: string): Promise<number> {
  const [row] = await db.query<{ version: number }>('select version from products where id = $1', [
    productId,
  ]);
  return row?.version ?? 0;
}

describe('photos of a product', () => {
  let t: AttachmentTestApp;
  let productId: string;

  beforeAll(async () => {
    t = await startAttachmentApp();
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    productId = await insertProduct(t.db);
  });

  async function upload(
    fileName: string,
    bytes: Buffer | NodeJS.ReadableStream,
    user: Parameters<AttachmentTestApp['inject']>[0] = 'xa.huule',
  ): Promise<Product> {
    const res = await t.inject(user, photoUpload(productId, fileName, bytes));
    expect(res.statusCode).withContext(res.body).toBe(201);
    return res.json<Product>();
  }

  /** A refused upload: its answer, and nothing stored (no row, no file, no .part, the same version). */
  async function expectRefused(
    request: InjectOptions,
    status: number,
    code: string,
    message?: string,
    user: Parameters<AttachmentTestApp['inject']>[0] = 'xa.huule',
  ): Promise<ApiError> {
    const versionBefore = await productVersion(t.db, productId);
    const rowsBefore = await photoRows(t.db, productId);
    const filesBefore = await filesOnDisk(t.files.root);
    const res = await t.inject(user, request);
    expect(res.statusCode).withContext(res.body).toBe(status);
    const body = res.json<ApiError>();
    expect(body.code).toBe(code);
    if (message !== undefined) expect(body.message).toBe(message);
    expect(await photoRows(t.db, productId))
      .withContext('photo rows')
      .toBe(rowsBefore);
    expect(await filesOnDisk(t.files.root))
      .withContext('files in the store, no .part')
      .toEqual(filesBefore);
    expect(await productVersion(t.db, productId))
      .withContext('version untouched')
      .toBe(versionBefore);
    return body;
  }

  it('stores a PNG and a JPEG with their checksums, in order, and serves them back inline', async () => {
    const png = pngBytes(40_000);
    const jpeg = jpegBytes(25_000);
    const filesBefore = await filesOnDisk(t.files.root);

    const first = await upload(VIETNAMESE_NAME.normalize('NFD'), chunked(png));
    expect(first.version).toBe(2);
    expect(first.photos).toEqual([
      {
        id: jasmine.stringMatching(/^[0-9a-f-]{36}$/),
        fileName: VIETNAMESE_NAME,
        size: png.length,
        sha256: sha256(png),
        uploadedAt: jasmine.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      },
    ]);
    const second = await upload('nhan-chai.jpg', jpeg);
    expect(second.version).toBe(3);
    expect(second.photos.map((p) => [p.fileName, p.size, p.sha256])).toEqual([
      [VIETNAMESE_NAME, png.length, sha256(png)],
      ['nhan-chai.jpg', jpeg.length, sha256(jpeg)],
    ]);
    const added = (await filesOnDisk(t.files.root)).filter((f) => !filesBefore.includes(f));
    expect(added.length).toBe(2);
    expect(added.every((f) => /^store\/\d{4}\/[0-9a-f-]{36}$/.test(f))).toBeTrue();

    // The product, and the list, carry the photos.
    const read = await t.inject('vq.nongnghiep', `/api/products/${productId}`);
    expect(read.json<Product>()).toEqual(second);
    const listed = await t.inject('xa.huule', '/api/products?q=ruou thu&limit=200');
    expect(listed.json<{ items: Product[] }>().items.find((p) => p.id === productId)?.photos).toEqual(
      second.photos,
    );

    const [pngPhoto, jpegPhoto] = second.photos;
    if (pngPhoto === undefined || jpegPhoto === undefined) throw new Error('two photos expected');
    // Anyone who may read the product may see its photos: the district, a department.
    for (const user of ['vq.nongnghiep', 'vq.yte', 'xa.huule'] as const) {
      const res = await t.inject(user, `/api/products/${productId}/photos/${pngPhoto.id}`);
      expect(res.statusCode).withContext(user).toBe(200);
      expect(res.rawPayload.equals(png)).withContext('same bytes back').toBeTrue();
      expect(res.headers['content-type']).toBe('image/png');
      expect(res.headers['content-length']).toBe(String(png.length));
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['ocop-sha256']).toBe(sha256(png));
      expect(res.headers['content-disposition']).toBe(
        `inline; filename="Anh chai ruou men la.png"; filename*=UTF-8''${encodeURIComponent(VIETNAMESE_NAME)}`,
      );
    }
    const jpegRes = await t.inject('xa.huule', `/api/products/${productId}/photos/${jpegPhoto.id}`);
    expect(jpegRes.headers['content-type']).toBe('image/jpeg');
    expect(sha256(jpegRes.rawPayload)).toBe(sha256(jpeg));

    const entries = await listAudit(t.db, { entityType: 'product', entityId: productId, limit: 10 });
    expect(entries.map((e) => e.action)).toEqual(['photo-add', 'photo-add']);
    expect(entries[1]).toEqual(
      jasmine.objectContaining({
        entityType: 'product',
        from: null,
        to: { photoId: pngPhoto.id, fileName: VIETNAMESE_NAME, size: png.length, sha256: sha256(png) },
      }),
    );
    expect(entries[1]?.actor.username).toBe('xa.huule');
  });

  describe('refuses, with a Vietnamese message, leaving no row and no file', () => {
    it('a PDF named .jpg', async () => {
      const body = await expectRefused(
        photoUpload(productId, 'anh-san-pham.jpg', pdfBytes(5000)),
        400,
        'PHOTO_TYPE_NOT_ALLOWED',
        'Tệp là PDF: ảnh sản phẩm chỉ nhận ảnh JPEG hoặc ảnh PNG. ' +
          'Định dạng được xác định theo nội dung tệp, không theo đuôi tên tệp.',
      );
      expect(body.details).toEqual({ accepted: ['jpeg', 'png'], detected: 'pdf' });
    });

    it('a Windows program named .jpg, also when it streams past the head', async () => {
      const message =
        'Tệp không thuộc định dạng được chấp nhận: ảnh sản phẩm chỉ nhận ảnh JPEG hoặc ảnh PNG. ' +
        'Định dạng được xác định theo nội dung tệp, không theo đuôi tên tệp.';
      await expectRefused(
        photoUpload(productId, 'anh.jpg', exeBytes()),
        400,
        'PHOTO_TYPE_NOT_ALLOWED',
        message,
      );
      const large = Buffer.concat([exeBytes(), Buffer.alloc(200_000, 0x41)]);
      await expectRefused(
        photoUpload(productId, 'anh.jpg', chunked(large)),
        400,
        'PHOTO_TYPE_NOT_ALLOWED',
        message,
      );
    });

    it('a photo over 5 MB, declared or streamed, and takes one of exactly 5 MB', async () => {
      const limit = PRODUCT_PHOTO_LIMITS.maxFileBytes;
      const message = 'Tệp vượt quá dung lượng cho phép (tối đa 5 MB mỗi tệp).';
      const body = await expectRefused(
        photoUpload(productId, 'lon.png', pngBytes(limit + 1)),
        400,
        'FILE_TOO_LARGE',
        message,
      );
      expect(body.details).toEqual({ maxFileBytes: 5 * 1024 * 1024 });
      await expectRefused(
        photoUpload(productId, 'lon.png', chunked(pngBytes(limit + 1))),
        400,
        'FILE_TOO_LARGE',
        message,
      );
      const exact = await upload('vua-du.png', chunked(pngBytes(limit)));
      expect(exact.photos.map((p) => p.size)).toEqual([limit]);
    });

    it('an empty photo, a path-traversal name, and a body not sent raw', async () => {
      await expectRefused(photoUpload(productId, 'rong.png', Buffer.alloc(0)), 400, 'FILE_EMPTY');
      await expectRefused(
        photoUpload(productId, '../../anh.png', pngBytes()),
        400,
        'FILE_NAME_INVALID',
        'Tên tệp không được chứa dấu “/” hoặc “\\”. Hãy đổi tên tệp rồi tải lên lại.',
      );
      await expectRefused(
        { ...photoUpload(productId, 'anh.png', Buffer.alloc(0)), headers: {}, payload: { file: 'x' } },
        415,
        'UNSUPPORTED_MEDIA_TYPE',
      );
    });

    it('the seventh photo of a product', async () => {
      for (let i = 1; i <= PRODUCT_PHOTO_LIMITS.maxPhotos; i++) {
        await upload(`anh-${i}.png`, pngBytes(1000 + i));
      }
      expect(await photoRows(t.db, productId)).toBe(6);
      const body = await expectRefused(
        photoUpload(productId, 'anh-7.png', pngBytes()),
        400,
        'TOO_MANY_PHOTOS',
        'Sản phẩm đã có đủ 6 ảnh (tối đa 6 ảnh mỗi sản phẩm). Hãy xóa bớt một ảnh rồi tải lên lại.',
      );
      expect(body.details).toEqual({ maxPhotos: 6 });
    });

    it("another commune's product as if it did not exist, and roles that only read", async () => {
      await expectRefused(
        photoUpload(productId, 'anh.png', pngBytes()),
        404,
        'NOT_FOUND',
        'Không tìm thấy sản phẩm',
        'xa.vanquan',
      );
      await expectRefused(
        photoUpload(productId, 'anh.png', pngBytes()),
        404,
        'NOT_FOUND',
        undefined,
        'cl.nongnghiep',
      );
      await expectRefused(
        photoUpload(productId, 'anh.png', pngBytes()),
        403,
        'FORBIDDEN',
        undefined,
        'vq.yte',
      );
      await expectRefused(
        photoUpload('0c0b2020-0000-4000-8000-000000009999', 'anh.png', pngBytes()),
        404,
        'NOT_FOUND',
      );
    });
  });

  it("answers 404 for a photo of another commune's product, a missing photo and a photo of another product", async () => {
    const [photo] = (await upload('anh.png', pngBytes())).photos;
    if (photo === undefined) throw new Error('no photo');
    const otherProduct = await insertProduct(t.db);
    const cases: [Parameters<AttachmentTestApp['inject']>[0], string, string][] = [
      ['xa.vanquan', `/api/products/${productId}/photos/${photo.id}`, 'Không tìm thấy sản phẩm'],
      ['cl.nongnghiep', `/api/products/${productId}/photos/${photo.id}`, 'Không tìm thấy sản phẩm'],
      [
        'xa.huule',
        `/api/products/${productId}/photos/0c0b2020-0000-4000-8000-000000009999`,
        'Không tìm thấy ảnh này của sản phẩm.',
      ],
      [
        'xa.huule',
        `/api/products/${otherProduct}/photos/${photo.id}`,
        'Không tìm thấy ảnh này của sản phẩm.',
      ],
      ['xa.huule', `/api/products/${productId}/photos/not-an-id`, 'Không tìm thấy ảnh này của sản phẩm.'],
    ];
    for (const [user, url, message] of cases) {
      const res = await t.inject(user, url);
      expect(res.statusCode).withContext(`${user} ${url}`).toBe(404);
      expect(res.json<ApiError>()).toEqual({ code: 'NOT_FOUND', message, details: null });
    }
  });

  it('removes a photo given the current version: 409 for a stale one, 404 outside the units, then row and file gone', async () => {
    const filesBefore = await filesOnDisk(t.files.root);
    await upload('giu-lai.png', pngBytes(1500));
    const withTwo = await upload('xoa-di.jpg', jpegBytes(2500));
    const removedPhoto = withTwo.photos[1];
    if (removedPhoto === undefined) throw new Error('no photo');
    const url = `/api/products/${productId}/photos/${removedPhoto.id}`;
    const onDisk = await filesOnDisk(t.files.root);

    const stale = await t.inject('xa.huule', {
      method: 'DELETE',
      url: `${url}?version=${withTwo.version - 1}`,
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ApiError>()).toEqual({
      code: 'STALE_VERSION',
      message:
        'Sản phẩm này vừa được người khác thay đổi. Vui lòng tải lại để xem thông tin mới rồi thử lại.',
      details: { currentVersion: withTwo.version },
    });
    const outside = await t.inject('xa.vanquan', {
      method: 'DELETE',
      url: `${url}?version=${withTwo.version}`,
    });
    expect(outside.statusCode).toBe(404);
    const reader = await t.inject('vq.yte', { method: 'DELETE', url: `${url}?version=${withTwo.version}` });
    expect(reader.statusCode).toBe(403);
    const noVersion = await t.inject('xa.huule', { method: 'DELETE', url });
    expect(noVersion.statusCode).toBe(400);
    expect(await filesOnDisk(t.files.root)).toEqual(onDisk);
    expect(await photoRows(t.db, productId)).toBe(2);

    // The district officer may remove photos of a product in the district.
    const removed = await t.inject('vq.nongnghiep', {
      method: 'DELETE',
      url: `${url}?version=${withTwo.version}`,
    });
    expect(removed.statusCode).withContext(removed.body).toBe(200);
    const after = removed.json<Product>();
    expect(after.version).toBe(withTwo.version + 1);
    expect(after.photos.map((p) => p.fileName)).toEqual(['giu-lai.png']);
    expect(await photoRows(t.db, productId)).toBe(1);
    expect((await filesOnDisk(t.files.root)).length).toBe(filesBefore.length + 1);
    expect((await t.inject('xa.huule', url)).statusCode).toBe(404);
    const again = await t.inject('xa.huule', { method: 'DELETE', url: `${url}?version=${after.version}` });
    expect(again.statusCode).toBe(404);

    const [entry] = await listAudit(t.db, { entityType: 'product', entityId: productId, limit: 1 });
    expect(entry).toEqual(
      jasmine.objectContaining({
        action: 'photo-remove',
        from: {
          photoId: removedPhoto.id,
          fileName: 'xoa-di.jpg',
          size: removedPhoto.size,
          sha256: removedPhoto.sha256,
        },
        to: null,
      }),
    );
    expect(entry?.actor.username).toBe('vq.nongnghiep');
  });
});

describe('product photos through a restart', () => {
  let t: AttachmentTestApp;
  let restarted: FastifyInstance | null = null;

  beforeAll(async () => {
    t = await startAttachmentApp();
  });

  afterAll(async () => {
    await restarted?.close();
    await t.close();
  });

  it('keeps a stored photo through the start-up sweep, which removes only files without a row', async () => {
    const productId = await insertProduct(t.db);
    const png = pngBytes(8000);
    const uploaded = await t.inject('xa.huule', photoUpload(productId, 'anh-giu.png', png));
    expect(uploaded.statusCode).withContext(uploaded.body).toBe(201);
    const [photo] = uploaded.json<Product>().photos;
    if (photo === undefined) throw new Error('no photo');
    // What a crash between the rename and the COMMIT of another upload would leave.
    const orphanKey = '2020/0c0b2020-0000-4000-8000-0000000000bb';
    await mkdir(join(t.files.root, 'store', '2020'), { recursive: true });
    await writeFile(t.files.pathOf(orphanKey), 'never committed');
    const before = await filesOnDisk(t.files.root);
    expect(before.length).toBe(2);

    // A restart: the API stops, sweeps the same store as start-api.ts does, and serves the photo again.
    await t.app.close();
    expect(await sweepAttachments(t.db, t.files)).toEqual({ parts: 0, orphans: 1 });
    expect(await filesOnDisk(t.files.root)).toEqual(before.filter((f) => f !== `store/${orphanKey}`));
    restarted = await buildApp({
      db: t.db,
      verifyToken: testTokenVerifier(),
      attachments: { files: t.files },
    });
    await restarted.ready();
    const res = await injectAs(restarted, 'xa.huule', `/api/products/${productId}/photos/${photo.id}`);
    expect(res.statusCode).toBe(200);
    expect(sha256(res.rawPayload)).toBe(sha256(png));
    expect(res.headers['ocop-sha256']).toBe(photo.sha256);
  });
});
