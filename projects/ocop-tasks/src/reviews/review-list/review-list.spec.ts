import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { nextTask, provideTestElement } from '@ocop/common/testing';
import { Me, TaskReview } from '@ocop/domain';
import { DISTRICT_OFFICER, plan, PLAN_ID, TTYT_OFFICER } from '../../tasks/task-detail/testing/task-fixtures';
import { specAuth } from '../../tasks/task-detail/testing/task-page-harness';
import { ReviewList } from './review-list';

function review(id: string, period: string, heldOn: string, recordedAt = `${heldOn}T09:00:00Z`): TaskReview {
  return {
    id,
    planId: PLAN_ID,
    period,
    heldOn,
    attendees: ['Phòng NN&PTNT'],
    conclusions: 'Kết luận',
    recordedBy: 'Nguyễn Văn Nông',
    recordedAt,
    snapshot: [],
    followUpTaskIds: [],
  };
}

describe('ReviewList', () => {
  let fixture: ComponentFixture<ReviewList> | undefined;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestElement({ auth: specAuth('spec-review-list') }) });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    fixture?.destroy();
    fixture = undefined;
  });

  async function open(me: Me, reviews: TaskReview[]): Promise<void> {
    fixture = TestBed.createComponent(ReviewList);
    el = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('planId', PLAN_ID);
    await fixture.whenStable();
    await nextTask();
    http.expectOne('/api/me').flush(me);
    http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush(plan());
    http.expectOne(`/api/tasks/plans/${PLAN_ID}/reviews`).flush(reviews);
    await fixture.whenStable();
  }

  it('lists the meetings newest first and lets the standing unit record one', async () => {
    await open(DISTRICT_OFFICER, [
      review('r1', '2020-Q1', '2020-04-02'),
      review('r3', '2020-Q2', '2020-07-03', '2020-07-03T08:00:00Z'),
      review('r2', '2020-Q2', '2020-07-03', '2020-07-03T10:00:00Z'),
    ]);

    const rows = Array.from(el.querySelectorAll('tbody tr'));
    expect(rows.map((r) => r.getAttribute('data-review'))).toEqual(['r2', 'r3', 'r1']);
    expect(rows[2].querySelector('th')!.textContent!.trim()).toBe('02/04/2020');
    expect(rows[2].textContent).toContain('Quý I/2020');
    expect(el.querySelector('a.new-review')!.getAttribute('href')).toBe(
      `/ocop/tasks/plans/${PLAN_ID}/reviews/new`,
    );
  });

  it('offers no recording to a department officer, and says when there is none yet', async () => {
    await open(TTYT_OFFICER, []);

    expect(el.querySelector('a.new-review')).toBeNull();
    expect(el.querySelector('ocop-status-panel')!.textContent).toContain(
      'Chưa ghi nhận cuộc họp sơ kết nào.',
    );
  });
});
