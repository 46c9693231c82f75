import { TestBed } from '@angular/core/testing';
import { provideTestElement } from '@ocop/common/testing';
import { COMMUNE_OFFICER, DOSSIER_ID, dossier, item } from '../testing/dossier-fixtures';
import { DossierPageHarness, specAuth } from '../testing/dossier-page-harness';

const LAB = 'phieu-kiem-nghiem';
const ITEM_URL = `/api/dossiers/${DOSSIER_ID}/items/${LAB}`;
const STALE = {
  code: 'STALE_VERSION',
  message: 'Hồ sơ đã được người khác cập nhật.',
  details: { currentVersion: 9 },
};

describe('ConflictNotice', () => {
  let page: DossierPageHarness | undefined;

  beforeEach(() => {
    localStorage.removeItem(`ocop-draft:spec-conflict:dossier-detail:${DOSSIER_ID}:item:${LAB}`);
    TestBed.configureTestingModule({ providers: provideTestElement({ auth: specAuth('spec-conflict') }) });
  });

  afterEach(() => {
    page?.http.verify();
    page?.destroy();
    page = undefined;
  });

  const remarks = (): HTMLTextAreaElement => page!.query<HTMLTextAreaElement>(`#item-${LAB}-remarks`)!;
  const notice = (): HTMLElement | null => page!.query('ocop-conflict-notice .conflict');

  /** Types remarks on the lab report, saves, and has the API answer 409. */
  async function conflict(): Promise<void> {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());
    await page.type(remarks(), 'Đã có phiếu mới');
    page.query<HTMLButtonElement>(`article[data-item="${LAB}"] button[type="submit"]`)!.click();
    await page.settle();
    const first = page.expect('PUT', ITEM_URL);
    expect(first.request.body.version).toBe(7);
    first.flush(STALE, { status: 409, statusText: 'Conflict' });
    await page.settle();
  }

  /** What another user saved meanwhile: version 9, a date on the lab report. */
  const theirs = () =>
    dossier({
      version: 9,
      items: [item(LAB, { status: 'provided', documentDate: '2019-12-01', remarks: null })],
    });

  it('shows nothing while there is no conflict', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());

    expect(notice()).toBeNull();
  });

  it('says in Vietnamese that someone else updated the dossier, and offers both ways', async () => {
    await conflict();

    expect(notice()!.getAttribute('role')).toBe('alert');
    expect(notice()!.querySelector('.title')!.textContent!.trim()).toBe('Hồ sơ đã được người khác cập nhật');
    expect(page!.button('Tải lại và áp dụng lại thay đổi của tôi')).toBeDefined();
    expect(page!.button('Tải lại, bỏ thay đổi của tôi')).toBeDefined();
  });

  it('reloads and sends the user’s change again with the new version', async () => {
    await conflict();

    page!.button('Tải lại và áp dụng lại thay đổi của tôi')!.click();
    await page!.settle();
    page!.expect('GET', `/api/dossiers/${DOSSIER_ID}`).flush(theirs());
    await page!.settle();

    const again = page!.expect('PUT', ITEM_URL);
    expect(again.request.body).toEqual({
      version: 9,
      status: 'missing',
      documentDate: null,
      remarks: 'Đã có phiếu mới',
    });
    again.flush(
      dossier({ version: 10, items: [item(LAB, { status: 'missing', remarks: 'Đã có phiếu mới' })] }),
    );
    await page!.settle();
    // The reload and the save each ask for the timeline; the later request replaces the earlier.
    const timelines = page!.http.match((r) => r.url.endsWith('/timeline'));
    expect(timelines.filter((r) => !r.cancelled).length).toBe(1);
    timelines.filter((r) => !r.cancelled).forEach((r) => r.flush([]));
    await page!.settle();

    expect(notice()).toBeNull();
    expect(remarks().value).toBe('Đã có phiếu mới');
    expect(page!.store.dossier()!.version).toBe(10);
  });

  it('reloads and drops the user’s change', async () => {
    await conflict();

    page!.button('Tải lại, bỏ thay đổi của tôi')!.click();
    await page!.settle();
    page!.expect('GET', `/api/dossiers/${DOSSIER_ID}`).flush(theirs());
    await page!.flushTimeline();

    page!.http.expectNone(ITEM_URL);
    expect(notice()).toBeNull();
    expect(remarks().value).toBe('');
    expect(page!.query<HTMLInputElement>(`#item-${LAB}-date`)!.value).toBe('2019-12-01');
    expect(page!.query(`article[data-item="${LAB}"] .status`)!.textContent!.trim()).toBe('Đã cung cấp');
  });

  it('holds other changes back until the conflict is settled', async () => {
    await conflict();

    const date = page!.query<HTMLInputElement>(`#item-${LAB}-date`)!;
    await page!.type(date, '2019-12-02', 'change');
    expect(await page!.store.change({ kind: 'delete-attachment', attachmentId: 'x' })).toBe('busy');
    page!.http.expectNone(() => true);
  });
});
