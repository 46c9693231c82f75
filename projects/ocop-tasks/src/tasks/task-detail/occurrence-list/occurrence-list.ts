import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { followLink, OcopHost, Translator } from '@ocop/common';
import { TaskSummary } from '@ocop/domain';
import { dueText, periodText, tasksBase } from '../../task-labels';

/**
 * A recurring task's occurrences (Q1…Q4, or the year), each a task of its own with its status, deadline and
 * percentages, linked to its page where it is reported on.
 */
@Component({
  selector: 'ocop-occurrence-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './occurrence-list.html',
  styleUrls: [
    '../../../../../ocop-common/src/styles/controls.css',
    '../../../styles/deadline-flag.css',
    './occurrence-list.css',
  ],
})
export class OccurrenceList {
  readonly occurrences = input.required<TaskSummary[]>();

  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly base = computed(() => tasksBase(this.host.basePath()));

  protected url(task: TaskSummary): string {
    return `${this.base()}/${task.id}`;
  }

  protected period(task: TaskSummary): string {
    return periodText(task.period, this.i18n) || task.title;
  }

  protected due(task: TaskSummary): string {
    return dueText(task);
  }

  protected percent(value: number | null): string {
    return value === null
      ? '—'
      : this.i18n.number(value / 100, { style: 'percent', maximumFractionDigits: 0 });
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
