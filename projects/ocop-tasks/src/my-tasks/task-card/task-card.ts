import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { followLink, Translator } from '@ocop/common';
import { TaskSummary } from '@ocop/domain';
import { TaskBadges } from '../task-badges/task-badges';
import { dueText, percentText, periodText } from '../task-labels';

/** One task of "Việc của đơn vị tôi": what it is, whose, when due, where it stands; the title opens it. */
@Component({
  selector: 'ocop-task-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TaskBadges],
  templateUrl: './task-card.html',
  styleUrls: ['../../../../ocop-common/src/styles/controls.css', './task-card.css'],
})
export class TaskCard {
  readonly task = input.required<TaskSummary>();
  /** Where the task's page is: `<basePath>/tasks/<taskId>`. */
  readonly href = input.required<string>();

  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly due = computed(() => dueText(this.task()));
  protected readonly period = computed(() => {
    const period = this.task().period;
    return period ? periodText(period) : null;
  });
  protected readonly reported = computed(() => {
    const value = this.task().reportedPercent;
    return value === null ? null : percentText(value, this.i18n);
  });
  protected readonly accepted = computed(() => {
    const value = this.task().acceptedPercent;
    return value === null ? null : percentText(value, this.i18n);
  });

  protected follow(event: MouseEvent): void {
    followLink(event, this.href());
  }
}
