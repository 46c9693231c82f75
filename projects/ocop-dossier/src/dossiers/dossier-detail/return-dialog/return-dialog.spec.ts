import { TestBed } from '@angular/core/testing';
import { provideTestElement } from '@ocop/common/testing';
import { dueDate, vietnamDate } from '@ocop/domain';
import { completeDossier, DISTRICT_OFFICER, DOSSIER_ID, dossier } from '../testing/dossier-fixtures';
import { DossierPageHarness, specAuth } from '../testing/dossier-page-harness';

const RETURN_URL = `/api/dossiers/${DOSSIER_ID}/actions/return`;
const DRAFT_KEY = `ocop-draft:spec-return-dialog:dossier-detail:${DOSSIER_ID}:return`;

describe('ReturnDialog', () => {
  let page: DossierPageHarness | undefined;

  beforeEach(() => {
    localStorage.removeItem(DRAFT_KEY);
    TestBed.configureTestingModule({
      providers: provideTestElement({ auth: specAuth('spec-return-dialog') }),
    });
  });

  afterEach(() => {
    page?.http.verify();
    page?.destroy();
    page = undefined;
    localStorage.removeItem(DRAFT_KEY);
  });

  const dialog = (): HTMLDialogElement => page!.query<HTMLDialogElement>('dialog.return')!;
  const row = (itemId: string): HTMLElement =>
    dialog().querySelector<HTMLElement>(`[data-item="${itemId}"]`)!;
  const deadline = (): HTMLInputElement => dialog().querySelector<HTMLInputElement>('#return-deadline')!;
  const errors = (): string[] =>
    Array.from(dialog().querySelectorAll('.error')).map((e) => e.textContent!.trim());

  async function openReturn(): Promise<void> {
    page = await DossierPageHarness.open(DISTRICT_OFFICER, completeDossier({ state: 'submitted' }));
    page.button('Trả lại để bổ sung')!.click();
    await page.settle();
  }

  async function tick(itemId: string): Promise<void> {
    const box = row(itemId).querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    box.checked = !box.checked;
    box.dispatchEvent(new Event('change'));
    await page!.settle();
  }

  async function send(): Promise<void> {
    dialog().querySelector<HTMLButtonElement>('button.send-return')!.click();
    await page!.settle();
  }

  it('opens with every item to tick and a deadline of today + 14 days, shown dd/MM/yyyy', async () => {
    await openReturn();

    expect(dialog().open).toBeTrue();
    expect(dialog().querySelectorAll('input[type="checkbox"]').length).toBe(4);
    const expected = dueDate(vietnamDate(new Date()), 14);
    expect(deadline().value).toBe(expected);
    const [y, m, d] = expected.split('-');
    expect(dialog().querySelector('#return-deadline-text')!.textContent!.trim()).toBe(
      `Hạn bổ sung: ${d}/${m}/${y}`,
    );
  });

  it('requires at least one ticked item', async () => {
    await openReturn();

    await send();

    expect(errors()).toEqual(['Chọn ít nhất một thành phần cần bổ sung.']);
    page!.http.expectNone(RETURN_URL);
  });

  it('requires a reason for every ticked item', async () => {
    await openReturn();
    await tick('giay-dang-ky-kinh-doanh');
    await tick('phieu-kiem-nghiem');
    await page!.type(row('giay-dang-ky-kinh-doanh').querySelector('textarea')!, 'Bản sao chưa chứng thực');
    await page!.type(row('phieu-kiem-nghiem').querySelector('textarea')!, '   ');

    await send();

    expect(row('phieu-kiem-nghiem').querySelector('.error')!.textContent!.trim()).toBe(
      'Nhập lý do cần bổ sung cho thành phần này.',
    );
    expect(row('phieu-kiem-nghiem').querySelector('textarea')!.getAttribute('aria-invalid')).toBe('true');
    expect(row('giay-dang-ky-kinh-doanh').querySelector('.error')).toBeNull();
    page!.http.expectNone(RETURN_URL);
  });

  it('requires a deadline, not before today', async () => {
    await openReturn();
    await tick('giay-dang-ky-kinh-doanh');
    await page!.type(row('giay-dang-ky-kinh-doanh').querySelector('textarea')!, 'Bản sao chưa chứng thực');

    await page!.type(deadline(), '', 'change');
    await send();
    expect(errors()).toEqual(['Nhập hạn bổ sung.']);

    await page!.type(deadline(), '2019-01-01', 'change');
    await send();
    expect(errors()).toEqual(['Hạn bổ sung không được trước ngày hôm nay.']);
    page!.http.expectNone(RETURN_URL);
  });

  it('sends the ticked items in checklist order with their reasons, the deadline and the comment', async () => {
    await openReturn();
    await tick('phieu-kiem-nghiem');
    await tick('giay-dang-ky-kinh-doanh');
    await page!.type(row('phieu-kiem-nghiem').querySelector('textarea')!, ' Phiếu kiểm nghiệm quá 12 tháng ');
    await page!.type(row('giay-dang-ky-kinh-doanh').querySelector('textarea')!, 'Bản sao chưa chứng thực');
    await page!.type(deadline(), '2099-02-17', 'change');
    expect(dialog().querySelector('#return-deadline-text')!.textContent!.trim()).toBe(
      'Hạn bổ sung: 17/02/2099',
    );
    await page!.type(dialog().querySelector<HTMLTextAreaElement>('#return-comment')!, 'Liên hệ phòng NN');

    await send();

    const req = page!.expect('POST', RETURN_URL);
    expect(req.request.body).toEqual({
      version: 7,
      requestId: jasmine.stringMatching(/^[0-9A-Za-z-]{8,64}$/),
      comment: 'Liên hệ phòng NN',
      deadline: '2099-02-17',
      returnedItems: [
        { itemId: 'giay-dang-ky-kinh-doanh', reason: 'Bản sao chưa chứng thực' },
        { itemId: 'phieu-kiem-nghiem', reason: 'Phiếu kiểm nghiệm quá 12 tháng' },
      ],
    });
    req.flush(dossier({ state: 'returned', version: 8 }));
    await page!.flushTimeline();
    expect(dialog().open).toBeFalse();
    expect(page!.text('.state')).toBe('Trả lại để bổ sung');
    expect(localStorage.getItem(DRAFT_KEY)).toBeNull();
  });

  it('drops an unticked item’s reason', async () => {
    await openReturn();
    await tick('giay-dang-ky-kinh-doanh');
    await page!.type(row('giay-dang-ky-kinh-doanh').querySelector('textarea')!, 'Bản sao chưa chứng thực');
    await tick('giay-dang-ky-kinh-doanh');

    expect(row('giay-dang-ky-kinh-doanh').querySelector('textarea')).toBeNull();
    await send();
    expect(errors()).toEqual(['Chọn ít nhất một thành phần cần bổ sung.']);
  });

  it('keeps typed reasons as a local draft and restores them when the dialog opens again', async () => {
    await openReturn();
    await tick('giay-dang-ky-kinh-doanh');
    await page!.type(row('giay-dang-ky-kinh-doanh').querySelector('textarea')!, 'Bản sao chưa chứng thực');
    page!.destroy();

    await openReturn();
    const reason = row('giay-dang-ky-kinh-doanh').querySelector('textarea')!;
    expect(reason.value).toBe('Bản sao chưa chứng thực');
    expect(row('giay-dang-ky-kinh-doanh').querySelector<HTMLInputElement>('input')!.checked).toBeTrue();
  });
});
