import type { OcopProfile } from '@ocop/common';
import { FakeOcopAuth, provideTestElement } from '@ocop/common/testing';
import { vietnamDate } from '@ocop/domain';
import { PageUnderTest } from '../../testing/page-under-test';
import { COMMUNE_OFFICER, DISTRICT_OFFICER, PROVINCE_OFFICER } from '../../testing/users';
import { evaluationResultsOf, SESSION_ID } from '../testing/evaluation-results-fixture';
import { EvaluationResultsPage } from './evaluation-results-page';

describe('EvaluationResultsPage', () => {
  let page: PageUnderTest<EvaluationResultsPage>;

  let karmaAddress = '';
  beforeEach(() => (karmaAddress = location.pathname + location.search + location.hash));
  afterEach(() => {
    page.close();
    history.replaceState(history.state, '', karmaAddress);
  });

  function at(search: string): void {
    history.replaceState(history.state, '', `/ocop/reports/evaluation-results${search}`);
  }

  async function open(user: OcopProfile = DISTRICT_OFFICER): Promise<void> {
    const auth = new FakeOcopAuth();
    auth.user = user;
    page = await PageUnderTest.open(EvaluationResultsPage, provideTestElement({ auth }));
  }

  const cells = (selector: string): string[][] =>
    page
      .all(`${selector} tbody tr`)
      .map((tr) => Array.from(tr.children).map((c) => c.textContent!.replace(/\s+/g, ' ').trim()));

  it('shows each closed session’s summary, the certified products and the count by stars', async () => {
    at('?year=2030');
    await open();
    await page.answer('/api/reports/evaluation-results?year=2030', evaluationResultsOf());

    expect(page.text('.scope')).toBe('Phạm vi: Huyện Văn Quan');
    const session = `table.report-table[data-table=session][data-session="${SESSION_ID}"]`;
    expect(page.text(`${session} caption`)).toBe(
      'Phiên đánh giá đợt 1 — Hội đồng đánh giá huyện Văn Quan, ngày 20/02/2030, tại UBND huyện Văn Quan',
    );
    expect(cells(session)).toEqual([
      ['Hồi khô Văn Quan', 'HTX Hồi Văn Quan', 'Xã Hữu Lễ', '72,40', '★★★★☆ 4 sao', 'Có'],
      ['Rượu men lá', 'Hộ Nông Văn Bình', 'Thị trấn Văn Quan', '48,00', '★★☆☆☆ 2 sao', 'Không'],
    ]);
    expect(cells('table.report-table[data-table=certified]')).toEqual([
      [
        'Hồi khô Văn Quan',
        'HTX Hồi Văn Quan',
        'Xã Hữu Lễ',
        '★★★★☆ 4 sao',
        '15/QĐ-UBND',
        '02/03/2030',
        '02/03/2033',
        'Còn hiệu lực',
      ],
    ]);
    expect(page.$('table[data-table=certified] ocop-stars-badge [role=img]').getAttribute('aria-label')).toBe(
      '4 sao',
    );
    expect(cells('table.report-table[data-table=stars]')).toEqual([
      ['1 sao', '0'],
      ['2 sao', '0'],
      ['3 sao', '0'],
      ['4 sao', '1'],
      ['5 sao', '0'],
    ]);
  });

  it('keeps the year in the URL and exports the same year to Excel', async () => {
    at('?year=2030&quarter=2');
    await open(COMMUNE_OFFICER);
    // The report is by year: the quarter of a shared link is dropped.
    await page.answer(
      '/api/reports/evaluation-results?year=2030',
      evaluationResultsOf({ sessions: [], certified: [] }),
    );
    expect(location.search).toBe('?year=2030');
    expect(page.text('.sessions .none')).toBe('Không có phiên họp nào đã kết thúc trong năm.');
    expect(page.text('.certified .none')).toBe('Chưa có sản phẩm nào được công nhận trong năm.');
    expect(page.el.querySelector('select[name=districtCode]')).toBeNull();

    await page.type('select[name=year]', '2029');
    await page.answer('/api/reports/evaluation-results?year=2029', evaluationResultsOf({ year: 2029 }));
    expect(location.search).toBe('?year=2029');

    expect(page.text('ocop-export-button.export-xlsx button')).toBe('Xuất Excel');
    await page.click('ocop-export-button.export-xlsx button');
    const req = page.http.expectOne((r) => r.method === 'POST' && r.url === '/api/exports');
    expect(req.request.body).toEqual({
      kind: 'evaluation-results',
      format: 'xlsx',
      params: { year: '2029' },
    });
    req.flush({ code: 'INTERNAL', message: 'x', details: null }, { status: 500, statusText: 'Error' });
    await page.settle();
  });

  it('lets the province officer choose a district, and says in Vietnamese when loading fails', async () => {
    at('');
    await open(PROVINCE_OFFICER);
    const year = vietnamDate(new Date()).slice(0, 4);
    await page.answer(
      `/api/reports/evaluation-results?year=${year}`,
      { code: 'INTERNAL', message: 'Lỗi máy chủ', details: [] },
      { status: 500 },
    );
    await page.answer('/api/units?level=district', [
      {
        code: '184',
        name: 'Huyện Văn Quan',
        level: 'district',
        parentCode: '20',
        validFrom: null,
        validTo: null,
      },
    ]);
    expect(page.text('ocop-status-panel')).toContain('Không tải được kết quả đánh giá.');

    await page.type('select[name=districtCode]', '184');
    await page.answer(`/api/reports/evaluation-results?year=${year}&districtCode=184`, evaluationResultsOf());
    expect(location.search).toBe(`?year=${year}&districtCode=184`);
    await page.click('ocop-export-button.export-xlsx button');
    const req = page.http.expectOne((r) => r.method === 'POST' && r.url === '/api/exports');
    expect(req.request.body.params).toEqual({ year, districtCode: '184' });
    req.flush({ code: 'INTERNAL', message: 'x', details: null }, { status: 500, statusText: 'Error' });
    await page.settle();
  });
});
