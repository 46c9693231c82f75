import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FormDrafts } from '@ocop/common';
import { FakeOcopAuth, provideTestElement } from '@ocop/common/testing';
import {
  type DossierScores,
  EMPTY_ANSWERS,
  SHEET_1048_THAO_DUOC_KHAC,
  sheetCriteria,
  type SheetAnswers,
} from '@ocop/domain';
import {
  DOSSIER_ID,
  FULL_ANSWERS,
  MINE_URL,
  mySheet,
  session,
  SESSION_ID,
} from '../testing/scoring-fixtures';
import { ScoreSheetPage } from './score-sheet-page';
import { AUTOSAVE_DELAY_MS } from './score-sheet.store';
import { sentRequest } from '../testing/sent-request';
import { COUNCIL_MEMBER } from '../../testing/users';

const SHEETS_URL = `/api/sessions/${SESSION_ID}/dossiers/${DOSSIER_ID}/sheets`;
const DRAFT_KEY = `reports:score:${SESSION_ID}:${DOSSIER_ID}`;

function scores(): DossierScores {
  const member = (id: string, fullName: string, total: number | null) => ({
    member: { id, fullName, position: 'member' as const, title: 'Ủy viên', username: id },
    status: total === null ? ('draft' as const) : ('submitted' as const),
    total,
    parts: null,
    answers: null,
    submittedAt: null,
  });
  return {
    sessionId: SESSION_ID,
    dossierId: DOSSIER_ID,
    members: [
      member('m1', 'Lương Văn Hùng', 76),
      member('m2', 'Hoàng Thị Mai', 64),
      member('m3', 'Vi Văn Tú', null),
    ],
    result: { count: 2, mean: 70, spread: 12, min: 64, max: 76, spreadFlagged: true, stars: 4 },
  };
}

