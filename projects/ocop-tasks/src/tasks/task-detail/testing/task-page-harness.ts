// Opens the task page against HttpTestingController for the specs of the page and of its parts. Free of
// jasmine, so the app's type check can include it.
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { OcopAuth } from '@ocop/common';
import { Me, PlanDetail, TaskDetail } from '@ocop/domain';
import { TaskDetailPage } from '../task-detail';
import { TaskDetailStore } from '../task-detail.store';
import { plan as planFixture } from './task-fixtures';

/** A portal session signed in as `username` (drafts are kept per user) with the token 'spec-token'. */
export function specAuth(username: string): OcopAuth {
  return Object.assign(new EventTarget(), {
    getToken: () => Promise.resolve('spec-token'),
    profile: () => ({ username, name: 'Người kiểm thử', roles: [] }),
    logout: () => undefined,
  });
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve));
}

export class TaskPageHarness {
  readonly el: HTMLElement;

  private constructor(
    readonly fixture: ComponentFixture<TaskDetailPage>,
    readonly http: HttpTestingController,
  ) {
    this.el = fixture.nativeElement as HTMLElement;
  }

  /** Creates the page and leaves its first requests (/me and the task) unanswered. */
  static async create(taskId: string): Promise<TaskPageHarness> {
    const fixture = TestBed.createComponent(TaskDetailPage);
    fixture.componentRef.setInput('taskId', taskId);
    const harness = new TaskPageHarness(fixture, TestBed.inject(HttpTestingController));
    await harness.settle();
    return harness;
  }

  /** Creates the page, answers /me, the task and its plan. */
  static async open(me: Me, task: TaskDetail, plan: PlanDetail = planFixture()): Promise<TaskPageHarness> {
    const harness = await TaskPageHarness.create(task.id);
    harness.expect('GET', '/api/me').flush(me);
    harness.expect('GET', `/api/tasks/tasks/${task.id}`).flush(task);
    await harness.settle();
    harness.expect('GET', `/api/tasks/plans/${task.planId}`).flush(plan);
    await harness.settle();
    return harness;
  }

  get store(): TaskDetailStore {
    return this.fixture.debugElement.injector.get(TaskDetailStore);
  }

  /** Lets token promises, requests and rendering run. */
  async settle(): Promise<void> {
    await this.fixture.whenStable();
    await nextTask();
    await this.fixture.whenStable();
  }

  expect(method: string, url: string): TestRequest {
    return this.http.expectOne((r) => r.method === method && r.url === url, `${method} ${url}`);
  }

  query<T extends Element = HTMLElement>(selector: string): T | null {
    return this.el.querySelector<T>(selector);
  }

  all<T extends Element = HTMLElement>(selector: string): T[] {
    return Array.from(this.el.querySelectorAll<T>(selector));
  }

  /** The button whose trimmed text is `text`, inside `within` (default: the page). */
  button(text: string, within: ParentNode = this.el): HTMLButtonElement | undefined {
    return Array.from(within.querySelectorAll('button')).find((b) => b.textContent!.trim() === text);
  }

  text(selector: string): string {
    return this.query(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  }

  async type(control: HTMLInputElement | HTMLTextAreaElement, value: string, event = 'input'): Promise<void> {
    control.value = value;
    control.dispatchEvent(new Event(event));
    await this.settle();
  }

  destroy(): void {
    this.fixture.destroy();
  }
}
