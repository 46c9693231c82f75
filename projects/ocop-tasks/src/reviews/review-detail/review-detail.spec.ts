import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { nextTask, provideTestElement } from '@ocop/common/testing';
import { TaskReview } from '@ocop/domain';
import { plan, PLAN_ID, summary, TASK_ID } from '../../tasks/task-detail/testing/task-fixtures';
import { specAuth } from '../../tasks/task-detail/testing/task-page-harness';
import { ReviewDetail } from './review-detail';

const REVIEW_ID = '0c0b2020-0000-4000-8000-0000000000a9';
const FOLLOW_UP_ID = '0c0b2020-0000-4000-8000-0000000000c7';

function review(overrides: Partial<TaskReview> = {}): TaskReview {
  return {
    id: REVIEW_ID,
    planId: PLAN_ID,
    period: '2020-Q2',
    heldOn: '2020-07-03',
    attendees: ['Phó Chủ tịch UBND huyện', 'Phòng NN&PTNT'],
    conclusions: 'Đẩy nhanh hồ sơ sản phẩm mới.\nTTYT hoàn thiện kiểm nghiệm.',
    recordedBy: 'Nguyễn Văn Nông',
    recordedAt: '2020-07-03T09:00:00Z',
    snapshot: [
      {
        taskId: TASK_ID,
        title: 'Hướng dẫn, kiểm tra chất lượng sản phẩm dược liệu',
        sectionCode: 'III.7',
        leadName: 'Trung tâm Y tế huyện',
        period: null,
        due: '2020-09-30',
        status: 'in_progress',
        reportedPercent: 50,
        acceptedPercent: 20,
        deadlineFlag: null,
      },
      {
        taskId: 'occ-q2',
        title: 'Báo cáo kết quả thực hiện',
        sectionCode: 'III.3',
        leadName: 'Phòng Nông nghiệp và Phát triển nông thôn',
        period: '2020-Q2',
        due: '2020-06-30',
        status: 'assigned',
        reportedPercent: null,
        acceptedPercent: null,
        deadlineFlag: 'overdue',
      },
    ],
    followUpTaskIds: [FOLLOW_UP_ID],
    ...overrides,
  };
}

describe('ReviewDetail', () => {
  let fixture: ComponentFixture<ReviewDetail> | undefined;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: provideTestElement({ auth: specAuth('spec-review-detail') }),
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    fixture?.destroy();
    fixture = undefined;
  });

  async function settle(): Promise<void> {
    await fixture!.whenStable();
    await nextTask();
    await fixture!.whenStable();
  }

  async function create(): Promise<void> {
    fixture = TestBed.createComponent(ReviewDetail);
    el = fixture.nativeElement as HTMLElement;
    fixture.componentRef.setInput('reviewId', REVIEW_ID);
    await settle();
  }

  const text = (selector: string): string =>
    el.querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
  const rows = (): HTMLElement[] => Array.from(el.querySelectorAll<HTMLElement>('table.snapshot tbody tr'));

  it('shows the meeting and the tasks as they stood then, linking the follow-ups by their titles', async () => {
    await create();
    http.expectOne(`/api/tasks/reviews/${REVIEW_ID}`).flush(review());
    await settle();
    http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush(plan());
    // Today the task is accepted at 100 %: the frozen record still says what the meeting saw.
    http.expectOne(`/api/tasks/plans/${PLAN_ID}/tasks`).flush({
      items: [
        summary({ status: 'accepted', reportedPercent: 100, acceptedPercent: 100 }),
        summary({ id: FOLLOW_UP_ID, title: 'Hoàn thiện phiếu kiểm nghiệm', reviewId: REVIEW_ID }),
      ],
      total: 2,
    });
    await settle();

    expect(text('h2')).toBe('Họp sơ kết Quý II/2020, ngày 03/07/2020');
    expect(text('.kicker')).toBe('Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm 2020');
    expect(Array.from(el.querySelectorAll('.attendees li')).map((li) => li.textContent!.trim())).toEqual([
      'Phó Chủ tịch UBND huyện',
      'Phòng NN&PTNT',
    ]);
    expect(text('.conclusions')).toBe('Đẩy nhanh hồ sơ sản phẩm mới. TTYT hoàn thiện kiểm nghiệm.');

    expect(rows().length).toBe(2);
    expect(rows()[0].querySelector('.status')!.textContent!.trim()).toBe('Đang thực hiện');
    expect(rows()[0].querySelector('.reported')!.textContent!.trim()).toMatch(/^50\s?%$/);
    expect(rows()[0].querySelector('.accepted')!.textContent!.trim()).toMatch(/^20\s?%$/);
    expect(rows()[0].querySelector('a')!.getAttribute('href')).toBe(`/ocop/tasks/${TASK_ID}`);
    expect(rows()[1].textContent).toContain('Quý II/2020');
    expect(rows()[1].textContent).toContain('30/06/2020');
    expect(rows()[1].querySelector('.status')!.textContent).toContain('Quá hạn');
    expect(rows()[1].querySelector('.reported')!.textContent!.trim()).toBe('—');

    const followUp = el.querySelector<HTMLAnchorElement>(`.follow-ups [data-task="${FOLLOW_UP_ID}"] a`)!;
    expect(followUp.textContent!.trim()).toBe('Hoàn thiện phiếu kiểm nghiệm');
    expect(followUp.getAttribute('href')).toBe(`/ocop/tasks/${FOLLOW_UP_ID}`);
    expect(el.querySelector<HTMLAnchorElement>('a.back')!.getAttribute('href')).toBe(
      `/ocop/tasks/plans/${PLAN_ID}/reviews`,
    );
  });

  it('still links the follow-ups when their titles cannot be read', async () => {
    await create();
    http.expectOne(`/api/tasks/reviews/${REVIEW_ID}`).flush(review());
    await settle();
    http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush(plan());
    http
      .expectOne(`/api/tasks/plans/${PLAN_ID}/tasks`)
      .flush({ code: 'INTERNAL', message: 'Lỗi' }, { status: 500, statusText: 'Server Error' });
    await settle();

    expect(text(`.follow-ups [data-task="${FOLLOW_UP_ID}"] a`)).toBe('Nhiệm vụ phát sinh 1');
  });

  it('says a meeting outside the user’s units is not found', async () => {
    await create();
    http
      .expectOne(`/api/tasks/reviews/${REVIEW_ID}`)
      .flush(
        { code: 'REVIEW_NOT_FOUND', message: 'Không tìm thấy' },
        { status: 404, statusText: 'Not Found' },
      );
    await settle();

    expect(text('ocop-status-panel')).toContain('Không tìm thấy cuộc họp sơ kết');
    expect(el.querySelector('table')).toBeNull();
  });
});