describe('ScoreSheetPage', () => {
  let fixture: ComponentFixture<ScoreSheetPage> | undefined;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(() => {
    const auth = new FakeOcopAuth();
    auth.user = COUNCIL_MEMBER;
    TestBed.configureTestingModule({
      providers: [...provideTestElement({ auth }), { provide: AUTOSAVE_DELAY_MS, useValue: 20 }],
    });
    http = TestBed.inject(HttpTestingController);
    TestBed.inject(FormDrafts).clear(DRAFT_KEY);
  });

  afterEach(() => {
    fixture?.destroy();
    fixture = undefined;
    TestBed.inject(FormDrafts).clear(DRAFT_KEY);
  });

  async function open(sheet = mySheet(), status: 'open' | 'closed' = 'open'): Promise<void> {
    fixture = TestBed.createComponent(ScoreSheetPage);
    el = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('sessionId', SESSION_ID);
    fixture.componentRef.setInput('dossierId', DOSSIER_ID);
    await fixture.whenStable();
    (await sentRequest(http, 'GET', `/api/sessions/${SESSION_ID}`)).flush(session(status));
    (await sentRequest(http, 'GET', MINE_URL)).flush(sheet);
    await settle();
  }

  async function settle(): Promise<void> {
    await fixture!.whenStable();
    fixture!.detectChanges();
  }

  const criterion = (code: string): HTMLElement => el.querySelector(`[data-criterion="${code}"]`)!;
  const text = (selector: string): string =>
    (el.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const submitButton = (): HTMLButtonElement => el.querySelector<HTMLButtonElement>('button.submit-sheet')!;

  async function choose(code: string, index: number): Promise<void> {
    criterion(code).querySelector<HTMLInputElement>(`input[type="radio"][value="${index}"]`)!.click();
    await settle();
  }

  /** The autosave is refused as stale; the page reloads and finds `saved` (version 3) on the server. */
  async function refusedAsStale(saved: SheetAnswers): Promise<void> {
    (await sentRequest(http, 'PUT', MINE_URL)).flush(
      { code: 'STALE_VERSION', message: 'stale', details: { currentVersion: 3 } },
      { status: 409, statusText: 'Conflict' },
    );
    (await sentRequest(http, 'GET', MINE_URL)).flush(mySheet(saved, { version: 3 }));
  }

  async function answerAll(answers: SheetAnswers = FULL_ANSWERS): Promise<void> {
    for (const [code, index] of Object.entries(answers.choices)) await choose(code, index);
  }

  it('shows the sheet by part, section and criterion with every criterion highlighted until scored', async () => {
    await open();

    expect(text('h2')).toBe('Tinh dầu hồi Văn Quan');
    expect(text('.sheet-title')).toBe('Ngành Thảo dược › Nhóm/Phân nhóm Thảo dược khác');
    expect(el.querySelectorAll('section.part').length).toBe(3);
    const legend = criterion('1.1').querySelector('fieldset legend')!.textContent!.trim();
    expect(legend).toBe('1.1. Nguồn nguyên liệu (tối đa 3 điểm)');
    const radios = Array.from(criterion('1.1').querySelectorAll<HTMLInputElement>('input[type="radio"]'));
    expect(radios.map((r) => r.value)).toEqual(['0', '1', '2']);
    expect(new Set(radios.map((r) => r.name)).size).toBe(1);
    expect(criterion('1.1').textContent).toContain('Từ 75% (3 điểm)');
    expect(el.querySelectorAll('.unanswered').length).toBe(5);
    expect(criterion('2.1').textContent).toContain('Chưa chấm');
    expect(text('.unanswered-count')).toContain('Còn 5 tiêu chí chưa chấm.');
    expect(text('.part-total[data-part="A"]')).toBe('Phần A: 0/5');
    expect(text('.sheet-total')).toBe('Tổng: 0/100');
    expect(submitButton().disabled).toBeTrue();
  });

  it('renders a real sheet (1048, Thảo dược khác) whose best options add up to 100', async () => {
    await open(mySheet(EMPTY_ANSWERS, { sheet: SHEET_1048_THAO_DUOC_KHAC }));

    const criteria = sheetCriteria(SHEET_1048_THAO_DUOC_KHAC);
    expect(el.querySelectorAll('[data-criterion]').length).toBe(criteria.length);
    for (const c of criteria) {
      const best = c.options.reduce((top, o, i) => (o.points > c.options[top]!.points ? i : top), 0);
      await choose(c.code, best);
    }
    expect(text('.part-total[data-part="A"]')).toBe('Phần A: 35/35');
    expect(text('.part-total[data-part="B"]')).toBe('Phần B: 25/25');
    expect(text('.part-total[data-part="C"]')).toBe('Phần C: 40/40');
    expect(text('.sheet-total')).toBe('Tổng: 100/100');
    expect(submitButton().disabled).toBeFalse();
    const put = await sentRequest(http, 'PUT', MINE_URL);
    put.flush(mySheet(put.request.body.answers, { sheet: SHEET_1048_THAO_DUOC_KHAC, version: 2 }));
    await settle();
  });

  it('shows the cases of a criterion as sub-headings over their options', async () => {
    await open();

    const field = criterion('1.2');
    expect(Array.from(field.querySelectorAll('.case-title')).map((h) => h.textContent!.trim())).toEqual([
      'Tổ chức',
      'Giám đốc/Chủ hộ',
    ]);
    expect(field.querySelector('.note')!.textContent).toContain('Lựa chọn một trong hai trường hợp sau:');
    expect(field.querySelectorAll('ul.options').length).toBe(2);
  });

  it('adds up the parts live and autosaves the answers shortly after a change', async () => {
    await open();

    await choose('1.1', 2);
    await choose('1.2', 1);
    expect(text('.part-total[data-part="A"]')).toBe('Phần A: 5/5');
    expect(text('.sheet-total')).toBe('Tổng: 5/100');
    expect(criterion('1.1').classList).not.toContain('unanswered');
    expect(text('.save-status')).toBe('Có thay đổi chưa lưu…');

    const put = await sentRequest(http, 'PUT', MINE_URL);
    expect(put.request.body).toEqual({
      answers: { choices: { '1.1': 2, '1.2': 1 }, gates: [] },
      version: 1,
    });
    await settle();
    expect(text('.save-status')).toBe('Đang lưu…');
    put.flush(mySheet(put.request.body.answers, { version: 2 }));
    await settle();
    expect(text('.save-status')).toMatch(/^Đã lưu lúc \d\d:\d\d$/);
    expect(TestBed.inject(FormDrafts).load(DRAFT_KEY)).toBeNull();
  });

  it('skips the rest of the part when a stop gate is ticked, and excludes the product on an exclusion gate', async () => {
    await open();

    criterion('3.1').querySelector<HTMLInputElement>('input.gate-box')!.click();
    await settle();
    expect(criterion('3.1').textContent).toContain('Không đánh giá tiếp các tiêu chí: 3.2.');
    expect(criterion('3.2').classList).toContain('skipped');
    expect(criterion('3.2').querySelector<HTMLInputElement>('input[type="radio"]')!.disabled).toBeTrue();
    expect(text('.unanswered-count')).toContain('Còn 3 tiêu chí chưa chấm.');

    criterion('1.1').querySelector<HTMLInputElement>('input.gate-box')!.click();
    await settle();
    expect(criterion('1.1').textContent).toContain('Sản phẩm bị loại');
    expect(text('.sheet-total')).toBe('Tổng: 0/100');
    expect(submitButton().disabled).toBeFalse();
    const put = await sentRequest(http, 'PUT', MINE_URL);
    expect(put.request.body.answers.gates).toEqual(['3.1', '1.1']);
    put.flush(mySheet(put.request.body.answers, { version: 2 }));
    await settle();
  });

  it('moves the focus to the first criterion not scored', async () => {
    await open();
    await choose('1.1', 0);

    el.querySelector<HTMLAnchorElement>('a.go-unanswered')!.click();
    expect(document.activeElement).toBe(criterion('1.2').querySelector('input[type="radio"]'));
    (await sentRequest(http, 'PUT', MINE_URL)).flush(
      mySheet({ choices: { '1.1': 0 }, gates: [] }, { version: 2 }),
    );
    await settle();
  });

  it('submits a complete sheet after confirmation, then shows the other members’ totals', async () => {
    await open();
    await answerAll();
    (await sentRequest(http, 'PUT', MINE_URL)).flush(mySheet(FULL_ANSWERS, { version: 2 }));
    await settle();
    expect(text('.sheet-total')).toBe('Tổng: 12/100');
    expect(submitButton().textContent!.trim()).toBe('Nộp phiếu');
    expect(submitButton().disabled).toBeFalse();

    submitButton().click();
    await settle();
    const dialog = el.querySelector<HTMLDialogElement>('dialog.confirm-submit-dialog')!;
    expect(dialog.open).toBeTrue();
    expect(dialog.textContent).toContain('Sau khi nộp, bạn không sửa được nữa trừ khi Thư ký mở lại');
    const confirm = dialog.querySelector<HTMLButtonElement>('button.confirm-submit')!;
    expect(confirm.textContent!.trim()).toBe('Nộp');
    confirm.click();

    const submit = await sentRequest(http, 'POST', `${MINE_URL}/submit`);
    expect(submit.request.body).toEqual({ version: 2 });
    submit.flush(
      mySheet(FULL_ANSWERS, { version: 3, status: 'submitted', submittedAt: '2021-01-15T03:10:00Z' }),
    );
    (await sentRequest(http, 'GET', SHEETS_URL)).flush(scores());
    await settle();

    expect(dialog.open).toBeFalse();
    expect(el.querySelector('button.submit-sheet')).toBeNull();
    expect(text('.my-total')).toBe('Tổng điểm của bạn: 12,00');
    expect(criterion('1.1').querySelector<HTMLInputElement>('input[type="radio"]')!.disabled).toBeTrue();
    const rows = Array.from(el.querySelectorAll('.member-scores tbody tr')).map((r) =>
      r.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(rows).toEqual(['Lương Văn Hùng 76,00', 'Hoàng Thị Mai 64,00', 'Vi Văn Tú Chưa nộp']);
    expect(text('.mean')).toBe('Điểm trung bình: 70,00');
    expect(text('.spread-flag')).toBe('Chênh lệch trên 10 điểm — cần thảo luận');
    expect(text('.stars')).toContain('4 sao');
  });

  it('explains in Vietnamese when the other members’ scores are still hidden', async () => {
    await open(mySheet(FULL_ANSWERS, { status: 'submitted', submittedAt: '2021-01-15T03:10:00Z' }));

    (await sentRequest(http, 'GET', SHEETS_URL)).flush(
      { code: 'SCORES_HIDDEN', message: 'hidden', details: null },
      { status: 403, statusText: 'Forbidden' },
    );
    await settle();
    expect(text('.scores-hidden')).toBe(
      'Bạn cần nộp phiếu chấm của mình trước khi xem điểm của các thành viên khác.',
    );
  });

  it('shows a closed session read-only', async () => {
    await open(mySheet(FULL_ANSWERS, { status: 'submitted', locked: true }), 'closed');
    (await sentRequest(http, 'GET', SHEETS_URL)).flush(scores());
    await settle();

    expect(text('.locked')).toBe('Phiên họp đã kết thúc — điểm đã khóa.');
    const inputs = Array.from(el.querySelectorAll<HTMLInputElement>('form.sheet input'));
    expect(inputs.length).toBeGreaterThan(0);
    expect(inputs.every((input) => input.disabled)).toBeTrue();
    expect(el.querySelector('.save-status')).toBeNull();
    expect(el.querySelector('button.submit-sheet')).toBeNull();
  });

  it('merges a save refused as stale with what the server holds and saves again', async () => {
    await open();
    await choose('1.1', 2);

    await refusedAsStale({ choices: { '2.1': 1 }, gates: [] });

    const again = await sentRequest(http, 'PUT', MINE_URL);
    expect(again.request.body).toEqual({
      answers: { choices: { '2.1': 1, '1.1': 2 }, gates: [] },
      version: 3,
    });
    again.flush(mySheet(again.request.body.answers, { version: 4 }));
    await settle();
    expect(text('.sheet-total')).toBe('Tổng: 6/100');
    expect(el.querySelector('.conflict')).toBeNull();
  });

  it('asks which choice to keep when the same criterion was saved differently elsewhere', async () => {
    await open();
    await choose('1.1', 2);

    await refusedAsStale({ choices: { '1.1': 0 }, gates: [] });
    await settle();

    expect(text('.conflict')).toContain('các tiêu chí: 1.1');
    expect(http.match({ method: 'PUT', url: MINE_URL }).length).toBe(0);
    el.querySelector<HTMLButtonElement>('button.keep-mine')!.click();
    const put = await sentRequest(http, 'PUT', MINE_URL);
    expect(put.request.body).toEqual({ answers: { choices: { '1.1': 2 }, gates: [] }, version: 3 });
    put.flush(mySheet(put.request.body.answers, { version: 4 }));
    await settle();
  });

  it('keeps the answers on this computer when a save fails, and restores them on the next visit', async () => {
    await open();
    await choose('2.1', 1);
    (await sentRequest(http, 'PUT', MINE_URL)).flush(
      { code: 'HTTP_401', message: 'expired', details: null },
      { status: 401, statusText: 'Unauthorized' },
    );
    await settle();
    expect(text('.save-status')).toContain('Chưa lưu được lên máy chủ');
    fixture!.destroy();
    fixture = undefined;

    await open(mySheet(EMPTY_ANSWERS));
    expect(text('.restored')).toBe('Đã khôi phục các lựa chọn chưa kịp lưu trên máy này.');
    expect(criterion('2.1').querySelector<HTMLInputElement>('input[value="1"]')!.checked).toBeTrue();
    const put = await sentRequest(http, 'PUT', MINE_URL);
    expect(put.request.body).toEqual({ answers: { choices: { '2.1': 1 }, gates: [] }, version: 1 });
    put.flush(mySheet(put.request.body.answers, { version: 2 }));
    await settle();
  });
});
