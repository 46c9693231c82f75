import { Readable } from 'node:stream';
import { type ApiError, ATTACHMENT_LIMITS, type DossierDetail } from '@ocop/domain';
import { listAudit } from '../audit/audit.repository';
import {
  attachmentRows,
  type AttachmentTestApp,
  docxBytes,
  dossierVersion,
  exeBytes,
  filesOnDisk,
  insertDossier,
  pdfBytes,
  pngBytes,
  sha256,
  startAttachmentApp,
  upload,
} from './attachments-testing';

const LAB_REPORT = 'phieu-kiem-nghiem'; // pdf, jpeg, png
const REGISTRATION_FORM = 'phieu-dang-ky-san-pham'; // pdf, docx, jpeg, png
const SAMPLE = 'san-pham-mau'; // handed over physically: no files
const VIETNAMESE_NAME = 'Phiếu kiểm nghiệm rượu men lá.pdf';

/** Small limits, so a file "over the limit" is 100 kB rather than 10 MB; above the 64 KiB head. */
const LIMITS = { maxFileBytes: 100_000, maxDossierBytes: 250_000 };

function itemOf(detail: DossierDetail, itemId: string) {
  const item = detail.items.find((i) => i.definition.id === itemId);
  if (item === undefined) throw new Error(`no item ${itemId}`);
  return item;
}

/** A body that arrives in pieces, without Content-Length: the limits must hold while it streams. */
function chunked(bytes: Buffer, size = 16 * 1024): Readable {
  const chunks: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) chunks.push(bytes.subarray(at, at + size));
  return Readable.from(chunks, { objectMode: false });
}

