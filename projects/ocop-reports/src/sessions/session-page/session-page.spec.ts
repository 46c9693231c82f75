import { OcopProfile } from '@ocop/common';
import { FakeOcopAuth, nextTask, provideTestElement } from '@ocop/common/testing';
import {
  agendaItem,
  dossierScores,
  FINAL_RESULT,
  FLAGGED_RESULT,
  MEMBER_3,
  session,
  SESSION_ID,
  TINH_DAU_ID,
} from '../../testing/evaluation-fixtures';
import { PageUnderTest } from '../../testing/page-under-test';
import { COUNCIL_MEMBER, DISTRICT_OFFICER } from '../../testing/users';
import { SESSION_REFRESH_MS, SessionPage } from './session-page';

const URL = `/api/sessions/${SESSION_ID}`;
const ROW = `tr[data-dossier-id="${TINH_DAU_ID}"]`;
const FLAGGED = session({ agenda: [agendaItem({ submitted: 2, result: FLAGGED_RESULT })] });

describe('SessionPage', () => {
  let page: PageUnderTest<SessionPage>;

  afterEach(() => page.close());

  async function open(user: OcopProfile, refreshMs = 1e9, locale: 'vi' | 'en' = 'vi'): Promise<void> {
    const auth = new FakeOcopAuth();
    auth.user = user;
    page = await PageUnderTest.open(
      SessionPage,
      [...provideTestElement({ auth, locale }), { provide: SESSION_REFRESH_MS, useValue: refreshMs }],
      { sessionId: SESSION_ID },
    );
  }

  it('shows per dossier the progress, mean, spread and stars, and flags a spread above 10 points', async () => {
    await open(DISTRICT_OFFICER);
    await page.answer(URL, FLAGGED);

    expect(page.text('h2')).toBe('Phiên họp đánh giá sản phẩm OCOP đợt 1 năm 2021');
    expect(page.text('.session-status')).toBe('Đang chấm');
    expect(page.text(`${ROW} .progress`)).toBe('2/3 đã nộp');
    expect(page.text(`${ROW} .mean`)).toBe('69,75');
    expect(page.text(`${ROW} .spread`)).toBe('12,50');
    expect(page.text(`${ROW} .stars`)).toBe('★★★☆☆ 3 sao');
    expect(page.text(`${ROW} .spread-flag`)).toBe(
      '⚠ Chênh lệch 12,50 điểm (trên 10) — Hội đồng thảo luận và chấm lại',
    );
    expect(page.$('a.minutes').getAttribute('href')).toBe(`/ocop/reports/sessions/${SESSION_ID}/minutes`);
    expect(page.$('a.summary').getAttribute('href')).toBe(`/ocop/reports/sessions/${SESSION_ID}/summary`);
  });

  it('writes scores and stars the English way on English screens', async () => {
    await open(DISTRICT_OFFICER, 1e9, 'en');
    await page.answer(URL, FLAGGED);
    expect(page.text(`${ROW} .progress`)).toBe('2/3 submitted');
    expect(page.text(`${ROW} .mean`)).toBe('69.75');
    expect(page.text(`${ROW} .stars`)).toBe('★★★☆☆ 3 stars');
    expect(page.text(`${ROW} .spread-flag`)).toBe(
      '⚠ Spread of 12.50 points (over 10) — the council discusses and scores again',
    );
  });

  it("lists each member's total on demand; drafts stay private", async () => {
    await open(DISTRICT_OFFICER);
    await page.answer(URL, FLAGGED);
    await page.click(`${ROW} button.show-scores`);
    await page.answer(`${URL}/dossiers/${TINH_DAU_ID}/sheets`, dossierScores([76, 63.5, null]));
    const rows = page
      .all<HTMLTableRowElement>('tr[data-scores-for] tbody tr')
      .map((r) => Array.from(r.cells).map((c) => c.textContent!.trim()));
    expect(rows).toEqual([
      ['Lý Thị Hoa', 'Đã nộp', '76,00'],
      ['Vy Văn Bình', 'Đã nộp', '63,50'],
      ['Hoàng Thị Mai', 'Đang chấm (chưa nộp)', '—'],
    ]);
    expect(page.$(`${ROW} button.show-scores`).getAttribute('aria-expanded')).toBe('true');
  });

  it('reopens a dossier for rescoring only with a reason, after a confirmation', async () => {
    await open(DISTRICT_OFFICER);
    await page.answer(URL, FLAGGED);
    await page.click(`${ROW} button.reopen`);
    const dialog = page.$<HTMLDialogElement>('dialog.reopen-dialog');
    expect(dialog.open).toBeTrue();
    expect(page.text('#reopen-title')).toBe('Mở lại phiếu chấm của Tinh dầu hồi Văn Quan?');

    await page.click('button.confirm-reopen');
    expect(page.text('#reopen-reason-error')).toBe('Vui lòng ghi lý do mở lại');
    page.http.expectNone(`${URL}/dossiers/${TINH_DAU_ID}/reopen`);

    await page.type('textarea.reason', 'Chênh lệch trên 10 điểm, Hội đồng đã thảo luận');
    await page.click('button.confirm-reopen');
    const req = await page.answer(
      `${URL}/dossiers/${TINH_DAU_ID}/reopen`,
      dossierScores([null, null, null]),
      {
        method: 'POST',
      },
    );
    expect(req.request.body).toEqual({ reason: 'Chênh lệch trên 10 điểm, Hội đồng đã thảo luận' });
    expect(dialog.open).toBeFalse();
    await page.answer(URL, session());
    expect(page.text('p.notice')).toBe('Đã mở lại phiếu chấm của Tinh dầu hồi Văn Quan.');
    expect(page.text(`${ROW} .progress`)).toBe('0/3 đã nộp');
    expect(page.el.querySelector(`${ROW} .spread-flag`)).toBeNull();
  });

  it('closes the session after a confirmation, with the council’s note on a flagged spread', async () => {
    await open(DISTRICT_OFFICER);
    await page.answer(URL, { ...FLAGGED, agenda: [agendaItem({ submitted: 3, result: FLAGGED_RESULT })] });
    await page.click('button.close-session');
    expect(page.$<HTMLDialogElement>('dialog.close-dialog').open).toBeTrue();
    expect(page.text('#close-title')).toBe('Kết thúc phiên họp?');
    await page.click('button.confirm-close');
    expect(page.text('#close-note-error')).toBe('Vui lòng ghi ý kiến của Hội đồng về các kết quả chênh lệch');
    page.http.expectNone(`${URL}/close`);

    await page.type('textarea.spread-note', 'Hội đồng thống nhất giữ kết quả');
    await page.click('button.confirm-close');
    const closed = session({
      status: 'closed',
      closedAt: '2021-01-15T09:30:00Z',
      agenda: [agendaItem({ submitted: 3, result: FINAL_RESULT, forwarded: true })],
      version: 5,
    });
    const req = await page.answer(`${URL}/close`, closed, { method: 'POST' });
    expect(req.request.body).toEqual({ version: 4, spreadNote: 'Hội đồng thống nhất giữ kết quả' });
    expect(page.text('.session-status')).toBe('Đã kết thúc');
    expect(page.text(`${ROW} .forwarded`)).toBe('Chuyển cấp tỉnh');
    expect(page.text(`${ROW} .stars`)).toBe('★★★★☆ 4 sao');
    expect(page.el.querySelector('button.close-session')).toBeNull();
    expect(page.el.querySelector(`${ROW} button.reopen`)).toBeNull();
  });

  it('names who has not submitted when the API refuses to close', async () => {
    await open(DISTRICT_OFFICER);
    await page.answer(URL, session({ agenda: [agendaItem({ submitted: 2, result: FINAL_RESULT })] }));
    await page.click('button.close-session');
    expect(page.el.querySelector('textarea.spread-note')).toBeNull();
    await page.click('button.confirm-close');
    await page.answer(
      `${URL}/close`,
      {
        code: 'SESSION_INCOMPLETE',
        message: 'Còn phiếu chưa nộp',
        details: [{ dossierId: TINH_DAU_ID, missingMemberIds: [MEMBER_3.id] }],
      },
      { method: 'POST', status: 409 },
    );
    expect(page.text('.close-error p')).toBe('Chưa kết thúc được: còn phiếu chưa nộp.');
    expect(page.text('.close-error li')).toBe('Tinh dầu hồi Văn Quan: Hoàng Thị Mai');
  });

  it('fetches the progress again while the session is open, and stops once it is closed', async () => {
    await open(DISTRICT_OFFICER, 40);
    await page.answer(URL, session());
    await nextTask(60);
    await page.answer(URL, session({ agenda: [agendaItem({ submitted: 1, result: FINAL_RESULT })] }));
    expect(page.text(`${ROW} .progress`)).toBe('1/3 đã nộp');
    await nextTask(60);
    await page.answer(URL, session({ status: 'closed', closedAt: '2021-01-15T09:30:00Z' }));
    await nextTask(100);
    page.http.expectNone(URL);
    expect(page.text('.session-status')).toBe('Đã kết thúc');
  });

  it('gives a member the "Chấm điểm" link and nothing of the secretary’s', async () => {
    await open(COUNCIL_MEMBER);
    await page.answer(URL, session({ canManage: false, agenda: [agendaItem({ mySheet: 'draft' })] }));
    expect(page.$(`${ROW} a.score`).getAttribute('href')).toBe(
      `/ocop/reports/sessions/${SESSION_ID}/dossiers/${TINH_DAU_ID}/score`,
    );
    expect(page.el.querySelector(`${ROW} button.show-scores`)).toBeNull();
    expect(page.el.querySelector(`${ROW} button.reopen`)).toBeNull();
    expect(page.el.querySelector('button.close-session')).toBeNull();
  });

  it('says a session outside the caller’s scope is not found', async () => {
    await open(COUNCIL_MEMBER);
    await page.answer(URL, { code: 'NOT_FOUND', message: 'Không tìm thấy' }, { status: 404 });
    expect(page.el.textContent).toContain('Không tìm thấy phiên họp này, hoặc bạn không có quyền xem.');
  });
});
