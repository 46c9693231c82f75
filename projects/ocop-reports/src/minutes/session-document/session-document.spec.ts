import { FakeOcopAuth, provideTestElement } from '@ocop/common/testing';
import { minutes, session, SESSION_ID, TINH_DAU_ID } from '../../testing/evaluation-fixtures';
import { PageUnderTest } from '../../testing/page-under-test';
import { DISTRICT_OFFICER } from '../../testing/users';
import { SessionDocument } from './session-document';

describe('SessionDocument', () => {
  let page: PageUnderTest<SessionDocument>;

  afterEach(() => page.close());

  async function open(kind: 'minutes' | 'summary', body = minutes()): Promise<void> {
    const auth = new FakeOcopAuth();
    auth.user = DISTRICT_OFFICER;
    page = await PageUnderTest.open(SessionDocument, provideTestElement({ auth, locale: 'en' }), {
      sessionId: SESSION_ID,
      kind,
    });
    await page.answer(`/api/sessions/${SESSION_ID}/minutes`, body);
  }

  it('prints the minutes as a Vietnamese administrative document, whatever the screens’ language', async () => {
    await open('minutes');
    expect(page.$('article.document').getAttribute('lang')).toBe('vi');
    expect(page.text('.issuer-name')).toBe('UBND HUYỆN VĂN QUAN');
    expect(page.text('.council-name')).toBe('HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP');
    expect(page.text('.country')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(page.text('.motto')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(page.text('.place-date')).toBe('Văn Quan, ngày 15 tháng 01 năm 2021');
    expect(page.text('h1')).toBe('BIÊN BẢN');
    expect(page.text('.opening')).toContain('Hôm nay, ngày 15/01/2021, tại Phòng họp UBND huyện Văn Quan');
    expect(page.all('.attendees li').map((li) => li.textContent!.trim())).toEqual([
      'Lý Thị Hoa — Trưởng phòng Kinh tế và Hạ tầng — Ủy viên',
      'Vy Văn Bình — Phó trưởng phòng Y tế — Ủy viên',
      'Hoàng Thị Mai — Chuyên viên Phòng Tài nguyên và Môi trường — Ủy viên',
    ]);
    const row = page.$<HTMLTableRowElement>(`table.results tr[data-dossier-id="${TINH_DAU_ID}"]`);
    expect(Array.from(row.cells).map((c) => c.textContent!.trim())).toEqual([
      '1',
      'Tinh dầu hồi Văn Quan',
      'HTX Hồi Văn Quan',
      'Thị trấn Văn Quan',
      '76,00',
      '74,00',
      '79,00',
      '76,33',
      '★★★★☆ 4 sao',
      'Đề nghị chuyển cấp tỉnh đánh giá',
    ]);
    expect(page.text('.signature.secretary .role')).toBe('THƯ KÝ');
    expect(page.text('.signature.secretary .name')).toBe('Hoàng Văn Cường');
    expect(page.text('.signature.chair .role')).toBe('CHỦ TỊCH HỘI ĐỒNG');
    expect(page.text('.signature.chair .name')).toBe('Nguyễn Văn Thắng');
    expect(page.$<HTMLButtonElement>('button.print').disabled).toBeFalse();
  });

  it('prints the summary table of results with the sheet of each product and the council’s note', async () => {
    await open('summary', minutes({ spreadNote: 'Hội đồng thống nhất giữ kết quả.' }));
    expect(page.text('h1')).toBe('BẢNG TỔNG HỢP');
    expect(page.text('.doc-title')).toBe('KẾT QUẢ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP');
    expect(page.text('.doc-subtitle')).toBe(
      '(Kèm theo Biên bản họp Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Văn Quan ngày 15/01/2021)',
    );
    expect(page.all('thead th.member-col').map((th) => th.textContent!.trim())).toEqual([
      'Lý Thị Hoa',
      'Vy Văn Bình',
      'Hoàng Thị Mai',
    ]);
    expect(page.text('td.sheet')).toBe('Phiếu đánh giá nhóm Thảo dược khác');
    expect(page.text('.spread-note')).toContain('Hội đồng thống nhất giữ kết quả.');
    expect(page.el.querySelector('.attendees')).toBeNull();
  });

  it('exports the session’s minutes to PDF and its summary to Excel by the session’s id', async () => {
    await open('minutes');
    expect(page.text('ocop-export-button.export-pdf button')).toBe('Export PDF');
    expect(page.text('ocop-export-button.export-xlsx button')).toBe('Export Excel');
    await page.click('ocop-export-button.export-pdf button');
    const req = page.http.expectOne((r) => r.method === 'POST' && r.url === '/api/exports');
    expect(req.request.body).toEqual({
      kind: 'session-minutes',
      format: 'pdf',
      params: { sessionId: SESSION_ID },
    });
    req.flush(
      { code: 'EXPORT_BUSY', message: 'Đang xuất', details: null },
      { status: 429, statusText: 'Busy' },
    );
    await page.settle();
  });

  it('marks the results of an open session as provisional', async () => {
    await open(
      'minutes',
      minutes({ session: session(), rows: [{ ...minutes().rows[0]!, forwarded: null }] }),
    );
    expect(page.text('.conclusion')).toBe('(Phiên họp chưa kết thúc — kết quả trên là tạm tính.)');
    expect(page.text('td.recommendation')).toBe('');
  });
});
