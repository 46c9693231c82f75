import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { MyTasks } from '@ocop/domain';
import { MyTasksPage } from './my-tasks';
import { HUU_LE, NNPTNT, task, taskId, TTYT } from './testing/task-fixtures';

const OVERDUE = task(1, 'Hướng dẫn chủ thể hoàn thiện hồ sơ sản phẩm thảo dược', {
  dueDate: '2020-06-30',
  dueQuarter: null,
  due: '2020-06-30',
  deadlineFlag: 'overdue',
  status: 'in_progress',
  reportedPercent: 40,
  acceptedPercent: 20,
});
const DUE_SOON = task(2, 'Báo cáo kết quả thực hiện Chương trình OCOP', {
  lead: NNPTNT,
  recurrence: 'quarterly',
  seriesId: taskId(90),
  period: '2020-Q3',
  dueQuarter: null,
  dueDate: '2020-07-20',
  due: '2020-07-20',
  deadlineFlag: 'due-soon',
});
const RETURNED = task(3, 'Kiểm tra điều kiện an toàn thực phẩm', {
  status: 'returned',
  reportedPercent: 60,
});
const TO_REVIEW = task(4, 'Hoàn thiện hồ sơ rượu men lá Hữu Lễ', {
  lead: HUU_LE,
  status: 'reported_done',
  reportedPercent: 100,
  pendingReview: true,
  dueQuarter: '2020-Q1',
  due: '2020-03-31',
});

function mine(change: Partial<MyTasks> = {}): MyTasks {
  return {
    units: [TTYT],
    overdue: [OVERDUE],
    dueSoon: [DUE_SOON],
    waitingForReport: [RETURNED, OVERDUE],
    waitingForReview: [],
    ...change,
  };
}

