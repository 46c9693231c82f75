import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { OcopProfile } from '@ocop/common';
import { FakeOcopAuth, nextTask, provideTestElement } from '@ocop/common/testing';
import type { Certificate } from '@ocop/domain';
import { certificate } from '../../certificates/testing/certificate-fixtures';
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

  /** GET /api/certificates?status=expiring and ?status=expired, which the home asks beside the sessions. */
  async function answerCertificates(expiring: Certificate[], expired: Certificate[] = []): Promise<void> {
    http.expectOne('/api/certificates?status=expiring').flush(expiring);
    http.expectOne('/api/certificates?status=expired').flush(expired);
    await settle();
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
    // A council member reads no certificates: nothing to remind them of, nothing asked.
    http.expectNone((r) => r.url === '/api/certificates');
    expect(el.querySelector('.reminder')).toBeNull();
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
    await answerCertificates([]);

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
    await answerCertificates([]);
    expect(el.querySelector('.links a.certificates')).not.toBeNull();
    expect(el.querySelector('.links a.councils')).toBeNull();
    expect(el.querySelector('section.mine')).toBeNull();
    expect(el.querySelector('section.sessions')).toBeNull();
  });

  it('reminds an officer of the certificates expiring within 30 days and of the expired ones, with links to them', async () => {
    await open(DISTRICT_OFFICER);
    http.expectOne('/api/sessions').flush([sessionSummary()]);
    await answerCertificates(
      [certificate('a', { status: 'expiring' }), certificate('b', { status: 'expiring' })],
      [certificate('c', { status: 'expired' })],
    );

    const expiring = el.querySelector<HTMLAnchorElement>('.reminder .expiring a')!;
    expect(expiring.textContent!.trim()).toBe('Có 2 giấy chứng nhận OCOP sắp hết hạn trong 30 ngày tới');
    expect(expiring.getAttribute('href')).toBe('/ocop/reports/certificates?status=expiring');
    const expired = el.querySelector<HTMLAnchorElement>('.reminder .expired a')!;
    expect(expired.textContent!.trim()).toBe('1 giấy chứng nhận đã hết hạn');
    expect(expired.getAttribute('href')).toBe('/ocop/reports/certificates?status=expired');
    // The rest of the home is there as well.
    expect(el.querySelectorAll('section.sessions tbody tr').length).toBe(1);
  });

  it('reminds a commune officer of expiring certificates only when there are some', async () => {
    await open(COMMUNE_OFFICER);
    http.expectOne('/api/sessions').flush([]);
    await answerCertificates([certificate('a', { status: 'expiring' })]);
    expect(el.querySelector('.reminder .expiring')!.textContent!.trim()).toBe(
      'Có 1 giấy chứng nhận OCOP sắp hết hạn trong 30 ngày tới',
    );
    expect(el.querySelector('.reminder .expired')).toBeNull();
  });

  it('shows no reminder when no certificate is expiring or expired', async () => {
    await open(DISTRICT_OFFICER);
    http.expectOne('/api/sessions').flush([sessionSummary()]);
    await answerCertificates([], []);
    expect(el.querySelector('.reminder')).toBeNull();
    expect(el.querySelector('.reminder-failed')).toBeNull();
    expect(el.querySelector('section.sessions')).not.toBeNull();
  });

  it('shows the sessions while the certificates are still being checked, and only a small note when that fails', async () => {
    await open(DISTRICT_OFFICER);
    http.expectOne('/api/sessions').flush([sessionSummary()]);
    await settle();
    expect(el.querySelectorAll('section.sessions tbody tr').length).toBe(1);
    expect(el.querySelector('.reminder')).toBeNull();

    http
      .expectOne('/api/certificates?status=expiring')
      .flush({ code: 'INTERNAL', message: 'x' }, { status: 500, statusText: 'x' });
    // forkJoin gives up on the first error; the other request is cancelled.
    expect(http.expectOne('/api/certificates?status=expired').cancelled).toBeTrue();
    await settle();
    expect(el.querySelector('.reminder-failed')!.textContent!.trim()).toBe(
      'Chưa kiểm tra được hạn của giấy chứng nhận.',
    );
    expect(el.querySelector('.reminder')).toBeNull();
    expect(el.querySelectorAll('section.sessions tbody tr').length).toBe(1);
  });

  it('says the sessions could not be loaded, and tries again', async () => {
    await open(DISTRICT_OFFICER);
    http
      .expectOne('/api/sessions')
      .flush({ code: 'INTERNAL', message: 'x' }, { status: 500, statusText: 'x' });
    await answerCertificates([]);
    expect(el.textContent).toContain('Không tải được danh sách phiên họp.');
    el.querySelector<HTMLButtonElement>('ocop-status-panel button')!.click();
    await settle();
    http.expectOne('/api/sessions').flush([]);
    await settle();
    expect(el.textContent).toContain('Chưa có phiên họp nào.');
  });
});
