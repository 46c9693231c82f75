import { FakeOcopAuth, provideTestElement, waitUntil } from '@ocop/common/testing';
import {
  CHAIR,
  COUNCIL,
  COUNCIL_ID,
  dossierSummary,
  MEMBER_1,
  MEMBER_2,
  MEMBER_3,
  RUOU_ID,
  SECRETARY,
  session,
  SESSION_ID,
  TINH_DAU_ID,
} from '../../testing/evaluation-fixtures';
import { PageUnderTest } from '../../testing/page-under-test';
import { DISTRICT_OFFICER } from '../../testing/users';
import { SessionForm } from './session-form';

const DOSSIERS = {
  items: [
    dossierSummary(TINH_DAU_ID, 'Tinh dầu hồi Văn Quan'),
    dossierSummary(RUOU_ID, 'Rượu men lá Hữu Lễ'),
    // Another district's dossier is not for this council.
    dossierSummary('d0551e00-0000-4000-8000-000000000183', 'Hồng không hạt Bảo Lâm', '183'),
  ],
  total: 3,
};

describe('SessionForm', () => {
  let page: PageUnderTest<SessionForm>;

  afterEach(() => page.close());

  async function open(): Promise<void> {
    const auth = new FakeOcopAuth();
    auth.user = DISTRICT_OFFICER;
    page = await PageUnderTest.open(SessionForm, provideTestElement({ auth }), { councilId: COUNCIL_ID });
    await page.answer(`/api/councils/${COUNCIL_ID}`, COUNCIL);
    await page.answer('/api/dossiers?state=accepted&limit=200', DOSSIERS);
  }

  const check = (selector: string): Promise<void> => page.click(`${selector} input[type=checkbox]`);

  it('lists the accepted dossiers of the council’s district and the members who can score', async () => {
    await open();
    expect(page.all('.dossiers label.check').map((l) => l.getAttribute('data-dossier-id'))).toEqual([
      TINH_DAU_ID,
      RUOU_ID,
    ]);
    // Members with an account are present by default; the chair scores on paper and cannot be picked.
    const box = (id: string) => page.$<HTMLInputElement>(`.attendees [data-member-id="${id}"] input`);
    expect(box(CHAIR.id).disabled).toBeTrue();
    expect(page.text(`.attendees [data-member-id="${CHAIR.id}"] .no-account`)).toBe(
      '(chưa có tài khoản để chấm trên máy)',
    );
    expect([SECRETARY, MEMBER_1, MEMBER_2, MEMBER_3].every((m) => box(m.id).checked)).toBeTrue();
  });

  it('checks the day, the place and the agenda before creating the session, then opens it', async () => {
    await open();
    await page.type('#sf-date', '32/01/2021');
    await page.click('button.save');
    expect(page.text('.date .error')).toBe('Ngày không hợp lệ (ngày/tháng/năm)');
    expect(page.text('.place .error')).toBe('Không được để trống');
    expect(page.text('.dossiers .error')).toBe('Chọn ít nhất một hồ sơ');
    page.http.expectNone('/api/sessions');

    await page.type('#sf-date', '15/01/2021');
    await page.type('#sf-place', 'Phòng họp UBND huyện Văn Quan');
    await check(`[data-dossier-id="${RUOU_ID}"]`);
    await check(`[data-dossier-id="${TINH_DAU_ID}"]`);
    await check(`.attendees [data-member-id="${SECRETARY.id}"]`);
    await page.click('button.save');
    const req = await page.answer('/api/sessions', session(), { method: 'POST', status: 201 });
    expect(req.request.body).toEqual({
      councilId: COUNCIL_ID,
      title: 'Phiên họp đánh giá, phân hạng sản phẩm OCOP',
      date: '2021-01-15',
      place: 'Phòng họp UBND huyện Văn Quan',
      // In the order shown, whatever the order ticked.
      dossierIds: [TINH_DAU_ID, RUOU_ID],
      attendeeIds: [MEMBER_1.id, MEMBER_2.id, MEMBER_3.id],
    });
    await waitUntil(() => location.pathname === `/ocop/reports/sessions/${SESSION_ID}`);
  });

  it('shows the API’s message when a dossier’s sub-group has no criteria sheet', async () => {
    await open();
    await page.type('#sf-date', '15/01/2021');
    await page.type('#sf-place', 'Hội trường');
    await check(`[data-dossier-id="${RUOU_ID}"]`);
    await page.click('button.save');
    const message =
      'Chưa có phiếu đánh giá cho phân nhóm "Rượu trắng" của Bộ tiêu chí 1048; chưa thể đánh giá sản phẩm này.';
    await page.answer(
      '/api/sessions',
      { code: 'CRITERIA_SHEET_MISSING', message, details: null },
      { method: 'POST', status: 422 },
    );
    expect(page.text('.save-error')).toBe(message);
    expect(location.pathname).not.toContain(SESSION_ID);
  });
});
