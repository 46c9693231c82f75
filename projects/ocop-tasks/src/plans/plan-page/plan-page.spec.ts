import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { navigateTo } from '@ocop/common';
import { FakeOcopAuth, nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { Page, PlanDetail, RollupRow, TaskSummary, TaskUnit, UnitDeadlineCount } from '@ocop/domain';
import { HUU_LE, NNPTNT, PLAN_ID, task, taskId, TTYT } from '../../my-tasks/testing/task-fixtures';
import { PlanPage } from './plan-page';
import { PLAN_XLSX_LOADER, PlanXlsxModule } from './plan-xlsx-loader';

const PLAN: PlanDetail = {
  id: PLAN_ID,
  unit: { code: '184', name: 'Huyện Văn Quan' },
  year: 2020,
  number: '45/KH-UBND',
  title: 'Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm 2020',
  issuedOn: '2020-02-14',
  version: 3,
  legalBases: [],
  purposes: [],
  requirements: [],
  fundingSources: [],
  sections: [
    { code: 'III.3', title: 'Phòng Nông nghiệp và PTNT' },
    { code: 'III.5', title: 'Trung tâm Y tế' },
    { code: 'III.9', title: 'UBND các xã, thị trấn' },
  ],
  targets: [
    {
      id: 'a1000000-0000-4000-8000-000000000001',
      code: 'MT1',
      title: 'Hoàn thiện hồ sơ sản phẩm rượu men lá Hữu Lễ',
      indicator: '01 hồ sơ được hoàn thiện, nộp tỉnh',
      quantity: 1,
      measure: 'hồ sơ',
      dueQuarter: '2020-Q1',
      productId: null,
      dossierId: null,
    },
    {
      id: 'a1000000-0000-4000-8000-000000000002',
      code: 'MT2',
      title: 'Đánh giá 01 sản phẩm mới',
      indicator: '01 sản phẩm được đánh giá, phân hạng',
      quantity: 1,
      measure: 'sản phẩm',
      dueQuarter: null,
      productId: null,
      dossierId: null,
    },
  ],
  signer: 'KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hoàng Văn Quân',
  copiedFromId: null,
};

const HERBS = task(1, 'Hướng dẫn chủ thể về an toàn thực phẩm sản phẩm thảo dược', {
  sectionCode: 'III.5',
  status: 'in_progress',
  deadlineFlag: 'overdue',
  dueDate: '2020-06-30',
  dueQuarter: null,
  due: '2020-06-30',
  reportedPercent: 50,
  acceptedPercent: 50,
});
const REPORT_Q2 = task(2, 'Báo cáo kết quả thực hiện Chương trình OCOP', {
  sectionCode: 'III.3',
  lead: NNPTNT,
  recurrence: 'quarterly',
  seriesId: taskId(90),
  period: '2020-Q2',
  dueQuarter: '2020-Q2',
  due: '2020-06-30',
  status: 'accepted',
  reportedPercent: 100,
  acceptedPercent: 100,
});
const HUU_LE_DOSSIER = task(3, 'Hoàn thiện hồ sơ rượu men lá Hữu Lễ', {
  sectionCode: 'III.9',
  lead: HUU_LE,
  status: 'reported_done',
  pendingReview: true,
  reportedPercent: 100,
  acceptedPercent: 60,
  deadlineFlag: 'due-soon',
});
const LEFT_OVER = task(4, 'Tuyên truyền về Chương trình OCOP', {
  sectionCode: 'III.12',
  lead: TTYT,
  dueQuarter: null,
  due: null,
});
const ALL = [REPORT_Q2, HERBS, HUU_LE_DOSSIER, LEFT_OVER];

function rollup(
  kind: RollupRow['kind'],
  key: string,
  label: string,
  accepted: number[],
  reported: number[],
): RollupRow {
  const mean = (values: number[]): number =>
    values.length === 0 ? 0 : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
  return {
    kind,
    key,
    label,
    counted: accepted.length,
    cancelled: 0,
    accepted: accepted.filter((v) => v === 100).length,
    acceptedValues: accepted,
    acceptedMean: mean(accepted),
    reportedValues: reported,
    reportedMean: mean(reported),
  };
}

const ROLLUPS: RollupRow[] = [
  rollup('plan', PLAN_ID, 'Toàn kế hoạch', [100, 50, 60, 0], [100, 50, 100, 0]),
  rollup('target', PLAN.targets[0]!.id, 'MT1', [60], [100]),
  rollup('unit', 'department:TTYT', 'Trung tâm Y tế', [50, 0], [50, 0]),
];

const COUNTS: UnitDeadlineCount[] = [
  { unit: TTYT, total: 2, overdue: 1, dueSoon: 0, waitingForReview: 0, accepted: 0, cancelled: 0 },
  { unit: HUU_LE, total: 1, overdue: 0, dueSoon: 1, waitingForReview: 1, accepted: 0, cancelled: 0 },
];

const UNITS: TaskUnit[] = [NNPTNT, TTYT, HUU_LE];

const DISTRICT_OFFICER = {
  username: 'vq.nongnghiep',
  name: 'Phòng NN&PTNT Văn Quan',
  roles: ['district-officer'],
  districtCode: '184',
  departmentCode: 'NNPTNT',
};

const PAGE_URL = `/ocop/tasks/plans/${PLAN_ID}`;

describe('PlanPage', () => {
  let fixture: ComponentFixture<PlanPage>;
  let http: HttpTestingController;
  let el: HTMLElement;
  let auth: FakeOcopAuth;
  let original: string;
  let xlsx: jasmine.Spy<PlanXlsxModule['exportPlanXlsx']>;
  let loader: jasmine.Spy<() => Promise<PlanXlsxModule>>;

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    auth = new FakeOcopAuth();
    auth.user = DISTRICT_OFFICER;
    xlsx = jasmine.createSpy<PlanXlsxModule['exportPlanXlsx']>('exportPlanXlsx').and.resolveTo();
    loader = jasmine
      .createSpy<() => Promise<PlanXlsxModule>>('loadPlanXlsx')
      .and.callFake(() => Promise.resolve({ exportPlanXlsx: xlsx }));
    TestBed.configureTestingModule({
      providers: [...provideTestElement({ auth }), { provide: PLAN_XLSX_LOADER, useValue: loader }],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    fixture?.destroy();
    history.replaceState(history.state, '', original);
  });

  const tasksUrl = `/api/tasks/plans/${PLAN_ID}/tasks`;

  /** Creates the page at `url`, answers everything but the task list, and returns the list request. */
  async function create(url = PAGE_URL, plan: PlanDetail = PLAN): Promise<TestRequest> {
    history.replaceState(history.state, '', url);
    fixture = TestBed.createComponent(PlanPage);
    fixture.componentRef.setInput('planId', PLAN_ID);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
    http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush(plan);
    http.expectOne(`/api/tasks/plans/${PLAN_ID}/rollups`).flush(ROLLUPS);
    http.expectOne(`/api/tasks/plans/${PLAN_ID}/deadline-counts`).flush(COUNTS);
    http.expectOne(`/api/tasks/plans/${PLAN_ID}/units`).flush(UNITS);
    return expectTasks();
  }

  async function open(items: TaskSummary[] = ALL, url?: string): Promise<void> {
    (await create(url)).flush(page(items));
    await fixture.whenStable();
  }

  const page = (items: TaskSummary[]): Page<TaskSummary> => ({ items, total: items.length });

  function expectTasks(): TestRequest {
    const req = http.expectOne((r) => r.url === tasksUrl);
    expect(req.request.method).toBe('GET');
    return req;
  }

  function params(req: TestRequest): Record<string, string> {
    const p = req.request.params;
    return Object.fromEntries(p.keys().map((key) => [key, p.get(key)!]));
  }

  async function answer(items: TaskSummary[]): Promise<void> {
    expectTasks().flush(page(items));
    await fixture.whenStable();
  }

  async function choose(id: string, value: string): Promise<void> {
    const select = el.querySelector<HTMLSelectElement>(`#${id}`)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    await nextTask();
  }

  async function type(text: string): Promise<void> {
    const input = el.querySelector<HTMLInputElement>('#pp-q')!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  /** Lets the click's work start, its request go out and its answer render. */
  async function settle(): Promise<void> {
    await fixture.whenStable();
    await nextTask();
    await fixture.whenStable();
  }

  /** Clicks "Xuất Excel", answers the export's request for every task of the plan, and lets the file be made. */
  async function exportXlsx(): Promise<void> {
    el.querySelector<HTMLButtonElement>('button.export')!.click();
    await settle();
    expectTasks().flush(page(ALL));
    await settle();
  }

  async function group(by: 'section' | 'unit'): Promise<void> {
    el.querySelector<HTMLInputElement>(`input[name="group"][value="${by}"]`)!.click();
    await fixture.whenStable();
  }

  const squash = (node: Element | null): string => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
  const headings = (): string[] => Array.from(el.querySelectorAll('.group h4')).map((h) => squash(h));
  const titlesIn = (key: string): string[] =>
    Array.from(el.querySelectorAll(`.group[data-group="${key}"] td.title a`)).map((a) => squash(a));
  const cell = (id: string, name: string): string =>
    squash(el.querySelector(`tr[data-task="${id}"] td.${name}`));
  const link = (selector: string): HTMLAnchorElement | null => el.querySelector<HTMLAnchorElement>(selector);
  const alert = (): HTMLElement | null => el.querySelector('[role="alert"]');

  describe('header and links', () => {
    it('shows loading, then the plan’s title, number, date of issue, unit and year', async () => {
      history.replaceState(history.state, '', PAGE_URL);
      fixture = TestBed.createComponent(PlanPage);
      fixture.componentRef.setInput('planId', PLAN_ID);
      el = fixture.nativeElement as HTMLElement;
      fixture.detectChanges();
      await nextTask();
      expect(squash(el.querySelector('ocop-status-panel'))).toContain('Đang tải…');
      http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush(PLAN);
      http.expectOne(`/api/tasks/plans/${PLAN_ID}/rollups`).flush(ROLLUPS);
      http.expectOne(`/api/tasks/plans/${PLAN_ID}/deadline-counts`).flush(COUNTS);
      http.expectOne(`/api/tasks/plans/${PLAN_ID}/units`).flush(UNITS);
      expectTasks().flush(page(ALL));
      await fixture.whenStable();

      expect(squash(el.querySelector('h2'))).toBe(
        'Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm 2020',
      );
      expect(squash(el.querySelector('.meta .issued'))).toBe('Số 45/KH-UBND ngày 14/02/2020');
      expect(squash(el.querySelector('.meta .unit'))).toBe('Đơn vị ban hành: Huyện Văn Quan');
      expect(squash(el.querySelector('.meta .year'))).toBe('Năm 2020');
    });

    it('says a plan without number is a draft', async () => {
      (await create(PAGE_URL, { ...PLAN, number: null, issuedOn: null })).flush(page(ALL));
      await fixture.whenStable();

      expect(squash(el.querySelector('.meta .issued'))).toBe('Dự thảo: chưa có số và ngày ban hành');
    });

    it('links to the timeline, print view and reviews, and for the standing unit to edit and new task', async () => {
      await open();

      expect(link('a.timeline')!.getAttribute('href')).toBe(`${PAGE_URL}/timeline`);
      expect(squash(link('a.timeline'))).toBe('Tiến độ theo quý');
      expect(link('a.print')!.getAttribute('href')).toBe(`${PAGE_URL}/print`);
      expect(link('a.reviews')!.getAttribute('href')).toBe(`${PAGE_URL}/reviews`);
      expect(link('a.edit')!.getAttribute('href')).toBe(`${PAGE_URL}/edit`);
      expect(link('a.new-task')!.getAttribute('href')).toBe(`${PAGE_URL}/tasks/new`);
      expect(squash(link('a.new-task'))).toBe('Thêm nhiệm vụ');
      expect(link(`td.title a`)!.getAttribute('href')).toBe(`/ocop/tasks/${taskId(2)}`);

      const push = spyOn(history, 'pushState');
      link('a.timeline')!.click();
      expect(push.calls.mostRecent().args[2]).toBe(`${PAGE_URL}/timeline`);
    });

    it('offers no new task or plan edit to a department officer (the API refuses them anyway)', async () => {
      auth.user = {
        ...DISTRICT_OFFICER,
        username: 'vq.yte',
        roles: ['department-officer'],
        departmentCode: 'TTYT',
      };
      await open();

      expect(link('a.new-task')).toBeNull();
      expect(link('a.edit')).toBeNull();
      expect(link('a.timeline')).not.toBeNull();
    });

    it('offers no new task to a district officer of another district', async () => {
      auth.user = { ...DISTRICT_OFFICER, username: 'cl.nongnghiep', districtCode: '183' };
      await open();

      expect(link('a.new-task')).toBeNull();
    });

    it('shows the module navigation with "Kế hoạch" current', async () => {
      await open();

      expect(el.querySelector('ocop-tasks-nav a.plans')!.getAttribute('aria-current')).toBe('page');
      expect(el.querySelector('ocop-tasks-nav a.mine')!.getAttribute('aria-current')).toBeNull();
    });

    it('says when the plan is missing or not the user’s, with a retry that asks again', async () => {
      history.replaceState(history.state, '', PAGE_URL);
      fixture = TestBed.createComponent(PlanPage);
      fixture.componentRef.setInput('planId', PLAN_ID);
      el = fixture.nativeElement as HTMLElement;
      fixture.detectChanges();
      await nextTask();
      http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush(
        {
          code: 'PLAN_NOT_FOUND',
          message: 'Không tìm thấy kế hoạch, hoặc kế hoạch không thuộc đơn vị của bạn.',
        },
        { status: 404, statusText: 'Not Found' },
      );
      // Every other part of the plan is refused alike.
      for (const req of http.match(() => true)) {
        if (req.cancelled) continue;
        req.flush(
          { code: 'PLAN_NOT_FOUND', message: 'Không tìm thấy kế hoạch.' },
          { status: 404, statusText: 'Not Found' },
        );
      }
      await fixture.whenStable();

      expect(squash(alert())).toContain('Không tải được kế hoạch.');
      expect(squash(alert())).toContain('Không tìm thấy kế hoạch, hoặc kế hoạch không thuộc đơn vị của bạn.');
      expect(el.querySelector('h2')).toBeNull();

      alert()!.querySelector('button')!.click();
      await fixture.whenStable();
      await nextTask();
      http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush(PLAN);
      await fixture.whenStable();
      expect(squash(el.querySelector('h2'))).toContain('Kế hoạch thực hiện');
    });
  });

  describe('roll-ups', () => {
    it('labels them "Số liệu tổng hợp" and shows the plan’s with the formula of each figure', async () => {
      await open();

      const rollups = el.querySelector('ocop-plan-rollups')!;
      expect(squash(rollups.querySelector('h3'))).toBe('Số liệu tổng hợp');
      expect(squash(rollups.querySelector('.note'))).toContain('số liệu tổng hợp');
      const plan = rollups.querySelector('.plan-rollup')!;
      expect(squash(plan.querySelector('.accepted dt'))).toBe('Tổng hợp tiến độ đã nghiệm thu');
      expect(squash(plan.querySelector('.accepted .value'))).toBe('52,5 %');
      expect(squash(plan.querySelector('.accepted .formula'))).toBe(
        'Trung bình cộng tiến độ đã nghiệm thu của 4 nhiệm vụ: (100 + 50 + 60 + 0) / 4 = 52,5 %',
      );
      expect(squash(plan.querySelector('.reported .value'))).toBe('62,5 %');
      expect(squash(plan.querySelector('.reported .formula'))).toContain('(100 + 50 + 100 + 0) / 4 = 62,5 %');
    });

    it('shows each target with its indicator and its own roll-up, or says no task serves it yet', async () => {
      await open();

      const targets = Array.from(el.querySelectorAll('.target'));
      expect(targets.map((t) => squash(t.querySelector('.target-title')))).toEqual([
        'MT1 Hoàn thiện hồ sơ sản phẩm rượu men lá Hữu Lễ',
        'MT2 Đánh giá 01 sản phẩm mới',
      ]);
      expect(squash(targets[0]!.querySelector('.indicator'))).toBe('01 hồ sơ được hoàn thiện, nộp tỉnh');
      expect(squash(targets[0]!.querySelector('.quantity'))).toBe('Chỉ tiêu: 1 hồ sơ · Thời hạn: Quý I/2020');
      expect(squash(targets[0]!.querySelector('.accepted .value'))).toBe('60 %');
      expect(squash(targets[0]!.querySelector('.accepted .formula'))).toBe(
        'Trung bình cộng tiến độ đã nghiệm thu của 1 nhiệm vụ: (60) / 1 = 60 %',
      );
      expect(squash(targets[1]!.querySelector('.quantity'))).toBe('Chỉ tiêu: 1 sản phẩm');
      expect(targets[1]!.querySelector('ocop-rollup-figures')).toBeNull();
      expect(squash(targets[1]!.querySelector('.empty'))).toBe('Chưa có nhiệm vụ nào gắn với mục tiêu này.');
    });

    it('shows the roll-ups per lead unit, each with its formula', async () => {
      await open();

      const unit = el.querySelector('.unit-rollups li[data-unit="department:TTYT"]')!;
      expect(squash(el.querySelector('.unit-rollups summary'))).toBe('Tổng hợp theo đơn vị chủ trì');
      expect(squash(unit.querySelector('.unit-name'))).toBe('Trung tâm Y tế');
      expect(squash(unit.querySelector('.accepted .formula'))).toContain('(50 + 0) / 2 = 25 %');
    });
  });

  describe('task list', () => {
    it('asks for the whole plan’s tasks in one page', async () => {
      const req = await create();
      expect(params(req)).toEqual({ limit: '500' });
      req.flush(page(ALL));
      await fixture.whenStable();
      expect(squash(el.querySelector('.found'))).toBe('Tìm thấy 4 nhiệm vụ');
    });

    it('groups tasks by the plan’s sections in document order, an unknown section last', async () => {
      await open();

      expect(headings()).toEqual([
        'III.3. Phòng Nông nghiệp và PTNT 1 nhiệm vụ',
        'III.5. Trung tâm Y tế 1 nhiệm vụ',
        'III.9. UBND các xã, thị trấn 1 nhiệm vụ',
        'Mục III.12 1 nhiệm vụ',
      ]);
      expect(titlesIn('III.5')).toEqual(['Hướng dẫn chủ thể về an toàn thực phẩm sản phẩm thảo dược']);
      expect(squash(el.querySelector('.group th:nth-child(2)'))).toBe('Đơn vị chủ trì');
      expect(cell(taskId(3), 'lead')).toBe('Xã Hữu Lễ');
    });

    it('shows deadline, status and flag badges, and the reported and accepted percentages', async () => {
      await open();

      expect(cell(taskId(1), 'due')).toBe('30/06/2020');
      expect(squash(el.querySelector(`tr[data-task="${taskId(1)}"] .badge.status`))).toBe('Đang thực hiện');
      expect(el.querySelector(`tr[data-task="${taskId(1)}"] .badge.flag`)!.classList).toContain('overdue');
      expect(cell(taskId(1), 'reported')).toBe('50 %');
      expect(cell(taskId(1), 'accepted')).toBe('50 %');

      expect(cell(taskId(2), 'title a')).toBe('Báo cáo kết quả thực hiện Chương trình OCOP');
      expect(cell(taskId(2), 'title .period')).toBe('Kỳ Quý II/2020');
      expect(cell(taskId(2), 'due')).toBe('Quý II/2020');
      expect(squash(el.querySelector(`tr[data-task="${taskId(2)}"] .badge.status`))).toBe('Đã nghiệm thu');

      const review = el.querySelector(`tr[data-task="${taskId(3)}"] td.status`)!;
      expect(squash(review)).toContain('Sắp đến hạn');
      expect(squash(review)).toContain('Có báo cáo chờ xem xét');

      // A dash on screen, words for a screen reader.
      expect(cell(taskId(4), 'due .visually-hidden')).toBe('Không ghi thời hạn');
      expect(cell(taskId(4), 'reported .visually-hidden')).toBe('Chưa báo cáo');
      expect(cell(taskId(4), 'accepted')).toBe('—');
    });

    it('groups by lead unit on the toggle, without asking again, and keeps it in the URL', async () => {
      await open();

      await group('unit');

      http.expectNone((r) => r.url === tasksUrl);
      expect(location.search).toBe('?by=unit');
      // Departments first, then communes; each by name.
      expect(headings()).toEqual([
        'Phòng Nông nghiệp và Phát triển nông thôn 1 nhiệm vụ',
        'Trung tâm Y tế 2 nhiệm vụ',
        'Xã Hữu Lễ 1 nhiệm vụ',
      ]);
      expect(titlesIn('department:TTYT')).toEqual([
        'Hướng dẫn chủ thể về an toàn thực phẩm sản phẩm thảo dược',
        'Tuyên truyền về Chương trình OCOP',
      ]);
      expect(squash(el.querySelector('.group th:nth-child(2)'))).toBe('Mục');
      expect(cell(taskId(4), 'section')).toBe('III.12');

      await group('section');
      expect(location.search).toBe('');
      expect(headings()[0]).toBe('III.3. Phòng Nông nghiệp và PTNT 1 nhiệm vụ');
    });

    it('shows "none yet" for an empty plan and "no match" for an empty filtered list', async () => {
      await open([]);
      expect(squash(el.querySelector('.task-list ocop-status-panel'))).toBe('Kế hoạch chưa có nhiệm vụ nào.');

      await choose('pp-status', 'returned');
      await answer([]);
      expect(squash(el.querySelector('.task-list ocop-status-panel'))).toBe(
        'Không có nhiệm vụ nào phù hợp với điều kiện tìm, lọc.',
      );
    });

    it('shows a failed list with a retry that asks again with the same filters', async () => {
      (await create(`${PAGE_URL}?status=returned`)).flush(
        { code: 'INTERNAL', message: 'Đã có lỗi trong máy chủ. Vui lòng thử lại sau.' },
        { status: 500, statusText: 'Internal Server Error' },
      );
      await fixture.whenStable();

      expect(squash(alert())).toContain('Không tải được danh sách nhiệm vụ.');
      // The plan and its figures stay on screen.
      expect(el.querySelector('h2')).not.toBeNull();
      alert()!.querySelector('button')!.click();
      await fixture.whenStable();
      await nextTask();
      const retry = expectTasks();
      expect(params(retry)).toEqual({ status: 'returned', limit: '500' });
      retry.flush(page([HUU_LE_DOSSIER]));
      await fixture.whenStable();
      expect(alert()).toBeNull();
      expect(headings().length).toBe(1);
    });
  });

  describe('filters, search and the URL', () => {
    it('offers the plan’s units by kind, the statuses, the deadline flags and the plan year’s quarters', async () => {
      await open();

      const groups = Array.from(el.querySelectorAll('#pp-unit optgroup')).map((g) => [
        g.getAttribute('label'),
        Array.from(g.querySelectorAll('option')).map((o) => o.textContent!.trim()),
      ]);
      expect(groups).toEqual([
        ['Phòng, ban, đơn vị', ['Phòng Nông nghiệp và Phát triển nông thôn', 'Trung tâm Y tế']],
        ['UBND xã, thị trấn', ['Xã Hữu Lễ']],
      ]);
      const options = (id: string): string[] =>
        Array.from(el.querySelectorAll(`#${id} option`)).map((o) => o.textContent!.trim());
      expect(options('pp-status')).toEqual([
        'Tất cả',
        'Đã giao',
        'Đang thực hiện',
        'Đã báo cáo hoàn thành',
        'Đã nghiệm thu',
        'Bị trả lại',
        'Đã hủy',
      ]);
      expect(options('pp-flag')).toEqual(['Tất cả', 'Quá hạn', 'Sắp đến hạn']);
      expect(options('pp-quarter')).toEqual([
        'Tất cả',
        'Quý I/2020',
        'Quý II/2020',
        'Quý III/2020',
        'Quý IV/2020',
      ]);
    });

    it('sends each filter to the API and keeps them all in the URL', async () => {
      await open();

      await choose('pp-unit', 'department:TTYT');
      expect(params(expectTasks())).toEqual({ unit: 'department:TTYT', limit: '500' });
      await choose('pp-status', 'in_progress');
      await choose('pp-flag', 'overdue');
      await choose('pp-quarter', '2020-Q2');
      // A newer query cancels the older requests, so a late answer cannot overwrite it.
      const pending = http.match((r) => r.url === tasksUrl);
      expect(pending.map((r) => r.cancelled)).toEqual([true, true, false]);
      const req = pending[2]!;
      expect(params(req)).toEqual({
        unit: 'department:TTYT',
        status: 'in_progress',
        flag: 'overdue',
        quarter: '2020-Q2',
        limit: '500',
      });
      req.flush(page([HERBS]));
      await fixture.whenStable();

      expect(location.pathname).toBe(PAGE_URL);
      expect(location.search).toBe('?unit=department%3ATTYT&status=in_progress&flag=overdue&quarter=2020-Q2');
      expect(squash(el.querySelector('.found'))).toBe('Tìm thấy 1 nhiệm vụ');
    });

    it('restores search, filters and grouping from the URL it is opened at (back navigation, reload)', async () => {
      const req = await create(
        `${PAGE_URL}?q=huu+le&unit=commune%3A06322&status=reported_done&flag=due-soon&quarter=2020-Q3&by=unit`,
      );
      expect(params(req)).toEqual({
        q: 'huu le',
        unit: 'commune:06322',
        status: 'reported_done',
        flag: 'due-soon',
        quarter: '2020-Q3',
        limit: '500',
      });
      req.flush(page([HUU_LE_DOSSIER]));
      await fixture.whenStable();

      const value = (id: string): string =>
        el.querySelector<HTMLSelectElement | HTMLInputElement>(`#${id}`)!.value;
      expect([
        value('pp-q'),
        value('pp-unit'),
        value('pp-status'),
        value('pp-flag'),
        value('pp-quarter'),
      ]).toEqual(['huu le', 'commune:06322', 'reported_done', 'due-soon', '2020-Q3']);
      expect(el.querySelector<HTMLInputElement>('input[value="unit"]')!.checked).toBeTrue();
      expect(headings()).toEqual(['Xã Hữu Lễ 1 nhiệm vụ']);
    });

    it('drops malformed values from a hand-edited URL instead of sending them', async () => {
      const req = await create(`${PAGE_URL}?unit=phong-y-te&status=done&flag=late&quarter=Q3&by=kind`);
      expect(params(req)).toEqual({ limit: '500' });
      req.flush(page(ALL));
      await fixture.whenStable();
      expect(location.search).toBe('');
    });

    it('searches on the server, diacritics-free as typed, once typing pauses', async () => {
      await open();

      await type('h');
      await type('huu');
      await type('huu le');
      await nextTask(150);
      http.expectNone((r) => r.url === tasksUrl);
      expect(location.search).toBe('?q=huu+le');

      await nextTask(250);
      const req = expectTasks();
      expect(params(req)).toEqual({ q: 'huu le', limit: '500' });
      req.flush(page([HUU_LE_DOSSIER]));
      await fixture.whenStable();
      expect(titlesIn('III.9')).toEqual(['Hoàn thiện hồ sơ rượu men lá Hữu Lễ']);
    });

    it('"Bỏ lọc" clears search and filters but keeps the grouping', async () => {
      await open(ALL, `${PAGE_URL}?q=ruou&status=returned&by=unit`);

      el.querySelector<HTMLButtonElement>('button.clear')!.click();
      await fixture.whenStable();
      await nextTask();

      expect(params(expectTasks())).toEqual({ limit: '500' });
      expect(location.search).toBe('?by=unit');
      expect(el.querySelector<HTMLInputElement>('#pp-q')!.value).toBe('');
      expect(el.querySelector('button.clear')).toBeNull();
    });

    it('replaces the history entry instead of adding one', async () => {
      const push = spyOn(history, 'pushState').and.callThrough();
      await open();

      await choose('pp-flag', 'overdue');
      expectTasks().flush(page([HERBS]));
      await group('unit');

      expect(push).not.toHaveBeenCalled();
      expect(location.search).toBe('?flag=overdue&by=unit');
    });

    it('follows a navigation to the bare plan page by dropping its filters', async () => {
      await open(ALL, `${PAGE_URL}?status=returned&by=unit`);

      navigateTo(PAGE_URL);
      await fixture.whenStable();
      await nextTask();

      expect(params(expectTasks())).toEqual({ limit: '500' });
      expect(el.querySelector<HTMLSelectElement>('#pp-status')!.value).toBe('');
      expect(el.querySelector<HTMLInputElement>('input[value="section"]')!.checked).toBeTrue();
    });

    it('leaves the URL of the next page alone while it is being left', async () => {
      await open(ALL, `${PAGE_URL}?status=returned`);

      navigateTo(`/ocop/tasks/${taskId(1)}`);
      await fixture.whenStable();
      await nextTask();
      await choose('pp-flag', 'overdue');

      expect(location.pathname + location.search).toBe(`/ocop/tasks/${taskId(1)}`);
      expect(params(expectTasks())['flag']).toBe('overdue');
    });
  });

  describe('deadline counts per unit', () => {
    it('shows overdue, due-soon, review, accepted and cancelled counts per lead unit', async () => {
      await open();

      const table = el.querySelector('ocop-deadline-counts table')!;
      expect(squash(el.querySelector('ocop-deadline-counts h3'))).toBe('Quá hạn, sắp đến hạn theo đơn vị');
      const heads = Array.from(table.querySelectorAll('thead th')).map((th) => squash(th));
      expect(heads).toEqual([
        'Đơn vị chủ trì',
        'Tổng số',
        'Quá hạn',
        'Sắp đến hạn',
        'Chờ xem xét',
        'Đã nghiệm thu',
        'Đã hủy',
      ]);
      const rows = Array.from(table.querySelectorAll('tbody tr')).map((tr) =>
        Array.from(tr.children).map((c) => squash(c)),
      );
      expect(rows).toEqual([
        ['Trung tâm Y tế', '2', '1', '0', '0', '0', '0'],
        ['Xã Hữu Lễ', '1', '0', '1', '1', '0', '0'],
      ]);
      expect(table.querySelector('tr[data-unit="department:TTYT"] td.overdue')!.classList).toContain('alert');
    });

    it('narrows the task list to a unit when its name is chosen', async () => {
      await open();

      el.querySelector<HTMLButtonElement>('tr[data-unit="commune:06322"] button')!.click();
      await fixture.whenStable();
      await nextTask();

      expect(params(expectTasks())).toEqual({ unit: 'commune:06322', limit: '500' });
      expect(location.search).toBe('?unit=commune%3A06322');
      expect(el.querySelector<HTMLSelectElement>('#pp-unit')!.value).toBe('commune:06322');
      expect(el.querySelector('tr[data-unit="commune:06322"] button')!.getAttribute('aria-pressed')).toBe(
        'true',
      );
    });
  });

  describe('Excel export', () => {
    it('loads the export module on click and hands it the plan, all its tasks and the roll-ups', async () => {
      await open(ALL, `${PAGE_URL}?status=returned`);
      expect(loader).not.toHaveBeenCalled();

      const button = el.querySelector<HTMLButtonElement>('button.export')!;
      expect(squash(button)).toBe('Xuất Excel');
      button.click();
      await settle();

      expect(loader).toHaveBeenCalledTimes(1);
      expect(button.disabled).toBeTrue();
      expect(squash(button)).toBe('Đang xuất tệp Excel…');
      // Every task of the plan, whatever the list's filters.
      const all = expectTasks();
      expect(params(all)).toEqual({ limit: '500' });
      all.flush(page(ALL));
      await settle();

      expect(xlsx).toHaveBeenCalledOnceWith(PLAN, ALL, ROLLUPS, 'vi');
      expect(button.disabled).toBeFalse();
      expect(squash(el.querySelector('.export-status'))).toBe('');
    });

    it('says so when the export fails, and can be tried again', async () => {
      xlsx.and.rejectWith(new Error('quota'));
      await open();

      await exportXlsx();

      expect(squash(el.querySelector('.export-status'))).toBe('Không xuất được tệp Excel. Vui lòng thử lại.');
      expect(el.querySelector<HTMLButtonElement>('button.export')!.disabled).toBeFalse();
    });

    it('exports in English when the page is in English', async () => {
      TestBed.inject(TestHost).locale.set('en');
      await open();

      await exportXlsx();

      expect(xlsx.calls.mostRecent().args[3]).toBe('en');
    });
  });

  describe('in English', () => {
    beforeEach(() => TestBed.inject(TestHost).locale.set('en'));

    it('labels the page in English, the roll-up sentences included, the data staying as written', async () => {
      await open();

      expect(squash(el.querySelector('ocop-plan-rollups h3'))).toBe('Aggregate figures');
      expect(squash(el.querySelector('.plan-rollup .accepted .value'))).toBe('52.5%');
      expect(squash(el.querySelector('.plan-rollup .accepted .formula'))).toBe(
        'Mean of the accepted progress of 4 tasks: (100 + 50 + 60 + 0) / 4 = 52.5 %',
      );
      expect(squash(el.querySelector('.meta .issued'))).toBe('No. 45/KH-UBND of 14/02/2020');
      expect(squash(el.querySelector('.found'))).toBe('4 tasks found');
      expect(squash(el.querySelector('button.export'))).toBe('Export to Excel');
      expect(headings()[0]).toBe('III.3. Phòng Nông nghiệp và PTNT 1 task');
    });
  });
});
