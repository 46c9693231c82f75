import { TestBed } from '@angular/core/testing';
import { provideTestElement } from '@ocop/common/testing';
import {
  ATTACHMENT,
  COMMUNE_OFFICER,
  DISTRICT_OFFICER,
  DOSSIER_ID,
  dossier,
  item,
} from '../testing/dossier-fixtures';
import { DossierPageHarness, specAuth } from '../testing/dossier-page-harness';

const LAB = 'phieu-kiem-nghiem';
const ITEM_URL = (id: string): string => `/api/dossiers/${DOSSIER_ID}/items/${id}`;
const DRAFT_KEY = `ocop-draft:spec-checklist-item:dossier-detail:${DOSSIER_ID}:item:${LAB}`;

describe('ChecklistItem', () => {
  let page: DossierPageHarness | undefined;

  beforeEach(() => {
    localStorage.removeItem(DRAFT_KEY);
    TestBed.configureTestingModule({
      providers: provideTestElement({ auth: specAuth('spec-checklist-item') }),
    });
  });

  afterEach(() => {
    page?.http.verify();
    page?.destroy();
    page = undefined;
    localStorage.removeItem(DRAFT_KEY);
  });

  const article = (id: string): HTMLElement => page!.query(`article[data-item="${id}"]`)!;
  const control = <T extends HTMLElement>(id: string, name: string): T =>
    article(id).querySelector<T>(`[name="${name}"]`)!;
  const saveButton = (id: string): HTMLButtonElement =>
    article(id).querySelector<HTMLButtonElement>('button[type="submit"]')!;

  it('shows every item with its number, name, guidance, mandatory mark and status', async () => {
    page = await DossierPageHarness.open(DISTRICT_OFFICER, dossier({ state: 'submitted' }));

    const heads = page.all('article h4').map((h) => h.textContent!.replace(/\s+/g, ' ').trim());
    expect(heads).toEqual([
      '1. Phiếu đăng ký ý tưởng sản phẩm, đăng ký sản phẩm Bắt buộc',
      '4. Giấy đăng ký kinh doanh Bắt buộc',
      '5. Sản phẩm mẫu Bắt buộc',
      '9. Phiếu kết quả kiểm tra chỉ tiêu ATTP theo tiêu chuẩn công bố (phiếu kiểm nghiệm)',
    ]);
    expect(page.all('article .status').map((s) => s.textContent!.trim())).toEqual([
      'Thiếu',
      'Đã cung cấp',
      'Thiếu',
      'Thiếu',
    ]);
    expect(article('phieu-dang-ky-san-pham').querySelector('.guidance')!.textContent).toContain('Biểu số 01');
    expect(article('san-pham-mau').querySelector('.sample')!.textContent!.trim()).toBe(
      'Mẫu sản phẩm nộp trực tiếp, không cần tải tệp lên.',
    );
  });

  it('puts a returned item’s reason in front', async () => {
    const returned = dossier({
      state: 'returned',
      items: [item('giay-dang-ky-kinh-doanh', { status: 'returned', remarks: 'Bản sao chưa chứng thực' })],
    });
    page = await DossierPageHarness.open(COMMUNE_OFFICER, returned);

    const reason = article('giay-dang-ky-kinh-doanh').querySelector('.return-reason')!;
    expect(reason.textContent!.replace(/\s+/g, ' ').trim()).toBe('Lý do trả lại: Bản sao chưa chứng thực');
    expect(article('giay-dang-ky-kinh-doanh').querySelector('.status')!.textContent!.trim()).toBe(
      'Bị trả lại',
    );
  });

  it('asks for the document date only where the item needs one', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());

    expect(page.all('input[type="date"]').map((i) => i.id)).toEqual([`item-${LAB}-date`]);
    const date = control<HTMLInputElement>(LAB, 'documentDate');
    expect(page.query(`#${date.getAttribute('aria-describedby')}`)!.textContent).toContain('12 tháng');
  });

  it('shows the item read only to the district: date dd/MM/yyyy and remarks', async () => {
    const submitted = dossier({
      state: 'submitted',
      items: [item(LAB, { status: 'provided', documentDate: '2019-11-05', remarks: 'Bản gốc' })],
    });
    page = await DossierPageHarness.open(DISTRICT_OFFICER, submitted);

    expect(article(LAB).querySelector('form')).toBeNull();
    expect(article(LAB).querySelector('.date')!.textContent!.trim()).toBe('Ngày của tài liệu: 05/11/2019');
    expect(article(LAB).querySelector('.remarks')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Ghi chú, ý kiến: Bản gốc',
    );
  });

  it('saves status, date and remarks with the version the user saw', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());
    expect(saveButton(LAB).disabled).toBeTrue();

    const status = control<HTMLSelectElement>(LAB, 'status');
    status.value = 'provided';
    status.dispatchEvent(new Event('change'));
    await page.type(control<HTMLInputElement>(LAB, 'documentDate'), '2019-11-05', 'change');
    await page.type(control<HTMLTextAreaElement>(LAB, 'remarks'), 'Bản gốc có dấu đỏ');
    saveButton(LAB).click();
    await page.settle();

    const req = page.expect('PUT', ITEM_URL(LAB));
    expect(req.request.body).toEqual({
      version: 7,
      status: 'provided',
      documentDate: '2019-11-05',
      remarks: 'Bản gốc có dấu đỏ',
    });
    expect(saveButton(LAB).disabled).toBeTrue();
    req.flush(
      dossier({
        version: 8,
        items: [item(LAB, { status: 'provided', documentDate: '2019-11-05', remarks: 'Bản gốc có dấu đỏ' })],
      }),
    );
    await page.flushTimeline();
    expect(article(LAB).querySelector('.status')!.textContent!.trim()).toBe('Đã cung cấp');
    expect(article(LAB).querySelector('.saved')!.textContent!.trim()).toBe('Đã lưu thành phần.');
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('shows the API’s refusal next to the item', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());
    await page.type(control<HTMLTextAreaElement>(LAB, 'remarks'), 'Ghi chú');
    saveButton(LAB).click();
    await page.settle();

    page
      .expect('PUT', ITEM_URL(LAB))
      .flush(
        { code: 'CHECKLIST_LOCKED', message: 'Hồ sơ đã gửi huyện, không sửa được thành phần.' },
        { status: 403, statusText: 'Forbidden' },
      );
    await page.settle();

    expect(article(LAB).querySelector('.error')!.textContent!.trim()).toBe(
      'Hồ sơ đã gửi huyện, không sửa được thành phần.',
    );
  });

  it('keeps typed remarks as a draft that survives the page, until discarded', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());
    await page.type(control<HTMLTextAreaElement>(LAB, 'remarks'), 'Đang chờ kết quả kiểm nghiệm');
    expect(JSON.parse(localStorage.getItem(DRAFT_KEY)!).value.remarks).toBe('Đang chờ kết quả kiểm nghiệm');
    page.destroy();

    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());
    expect(control<HTMLTextAreaElement>(LAB, 'remarks').value).toBe('Đang chờ kết quả kiểm nghiệm');
    expect(article(LAB).querySelector('.draft')!.textContent).toContain('bản nháp chưa lưu');
    expect(saveButton(LAB).disabled).toBeFalse();

    page.button('Bỏ bản nháp', article(LAB))!.click();
    await page.settle();
    expect(control<HTMLTextAreaElement>(LAB, 'remarks').value).toBe('');
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('keeps unsaved typing in one item when a change elsewhere brings a new dossier', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());
    await page.type(control<HTMLTextAreaElement>(LAB, 'remarks'), 'Chưa lưu');

    page.button('Xóa', article('giay-dang-ky-kinh-doanh'))!.click();
    await page.settle();
    page.button('Xóa tệp')!.click();
    await page.settle();
    page
      .expect('DELETE', `/api/dossiers/${DOSSIER_ID}/attachments/${ATTACHMENT.id}`)
      .flush(dossier({ version: 8, items: [item('giay-dang-ky-kinh-doanh'), item(LAB)] }));
    await page.flushTimeline();

    expect(control<HTMLTextAreaElement>(LAB, 'remarks').value).toBe('Chưa lưu');
    expect(saveButton(LAB).disabled).toBeFalse();
  });
});
