import { TestBed } from '@angular/core/testing';
import { provideTestElement, waitUntil } from '@ocop/common/testing';
import {
  ATTACHMENT,
  COMMUNE_OFFICER,
  DISTRICT_OFFICER,
  DOSSIER_ID,
  dossier,
  item,
} from '../testing/dossier-fixtures';
import { DossierPageHarness, specAuth } from '../testing/dossier-page-harness';

const ITEM = 'giay-dang-ky-kinh-doanh';
const FILE_URL = `/api/dossiers/${DOSSIER_ID}/attachments/${ATTACHMENT.id}`;

describe('AttachmentList', () => {
  let page: DossierPageHarness | undefined;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestElement({ auth: specAuth('spec-attachments') }) });
  });

  afterEach(() => {
    page?.http.verify();
    page?.destroy();
    page = undefined;
  });

  const list = (): HTMLElement => page!.query(`article[data-item="${ITEM}"] ocop-attachment-list`)!;
  const deleteDialog = (): HTMLDialogElement => list().querySelector<HTMLDialogElement>('dialog.confirm')!;
  const previewDialog = (): HTMLDialogElement =>
    list().querySelector<HTMLDialogElement>('dialog.preview-dialog')!;

  it('lists name, size and a short checksum', async () => {
    page = await DossierPageHarness.open(DISTRICT_OFFICER, dossier({ state: 'submitted' }));

    const row = list().querySelector('li')!;
    expect(row.querySelector('.name')!.textContent).toBe('Giấy đăng ký kinh doanh Hữu Lễ.pdf');
    expect(row.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      '1,5 MB · Mã kiểm tra SHA-256: a3f1c9e07b5d',
    );
    expect(row.querySelector('.meta [title]')!.getAttribute('title')).toBe(ATTACHMENT.sha256);
    // Reviewers see and open files but cannot delete them.
    expect(row.querySelector('.delete')).toBeNull();
    expect(row.querySelector('.preview')).not.toBeNull();
  });

  it('previews a PDF in the page from bytes fetched with the token, and frees the blob on close', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());
    const revoke = spyOn(URL, 'revokeObjectURL').and.callThrough();

    list().querySelector<HTMLButtonElement>('.preview')!.click();
    await page.settle();
    const req = page.expect('GET', FILE_URL);
    expect(req.request.params.get('disposition')).toBe('inline');
    expect(req.request.headers.get('Authorization')).toBe('Bearer spec-token');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['%PDF-1.4']));
    await page.settle();

    expect(previewDialog().open).toBeTrue();
    const frame = previewDialog().querySelector('iframe')!;
    expect(frame.src).toMatch(/^blob:/);
    expect(frame.title).toBe(ATTACHMENT.fileName);

    page.button('Đóng', previewDialog())!.click();
    // The dialog's close event comes in a task of its own, in no fixed order with the harness's settling.
    await waitUntil(() => revoke.calls.count() > 0);
    expect(previewDialog().open).toBeFalse();
    expect(revoke).toHaveBeenCalledWith(frame.src);
  });

  it('previews an image as an image', async () => {
    const photo = { ...ATTACHMENT, id: 'photo-1', fileName: 'Ảnh nhãn.png', kind: 'png' as const };
    page = await DossierPageHarness.open(
      COMMUNE_OFFICER,
      dossier({ items: [item(ITEM, { status: 'provided', attachments: [photo] })] }),
    );

    list().querySelector<HTMLButtonElement>('.preview')!.click();
    await page.settle();
    page
      .expect('GET', `/api/dossiers/${DOSSIER_ID}/attachments/photo-1`)
      .flush(new Blob([new Uint8Array(8)]));
    await page.settle();

    const img = previewDialog().querySelector('img')!;
    expect(img.src).toMatch(/^blob:/);
    expect(img.alt).toBe('Ảnh nhãn.png');
  });

  it('downloads under the original Vietnamese name through a blob link', async () => {
    const sheet = {
      ...ATTACHMENT,
      id: 'sheet-1',
      fileName: 'Phương án kinh doanh.docx',
      kind: 'docx' as const,
    };
    page = await DossierPageHarness.open(
      COMMUNE_OFFICER,
      dossier({ items: [item(ITEM, { status: 'provided', attachments: [sheet] })] }),
    );
    expect(list().querySelector('.preview')).toBeNull();
    const clicked: HTMLAnchorElement[] = [];
    spyOn(HTMLAnchorElement.prototype, 'click').and.callFake(function (this: HTMLAnchorElement) {
      clicked.push(this);
    });

    page.button('Tải về', list())!.click();
    await page.settle();
    const req = page.expect('GET', `/api/dossiers/${DOSSIER_ID}/attachments/sheet-1`);
    expect(req.request.params.get('disposition')).toBe('attachment');
    req.flush(new Blob(['PK']));
    await page.settle();

    expect(clicked.length).toBe(1);
    expect(clicked[0].download).toBe('Phương án kinh doanh.docx');
    expect(clicked[0].href).toMatch(/^blob:/);
    expect(clicked[0].isConnected).toBeFalse();
  });

  it('says so when the file cannot be fetched', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());

    page.button('Tải về', list())!.click();
    await page.settle();
    page
      .expect('GET', FILE_URL)
      .flush(new Blob([JSON.stringify({ code: 'NOT_FOUND', message: 'Không tìm thấy tệp.' })]), {
        status: 404,
        statusText: 'Not Found',
      });
    // The error body of a blob request is read asynchronously.
    await waitUntil(() => list().querySelector('.error') !== null);

    expect(list().querySelector('.error')!.textContent!.trim()).toBe(
      'Không mở được tệp “Giấy đăng ký kinh doanh Hữu Lễ.pdf”: Không tìm thấy tệp.',
    );
  });

  it('asks before deleting, and deletes nothing when cancelled', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());

    list().querySelector<HTMLButtonElement>('.delete')!.click();
    await page.settle();

    expect(deleteDialog().open).toBeTrue();
    expect(deleteDialog().querySelector('h4')!.textContent!.trim()).toBe(
      'Xóa tệp “Giấy đăng ký kinh doanh Hữu Lễ.pdf”?',
    );
    page.http.expectNone(FILE_URL);

    page.button('Hủy', deleteDialog())!.click();
    await page.settle();
    expect(deleteDialog().open).toBeFalse();
    page.http.expectNone(FILE_URL);
  });

  it('deletes with the version the user saw once confirmed', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());
    list().querySelector<HTMLButtonElement>('.delete')!.click();
    await page.settle();

    page.button('Xóa tệp', deleteDialog())!.click();
    await page.settle();
    const req = page.expect('DELETE', FILE_URL);
    expect(req.request.params.get('version')).toBe('7');
    req.flush(dossier({ version: 8, items: [item(ITEM)] }));
    await page.flushTimeline();

    expect(deleteDialog().open).toBeFalse();
    expect(list().querySelector('.empty')!.textContent!.trim()).toBe('Chưa có tệp nào.');
  });
});
