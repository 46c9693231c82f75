import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { Translator } from '@ocop/common';
import { ProgressReport } from '@ocop/domain';
import { TaskReviewAction } from '../../../api/tasks-api';
import { ActionDialog } from '../action-dialog/action-dialog';
import { TaskDetailStore } from '../task-detail.store';

/** The actions shown here; accepting or returning a report is offered on the report itself. */
const BAR_ACTIONS: readonly TaskReviewAction[] = ['start', 'cancel', 'reopen'];

/**
 * The task-level actions open to the user (start, cancel, reopen), drawn from the domain's workflow, and the
 * one confirmation dialog every action goes through, reports' accept and return included.
 */
@Component({
  selector: 'ocop-task-actions',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ActionDialog],
  templateUrl: './task-actions.html',
  styleUrls: ['../../../../../ocop-common/src/styles/controls.css', './task-actions.css'],
})
export class TaskActions {
  protected readonly store = inject(TaskDetailStore);
  protected readonly t = inject(Translator).t;
  private readonly dialog = viewChild.required(ActionDialog);

  protected readonly actions = computed(() => BAR_ACTIONS.filter((a) => this.store.actions().includes(a)));
  protected readonly pending = computed(() => this.store.pending().includes('action'));
  protected readonly done = signal<TaskReviewAction | null>(null);

  /** Opens the confirmation of `action` (about `report` for accept and return). */
  open(action: TaskReviewAction, report: ProgressReport | null = null): void {
    this.done.set(null);
    this.dialog().open(action, report);
  }
}
