import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  followLink,
  OcopHost,
  registerMessages,
  StatusPanel,
  TASK_DETAIL_MESSAGES,
  TASKS_MESSAGES,
  Translator,
} from '@ocop/common';
import { Me, PlanDetail, TaskReview } from '@ocop/domain';
import { forkJoin } from 'rxjs';
import { TasksApi } from '../../api/tasks-api';
import { TasksNav } from '../../nav/tasks-nav';
import { PageLoadStatus } from '../../page-load/page-load-status';
import { loadForInputs, PageLoad } from '../../page-load/page-load';
import { isoDateText, isStandingUnit, periodText, tasksBase } from '../../tasks/task-labels';

registerMessages(TASKS_MESSAGES);
registerMessages(TASK_DETAIL_MESSAGES);

/** Newest meeting first; two meetings on one day by when they were recorded. */
export function newestFirst(reviews: readonly TaskReview[]): TaskReview[] {
  return [...reviews].sort(
    (a, b) => b.heldOn.localeCompare(a.heldOn) || b.recordedAt.localeCompare(a.recordedAt),
  );
}

/**
 * <basePath>/tasks/plans/<planId>/reviews: the plan's review meetings (quarterly and year-end, seed plan
 * §III.3), newest first, each with what it froze and the follow-up tasks it created. The standing unit
 * records a new one from here.
 */
@Component({
  selector: 'ocop-review-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageLoadStatus, StatusPanel, TasksNav],
  providers: [TasksApi],
  templateUrl: './review-list.html',
  styleUrls: ['../../../../ocop-common/src/styles/controls.css', './review-list.css'],
})
export class ReviewList {
  readonly planId = input.required<string>();

  private readonly api = inject(TasksApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly page = new PageLoad(this.i18n);
  protected readonly plan = signal<PlanDetail | null>(null);
  protected readonly me = signal<Me | null>(null);
  protected readonly reviews = signal<TaskReview[]>([]);

  private readonly base = computed(() => tasksBase(this.host.basePath()));
  protected readonly planUrl = computed(() => `${this.base()}/plans/${this.planId()}`);
  protected readonly newUrl = computed(() => `${this.planUrl()}/reviews/new`);
  protected readonly canRecord = computed(() => isStandingUnit(this.me(), this.plan()?.unit.code));
  protected readonly sorted = computed(() => newestFirst(this.reviews()));

  constructor() {
    loadForInputs(this.planId, (planId) => this.load(planId));
  }

  protected load(planId = this.planId()): void {
    this.page.run(
      forkJoin({ me: this.api.me(), plan: this.api.plan(planId), reviews: this.api.reviews(planId) }),
      ({ me, plan, reviews }) => {
        this.me.set(me);
        this.plan.set(plan);
        this.reviews.set(reviews);
      },
    );
  }

  protected url(review: TaskReview): string {
    return `${this.base()}/reviews/${review.id}`;
  }

  protected period(review: TaskReview): string {
    return periodText(review.period, this.i18n);
  }

  protected heldOn(review: TaskReview): string {
    return isoDateText(review.heldOn);
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
