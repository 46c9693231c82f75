import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement, renderDeferred, waitUntil } from '@ocop/common/testing';
import { Page, Plan } from '@ocop/domain';
import { TasksPages } from '../../pages/tasks-pages';
import { PlanList } from './plan-list';
import {
  CAO_LOC_2020,
  PLAN_2019,
  PLAN_2020,
  PLAN_2021_ID,
  PLAN_ID,
  planSummary,
} from './testing/plan-fixtures';

const PLANS: Page<Plan> = { items: [PLAN_2019, planSummary(PLAN_2020), CAO_LOC_2020], total: 3 };

function districtOfficer(): FakeOcopAuth {
  const auth = new FakeOcopAuth();
  auth.user = {
    username: 'vq.nongnghiep',
    name: 'Lương Văn Hải',
    roles: ['district-officer'],
    districtCode: '184',
    departmentCode: 'NNPTNT',
  };
  return auth;
}

function departmentOfficer(): FakeOcopAuth {
  const auth = new FakeOcopAuth();
  auth.user = {
    username: 'vq.yte',
    name: 'Hoàng Thị Lan',
    roles: ['department-officer'],
    districtCode: '184',
    departmentCode: 'TTYT',
  };
  return auth;
}

describe('PlanList', () => {
  let fixture: ComponentFixture<PlanList>;
  let http: HttpTestingController;
  let el: HTMLElement;
  let original: string;

  afterEach(() => {
    http.verify();
    fixture?.destroy();
    document.querySelectorAll('dialog[open]').forEach((d) => (d as HTMLDialogElement).close());
    history.replaceState(history.state, '', original);
  });

  async function open(auth: FakeOcopAuth): Promise<void> {
    original = location.pathname + location.search + location.hash;
    history.replaceState(history.state, '', '/ocop/tasks/plans');
    TestBed.configureTestingModule({ providers: provideTestElement({ auth }) });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanList);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
    const req = http.expectOne((r) => r.url === '/api/tasks/plans');
    expect(req.request.params.get('limit')).toBe('200');
    req.flush(PLANS);
    await fixture.whenStable();
  }

  const rows = (): HTMLTableRowElement[] => Array.from(el.querySelectorAll('tbody tr'));
  const dialog = (): HTMLDialogElement => el.querySelector('dialog.copy-dialog')!;
  const copyButton = (planId: string): HTMLButtonElement | null =>
    el.querySelector(`tr[data-plan="${planId}"] button.copy`);

  it('lists the plans newest year first, with number, date of issue and a link to each plan', async () => {
    await open(departmentOfficer());
    const texts = rows().map((row) => Array.from(row.cells).map((cell) => cell.textContent!.trim()));
    expect(texts.map((t) => t[0])).toEqual(['2020', '2020', '2019']);
    expect(texts[0]).toEqual([
      '2020',
      'Dự thảo',
      '—',
      'Kế hoạch OCOP huyện Cao Lộc năm 2020',
      'Huyện Cao Lộc',
    ]);
    expect(texts[1]).toEqual(['2020', '45/KH-UBND', '15/01/2020', PLAN_2020.title, 'Huyện Văn Quan']);
    const link = el.querySelector<HTMLAnchorElement>(`tr[data-plan="${PLAN_ID}"] a.name`)!;
    expect(link.getAttribute('href')).toBe(`/ocop/tasks/plans/${PLAN_ID}`);
    // A department officer neither creates nor copies plans.
    expect(el.querySelector('a.new-plan')).toBeNull();
    expect(el.querySelectorAll('button.copy').length).toBe(0);
  });

  it("offers the district officer a new plan, and a copy to next year of their own district's plans", async () => {
    await open(districtOfficer());
    expect(el.querySelector<HTMLAnchorElement>('a.new-plan')!.getAttribute('href')).toBe(
      '/ocop/tasks/plans/new',
    );
    expect(copyButton(PLAN_ID)!.textContent!.trim()).toBe('Sao chép sang năm 2021');
    // 2019 → 2020 exists already; Cao Lộc's plan is not theirs.
    expect(copyButton(PLAN_2019.id)).toBeNull();
    expect(copyButton(CAO_LOC_2020.id)).toBeNull();
  });

  it('copies after a confirmation that says what is copied and what is not, then opens the new plan', async () => {
    await open(districtOfficer());
    copyButton(PLAN_ID)!.click();
    fixture.detectChanges();
    expect(dialog().open).toBeTrue();
    const text = dialog().textContent!;
    expect(text).toContain('Sao chép kế hoạch năm 2020 sang năm 2021?');
    expect(dialog().querySelector('ul.copied')!.textContent).toContain('trạng thái đặt lại “Đã giao”');
    expect(dialog().querySelector('ul.copied')!.textContent).toContain('Hạn của nhiệm vụ lùi đúng một năm');
    expect(dialog().querySelector('ul.not-copied')!.textContent).toContain('Báo cáo tiến độ, minh chứng');
    http.expectNone((r) => r.url.endsWith('/copy'));

    dialog().querySelector<HTMLButtonElement>('button.confirm-copy')!.click();
    await nextTask();
    const req = http.expectOne(`/api/tasks/plans/${PLAN_ID}/copy`);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ year: 2021 });
    req.flush({ ...PLAN_2020, id: PLAN_2021_ID, year: 2021, number: null, issuedOn: null, signer: null });
    await waitUntil(() => location.pathname === `/ocop/tasks/plans/${PLAN_2021_ID}`);
    expect(dialog().open).toBeFalse();
  });

  it('sends nothing when the copy is cancelled', async () => {
    await open(districtOfficer());
    copyButton(PLAN_ID)!.click();
    fixture.detectChanges();
    dialog().querySelector<HTMLButtonElement>('button.cancel-copy')!.click();
    fixture.detectChanges();
    expect(dialog().open).toBeFalse();
    http.expectNone((r) => r.url.endsWith('/copy'));
    expect(location.pathname).toBe('/ocop/tasks/plans');
  });

  it("says clearly that next year's plan exists when the copy is refused with 409 PLAN_EXISTS", async () => {
    await open(districtOfficer());
    copyButton(PLAN_ID)!.click();
    fixture.detectChanges();
    dialog().querySelector<HTMLButtonElement>('button.confirm-copy')!.click();
    await nextTask();
    http
      .expectOne(`/api/tasks/plans/${PLAN_ID}/copy`)
      .flush(
        { code: 'PLAN_EXISTS', message: 'Đã có kế hoạch năm 2021 của đơn vị này', details: null },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();
    await nextTask();
    fixture.detectChanges();
    const alert = dialog().querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('Đã có kế hoạch năm 2021 của Huyện Văn Quan');
    expect(alert.textContent).toContain('mỗi đơn vị chỉ có một kế hoạch một năm');
    expect(dialog().open).toBeTrue();
    expect(location.pathname).toBe('/ocop/tasks/plans');
    // The list is read again, so the plan made meanwhile shows (and its copy button goes).
    const plan2021: Plan = { ...planSummary(PLAN_2020), id: PLAN_2021_ID, year: 2021, number: null };
    http
      .expectOne((r) => r.url === '/api/tasks/plans')
      .flush({ items: [...PLANS.items, plan2021], total: 4 });
    await fixture.whenStable();
    expect(el.querySelector(`tr[data-plan="${PLAN_2021_ID}"]`)).not.toBeNull();
    expect(copyButton(PLAN_ID)).toBeNull();
  });

  it('shows a failed load with a retry', async () => {
    original = location.pathname + location.search + location.hash;
    TestBed.configureTestingModule({ providers: provideTestElement({ auth: districtOfficer() }) });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanList);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
    http
      .expectOne((r) => r.url === '/api/tasks/plans')
      .flush({ code: 'INTERNAL', message: 'Lỗi' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    expect(el.textContent).toContain('Không tải được danh sách kế hoạch.');
    el.querySelector<HTMLButtonElement>('ocop-status-panel button')!.click();
    await nextTask();
    http.expectOne((r) => r.url === '/api/tasks/plans').flush(PLANS);
    await fixture.whenStable();
    expect(rows().length).toBe(3);
  });
});

describe('PlanList in the tasks pages', () => {
  let original: string;

  afterEach(() => history.replaceState(history.state, '', original));

  it('is the page at <basePath>/tasks/plans (a lazy @defer chunk)', async () => {
    original = location.pathname + location.search + location.hash;
    history.replaceState(history.state, '', '/ocop/tasks/plans');
    TestBed.configureTestingModule({ providers: provideTestElement({ auth: districtOfficer() }) });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(TasksPages);
    await fixture.whenStable();
    await renderDeferred(fixture);
    await nextTask();
    http.expectOne((r) => r.url === '/api/tasks/plans').flush(PLANS);
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('ocop-plan-list h2')!.textContent).toContain(
      'Kế hoạch thực hiện Chương trình OCOP',
    );
    expect(el.querySelectorAll('ocop-plan-list tbody tr').length).toBe(3);
    http.verify();
    fixture.destroy();
  });
});