describe('attachments of a dossier', () => {
  let t: AttachmentTestApp;
  let dossierId: string;

  beforeAll(async () => {
    t = await startAttachmentApp(LIMITS);
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    dossierId = await insertDossier(t.db);
  });

  /** Nothing of a refused upload may remain: no row, no stored file, no .part. */
  async function expectNothingStored(filesBefore: string[]): Promise<void> {
    const [row] = await t.db.query<{ n: number }>(
      'select count(*)::int as n from attachments where dossier_id = $1',
      [dossierId],
    );
    expect(row?.n).withContext('attachment rows').toBe(0);
    expect(await filesOnDisk(t.files.root))
      .withContext('files in the store')
      .toEqual(filesBefore);
    expect(filesBefore.filter((f) => f.startsWith('tmp/')))
      .withContext('no .part')
      .toEqual([]);
  }

  async function expectRefused(
    request: Parameters<AttachmentTestApp['inject']>[1],
    status: number,
    code: string,
    message: string | RegExp,
  ): Promise<ApiError> {
    const versionBefore = await dossierVersion(t.db, dossierId);
    const filesBefore = await filesOnDisk(t.files.root);
    const res = await t.inject('xa.huule', request);
    expect(res.statusCode).withContext(res.body).toBe(status);
    const body = res.json<ApiError>();
    expect(body.code).toBe(code);
    if (typeof message === 'string') expect(body.message).toBe(message);
    else expect(body.message).toMatch(message);
    await expectNothingStored(filesBefore);
    expect(await dossierVersion(t.db, dossierId))
      .withContext('version untouched')
      .toBe(versionBefore);
    return body;
  }

  describe('refuses, with a Vietnamese message, leaving nothing behind', () => {
    it('a Windows program renamed .pdf', async () => {
      const body = await expectRefused(
        upload(dossierId, LAB_REPORT, 'phieu-kiem-nghiem.pdf', exeBytes()),
        400,
        'FILE_TYPE_NOT_ALLOWED',
        'Tệp không thuộc định dạng được chấp nhận: thành phần “Phiếu kết quả kiểm tra chỉ tiêu ATTP theo ' +
          'tiêu chuẩn công bố (phiếu kiểm nghiệm)” chỉ nhận PDF, ảnh JPEG hoặc ảnh PNG. Định dạng được xác định ' +
          'theo nội dung tệp, không theo đuôi tên tệp.',
      );
      expect(body.details).toEqual(
        jasmine.objectContaining({ detected: null, accepted: ['pdf', 'jpeg', 'png'] }),
      );
    });

    it('a program larger than the head, streamed, as soon as the head is in', async () => {
      const exe = Buffer.concat([exeBytes(), Buffer.alloc(90_000, 0x41)]);
      await expectRefused(
        upload(dossierId, LAB_REPORT, 'x.pdf', chunked(exe)),
        400,
        'FILE_TYPE_NOT_ALLOWED',
        /^Tệp không thuộc định dạng/,
      );
    });

    it('a Word file for an item that takes only scans, naming what it is', async () => {
      const body = await expectRefused(
        upload(dossierId, LAB_REPORT, 'phieu.pdf', docxBytes()),
        400,
        'FILE_TYPE_NOT_ALLOWED',
        /^Tệp là Word \(DOCX\): thành phần “Phiếu kết quả/,
      );
      expect(body.details).toEqual(jasmine.objectContaining({ detected: 'docx' }));
    });

    it('any file for the product sample, which is handed over in person', async () => {
      await expectRefused(
        upload(dossierId, SAMPLE, 'anh-mau.png', pngBytes()),
        400,
        'FILE_TYPE_NOT_ALLOWED',
        'Thành phần “Sản phẩm mẫu” không nhận tệp đính kèm.',
      );
    });

    it('a file over the per-file limit, declared by Content-Length', async () => {
      const body = await expectRefused(
        upload(dossierId, LAB_REPORT, 'lon.pdf', pdfBytes(LIMITS.maxFileBytes + 1)),
        400,
        'FILE_TOO_LARGE',
        'Tệp vượt quá dung lượng cho phép (tối đa 0,1 MB mỗi tệp).',
      );
      expect(body.details).toEqual({ maxFileBytes: LIMITS.maxFileBytes });
    });

    it('a file over the per-file limit, streamed without a length', async () => {
      await expectRefused(
        upload(dossierId, LAB_REPORT, 'lon.pdf', chunked(pdfBytes(LIMITS.maxFileBytes + 1))),
        400,
        'FILE_TOO_LARGE',
        /^Tệp vượt quá dung lượng cho phép/,
      );
    });

    it('an empty file', async () => {
      await expectRefused(
        upload(dossierId, LAB_REPORT, 'rong.pdf', Buffer.alloc(0)),
        400,
        'FILE_EMPTY',
        'Tệp rỗng (0 byte). Hãy chọn đúng tệp tài liệu rồi tải lên lại.',
      );
      await expectRefused(
        upload(dossierId, LAB_REPORT, 'rong.pdf', chunked(Buffer.alloc(0))),
        400,
        'FILE_EMPTY',
        /^Tệp rỗng/,
      );
    });

    it('a path-traversal file name', async () => {
      const body = await expectRefused(
        upload(dossierId, LAB_REPORT, '../../x.pdf', pdfBytes(1000)),
        400,
        'FILE_NAME_INVALID',
        'Tên tệp không được chứa dấu “/” hoặc “\\”. Hãy đổi tên tệp rồi tải lên lại.',
      );
      expect(body.details).toEqual({ reason: 'separator' });
      await expectRefused(
        upload(dossierId, LAB_REPORT, '..', pdfBytes(1000)),
        400,
        'FILE_NAME_INVALID',
        /^Tên tệp/,
      );
    });

    it('a missing file name', async () => {
      await expectRefused(
        {
          ...upload(dossierId, LAB_REPORT, '', pdfBytes(1000)),
          url: `/api/dossiers/${dossierId}/items/${LAB_REPORT}/attachments`,
        },
        400,
        'FILE_NAME_INVALID',
        'Tệp chưa có tên. Hãy đặt tên cho tệp rồi tải lên lại.',
      );
    });

    it('a body that is not sent as raw bytes', async () => {
      await expectRefused(
        { ...upload(dossierId, LAB_REPORT, 'x.pdf', Buffer.alloc(0)), headers: {}, payload: { file: 'x' } },
        415,
        'UNSUPPORTED_MEDIA_TYPE',
        /application\/octet-stream/,
      );
    });

    it("another commune's dossier as if it did not exist, and a dossier in the district's hands as locked", async () => {
      const filesBefore = await filesOnDisk(t.files.root);
      const otherCommune = await t.inject(
        'xa.vanquan',
        upload(dossierId, LAB_REPORT, 'a.pdf', pdfBytes(1000)),
      );
      expect(otherCommune.statusCode).toBe(404);
      expect(otherCommune.json<ApiError>().code).toBe('NOT_FOUND');
      const district = await t.inject(
        'vq.nongnghiep',
        upload(dossierId, LAB_REPORT, 'a.pdf', pdfBytes(1000)),
      );
      expect(district.statusCode).toBe(403);
      expect(district.json<ApiError>().code).toBe('CHECKLIST_LOCKED');
      const submitted = await insertDossier(t.db, { state: 'submitted' });
      const locked = await t.inject('xa.huule', upload(submitted, LAB_REPORT, 'a.pdf', pdfBytes(1000)));
      expect(locked.statusCode).toBe(403);
      expect(locked.json<ApiError>().code).toBe('CHECKLIST_LOCKED');
      const noSuchItem = await t.inject('xa.huule', upload(dossierId, 'khong-co', 'a.pdf', pdfBytes(1000)));
      expect(noSuchItem.statusCode).toBe(404);
      await expectNothingStored(filesBefore);
    });
  });

  it('refuses the file that would take the dossier over its total, keeping those before it', async () => {
    const filesBefore = await filesOnDisk(t.files.root);
    const stored: { id: string; version: number }[] = [];
    for (const name of ['a.pdf', 'b.pdf']) {
      const res = await t.inject(
        'xa.huule',
        upload(dossierId, LAB_REPORT, name, pdfBytes(LIMITS.maxFileBytes)),
      );
      expect(res.statusCode).withContext(res.body).toBe(201);
      const detail = res.json<DossierDetail>();
      stored.push({ id: itemOf(detail, LAB_REPORT).attachments.at(-1)?.id ?? '', version: detail.version });
    }
    const withTwo = await filesOnDisk(t.files.root);
    expect(withTwo.length).toBe(filesBefore.length + 2);
    const res = await t.inject('xa.huule', upload(dossierId, LAB_REPORT, 'c.pdf', chunked(pdfBytes(60_000))));
    expect(res.statusCode).toBe(400);
    expect(res.json<ApiError>()).toEqual({
      code: 'DOSSIER_TOO_LARGE',
      message: 'Tổng dung lượng tệp của hồ sơ vượt quá mức cho phép (tối đa 0,2 MB mỗi hồ sơ, còn lại 0 MB).',
      details: { maxDossierBytes: LIMITS.maxDossierBytes, storedBytes: 2 * LIMITS.maxFileBytes },
    });
    expect(await filesOnDisk(t.files.root)).toEqual(withTwo);
    const [row] = await t.db.query<{ n: number }>(
      'select count(*)::int as n from attachments where dossier_id = $1',
      [dossierId],
    );
    expect(row?.n).toBe(2);

    let version = stored.at(-1)?.version ?? 0;
    for (const { id } of stored) {
      const url = `/api/dossiers/${dossierId}/attachments/${id}?version=${version}`;
      const removed = await t.inject('xa.huule', { method: 'DELETE', url });
      expect(removed.statusCode).withContext(removed.body).toBe(200);
      version = removed.json<DossierDetail>().version;
    }
    expect(await filesOnDisk(t.files.root)).toEqual(filesBefore);
  });

  it('stores a file streamed with its checksum, serves it back with its Vietnamese name, and removes it', async () => {
    const bytes = pdfBytes(80_000);
    const nfdName = VIETNAMESE_NAME.normalize('NFD');
    const versionBefore = await dossierVersion(t.db, dossierId);
    const filesBefore = await filesOnDisk(t.files.root);

    const created = await t.inject('xa.huule', upload(dossierId, LAB_REPORT, nfdName, chunked(bytes)));
    expect(created.statusCode).withContext(created.body).toBe(201);
    const detail = created.json<DossierDetail>();
    const item = itemOf(detail, LAB_REPORT);
    expect(item.status).withContext('a missing item becomes provided').toBe('provided');
    expect(item.attachments).toEqual([
      {
        id: jasmine.any(String),
        fileName: VIETNAMESE_NAME,
        kind: 'pdf',
        size: bytes.length,
        sha256: sha256(bytes),
        uploadedAt: jasmine.any(String),
        uploadedBy: 'xa.huule',
      },
    ]);
    expect(detail.version).toBe(versionBefore + 1);
    expect(detail.storedBytes).toBe(bytes.length);
    const attachment = item.attachments[0];
    if (attachment === undefined) throw new Error('no attachment');

    const onDisk = await filesOnDisk(t.files.root);
    const added = onDisk.filter((f) => !filesBefore.includes(f));
    expect(added).toEqual([jasmine.stringMatching(/^store\/\d{4}\/[0-9a-f-]{36}$/)]);

    const [entry] = await listAudit(t.db, { entityType: 'dossier', entityId: dossierId, limit: 1 });
    expect(entry).toEqual(
      jasmine.objectContaining({
        action: 'attachment-add',
        from: null,
        to: { itemId: LAB_REPORT, fileName: VIETNAMESE_NAME, size: bytes.length, sha256: sha256(bytes) },
      }),
    );

    // The district officer reads the dossier, so they may download.
    const url = `/api/dossiers/${dossierId}/attachments/${attachment.id}`;
    const download = await t.inject('vq.nongnghiep', url);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(bytes)).withContext('same bytes back').toBeTrue();
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-length']).toBe(String(bytes.length));
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    expect(download.headers['ocop-sha256']).toBe(sha256(bytes));
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="Phieu kiem nghiem ruou men la.pdf"; filename*=UTF-8''${encodeURIComponent(VIETNAMESE_NAME)}`,
    );
    const inline = await t.inject('xa.huule', `${url}?disposition=inline`);
    expect(inline.headers['content-disposition']).toMatch(/^inline; /);
    expect((await t.inject('xa.vanquan', url)).statusCode)
      .withContext("another commune's officer")
      .toBe(404);

    const stale = await t.inject('xa.huule', { method: 'DELETE', url: `${url}?version=${versionBefore}` });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<ApiError>()).toEqual(
      jasmine.objectContaining({ code: 'STALE_VERSION', details: { currentVersion: detail.version } }),
    );
    const otherCommune = await t.inject('xa.vanquan', {
      method: 'DELETE',
      url: `${url}?version=${detail.version}`,
    });
    expect(otherCommune.statusCode).toBe(404);
    expect(await filesOnDisk(t.files.root)).toEqual(onDisk);

    const removed = await t.inject('xa.huule', { method: 'DELETE', url: `${url}?version=${detail.version}` });
    expect(removed.statusCode).withContext(removed.body).toBe(200);
    const after = removed.json<DossierDetail>();
    expect(itemOf(after, LAB_REPORT).attachments).toEqual([]);
    expect(after.version).toBe(detail.version + 1);
    expect(await filesOnDisk(t.files.root)).toEqual(filesBefore);
    expect((await t.inject('xa.huule', url)).statusCode).toBe(404);
    const [removal] = await listAudit(t.db, { entityType: 'dossier', entityId: dossierId, limit: 1 });
    expect(removal).toEqual(
      jasmine.objectContaining({
        action: 'attachment-remove',
        from: { itemId: LAB_REPORT, fileName: VIETNAMESE_NAME, size: bytes.length, sha256: sha256(bytes) },
        to: null,
      }),
    );
  });

  it('takes a Word form where the item allows it, never inline, and keeps a returned item returned', async () => {
    await t.db.query(
      `insert into dossier_items (dossier_id, item_id, status, remarks) values ($1, $2, 'returned', 'Thiếu chữ ký')`,
      [dossierId, REGISTRATION_FORM],
    );
    const res = await t.inject(
      'xa.huule',
      upload(dossierId, REGISTRATION_FORM, 'Phiếu đăng ký.docx', docxBytes()),
    );
    expect(res.statusCode).withContext(res.body).toBe(201);
    const item = itemOf(res.json<DossierDetail>(), REGISTRATION_FORM);
    expect(item.status).toBe('returned');
    expect(item.attachments.map((a) => a.kind)).toEqual(['docx']);
    const id = item.attachments[0]?.id ?? '';
    const download = await t.inject(
      'xa.huule',
      `/api/dossiers/${dossierId}/attachments/${id}?disposition=inline`,
    );
    expect(download.headers['content-type']).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(download.headers['content-disposition']).toMatch(/^attachment; filename="Phieu dang ky.docx"; /);
    const removed = await t.inject('xa.huule', {
      method: 'DELETE',
      url: `/api/dossiers/${dossierId}/attachments/${id}?version=${await dossierVersion(t.db, dossierId)}`,
    });
    expect(removed.statusCode).toBe(200);
    expect(await attachmentRows(t.db)).toBe(0);
  });
});

describe('attachments with the real limits', () => {
  let t: AttachmentTestApp;

  beforeAll(async () => {
    t = await startAttachmentApp();
  });

  afterAll(async () => {
    await t.close();
  });

  it('takes a file of exactly 10 MB, far above the 1 MiB a JSON body may have, and not a byte more', async () => {
    const dossierId = await insertDossier(t.db);
    const bytes = pdfBytes(ATTACHMENT_LIMITS.maxFileBytes);
    const res = await t.inject(
      'xa.huule',
      upload(dossierId, LAB_REPORT, 'Bản quét.pdf', chunked(bytes, 256 * 1024)),
    );
    expect(res.statusCode).withContext(res.body).toBe(201);
    expect(itemOf(res.json<DossierDetail>(), LAB_REPORT).attachments[0]?.sha256).toBe(sha256(bytes));
    const over = await t.inject(
      'xa.huule',
      upload(dossierId, LAB_REPORT, 'x.pdf', pdfBytes(bytes.length + 1)),
    );
    expect(over.json<ApiError>().message).toBe('Tệp vượt quá dung lượng cho phép (tối đa 10 MB mỗi tệp).');
    expect(await attachmentRows(t.db)).toBe(1);
    expect((await filesOnDisk(t.files.root)).length).toBe(1);
  });
});
