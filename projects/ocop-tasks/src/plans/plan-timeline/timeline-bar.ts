import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Translator } from '@ocop/common';
import { TaskSummary } from '@ocop/domain';
import { dayText, periodText } from '../plan-list/plan-dates';

/**
 * A task's bar on the timeline: its status in words (the colour only repeats it), when it is due, and an
 * overdue or due-soon mark, also in words.
 */
@Component({
  selector: 'ocop-timeline-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let t = task();
    <span
      [class]="'bar status-' + (t.status ?? 'none')"
      [class.overdue]="t.deadlineFlag === 'overdue'"
      [class.due-soon]="t.deadlineFlag === 'due-soon'"
    >
      <span class="status">{{ status() }}</span>
      <span class="when">{{ when() }}</span>
      @if (t.deadlineFlag === 'overdue') {
        <strong class="flag"><span aria-hidden="true">⚠</span> {{ i18n.t('tasks.flag.overdue') }}</strong>
      } @else if (t.deadlineFlag === 'due-soon') {
        <span class="flag">{{ i18n.t('tasks.flag.due-soon') }}</span>
      }
    </span>
  `,
  styleUrl: './timeline-bar.css',
})
export class TimelineBar {
  readonly task = input.required<TaskSummary>();
  /** A task without a date: its bar spans the year. */
  readonly wholeYear = input(false);
  protected readonly i18n = inject(Translator);

  protected readonly status = computed(() => {
    const status = this.task().status;
    return status ? this.i18n.t(`tasks.status.${status}`) : '';
  });
  protected readonly when = computed(() => {
    const task = this.task();
    if (this.wholeYear()) return this.i18n.t('plans.timeline.wholeYear');
    if (task.period) return periodText(task.period, this.i18n.t);
    return task.due ? this.i18n.t('plans.timeline.due', { date: dayText(task.due) }) : '';
  });
}
