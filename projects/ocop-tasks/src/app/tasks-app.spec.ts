import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { nextTask, renderDeferred } from '@ocop/common/testing';
import { MyTasks } from '@ocop/domain';
import { TasksApp } from './tasks-app';

const NOTHING_TO_DO: MyTasks = {
  units: [{ kind: 'department', code: 'TTYT', name: 'Trung tâm Y tế', communeCode: null }],
  overdue: [],
  dueSoon: [],
  waitingForReport: [],
  waitingForReview: [],
};

describe('TasksApp', () => {
  let fixture: ComponentFixture<TasksApp>;
  let http: HttpTestingController;
  let original: string;

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    history.replaceState(history.state, '', '/ocop/tasks');
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(TasksApp);
  });

  afterEach(() => {
    http.verify();
    fixture.destroy();
    history.replaceState(history.state, '', original);
  });

  const shadow = (): ShadowRoot => (fixture.nativeElement as HTMLElement).shadowRoot!;

  /** Renders the lazy page and answers its one request, GET `<base>/tasks/mine`. */
  async function renderMine(base = '/api'): Promise<void> {
    fixture.detectChanges();
    await nextTask();
    await renderDeferred(fixture);
    await nextTask();
    http.expectOne(`${base}/tasks/mine`).flush(NOTHING_TO_DO);
    await fixture.whenStable();
  }

  it('shows "Việc của đơn vị tôi" by default, inside its own shadow root', async () => {
    await renderMine();

    expect(shadow()).not.toBeNull();
    expect(shadow().querySelector('.ocop-root ocop-my-tasks')).not.toBeNull();
    expect(shadow().querySelector('h2')!.textContent).toBe('Việc của đơn vị tôi');
    expect(shadow().textContent).toContain('Không có nhiệm vụ quá hạn.');
    // Nothing leaks into the light DOM, so the page's CSS and queries do not reach it.
    expect((fixture.nativeElement as HTMLElement).querySelector('ocop-my-tasks')).toBeNull();
  });

  it('is the OcopHost of its pages: its inputs choose the API base and the locale', async () => {
    fixture.componentRef.setInput('apiBaseUrl', 'https://cong.example.vn/ocop-api/');
    fixture.componentRef.setInput('locale', 'en');
    await renderMine('https://cong.example.vn/ocop-api');

    expect(shadow().querySelector('h2')!.textContent).toBe('My unit’s tasks');
    expect(shadow().querySelector('.ocop-root')!.getAttribute('lang')).toBe('en');
  });

  it('marks its wrapper lang="vi" by default and switches language in place, without reloading', async () => {
    await renderMine();
    const root = shadow().querySelector('.ocop-root')!;
    const page = shadow().querySelector('ocop-my-tasks');
    expect(root.getAttribute('lang')).toBe('vi');

    fixture.componentRef.setInput('locale', 'en');
    await fixture.whenStable();

    expect(root.getAttribute('lang')).toBe('en');
    expect(shadow().querySelector('h2')!.textContent).toBe('My unit’s tasks');
    expect(shadow().querySelector('ocop-my-tasks')).toBe(page);
    http.expectNone('/api/tasks/mine');
  });
});
