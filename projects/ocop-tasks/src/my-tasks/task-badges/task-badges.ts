import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { registerMessages, TASKS_MESSAGES, Translator } from '@ocop/common';
import { TaskStatus, TaskSummary } from '@ocop/domain';

registerMessages(TASKS_MESSAGES);

/**
 * A task's status and deadline as badges: words, not only colour (the symbols are hidden from screen readers),
 * and a marker when a report waits for the standing unit's review.
 */
@Component({
  selector: 'ocop-task-badges',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let current = task();
    @if (current.status) {
      <span class="badge status" [class]="'status-' + current.status">{{ statusLabel(current.status) }}</span>
    }
    @switch (current.deadlineFlag) {
      @case ('overdue') {
        <span class="badge flag overdue"
          ><span aria-hidden="true">⚠ </span>{{ t('tasks.flag.overdue') }}</span
        >
      }
      @case ('due-soon') {
        <span class="badge flag due-soon"
          ><span aria-hidden="true">⏰ </span>{{ t('tasks.flag.due-soon') }}</span
        >
      }
    }
    @if (current.pendingReview) {
      <span class="badge pending-review">{{ t('tasks.card.pendingReview') }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      flex-wrap: wrap;
      gap: 4px;
    }
    .badge {
      display: inline-block;
      padding: 0 6px;
      border: 1px solid currentColor;
      border-radius: 10px;
      font-size: 12px;
      font-weight: 600;
      white-space: nowrap;
    }
    .status {
      color: var(--ocop-muted);
    }
    .status-in_progress {
      color: var(--ocop-primary);
    }
    .status-reported_done,
    .status-accepted {
      color: #1b6e2e;
    }
    .status-returned,
    .overdue {
      color: var(--ocop-danger);
    }
    .due-soon,
    .pending-review {
      color: #8a5a00;
    }
  `,
})
export class TaskBadges {
  readonly task = input.required<Pick<TaskSummary, 'status' | 'deadlineFlag' | 'pendingReview'>>();
  protected readonly t = inject(Translator).t;

  protected statusLabel(status: TaskStatus): string {
    return this.t(`tasks.status.${status}`);
  }
}
