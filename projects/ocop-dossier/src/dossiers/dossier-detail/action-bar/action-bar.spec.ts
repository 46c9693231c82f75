import { TestBed } from '@angular/core/testing';
import { provideTestElement } from '@ocop/common/testing';
import { DossierDetail } from '@ocop/domain';
import {
  COMMUNE_OFFICER,
  completeDossier,
  DISTRICT_OFFICER,
  DOSSIER_ID,
  dossier,
} from '../testing/dossier-fixtures';
import { DossierPageHarness, specAuth } from '../testing/dossier-page-harness';

const ACTION_URL = (action: string): string => `/api/dossiers/${DOSSIER_ID}/actions/${action}`;

describe('ActionBar', () => {
  let page: DossierPageHarness | undefined;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestElement({ auth: specAuth('spec-action-bar') }) });
  });

  afterEach(() => {
    page?.http.verify();
    page?.destroy();
    page = undefined;
  });

  const actionButtons = (): string[] =>
    page!.all<HTMLButtonElement>('.actions button.action').map((b) => b.textContent!.trim());
  const dialog = (): HTMLDialogElement => page!.query<HTMLDialogElement>('dialog.confirm')!;

  it('offers the commune officer "Gửi huyện" and "Rút hồ sơ" on a draft, from the workflow', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, completeDossier());

    expect(actionButtons()).toEqual(['Gửi huyện', 'Rút hồ sơ']);
  });

  it('offers the district officer return, accept and withdraw on a submitted dossier, the commune only withdraw', async () => {
    page = await DossierPageHarness.open(DISTRICT_OFFICER, completeDossier({ state: 'submitted' }));
    expect(actionButtons()).toEqual(['Trả lại để bổ sung', 'Tiếp nhận', 'Rút hồ sơ']);
    page.destroy();

    page = await DossierPageHarness.open(COMMUNE_OFFICER, completeDossier({ state: 'submitted' }));
    expect(actionButtons()).toEqual(['Rút hồ sơ']);
  });

  it('offers nothing to a commune officer of another commune, and says so', async () => {
    const other = { ...COMMUNE_OFFICER, commune: { code: '06253', name: 'Thị trấn Văn Quan' } };
    page = await DossierPageHarness.open(other, completeDossier());

    expect(actionButtons()).toEqual([]);
    expect(page.text('.actions .none')).toBe('Bạn không có thao tác nào với hồ sơ ở trạng thái này.');
  });

  it('explains a missing prerequisite next to a disabled button instead of hiding it', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());

    const submit = page.query<HTMLButtonElement>('button[data-action="submit"]')!;
    expect(submit.disabled).toBeTrue();
    const requires = page.query(`#${submit.getAttribute('aria-describedby')}`)!;
    expect(requires.textContent).toContain('Điều kiện để “Gửi huyện”:');
    expect(requires.textContent).toContain('Đủ thành phần bắt buộc');
    expect(requires.querySelector('[data-state="notMet"]')!.textContent).toContain('chưa đạt');
    expect(requires.textContent).toContain('Thiếu hồ sơ bắt buộc: Phiếu đăng ký ý tưởng sản phẩm');
    // Withdrawal requires nothing.
    expect(page.query<HTMLButtonElement>('button[data-action="withdraw"]')!.disabled).toBeFalse();
  });

  it('marks the return’s prerequisites as entered in its dialog', async () => {
    page = await DossierPageHarness.open(DISTRICT_OFFICER, dossier({ state: 'submitted' }));

    const states = page
      .all('li[data-action="return"] [data-guard]')
      .map((li) => li.getAttribute('data-state'));
    expect(states).toEqual(['inDialog', 'inDialog']);
    expect(page.query<HTMLButtonElement>('button[data-action="return"]')!.disabled).toBeFalse();
    expect(page.query<HTMLButtonElement>('button[data-action="accept"]')!.disabled).toBeTrue();
  });

  it('asks for confirmation, then sends the version, a request id and the comment', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, completeDossier());

    page.button('Gửi huyện')!.click();
    await page.settle();
    expect(dialog().open).toBeTrue();
    expect(page.text('dialog.confirm h4')).toBe('Xác nhận “Gửi huyện”?');
    expect(dialog().textContent).toContain('Hồ sơ sẽ chuyển sang trạng thái “Đã gửi huyện”.');
    expect(dialog().querySelector('.destructive')).toBeNull();
    page.http.expectNone(ACTION_URL('submit'));

    await page.type(dialog().querySelector('textarea')!, '  Đã kiểm tra đủ hồ sơ  ');
    page.button('Gửi huyện', dialog())!.click();
    await page.settle();

    const req = page.expect('POST', ACTION_URL('submit'));
    expect(req.request.body).toEqual({
      version: 7,
      requestId: jasmine.stringMatching(/^[0-9A-Za-z-]{8,64}$/),
      comment: 'Đã kiểm tra đủ hồ sơ',
    });
    req.flush(completeDossier({ state: 'submitted', version: 8 }));
    await page.flushTimeline();

    expect(dialog().open).toBeFalse();
    expect(page.text('.state')).toBe('Đã gửi huyện');
    expect(page.text('.actions .done')).toBe('Đã thực hiện “Gửi huyện”.');
  });

  it('says withdrawal cannot be undone, on a red button', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, completeDossier());
    // The way forward is highlighted, the way out is not.
    expect(page.query('button[data-action="submit"]')!.classList).toContain('primary');
    expect(page.query('button[data-action="withdraw"]')!.classList).not.toContain('primary');

    page.button('Rút hồ sơ')!.click();
    await page.settle();

    expect(dialog().querySelector('.destructive')!.textContent).toContain('không hoàn tác được');
    expect(dialog().querySelector('.destructive')!.textContent).toContain('Đã rút');
    expect(page.button('Rút hồ sơ', dialog())!.classList).toContain('danger');

    page.button('Hủy', dialog())!.click();
    await page.settle();
    expect(dialog().open).toBeFalse();
    page.http.expectNone(ACTION_URL('withdraw'));
  });

  it('makes one request for a double click', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, completeDossier());
    page.button('Gửi huyện')!.click();
    await page.settle();

    const confirm = page.button('Gửi huyện', dialog())!;
    confirm.click();
    confirm.click();
    await page.settle();

    const requests = page.http.match((r) => r.url === ACTION_URL('submit'));
    expect(requests.length).toBe(1);
    expect(page.query<HTMLButtonElement>('dialog.confirm .confirm-action')!.disabled).toBeTrue();
    requests[0].flush(completeDossier({ state: 'submitted', version: 8 }));
    await page.flushTimeline();
  });

  it('reuses the request id when a request whose answer was lost is retried', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, completeDossier());
    page.button('Gửi huyện')!.click();
    await page.settle();
    page.button('Gửi huyện', dialog())!.click();
    await page.settle();
    const first = page.expect('POST', ACTION_URL('submit'));
    const requestId = (first.request.body as { requestId: string }).requestId;
    first.error(new ProgressEvent('timeout'), { status: 0 });
    await page.settle();

    expect(dialog().open).toBeTrue();
    expect(page.text('dialog.confirm .error')).toBe('Không kết nối được với máy chủ OCOP.');

    page.button('Gửi huyện', dialog())!.click();
    await page.settle();
    const retry = page.expect('POST', ACTION_URL('submit'));
    expect((retry.request.body as { requestId: string }).requestId).toBe(requestId);
    // The API answers a repeated id with the result of the first request.
    retry.flush(completeDossier({ state: 'submitted', version: 8 }), {
      headers: { 'ocop-replayed': 'true' },
    });
    await page.flushTimeline();
    expect(dialog().open).toBeFalse();
  });

  it('takes a new request id for a new intent once the API has refused the old one', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, completeDossier());
    page.button('Gửi huyện')!.click();
    await page.settle();
    page.button('Gửi huyện', dialog())!.click();
    await page.settle();
    const first = page.expect('POST', ACTION_URL('submit'));
    const refusedId = (first.request.body as { requestId: string }).requestId;
    first.flush(
      {
        code: 'GUARD_FAILED',
        message: 'Chưa thể tiếp nhận hồ sơ: Chưa đính kèm tệp: Giấy đăng ký kinh doanh',
        details: [],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await page.settle();
    expect(page.text('dialog.confirm .error')).toBe(
      'Chưa thể tiếp nhận hồ sơ: Chưa đính kèm tệp: Giấy đăng ký kinh doanh',
    );

    page.button('Gửi huyện', dialog())!.click();
    await page.settle();
    const second = page.expect('POST', ACTION_URL('submit'));
    expect((second.request.body as { requestId: string }).requestId).not.toBe(refusedId);
    second.flush(completeDossier({ state: 'submitted', version: 8 }));
    await page.flushTimeline();
  });

  it('keeps a typed comment as a draft and offers it again after the session ended', async () => {
    const key = `ocop-draft:spec-action-bar:dossier-detail:${DOSSIER_ID}:action:withdraw`;
    localStorage.removeItem(key);
    page = await DossierPageHarness.open(COMMUNE_OFFICER, completeDossier());
    page.button('Rút hồ sơ')!.click();
    await page.settle();
    await page.type(dialog().querySelector('textarea')!, 'Chủ thể xin rút để hoàn thiện sản phẩm');
    expect(localStorage.getItem(key)).toContain('Chủ thể xin rút');
    page.destroy();

    page = await DossierPageHarness.open(COMMUNE_OFFICER, completeDossier());
    page.button('Rút hồ sơ')!.click();
    await page.settle();
    expect(dialog().querySelector('textarea')!.value).toBe('Chủ thể xin rút để hoàn thiện sản phẩm');
    page.button('Rút hồ sơ', dialog())!.click();
    await page.settle();
    page
      .expect('POST', ACTION_URL('withdraw'))
      .flush(completeDossier({ state: 'withdrawn', version: 8 }) satisfies DossierDetail);
    await page.flushTimeline();
    expect(localStorage.getItem(key)).toBeNull();
  });
});
