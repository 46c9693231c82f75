import { TestBed } from '@angular/core/testing';
import { TestHost, provideTestElement } from '@ocop/common/testing';
import { COMMUNE_OFFICER, DISTRICT_OFFICER, DOSSIER_ID, dossier } from './testing/dossier-fixtures';
import { DossierPageHarness, specAuth } from './testing/dossier-page-harness';

describe('DossierDetailPage', () => {
  let page: DossierPageHarness | undefined;
  let original: string;

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    history.replaceState(history.state, '', `/ocop/dossiers/${DOSSIER_ID}`);
    TestBed.configureTestingModule({
      providers: provideTestElement({ auth: specAuth('spec-dossier-detail') }),
    });
  });

  afterEach(() => {
    page?.http.verify();
    page?.destroy();
    page = undefined;
    history.replaceState(history.state, '', original);
  });

  it('shows a loading state, then the dossier', async () => {
    page = await DossierPageHarness.create();

    expect(page.text('ocop-status-panel')).toBe('Đang tải hồ sơ…');
    page.expect('GET', '/api/me').flush(COMMUNE_OFFICER);
    page.expect('GET', `/api/dossiers/${DOSSIER_ID}`).flush(dossier());
    await page.flushTimeline();

    expect(page.query('ocop-status-panel')).toBeNull();
    expect(page.text('h2')).toBe('Rượu men lá Hữu Lễ');
  });

  it('says the dossier is not found, or not of the user’s unit, on 404 — without telling which', async () => {
    page = await DossierPageHarness.create();
    page.expect('GET', '/api/me').flush(COMMUNE_OFFICER);
    page
      .expect('GET', `/api/dossiers/${DOSSIER_ID}`)
      .flush(
        { code: 'NOT_FOUND', message: 'Không tìm thấy hồ sơ.' },
        { status: 404, statusText: 'Not Found' },
      );
    await page.settle();

    expect(page.text('ocop-status-panel')).toBe(
      'Không tìm thấy hồ sơ, hoặc hồ sơ không thuộc đơn vị của bạn.',
    );
    expect(page.query('h2')).toBeNull();
    expect(page.query('ocop-status-panel button')).toBeNull();
    expect(page.query<HTMLAnchorElement>('a.back')!.getAttribute('href')).toBe('/ocop/dossiers');
  });

  it('shows a failure with the API’s reason and loads again on retry', async () => {
    page = await DossierPageHarness.create();
    page.expect('GET', '/api/me').flush(COMMUNE_OFFICER);
    page.expect('GET', `/api/dossiers/${DOSSIER_ID}`).error(new ProgressEvent('error'), { status: 0 });
    await page.settle();

    expect(page.query('ocop-status-panel [role="alert"]')).not.toBeNull();
    expect(page.text('ocop-status-panel')).toContain('Không tải được hồ sơ.');
    expect(page.text('ocop-status-panel')).toContain('Không kết nối được với máy chủ OCOP.');

    page.button('Thử lại')!.click();
    await page.settle();
    // The user is known already: only the dossier is asked for again.
    page.expect('GET', `/api/dossiers/${DOSSIER_ID}`).flush(dossier());
    await page.flushTimeline();
    expect(page.text('h2')).toBe('Rượu men lá Hữu Lễ');
  });

  it('sends the bearer token with every request', async () => {
    page = await DossierPageHarness.create();
    const me = page.expect('GET', '/api/me');
    expect(me.request.headers.get('Authorization')).toBe('Bearer spec-token');
    me.flush(COMMUNE_OFFICER);
    const get = page.expect('GET', `/api/dossiers/${DOSSIER_ID}`);
    expect(get.request.headers.get('Authorization')).toBe('Bearer spec-token');
    get.flush(dossier());
    await page.flushTimeline();
  });

  it('lets the commune officer of the dossier edit items in draft, and shows the district read only', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());
    expect(page.all('ocop-checklist-item form').length).toBe(4);
    expect(page.all('ocop-upload-control').length).toBe(3);
    expect(page.query('.read-only')).toBeNull();
    page.destroy();

    page = await DossierPageHarness.open(DISTRICT_OFFICER, dossier({ state: 'submitted' }));
    expect(page.all('ocop-checklist-item form').length).toBe(0);
    expect(page.all('ocop-upload-control').length).toBe(0);
    expect(page.all('.delete').length).toBe(0);
    expect(page.text('.read-only')).toBe('Bạn chỉ xem được các thành phần hồ sơ ở trạng thái này.');
  });

  it('does not let the commune officer edit once the dossier is submitted', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier({ state: 'submitted' }));

    expect(page.all('ocop-checklist-item form').length).toBe(0);
    expect(page.all('ocop-upload-control').length).toBe(0);
  });

  it('summarises the checklist', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());

    expect(page.text('.summary')).toBe('Đã cung cấp 1/4 thành phần, thiếu 3, bị trả lại 0.');
  });

  it('goes back to the list with a forward navigation after a deep link', async () => {
    // Whatever earlier specs left in this tab's history, the entry before this page is not the list.
    history.pushState(null, '', '/ocop/somewhere-else');
    history.pushState(null, '', `/ocop/dossiers/${DOSSIER_ID}`);
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());
    const back = spyOn(history, 'back');

    page.query<HTMLAnchorElement>('a.back')!.click();

    expect(location.pathname).toBe('/ocop/dossiers');
    expect(back).not.toHaveBeenCalled();
  });

  it('links back under the element’s base path', async () => {
    TestBed.inject(TestHost).basePath.set('/portal/ocop/');
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());

    expect(page.query<HTMLAnchorElement>('a.back')!.getAttribute('href')).toBe('/portal/ocop/dossiers');
  });

  it('renders in English when the page says so', async () => {
    TestBed.inject(TestHost).locale.set('en');
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());

    expect(page.text('a.back')).toBe('← Back to the dossier list');
    expect(page.text('.summary')).toBe('1/4 items provided, 3 missing, 0 returned.');
  });
});
