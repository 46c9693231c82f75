import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { OcopProfile } from '@ocop/common';
import { FakeOcopAuth, nextTask, provideTestElement } from '@ocop/common/testing';
import {
  agendaItem,
  OTHER_SESSION_ID,
  RUOU_ID,
  session,
  SESSION_ID,
  sessionSummary,
  TINH_DAU_ID,
} from '../../testing/evaluation-fixtures';
import { COMMUNE_OFFICER, COUNCIL_MEMBER, DISTRICT_OFFICER } from '../../testing/users';
import { EvaluationHome } from './evaluation-home';

describe('EvaluationHome', () => {
  let fixture: ComponentFixture<EvaluationHome>;
  let http: HttpTestingController;
  let el: HTMLElement;

  afterEach(() => {
    http.verify();
    fixture.destroy();
  });

  async function open(user: OcopProfile): Promise<void> {
    const auth = new FakeOcopAuth();
    auth.user = user;
    TestBed.configureTestingModule({ providers: provideTestElement({ auth }) });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(EvaluationHome);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
  }

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await nextTask();
    await fixture.whenStable();
  }

  it('shows a member the sessions they attend, with a "Chấm điểm" link per dossier on the agenda', async () => {
    await open(COUNCIL_MEMBER);
    http
      .expectOne('/api/sessions')
      .flush([
        sessionSummary({ mySheetsToDo: 2 }),
        sessionSummary({ id: OTHER_SESSION_ID, status: 'closed', mySheetsToDo: 0, date: '2020-05-08' }),
      ]);
    await settle();
    // Only the open session's agenda is fetched.
    http.expectOne(`/api/sessions/${SESSION_ID}`).flush(
      session({
        canManage: false,
        agenda: [
          agendaItem({ mySheet: 'draft' }),
          agendaItem({
            dossierId: RUOU_ID,
            product: { id: 'p1', name: 'Rượu men lá Hữu Lễ' },
            mySheet: 'none',
          }),
        ],
      }),
    );
    await settle();

    expect(el.querySelector('h2')!.textContent).toBe('Đánh giá sản phẩm OCOP');
    expect(el.querySelector('#mine-title')!.textContent).toBe('Phiên họp tôi cần chấm');
    const links = Array.from(el.querySelectorAll<HTMLAnchorElement>('.my-session a.score'));
    expect(links.map((a) => a.textContent!.trim())).toEqual(['Chấm điểm', 'Chấm điểm']);
    expect(links.map((a) => a.getAttribute('href'))).toEqual([
      `/ocop/reports/sessions/${SESSION_ID}/dossiers/${TINH_DAU_ID}/score`,
      `/ocop/reports/sessions/${SESSION_ID}/dossiers/${RUOU_ID}/score`,
    ]);
    expect(el.querySelector('.my-session .meta')!.textContent).toContain('Còn 2 phiếu chưa nộp');
    expect(el.querySelector('.my-sheet')!.textContent).toBe('Đang chấm (chưa nộp)');
    // A member has no officer's list nor links.
    expect(el.querySelector('section.sessions')).toBeNull();
    expect(el.querySelector('.links a.councils')).toBeNull();
  });

  it('tells a member when no session waits for them', async () => {
    await open(COUNCIL_MEMBER);
    http.expectOne('/api/sessions').flush([]);
    await settle();
    expect(el.querySelector('section.mine')!.textContent).toContain(
      'Không có phiên họp nào đang chờ bạn chấm.',
    );
  });

  it('shows an officer the sessions, newest first, and the links to the councils and the certificates', async () => {
    await open(DISTRICT_OFFICER);
    http.expectOne('/api/sessions').flush([
      sessionSummary({
        id: OTHER_SESSION_ID,
        status: 'closed',
        date: '2020-05-08',
        title: 'Phiên họp năm 2020',
      }),
      sessionSummary(),
    ]);
    await settle();

    const rows = Array.from(el.querySelectorAll('section.sessions tbody tr'));
    expect(rows.map((r) => r.getAttribute('data-session-id'))).toEqual([SESSION_ID, OTHER_SESSION_ID]);
    expect(rows[0]!.querySelector('.date')!.textContent).toBe('15/01/2021');
    expect(rows[1]!.querySelector('.status')!.textContent).toBe('Đã kết thúc');
    expect(rows[0]!.querySelector('a.name')!.getAttribute('href')).toBe(
      `/ocop/reports/sessions/${SESSION_ID}`,
    );
    expect(el.querySelector('.links a.councils')!.getAttribute('href')).toBe('/ocop/reports/councils');
    expect(el.querySelector('.links a.certificates')!.textContent!.trim()).toBe('Giấy chứng nhận');
    expect(el.querySelector('.links a.certificates')!.getAttribute('href')).toBe(
      '/ocop/reports/certificates',
    );
    expect(el.querySelector('section.mine')).toBeNull();
  });

  it('gives a commune officer the certificates, and neither sessions to score nor councils', async () => {
    await open(COMMUNE_OFFICER);
    http.expectOne('/api/sessions').flush([]);
    await settle();
    expect(el.querySelector('.links a.certificates')).not.toBeNull();
    expect(el.querySelector('.links a.councils')).toBeNull();
    expect(el.querySelector('section.mine')).toBeNull();
    expect(el.querySelector('section.sessions')).toBeNull();
  });

  it('says the sessions could not be loaded, and tries again', async () => {
    await open(DISTRICT_OFFICER);
    http
      .expectOne('/api/sessions')
      .flush({ code: 'INTERNAL', message: 'x' }, { status: 500, statusText: 'x' });
    await settle();
    expect(el.textContent).toContain('Không tải được danh sách phiên họp.');
    el.querySelector<HTMLButtonElement>('ocop-status-panel button')!.click();
    await settle();
    http.expectOne('/api/sessions').flush([]);
    await settle();
    expect(el.textContent).toContain('Chưa có phiên họp nào.');
  });
});
