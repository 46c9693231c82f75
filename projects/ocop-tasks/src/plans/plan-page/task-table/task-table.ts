import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { followLink, Translator } from '@ocop/common';
import { TaskSummary } from '@ocop/domain';
import { TaskBadges } from '../../../my-tasks/task-badges/task-badges';
import { dueText, percentText, periodText } from '../../../my-tasks/task-labels';

/**
 * The tasks of one group of the plan page: title (opens the task), the other grouping's column (lead unit
 * under a section, section under a unit), deadline, status and the percentages reported and accepted.
 */
@Component({
  selector: 'ocop-task-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TaskBadges],
  templateUrl: './task-table.html',
  styleUrls: ['../../../../../ocop-common/src/styles/controls.css', './task-table.css'],
})
export class TaskTable {
  readonly tasks = input.required<TaskSummary[]>();
  /** What the second column shows: the lead unit (grouped by section) or the section (grouped by unit). */
  readonly column = input.required<'lead' | 'section'>();
  readonly caption = input.required<string>();
  /** `<basePath>/tasks`; a task's page is below it. */
  readonly base = input.required<string>();

  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected taskUrl(task: TaskSummary): string {
    return `${this.base()}/${task.id}`;
  }

  protected due(task: TaskSummary): string | null {
    return dueText(task);
  }

  protected period(task: TaskSummary): string | null {
    return task.period ? periodText(task.period) : null;
  }

  protected percent(value: number | null): string | null {
    return value === null ? null : percentText(value, this.i18n);
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
