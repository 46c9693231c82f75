import type { OcopProfile } from '@ocop/common';
import { formatDateTime } from '@ocop/common';
import { FakeOcopAuth, provideTestElement } from '@ocop/common/testing';
import { vietnamDate } from '@ocop/domain';
import { dayText } from '../../shared/day-text';
import { PageUnderTest } from '../../testing/page-under-test';
import { DISTRICT_OFFICER, PROVINCE_OFFICER } from '../../testing/users';
import { draftOf, issuedListOf, issuedReportOf } from '../testing/periodic-fixtures';
import { PeriodicReportPage } from './periodic-report-page';

describe('PeriodicReportPage', () => {
  let page: PageUnderTest<PeriodicReportPage>;

  let karmaAddress = '';
  beforeEach(() => {
    karmaAddress = location.pathname + location.search + location.hash;
    for (const key of Object.keys(localStorage))
      if (key.startsWith('ocop-draft:')) localStorage.removeItem(key);
  });
  afterEach(() => {
    page.close();
    history.replaceState(history.state, '', karmaAddress);
  });

  function at(search: string): void {
    history.replaceState(history.state, '', `/ocop/reports/periodic${search}`);
  }

  async function open(user: OcopProfile = DISTRICT_OFFICER): Promise<void> {
    const auth = new FakeOcopAuth();
    auth.user = user;
    page = await PageUnderTest.open(PeriodicReportPage, provideTestElement({ auth }));
  }

  /** Opens at year 2030 quarter I with the draft and the issued list answered. */
  async function openLoaded(): Promise<void> {
    at('?year=2030&quarter=1');
    await open();
    await page.answer('/api/reports/periodic?year=2030&quarter=1', draftOf());
    await page.answer('/api/reports/periodic/issued?year=2030', issuedListOf());
  }

  const tableOf = (name: string): string[][] =>
    page
      .all(`table.report-table[data-table=${name}] tr`)
      .map((tr) => Array.from(tr.children).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));
  const value = (selector: string): string =>
    page.$<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(selector).value;

  it('shows every table of the figures the API computed, with days as dd/MM/yyyy', async () => {
    await openLoaded();
    expect(page.el.querySelector('section.periodic-report')).not.toBeNull();
    expect(value('select[name=year]')).toBe('2030');
    expect(value('select[name=quarter]')).toBe('1');
    expect(page.el.querySelector('select[name=districtCode]')).toBeNull();
    expect(page.text('.issuing-body .parent')).toBe('UBND TỈNH LẠNG SƠN');
    expect(page.text('.issuing-body .name')).toBe('UBND HUYỆN VĂN QUAN');
    expect(page.text('.report-title')).toBe('Báo cáo kết quả thực hiện Chương trình OCOP quý I năm 2030');
    expect(page.text('.range')).toBe('Số liệu từ 01/01/2030 đến 31/03/2030');
    expect(page.text('.plan')).toBe('Kế hoạch số 12/KH-UBND: Kế hoạch thực hiện Chương trình OCOP năm 2030');

    expect(tableOf('targets')).toEqual([
      ['Mã', 'Mục tiêu', 'Chỉ tiêu', 'Số lượng', 'Nhiệm vụ đã nghiệm thu', 'Tỷ lệ đạt'],
      ['MT1', 'Phát triển sản phẩm mới', 'Sản phẩm đạt 3 sao trở lên', '5 sản phẩm', '1/4', '37,5%'],
    ]);
    expect(tableOf('tasks')).toEqual([
      ['Đơn vị chủ trì', 'Tổng số', 'Hoàn thành', 'Quá hạn'],
      ['Phòng Nông nghiệp và PTNT', '6', '2', '1'],
      ['Trung tâm Y tế', '2', '0', '0'],
    ]);
    expect(tableOf('dossiers')).toEqual([
      ['Trạng thái', 'Số hồ sơ'],
      ['Ý tưởng sản phẩm', '3'],
      ['Đã công nhận', '1'],
    ]);
    expect(tableOf('evaluations')).toEqual([
      [
        'Sản phẩm',
        'Chủ thể',
        'Xã, thị trấn',
        'Điểm',
        'Hạng sao',
        'Số quyết định',
        'Ngày công nhận',
        'Ngày hết hạn',
      ],
      [
        'Hồi khô Văn Quan',
        'HTX Hồi Văn Quan',
        'Xã Hữu Lễ',
        '72',
        '4 sao',
        '15/QĐ-UBND',
        '02/03/2030',
        '02/03/2033',
      ],
      ['Rượu men lá', 'Hộ Nông Văn Bình', 'Thị trấn Văn Quan', '55', '3 sao', '—', '—', '—'],
    ]);
    expect(tableOf('stars')).toEqual([
      ['Hạng sao', 'Số sản phẩm'],
      ['1 sao', '0'],
      ['2 sao', '0'],
      ['3 sao', '0'],
      ['4 sao', '1'],
      ['5 sao', '0'],
    ]);
  });

  it('keeps the period in the URL and asks the API with it, "Cả năm" being the year-end report', async () => {
    await openLoaded();
    const entries = history.length;
    await page.type('select[name=quarter]', '');
    await page.answer('/api/reports/periodic?year=2030', draftOf({ period: { year: 2030, quarter: null } }));
    await page.answer('/api/reports/periodic/issued?year=2030', []);
    expect(location.pathname).toBe('/ocop/reports/periodic');
    expect(location.search).toBe('?year=2030');
    expect(page.$('select[name=quarter]').querySelector('option[value=""]')!.textContent!.trim()).toBe(
      'Cả năm',
    );

    await page.type('select[name=year]', '2029');
    await page.answer('/api/reports/periodic?year=2029', draftOf());
    await page.answer('/api/reports/periodic/issued?year=2029', []);
    expect(location.search).toBe('?year=2029');
    expect(page.text('.issued-versions .none')).toBe('Chưa phát hành báo cáo nào trong năm này.');
    expect(history.length).toBe(entries);
  });

  it('prefills the issue form from the suggestion and keeps what is typed as a draft per unit and period', async () => {
    await openLoaded();
    expect(value('input[name=place]')).toBe('Văn Quan');
    expect(value('textarea[name=signerTitle]')).toBe('KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH');
    expect(value('textarea[name=recipients]')).toBe(
      'UBND tỉnh (b/c)\nSở Nông nghiệp và PTNT (b/c)\nVăn phòng Điều phối NTM tỉnh\nLưu: VT',
    );
    expect(value('input[name=issuedOn]')).toBe(dayText(vietnamDate(new Date())));
    expect(value('textarea[name=summary]')).toBe('');

    await page.type('textarea[name=summary]', 'Hoàn thành 80% kế hoạch quý.');
    await page.type('textarea[name=difficulties]', 'Thiếu vốn.');
    await page.type('input[name=number]', '25/BC-UBND');
    expect(page.text('.draft-saved')).toContain('Nội dung đang soạn được lưu trên máy này');
    page.close();

    // The session ended and the page came back: nothing typed is lost.
    await openLoaded();
    expect(value('textarea[name=summary]')).toBe('Hoàn thành 80% kế hoạch quý.');
    expect(value('textarea[name=difficulties]')).toBe('Thiếu vốn.');
    expect(value('input[name=number]')).toBe('25/BC-UBND');
    expect(value('input[name=place]')).toBe('Văn Quan');

    // Another period has its own draft.
    await page.type('select[name=quarter]', '2');
    await page.answer(
      '/api/reports/periodic?year=2030&quarter=2',
      draftOf({ period: { year: 2030, quarter: 2 }, to: '2030-06-30' }),
    );
    await page.answer('/api/reports/periodic/issued?year=2030', issuedListOf());
    expect(value('textarea[name=summary]')).toBe('');
  });

  it('issues the report after the confirmation and lists the new version', async () => {
    await openLoaded();
    await page.type('textarea[name=summary]', 'Cơ bản hoàn thành.');
    await page.type('input[name=number]', '25/BC-UBND');
    await page.type('input[name=issuedOn]', '5/4/2030');
    await page.type('input[name=signerName]', 'Nguyễn Văn Hùng');
    await page.type('textarea[name=recipients]', 'UBND tỉnh (b/c)\n\n  Lưu: VT  ');

    await page.click('button.issue-report');
    const dialog = page.$<HTMLDialogElement>('dialog.confirm-issue-dialog');
    expect(dialog.open).toBeTrue();
    expect(dialog.textContent).toContain(
      'Phát hành báo cáo? Số liệu sẽ được chốt và không sửa được; muốn sửa phải phát hành phiên bản mới.',
    );
    // Nothing is sent before the confirmation.
    page.http.expectNone((r) => r.method === 'POST');

    await page.click('button.confirm-issue');
    const req = await page.answer('/api/reports/periodic', issuedReportOf({ version: 3 }), {
      method: 'POST',
      status: 201,
    });
    expect(req.request.body).toEqual({
      year: 2030,
      quarter: 1,
      districtCode: null,
      texts: { summary: 'Cơ bản hoàn thành.', difficulties: '', proposals: '' },
      issue: {
        number: '25/BC-UBND',
        place: 'Văn Quan',
        issuedOn: '2030-04-05',
        signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
        signerName: 'Nguyễn Văn Hùng',
        recipients: ['UBND tỉnh (b/c)', 'Lưu: VT'],
      },
    });
    expect(dialog.open).toBeFalse();
    expect(page.text('.issued-notice')).toContain('Đã phát hành phiên bản 3.');
    await page.answer('/api/reports/periodic/issued?year=2030', issuedListOf());
    expect(page.all('table.issued-list tbody tr').length).toBe(2);
  });

  it('shows the API validation errors beside their fields, and a bad date before asking', async () => {
    await openLoaded();
    await page.type('input[name=issuedOn]', '31/02/2030');
    await page.click('button.issue-report');
    expect(page.$<HTMLDialogElement>('dialog.confirm-issue-dialog').open).toBeFalse();
    expect(page.text('#periodic-issued-on-error')).toBe(
      'Ngày ban hành phải là một ngày có thật, dạng dd/MM/yyyy',
    );
    expect(page.$('input[name=issuedOn]').getAttribute('aria-invalid')).toBe('true');

    await page.type('input[name=issuedOn]', '05/04/2030');
    expect(page.el.querySelector('#periodic-issued-on-error')).toBeNull();
    await page.click('button.issue-report');
    await page.click('button.confirm-issue');
    await page.answer(
      '/api/reports/periodic',
      {
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ',
        details: [
          { field: 'issue.number', code: 'required', message: 'Số ký hiệu không được để trống' },
          { field: 'issue.signerName', code: 'required', message: 'Chưa nhập người ký' },
          { field: 'texts.summary', code: 'too_long', message: 'Đánh giá chung quá 8000 ký tự' },
        ],
      },
      { method: 'POST', status: 400 },
    );
    expect(page.text('#periodic-number-error')).toBe('Số ký hiệu không được để trống');
    expect(page.text('#periodic-signer-name-error')).toBe('Chưa nhập người ký');
    expect(page.text('#periodic-summary-error')).toBe('Đánh giá chung quá 8000 ký tự');
    expect(page.el.querySelector('.issue-error')).toBeNull();

    await page.click('button.issue-report');
    await page.click('button.confirm-issue');
    await page.answer(
      '/api/reports/periodic',
      { code: 'FORBIDDEN_UNIT', message: 'Bạn chỉ được báo cáo cho huyện của mình', details: [] },
      { method: 'POST', status: 403 },
    );
    expect(page.text('[role=alert].issue-error')).toBe(
      'Không phát hành được báo cáo: Bạn chỉ được báo cáo cho huyện của mình',
    );
  });

  it('lists the issued versions with their number, who issued them and when', async () => {
    await openLoaded();
    // The year is a name here, not an amount: no thousands separator.
    expect(page.$('#issued-title').textContent!.trim()).toBe('Các phiên bản đã phát hành năm 2030');
    const rows = page
      .all('table.issued-list tbody tr')
      .map((tr) => Array.from(tr.children).map((c) => c.textContent!.trim()));
    expect(rows).toEqual([
      [
        '2',
        '25/BC-UBND',
        'Báo cáo kết quả thực hiện Chương trình OCOP quý I năm 2030',
        'Hoàng Văn Cường',
        formatDateTime('2030-04-05T02:30:00.000Z'),
      ],
      [
        '1',
        '20/BC-UBND',
        'Báo cáo kết quả thực hiện Chương trình OCOP quý I năm 2030',
        'Hoàng Văn Cường',
        formatDateTime('2030-04-01T08:05:00.000Z'),
      ],
    ]);
    expect(rows[0]![4]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    expect(page.$<HTMLAnchorElement>('table.issued-list tbody tr a').getAttribute('href')).toBe(
      '/ocop/reports/periodic/issued/1550ed00-0000-4000-8000-000000000001',
    );
  });

  it('exports the draft with the period and the texts written so far', async () => {
    await openLoaded();
    expect(page.text('ocop-export-button.export-pdf button')).toBe('Xuất PDF (dự thảo)');
    expect(page.text('ocop-export-button.export-xlsx button')).toBe('Xuất Excel');
    await page.type('textarea[name=proposals]', 'Hỗ trợ vốn.');
    await page.click('ocop-export-button.export-pdf button');
    const req = page.http.expectOne((r) => r.method === 'POST' && r.url === '/api/exports');
    expect(req.request.body).toEqual({
      kind: 'periodic-report',
      format: 'pdf',
      params: { year: '2030', quarter: '1', summary: '', difficulties: '', proposals: 'Hỗ trợ vốn.' },
    });
    req.flush(
      { code: 'EXPORT_BUSY', message: 'Đang có 3 tệp đang xuất', details: null },
      { status: 429, statusText: 'Busy' },
    );
    await page.settle();
    expect(page.text('ocop-export-button.export-pdf [role=alert]')).toBe(
      'Không xuất được tệp: Đang có 3 tệp đang xuất',
    );
  });

  it('lets the province officer choose a district, and says in Vietnamese when loading fails', async () => {
    at('?year=2030&districtCode=184');
    await open(PROVINCE_OFFICER);
    await page.answer(
      '/api/reports/periodic?year=2030&districtCode=184',
      { code: 'INTERNAL', message: 'Lỗi máy chủ', details: [] },
      { status: 500 },
    );
    await page.answer('/api/reports/periodic/issued?year=2030&districtCode=184', []);
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
    ]);
    expect(page.text('ocop-status-panel')).toContain('Không tải được số liệu báo cáo.');
    expect(value('select[name=districtCode]')).toBe('184');

    await page.type('select[name=districtCode]', '');
    await page.answer('/api/reports/periodic?year=2030', draftOf());
    await page.answer('/api/reports/periodic/issued?year=2030', []);
    expect(location.search).toBe('?year=2030');
    expect(page.el.querySelector('table.report-table[data-table=targets]')).not.toBeNull();
  });
});
