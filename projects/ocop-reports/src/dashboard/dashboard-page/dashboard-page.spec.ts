import type { OcopProfile } from '@ocop/common';
import { FakeOcopAuth, provideTestElement } from '@ocop/common/testing';
import { vietnamDate } from '@ocop/domain';
import { PageUnderTest } from '../../testing/page-under-test';
import { COMMUNE_OFFICER, DISTRICT_OFFICER, PROVINCE_OFFICER } from '../../testing/users';
import { dashboardOf, emptyDashboard } from '../testing/dashboard-fixture';
import { DashboardPage } from './dashboard-page';

describe('DashboardPage', () => {
  let page: PageUnderTest<DashboardPage>;

  let karmaAddress = '';
  beforeEach(() => (karmaAddress = location.pathname + location.search + location.hash));
  afterEach(() => {
    page.close();
    history.replaceState(history.state, '', karmaAddress);
  });

  /** As when the portal shows <basePath>/reports/dashboard with `search`. */
  function at(search: string): void {
    history.replaceState(history.state, '', `/ocop/reports/dashboard${search}`);
  }

  async function open(user: OcopProfile = DISTRICT_OFFICER): Promise<void> {
    const auth = new FakeOcopAuth();
    auth.user = user;
    page = await PageUnderTest.open(DashboardPage, provideTestElement({ auth }));
  }

  const figure = (id: string): HTMLElement => page.$(`section.figure[data-figure="${id}"]`);
  const tableOf = (id: string): string[][] =>
    Array.from(figure(id).querySelectorAll('table.figure-table tr')).map((tr) =>
      Array.from(tr.children).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()),
    );

  it('asks for the business year by default and shows every figure of the answer', async () => {
    at('');
    await open();
    const year = vietnamDate(new Date()).slice(0, 4);
    await page.answer(`/api/dashboard?year=${year}`, dashboardOf());

    expect(page.all('section.figure').map((s) => s.getAttribute('data-figure'))).toEqual([
      'funnel',
      'stepDays',
      'returns',
      'productsByStars',
      'productsByGroup',
      'productsByCommune',
      'certificates',
      'tasksByUnit',
    ]);
    expect(page.text('.scope')).toBe('Phạm vi: Huyện Văn Quan');
    expect(page.$<HTMLSelectElement>('select[name=year]').value).toBe(year);
    expect(page.$<HTMLSelectElement>('select[name=quarter]').value).toBe('');

    const funnel = figure('funnel').querySelector('svg[role=img]')!;
    expect(funnel.getAttribute('aria-label')).toBe(
      'Hồ sơ theo trạng thái: Ý tưởng sản phẩm 4; Đăng ký 2; Đã công nhận 1',
    );
    expect(figure('funnel').querySelectorAll('rect.bar').length).toBe(3);
    expect(figure('stepDays').querySelector('svg')!.getAttribute('aria-label')).toBe(
      'Số ngày trung bình ở mỗi bước: Ý tưởng sản phẩm 12,5; Đăng ký —',
    );
    expect(figure('stepDays').querySelector('[data-stat="overdueDossiers"] dd')!.textContent!.trim()).toBe(
      '2',
    );
    // 1 returned of 3 decided: 0.3333 → 33,33%.
    const returns = Array.from(figure('returns').querySelectorAll('.stat dd')).map((dd) =>
      dd.textContent!.trim(),
    );
    expect(returns).toEqual(['1', '3', '33,33%']);
    expect(figure('certificates').querySelector('.stat dd')!.textContent!.trim()).toBe('1');
    expect(figure('tasksByUnit').querySelector('svg')!.getAttribute('aria-label')).toBe(
      'Nhiệm vụ kế hoạch theo đơn vị: Phòng Nông nghiệp và PTNT: Tổng số 10, Hoàn thành 7, Quá hạn 1; ' +
        'Trung tâm Y tế: Tổng số 3, Hoàn thành 0, Quá hạn 2',
    );
    expect(page.el.querySelector('table.figure-table')).toBeNull();
  });

  it('switches a chart to a table with the same numbers and back, with the button saying its state', async () => {
    at('?year=2020');
    await open();
    await page.answer('/api/dashboard?year=2020', dashboardOf());

    const button = figure('funnel').querySelector<HTMLButtonElement>('button.show-table')!;
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(button.getAttribute('aria-expanded')).toBe('false');
    button.click();
    await page.settle();

    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(figure('funnel').querySelector('svg')).toBeNull();
    expect(figure('funnel').querySelector('caption')!.textContent!.trim()).toBe('Hồ sơ theo trạng thái');
    expect(tableOf('funnel')).toEqual([
      ['Trạng thái', 'Số hồ sơ'],
      ['Ý tưởng sản phẩm', '4'],
      ['Đăng ký', '2'],
      ['Đã công nhận', '1'],
    ]);
    expect(figure('funnel').querySelector('tbody th')!.getAttribute('scope')).toBe('row');
    expect(figure('funnel').querySelector('thead th')!.getAttribute('scope')).toBe('col');
    // Only that figure switched.
    expect(figure('productsByStars').querySelector('table')).toBeNull();

    figure('tasksByUnit').querySelector<HTMLButtonElement>('button.show-table')!.click();
    figure('stepDays').querySelector<HTMLButtonElement>('button.show-table')!.click();
    figure('returns').querySelector<HTMLButtonElement>('button.show-table')!.click();
    await page.settle();
    expect(tableOf('tasksByUnit')).toEqual([
      ['Đơn vị chủ trì', 'Tổng số', 'Hoàn thành', 'Quá hạn'],
      ['Phòng Nông nghiệp và PTNT', '10', '7', '1'],
      ['Trung tâm Y tế', '3', '0', '2'],
    ]);
    expect(tableOf('stepDays')).toEqual([
      ['Bước', 'Số ngày trung bình', 'Số hồ sơ'],
      ['Ý tưởng sản phẩm', '12,5', '3'],
      ['Đăng ký', '—', '0'],
    ]);
    expect(tableOf('returns')).toEqual([
      ['Nội dung', 'Số liệu'],
      ['Hồ sơ bị trả lại ít nhất một lần', '1'],
      ['Hồ sơ huyện đã xem xét', '3'],
      ['Tỷ lệ trả lại', '33,33%'],
    ]);

    button.click();
    await page.settle();
    expect(button.getAttribute('aria-pressed')).toBe('false');
    expect(figure('funnel').querySelector('table')).toBeNull();
    expect(figure('funnel').querySelector('svg')).not.toBeNull();
  });

  it('keeps the filters in the URL and asks the API with them, without adding history entries', async () => {
    at('?year=2020');
    await open();
    await page.answer('/api/dashboard?year=2020', dashboardOf());
    const entries = history.length;

    await page.type('select[name=quarter]', '1');
    await page.answer('/api/dashboard?year=2020&quarter=1', dashboardOf());
    expect(location.pathname).toBe('/ocop/reports/dashboard');
    expect(location.search).toBe('?year=2020&quarter=1');

    await page.type('select[name=criteriaSet]', '1048');
    await page.answer('/api/dashboard?year=2020&quarter=1&criteriaSet=1048', dashboardOf());
    expect(location.search).toBe('?year=2020&quarter=1&criteriaSet=1048');

    await page.type('select[name=year]', '2019');
    await page.answer('/api/dashboard?year=2019&quarter=1&criteriaSet=1048', dashboardOf());

    await page.type('select[name=quarter]', '');
    await page.answer('/api/dashboard?year=2019&criteriaSet=1048', dashboardOf());
    expect(location.search).toBe('?year=2019&criteriaSet=1048');
    expect(history.length).toBe(entries);
  });

  it('starts with the filters of the URL and drops the ones it cannot read', async () => {
    at('?year=2020&quarter=3&criteriaSet=148');
    await open();
    await page.answer('/api/dashboard?year=2020&quarter=3&criteriaSet=148', dashboardOf());
    expect(page.$<HTMLSelectElement>('select[name=quarter]').value).toBe('3');
    expect(page.$<HTMLSelectElement>('select[name=criteriaSet]').value).toBe('148');
    page.close();

    at('?year=2020&quarter=5&criteriaSet=x');
    await open();
    await page.answer('/api/dashboard?year=2020', dashboardOf());
    expect(location.search).toBe('?year=2020');
  });

  it('offers the district filter to the province officer only', async () => {
    at('?year=2020&districtCode=183');
    await open(DISTRICT_OFFICER);
    // A district officer's scope is their district: a district in the link is not sent.
    await page.answer('/api/dashboard?year=2020', dashboardOf());
    expect(page.el.querySelector('select[name=districtCode]')).toBeNull();
    page.close();

    at('?year=2020');
    await open(COMMUNE_OFFICER);
    await page.answer('/api/dashboard?year=2020', dashboardOf());
    expect(page.el.querySelector('select[name=districtCode]')).toBeNull();
    page.close();

    at('?year=2020');
    await open(PROVINCE_OFFICER);
    await page.answer(
      '/api/dashboard?year=2020',
      dashboardOf({ scope: { level: 'province', unitName: 'Tỉnh Lạng Sơn' } }),
    );
    await page.answer('/api/units?level=district', [
      {
        code: '183',
        name: 'Huyện Cao Lộc',
        level: 'district',
        parentCode: '20',
        validFrom: null,
        validTo: null,
      },
      {
        code: '184',
        name: 'Huyện Văn Quan',
        level: 'district',
        parentCode: '20',
        validFrom: null,
        validTo: null,
      },
      {
        code: '199',
        name: 'Huyện cũ',
        level: 'district',
        parentCode: '20',
        validFrom: null,
        validTo: '2019-12-31',
      },
    ]);
    const districts = page.$<HTMLSelectElement>('select[name=districtCode]');
    expect(Array.from(districts.options).map((o) => o.text.trim())).toEqual([
      'Toàn tỉnh',
      'Huyện Cao Lộc',
      'Huyện Văn Quan',
    ]);

    await page.type('select[name=districtCode]', '184');
    await page.answer('/api/dashboard?year=2020&districtCode=184', dashboardOf());
    expect(location.search).toBe('?year=2020&districtCode=184');
  });

  it('shows an error with a retry, and an empty state for a period with nothing', async () => {
    at('?year=2020');
    await open();
    await page.answer(
      '/api/dashboard?year=2020',
      { code: 'INTERNAL', message: 'Lỗi máy chủ', details: [] },
      { status: 500 },
    );
    expect(page.text('ocop-status-panel')).toContain('Không tải được số liệu tổng quan.');
    expect(page.el.querySelector('section.figure')).toBeNull();

    await page.click('ocop-status-panel button');
    await page.answer('/api/dashboard?year=2020', emptyDashboard());
    expect(page.text('ocop-status-panel')).toContain('Chưa có số liệu nào trong kỳ đã chọn.');
    expect(page.el.querySelector('section.figure')).toBeNull();
  });

  it('exports the figures with the filters they were asked with', async () => {
    at('?year=2020&quarter=2&criteriaSet=148');
    await open();
    await page.answer('/api/dashboard?year=2020&quarter=2&criteriaSet=148', dashboardOf());
    expect(page.text('ocop-export-button.export-xlsx button')).toBe('Xuất Excel');
    await page.click('ocop-export-button.export-xlsx button');
    const req = page.http.expectOne((r) => r.method === 'POST' && r.url === '/api/exports');
    expect(req.request.body).toEqual({
      kind: 'dashboard',
      format: 'xlsx',
      params: { year: '2020', quarter: '2', criteriaSet: '148' },
    });
    req.flush(
      { code: 'EXPORT_BUSY', message: 'Đang xuất', details: null },
      { status: 429, statusText: 'Busy' },
    );
    await page.settle();
  });

  it('links to itself from the section navigation', async () => {
    at('?year=2020');
    await open();
    await page.answer('/api/dashboard?year=2020', dashboardOf());
    const link = page.$<HTMLAnchorElement>('nav.reports-nav a.dashboard');
    expect(link.textContent!.trim()).toBe('Tổng quan');
    expect(link.getAttribute('href')).toBe('/ocop/reports/dashboard');
    expect(link.getAttribute('aria-current')).toBe('page');
  });
});