describe('MyTasksPage', () => {
  let fixture: ComponentFixture<MyTasksPage>;
  let http: HttpTestingController;
  let auth: FakeOcopAuth;
  let el: HTMLElement;

  beforeEach(() => {
    auth = new FakeOcopAuth();
    auth.user = {
      username: 'vq.yte',
      name: 'Trung tâm Y tế Văn Quan',
      roles: ['department-officer'],
      districtCode: '184',
      departmentCode: 'TTYT',
    };
    TestBed.configureTestingModule({ providers: provideTestElement({ auth }) });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    fixture?.destroy();
  });

  async function create(): Promise<TestRequest> {
    fixture = TestBed.createComponent(MyTasksPage);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
    const req = http.expectOne((r) => r.url === '/api/tasks/mine');
    expect(req.request.method).toBe('GET');
    return req;
  }

  async function open(answer: MyTasks = mine()): Promise<void> {
    (await create()).flush(answer);
    await fixture.whenStable();
  }

  const squash = (node: Element | null): string => node?.textContent!.replace(/\s+/g, ' ').trim() ?? '';
  const group = (id: string): HTMLElement | null => el.querySelector(`section.group.${id}`);
  const titles = (id: string): string[] =>
    Array.from(group(id)!.querySelectorAll('.title a')).map((a) => squash(a));
  const statusPanel = (): HTMLElement | null => el.querySelector('ocop-status-panel [role]');

  it('shows loading until the unit’s work arrives, asking for the newest plan', async () => {
    const req = await create();
    expect(req.request.params.keys()).toEqual([]);
    expect(statusPanel()!.getAttribute('aria-busy')).toBe('true');
    expect(squash(statusPanel())).toContain('Đang tải…');

    req.flush(mine());
    await fixture.whenStable();
    expect(statusPanel()).toBeNull();
    expect(squash(el.querySelector('h2'))).toBe('Việc của đơn vị tôi');
    expect(squash(el.querySelector('.units'))).toBe('Đơn vị: Trung tâm Y tế');
  });

  it('groups the work as overdue, due soon and waiting for report, each with its count', async () => {
    await open();

    const headings = Array.from(el.querySelectorAll('section.group h3')).map((h) => squash(h));
    expect(headings).toEqual([
      'Quá hạn 1 nhiệm vụ',
      'Sắp đến hạn (trong 7 ngày) 1 nhiệm vụ',
      'Chờ đơn vị báo cáo 2 nhiệm vụ',
    ]);
    expect(titles('overdue')).toEqual(['Hướng dẫn chủ thể hoàn thiện hồ sơ sản phẩm thảo dược']);
    expect(titles('dueSoon')).toEqual(['Báo cáo kết quả thực hiện Chương trình OCOP']);
    expect(titles('waitingForReport')).toEqual([
      'Kiểm tra điều kiện an toàn thực phẩm',
      'Hướng dẫn chủ thể hoàn thiện hồ sơ sản phẩm thảo dược',
    ]);
    // A department officer reviews nothing: no review section.
    expect(group('waitingForReview')).toBeNull();
  });

  it('shows each task’s unit, deadline, period, status, deadline flag and percentages', async () => {
    await open();

    const overdue = group('overdue')!.querySelector('ocop-task-card')!;
    expect(squash(overdue.querySelector('.lead'))).toBe('Chủ trì: Trung tâm Y tế');
    expect(squash(overdue.querySelector('.due'))).toBe('Hạn: 30/06/2020');
    expect(squash(overdue.querySelector('.badge.status'))).toBe('Đang thực hiện');
    const flag = overdue.querySelector('.badge.flag')!;
    expect(flag.classList).toContain('overdue');
    expect(squash(flag)).toContain('Quá hạn');
    expect(squash(overdue.querySelector('.progress'))).toBe('Đơn vị báo cáo: 40 % · Đã nghiệm thu: 20 %');

    const dueSoon = group('dueSoon')!.querySelector('ocop-task-card')!;
    expect(squash(dueSoon.querySelector('.title'))).toContain('(Kỳ Quý III/2020)');
    expect(squash(dueSoon.querySelector('.badge.flag.due-soon'))).toContain('Sắp đến hạn');
    expect(squash(dueSoon.querySelector('.progress'))).toBe('Chưa báo cáo');

    const returned = group('waitingForReport')!.querySelector('ocop-task-card')!;
    expect(squash(returned.querySelector('.badge.status'))).toBe('Bị trả lại');
    expect(squash(returned.querySelector('.due'))).toBe('Hạn: Quý III/2020');
  });

  it('links every task to its page below the base path, opened in the page', async () => {
    await open();

    const link = group('overdue')!.querySelector<HTMLAnchorElement>('.title a')!;
    expect(link.getAttribute('href')).toBe(`/ocop/tasks/${taskId(1)}`);

    TestBed.inject(TestHost).basePath.set('/cong/ocop/');
    await fixture.whenStable();
    expect(link.getAttribute('href')).toBe(`/cong/ocop/tasks/${taskId(1)}`);

    const original = location.pathname + location.search;
    const push = spyOn(history, 'pushState');
    link.click();
    expect(push).toHaveBeenCalledTimes(1);
    expect(push.calls.mostRecent().args[2]).toBe(`/cong/ocop/tasks/${taskId(1)}`);
    expect(location.pathname + location.search).toBe(original);
  });

  it('says so in each empty group', async () => {
    await open(mine({ overdue: [], dueSoon: [], waitingForReport: [] }));

    expect(squash(group('overdue')!.querySelector('h3'))).toBe('Quá hạn 0 nhiệm vụ');
    expect(squash(group('overdue')!.querySelector('.empty'))).toBe('Không có nhiệm vụ quá hạn.');
    expect(squash(group('dueSoon')!.querySelector('.empty'))).toBe('Không có nhiệm vụ sắp đến hạn.');
    expect(squash(group('waitingForReport')!.querySelector('.empty'))).toBe(
      'Không có nhiệm vụ nào đang chờ đơn vị báo cáo.',
    );
    expect(el.querySelector('ocop-task-card')).toBeNull();
  });

  it('shows the standing unit the reports waiting for its review', async () => {
    auth.user = {
      ...auth.user,
      username: 'vq.nongnghiep',
      roles: ['district-officer'],
      departmentCode: 'NNPTNT',
    };
    await open(mine({ units: [NNPTNT], waitingForReview: [TO_REVIEW] }));

    const review = group('waitingForReview')!;
    expect(squash(review.querySelector('h3'))).toBe('Báo cáo chờ xem xét, nghiệm thu 1 nhiệm vụ');
    expect(titles('waitingForReview')).toEqual(['Hoàn thiện hồ sơ rượu men lá Hữu Lễ']);
    expect(squash(review.querySelector('.badge.pending-review'))).toBe('Có báo cáo chờ xem xét');
    expect(squash(review.querySelector('.lead'))).toBe('Chủ trì: Xã Hữu Lễ');
  });

  it('keeps an empty review section for the standing unit, saying nothing waits', async () => {
    auth.user = { ...auth.user, roles: ['district-officer'] };
    await open(mine({ waitingForReview: [] }));

    expect(squash(group('waitingForReview')!.querySelector('.empty'))).toBe(
      'Không có báo cáo nào chờ xem xét.',
    );
  });

  it('says when the account answers for no unit', async () => {
    await open(mine({ units: [], overdue: [], dueSoon: [], waitingForReport: [] }));

    expect(squash(el.querySelector('.units'))).toBe(
      'Tài khoản của bạn chưa gắn với đơn vị nào được giao nhiệm vụ.',
    );
  });

  it('shows the API’s error with a retry that asks again', async () => {
    (await create()).flush(
      { code: 'INTERNAL', message: 'Đã có lỗi trong máy chủ. Vui lòng thử lại sau.' },
      { status: 500, statusText: 'Internal Server Error' },
    );
    await fixture.whenStable();

    const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
    expect(squash(alert)).toContain('Không tải được việc của đơn vị.');
    expect(squash(alert)).toContain('Đã có lỗi trong máy chủ. Vui lòng thử lại sau.');
    expect(el.querySelector('section.group')).toBeNull();

    alert.querySelector('button')!.click();
    await fixture.whenStable();
    await nextTask();
    http.expectOne((r) => r.url === '/api/tasks/mine').flush(mine());
    await fixture.whenStable();
    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(titles('overdue').length).toBe(1);
  });

  it('offers the module’s navigation, "Việc của đơn vị tôi" being the current page', async () => {
    await open();

    const nav = el.querySelector('ocop-tasks-nav nav')!;
    const links = Array.from(nav.querySelectorAll('a')).map((a) => [
      squash(a),
      a.getAttribute('href'),
      a.getAttribute('aria-current'),
    ]);
    expect(links).toEqual([
      ['Việc của đơn vị tôi', '/ocop/tasks', 'page'],
      ['Kế hoạch', '/ocop/tasks/plans', null],
    ]);
  });

  it('speaks English when the portal does, names staying as written', async () => {
    TestBed.inject(TestHost).locale.set('en');
    await open();

    expect(squash(el.querySelector('h2'))).toBe('My unit’s tasks');
    expect(squash(group('overdue')!.querySelector('h3'))).toBe('Overdue 1 task');
    expect(squash(group('waitingForReport')!.querySelector('h3'))).toBe(
      'Waiting for the unit’s report 2 tasks',
    );
    expect(squash(group('overdue')!.querySelector('.progress'))).toBe(
      'Reported by the unit: 40% · Accepted: 20%',
    );
    expect(titles('overdue')).toEqual(['Hướng dẫn chủ thể hoàn thiện hồ sơ sản phẩm thảo dược']);
  });
});
