import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { taskId } from '../../my-tasks/testing/task-fixtures';
import { PLAN_2020, PLAN_ID, TASKS } from '../plan-list/testing/plan-fixtures';
import { PlanTimeline } from './plan-timeline';
import { quarterIn, timelineGroups } from './plan-timeline-model';

describe('PlanTimeline', () => {
  let fixture: ComponentFixture<PlanTimeline>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({ providers: provideTestElement() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanTimeline);
    fixture.componentRef.setInput('planId', PLAN_ID);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
    http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush(PLAN_2020);
    const tasks = http.expectOne((r) => r.url === `/api/tasks/plans/${PLAN_ID}/tasks`);
    expect(tasks.request.params.get('limit')).toBe('500');
    tasks.flush({ items: TASKS, total: TASKS.length });
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    fixture.destroy();
  });

  const row = (n: number): HTMLTableRowElement => el.querySelector(`tr[data-task="${taskId(n)}"]`)!;
  /** The quarter column (1–4, or 'year') holding the task's bar. */
  const barColumn = (n: number): string | null =>
    row(n).querySelector('ocop-timeline-bar')!.closest('td')!.getAttribute('data-quarter');

  it('is a table with a caption, quarter column headers and a row header per task', () => {
    const table = el.querySelector('table')!;
    expect(table.querySelector('caption')!.textContent).toContain('Nhiệm vụ của kế hoạch năm 2020 theo quý');
    const headers = Array.from(table.querySelectorAll('thead th')).map((th) => [
      th.getAttribute('scope'),
      th.textContent!.trim(),
    ]);
    expect(headers).toEqual([
      ['col', 'Nhiệm vụ'],
      ['col', 'Quý I/2020'],
      ['col', 'Quý II/2020'],
      ['col', 'Quý III/2020'],
      ['col', 'Quý IV/2020'],
    ]);
    for (const task of TASKS) {
      const header = el.querySelector(`tr[data-task="${task.id}"] th[scope="row"]`)!;
      const link = header.querySelector('a')!;
      expect(link.textContent!.trim()).toBe(task.title);
      // A link is focusable by keyboard without a tabindex.
      expect(link.getAttribute('href')).toBe(`/ocop/tasks/${task.id}`);
      expect(header.textContent).toContain(task.lead.name);
    }
    // Each group is a row group with its own header.
    const groups = Array.from(table.querySelectorAll('tbody th[scope="rowgroup"]')).map((th) =>
      th.textContent!.trim(),
    );
    expect(groups).toEqual([
      'III.3. Phòng Nông nghiệp và Phát triển nông thôn (2 nhiệm vụ)',
      'III.7. Trung tâm Y tế (1 nhiệm vụ)',
      'III.11. UBND các xã, thị trấn (1 nhiệm vụ)',
    ]);
  });

  it('puts each task in the quarter it is due, and one without a date across the year', () => {
    expect(barColumn(1)).toBe('1'); // due 15/03/2020
    expect(barColumn(2)).toBe('2'); // the Q2 occurrence of a quarterly review
    expect(barColumn(3)).toBe('3'); // due in Q3 by quarter
    expect(barColumn(4)).toBe('year');
    expect(row(4).querySelector('td')!.colSpan).toBe(4);
    expect(row(4).textContent).toContain('Cả năm — chưa ghi hạn');
    // The other quarter cells stay empty.
    const cells = Array.from(row(3).querySelectorAll('td'));
    expect(cells.map((td) => td.textContent!.trim() !== '')).toEqual([false, false, true, false]);
    expect(row(1).textContent).toContain('Hạn 15/03/2020');
    expect(row(2).textContent).toContain('Quý II/2020');
  });

  it('writes the status on every bar (colour is not the only cue) and marks an overdue task in words', () => {
    const bar = (n: number): HTMLElement => row(n).querySelector('ocop-timeline-bar span')!;
    expect(bar(1).classList).toContain('status-accepted');
    expect(bar(1).textContent).toContain('Đã nghiệm thu');
    expect(bar(3).textContent).toContain('Bị trả lại');
    expect(bar(4).textContent).toContain('Đã giao');
    expect(bar(2).classList).toContain('overdue');
    expect(bar(2).querySelector('.flag')!.textContent).toContain('Quá hạn');
    expect(bar(1).querySelector('.flag')).toBeNull();
    // The legend names every status.
    expect(el.querySelector('.legend')!.textContent).toContain('Đã báo cáo hoàn thành');
  });

  it('groups the rows by lead unit on request', () => {
    const byUnit = el.querySelector<HTMLInputElement>('input[name="timeline-group"][value="unit"]')!;
    byUnit.click();
    fixture.detectChanges();
    const groups = Array.from(el.querySelectorAll('tbody th[scope="rowgroup"]')).map((th) =>
      th.textContent!.trim(),
    );
    expect(groups).toEqual([
      'Phòng Nông nghiệp và Phát triển nông thôn (2 nhiệm vụ)',
      'Trung tâm Y tế (1 nhiệm vụ)',
      'Xã Hữu Lễ (1 nhiệm vụ)',
    ]);
    expect(barColumn(3)).toBe('3');
  });

  it('follows the language of the page', async () => {
    TestBed.inject(TestHost).locale.set('en');
    fixture.detectChanges();
    await fixture.whenStable();
    expect(el.querySelector('thead th.quarter')!.textContent!.trim()).toBe('Q1 2020');
    expect(row(2).textContent).toContain('Overdue');
  });
});

describe('timeline model', () => {
  it('places days at quarter boundaries in the right quarter', () => {
    expect(quarterIn({ due: '2020-03-31' }, 2020)).toBe(1);
    expect(quarterIn({ due: '2020-04-01' }, 2020)).toBe(2);
    expect(quarterIn({ due: '2020-12-31' }, 2020)).toBe(4);
    expect(quarterIn({ due: null }, 2020)).toBeNull();
    // Outside the plan's year: at the nearer end.
    expect(quarterIn({ due: '2021-01-10' }, 2020)).toBe(4);
    expect(quarterIn({ due: '2019-12-31' }, 2020)).toBe(1);
  });

  it('keeps the plan sections in document order and puts tasks of unknown sections after them', () => {
    const stray = { ...TASKS[3]!, id: taskId(9), sectionCode: 'IV.1' };
    const groups = timelineGroups(PLAN_2020, [stray, ...TASKS], 'section');
    expect(groups.map((g) => g.key)).toEqual(['III.3', 'III.7', 'III.11', 'IV.1']);
    expect(groups[3]!.label).toBe('IV.1');
  });
});
