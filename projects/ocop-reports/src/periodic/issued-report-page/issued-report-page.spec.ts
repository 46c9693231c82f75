import { FakeOcopAuth, provideTestElement } from '@ocop/common/testing';
import { formatDateTime } from '@ocop/common';
import { PageUnderTest } from '../../testing/page-under-test';
import { DISTRICT_OFFICER } from '../../testing/users';
import { ISSUED_ID, issuedReportOf } from '../testing/periodic-fixtures';
import { IssuedReportPage } from './issued-report-page';

describe('IssuedReportPage', () => {
  let page: PageUnderTest<IssuedReportPage>;

  afterEach(() => page.close());

  async function open(): Promise<void> {
    const auth = new FakeOcopAuth();
    auth.user = DISTRICT_OFFICER;
    page = await PageUnderTest.open(IssuedReportPage, provideTestElement({ auth }), { reportId: ISSUED_ID });
  }

  it('shows the frozen figures and texts read-only, with the issue block', async () => {
    await open();
    await page.answer(`/api/reports/periodic/issued/${ISSUED_ID}`, issuedReportOf());

    expect(page.text('h2')).toBe('Báo cáo kết quả thực hiện Chương trình OCOP quý I năm 2030 — phiên bản 2');
    expect(page.text('.meta')).toBe(
      `Số 25/BC-UBND, Văn Quan, ngày 05/04/2030. Phát hành bởi Hoàng Văn Cường lúc ${formatDateTime('2030-04-05T02:30:00.000Z')}.`,
    );
    expect(page.text('.frozen')).toBe('Báo cáo đã phát hành: số liệu và nội dung không thay đổi.');
    expect(page.all('table.report-table').map((t) => t.getAttribute('data-table'))).toEqual([
      'targets',
      'tasks',
      'dossiers',
      'evaluations',
      'stars',
    ]);
    expect(
      page
        .all('table.report-table[data-table=tasks] tbody tr:first-child > *')
        .map((c) => c.textContent!.trim()),
    ).toEqual(['Phòng Nông nghiệp và PTNT', '6', '2', '1']);
    expect(page.text('[data-text=summary] h3')).toBe('II. Đánh giá chung');
    expect(page.text('[data-text=summary] .text')).toBe('Cơ bản hoàn thành kế hoạch quý.');
    expect(page.text('[data-text=difficulties] .text')).toBe('Thiếu vốn.');
    expect(page.text('[data-text=proposals] .text')).toBe('Hỗ trợ vốn vay.');
    expect(page.text('.signer-name')).toBe('Nguyễn Văn Hùng');
    expect(page.all('.recipients li').map((li) => li.textContent!.trim())).toEqual([
      'UBND tỉnh (b/c)',
      'Lưu: VT',
    ]);
    // Read-only: nothing to type into, nothing to issue.
    expect(page.all('textarea, input').length).toBe(0);
    expect(page.el.querySelector('button.issue-report')).toBeNull();
    expect(page.$<HTMLAnchorElement>('.back a').getAttribute('href')).toBe(
      '/ocop/reports/periodic?year=2030&quarter=1&districtCode=184',
    );
  });

  it('exports the issued version by its id, to PDF and to Excel', async () => {
    await open();
    await page.answer(`/api/reports/periodic/issued/${ISSUED_ID}`, issuedReportOf());
    expect(page.text('ocop-export-button.export-pdf button')).toBe('Xuất PDF');
    expect(page.text('ocop-export-button.export-xlsx button')).toBe('Xuất Excel');

    await page.click('ocop-export-button.export-xlsx button');
    const req = page.http.expectOne((r) => r.method === 'POST' && r.url === '/api/exports');
    expect(req.request.body).toEqual({ kind: 'periodic-report', format: 'xlsx', params: { id: ISSUED_ID } });
    req.flush({ code: 'INTERNAL', message: 'x', details: null }, { status: 500, statusText: 'Error' });
    await page.settle();
  });

  it('says when the version is not there (or outside the caller’s scope)', async () => {
    await open();
    await page.answer(
      `/api/reports/periodic/issued/${ISSUED_ID}`,
      { code: 'NOT_FOUND', message: 'Không tìm thấy', details: null },
      { status: 404 },
    );
    expect(page.text('ocop-status-panel')).toContain('Không tìm thấy báo cáo đã phát hành này.');
  });
});
