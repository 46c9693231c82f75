import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  followLink,
  OcopHost,
  PLANS_MESSAGES,
  registerMessages,
  StatusPanel,
  TASKS_MESSAGES,
  Translator,
} from '@ocop/common';
import { TASK_STATUSES, TaskStatus, TaskSummary } from '@ocop/domain';
import { TasksApi } from '../../api/tasks-api';
import { TasksNav } from '../../nav/tasks-nav';
import { PageLoadStatus } from '../../page-load/page-load-status';
import { loadForInputs } from '../../page-load/page-load';
import { periodText } from '../plan-list/plan-dates';
import { tasksBase } from '../plan-list/plan-manager';
import { PlanTasksStore } from '../plan-tasks/plan-tasks.store';
import { QUARTERS, timelineGroups, TimelineGrouping } from './plan-timeline-model';
import { TimelineBar } from './timeline-bar';

registerMessages(TASKS_MESSAGES);
registerMessages(PLANS_MESSAGES);

/**
 * <basePath>/tasks/plans/<id>/timeline: the plan's tasks on its year's four quarters, Gantt-like — a row per
 * task, grouped by section or lead unit, its bar in the quarter it is due (across the year when it has no
 * date), coloured by status with the status written on it, overdue marked in words too. A real table, so a
 * screen reader reads each bar with its task and quarter; each task's title links to its page.
 */
@Component({
  selector: 'ocop-plan-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageLoadStatus, StatusPanel, TasksNav, TimelineBar],
  providers: [TasksApi, PlanTasksStore],
  templateUrl: './plan-timeline.html',
  styleUrls: ['../../../../ocop-common/src/styles/controls.css', './timeline-bar.css', './plan-timeline.css'],
})
export class PlanTimeline {
  readonly planId = input.required<string>();

  protected readonly store = inject(PlanTasksStore);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly host = inject(OcopHost);

  protected readonly quarters = QUARTERS;
  protected readonly statuses = TASK_STATUSES;
  protected readonly groupBy = signal<TimelineGrouping>('section');

  protected readonly groups = computed(() => {
    const plan = this.store.plan();
    return plan ? timelineGroups(plan, this.store.tasks(), this.groupBy()) : [];
  });
  protected readonly quarterHeaders = computed(() => {
    const year = this.store.plan()?.year ?? 0;
    return QUARTERS.map((q) => ({ q, label: this.period(`${year}-Q${q}`) }));
  });
  protected readonly planUrl = computed(() => `${tasksBase(this.host)}/plans/${this.planId()}`);
  protected readonly printUrl = computed(() => `${this.planUrl()}/print`);

  constructor() {
    loadForInputs(this.planId, (planId) => this.store.load({ planId, rollups: false }));
  }

  protected setGrouping(by: TimelineGrouping): void {
    this.groupBy.set(by);
  }

  protected taskUrl(task: TaskSummary): string {
    return `${tasksBase(this.host)}/${task.id}`;
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }

  protected statusText(status: TaskStatus | null): string {
    return status ? this.t(`tasks.status.${status}`) : '';
  }

  protected period(period: string): string {
    return periodText(period, this.t);
  }
}
