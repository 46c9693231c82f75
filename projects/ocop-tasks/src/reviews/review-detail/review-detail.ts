import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  followLink,
  OcopHost,
  registerMessages,
  TASK_DETAIL_MESSAGES,
  TASKS_MESSAGES,
  Translator,
} from '@ocop/common';
import { formatQuarter, PlanDetail, ReviewSnapshotRow, TaskReview, TaskSummary } from '@ocop/domain';
import { TasksApi } from '../../api/tasks-api';
import { TasksNav } from '../../nav/tasks-nav';
import { PageLoadStatus } from '../../page-load/page-load-status';
import { loadForInputs, PageLoad } from '../../page-load/page-load';
import { isoDateText, periodText, tasksBase } from '../../tasks/task-labels';

registerMessages(TASKS_MESSAGES);
registerMessages(TASK_DETAIL_MESSAGES);

/**
 * <basePath>/tasks/reviews/<id>: a recorded review meeting as it was — when, who attended, what was
 * concluded — and the state of every task of the plan frozen at that moment (statuses and percentages as
 * they were then, never recomputed), with links to the follow-up tasks the meeting created.
 */
@Component({
  selector: 'ocop-review-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageLoadStatus, TasksNav],
  providers: [TasksApi],
  templateUrl: './review-detail.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../styles/facts.css',
    '../../styles/deadline-flag.css',
    './review-detail.css',
  ],
})
export class ReviewDetail {
  readonly reviewId = input.required<string>();

  private readonly api = inject(TasksApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly page = new PageLoad(this.i18n);
  protected readonly review = signal<TaskReview | null>(null);
  protected readonly plan = signal<PlanDetail | null>(null);
  /** The follow-up tasks as they are now, for their titles; null while not (or not yet) known. */
  protected readonly followUpTasks = signal<TaskSummary[] | null>(null);

  private readonly base = computed(() => tasksBase(this.host.basePath()));
  protected readonly reviewsUrl = computed(() => {
    const review = this.review();
    return review ? `${this.base()}/plans/${review.planId}/reviews` : this.base();
  });
  protected readonly followUps = computed(() => {
    const review = this.review();
    if (!review) return [];
    const known = this.followUpTasks() ?? [];
    return review.followUpTaskIds.map((id, i) => {
      const task = known.find((t) => t.id === id);
      return {
        id,
        url: `${this.base()}/${id}`,
        title: task?.title ?? this.t('review.detail.followUp', { n: i + 1 }),
        lead: task?.lead.name ?? null,
      };
    });
  });

  constructor() {
    loadForInputs(this.reviewId, (id) => this.load(id));
  }

  protected load(id = this.reviewId()): void {
    this.page.run(this.api.review(id), (review) => {
      this.review.set(review);
      // Names around the frozen record: the plan's title and the follow-ups' titles as they are now.
      this.api.plan(review.planId).subscribe({ next: (plan) => this.plan.set(plan), error: () => undefined });
      if (review.followUpTaskIds.length > 0) {
        this.api.tasks(review.planId).subscribe({
          next: (page) =>
            this.followUpTasks.set(page.items.filter((t) => review.followUpTaskIds.includes(t.id))),
          error: () => this.followUpTasks.set(null),
        });
      }
    });
  }

  protected periodOf(review: TaskReview): string {
    return periodText(review.period, this.i18n);
  }

  protected date(iso: string | null): string {
    return iso ? isoDateText(iso) : '';
  }

  protected rowPeriod(row: ReviewSnapshotRow): string {
    return row.period ? (/^\d{4}$/.test(row.period) ? row.period : formatQuarter(row.period)) : '';
  }

  protected percent(value: number | null): string {
    return value === null
      ? '—'
      : this.i18n.number(value / 100, { style: 'percent', maximumFractionDigits: 0 });
  }

  protected taskUrl(row: ReviewSnapshotRow): string {
    return `${this.base()}/${row.taskId}`;
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
