import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { isMessageKey, TimelineEntries, TimelineEntryView, Translator } from '@ocop/common';
import { AuditEntry, departmentName, TASK_STATUSES, TaskStatus } from '@ocop/domain';

type Json = Record<string, unknown>;

function record(value: unknown): Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : {};
}

function isStatus(value: unknown): value is TaskStatus {
  return (TASK_STATUSES as readonly unknown[]).includes(value);
}

/**
 * The task's audit trail, oldest first: when, who (and their department), what happened by the module's own
 * words, the status it moved between, the percentage reported or reviewed, the evidence file, and the text
 * that came with it (the report, the reason, the comment). Read only: the API offers no way to change it.
 */
@Component({
  selector: 'ocop-task-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TimelineEntries],
  templateUrl: './task-timeline.html',
  styleUrls: [
    '../../../../../ocop-common/src/styles/controls.css',
    '../../../../../ocop-common/src/styles/timeline.css',
  ],
})
export class TaskTimeline {
  readonly entries = input.required<AuditEntry[]>();

  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly views = computed<TimelineEntryView[]>(() => this.entries().map((e) => this.view(e)));

  private view(entry: AuditEntry): TimelineEntryView {
    const from = record(entry.from);
    const to = record(entry.to);
    const key = `task.timeline.${entry.action}`;
    const details: string[] = [];
    const [before, after] = [from['status'], to['status']];
    if (isStatus(before) && isStatus(after) && before !== after) {
      details.push(
        this.t('task.timeline.status', {
          from: this.t(`tasks.status.${before}`),
          to: this.t(`tasks.status.${after}`),
        }),
      );
    }
    if (typeof to['percent'] === 'number') {
      details.push(
        this.t('task.timeline.percent', {
          percent: this.i18n.number(to['percent'] / 100, { style: 'percent', maximumFractionDigits: 0 }),
        }),
      );
    }
    if (typeof to['fileName'] === 'string')
      details.push(this.t('task.timeline.file', { name: to['fileName'] }));
    return {
      id: entry.id,
      at: entry.at,
      when: this.i18n.dateTime(entry.at),
      who: `${entry.actor.name} (${entry.actor.username})`,
      unit: entry.actor.departmentCode ? (departmentName(entry.actor.departmentCode) ?? null) : null,
      what: isMessageKey(key) ? this.t(key) : entry.action,
      details,
      comment: entry.comment,
    };
  }
}
