import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormDrafts, nfcValueOf, Translator } from '@ocop/common';
import { ProgressReport, TASK_WORKFLOW } from '@ocop/domain';
import { TaskReviewAction } from '../../../api/tasks-api';
import { ConflictNotice } from '../conflict-notice/conflict-notice';
import { TaskDetailStore } from '../task-detail.store';

/** The draft key of an action's reason, per task and action. */
export function reasonDraftKey(taskId: string, action: TaskReviewAction): string {
  return `task-detail:${taskId}:action:${action}`;
}

/**
 * Confirms a workflow action before it is taken: accepting a report says what it will do to the task;
 * returning a report, cancelling and reopening ask for the reason the workflow requires (kept as a local
 * draft until the action is recorded). A native modal dialog: Esc and the Cancel button close it.
 */
@Component({
  selector: 'ocop-action-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConflictNotice],
  templateUrl: './action-dialog.html',
  styleUrls: [
    '../../../../../ocop-common/src/styles/controls.css',
    '../../../../../ocop-common/src/styles/dialog.css',
    '../../../../../ocop-common/src/styles/dialog-form.css',
    './action-dialog.css',
  ],
})
export class ActionDialog {
  /** The action once it is recorded. */
  readonly done = output<TaskReviewAction>();

  protected readonly store = inject(TaskDetailStore);
  private readonly drafts = inject(FormDrafts);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('dialog');

  protected readonly action = signal<TaskReviewAction | null>(null);
  /** The report an accept or a return is about. */
  protected readonly report = signal<ProgressReport | null>(null);
  protected readonly reason = signal('');
  /** The reason's error shows once the user has tried to confirm. */
  protected readonly tried = signal(false);

  protected readonly needsReason = computed(() => {
    const action = this.action();
    return !!action && !!TASK_WORKFLOW.find((a) => a.id === action)?.needsReason;
  });
  protected readonly reasonMissing = computed(() => this.needsReason() && this.reason().trim() === '');
  protected readonly pending = computed(() => this.store.pending().includes('action'));
  protected readonly apiError = computed(() => {
    const error = this.store.failures()['action'];
    return error ? this.i18n.apiError(error) : null;
  });
  protected readonly percent = computed(() => {
    const report = this.report();
    return report
      ? this.i18n.number(report.percent / 100, { style: 'percent', maximumFractionDigits: 0 })
      : '';
  });
  /** What accepting this report does: a 100 % report accepts the task, a lower one keeps it in progress. */
  protected readonly text = computed(() => {
    const action = this.action();
    if (!action) return '';
    if (action === 'accept') {
      const full = this.report()?.percent === 100;
      return this.t(full ? 'task.dialog.accept.textFull' : 'task.dialog.accept.textPartial', {
        percent: this.percent(),
      });
    }
    if (action === 'return') return this.t('task.dialog.return.text', { percent: this.percent() });
    return this.t(`task.dialog.${action}.text`);
  });

  open(action: TaskReviewAction, report: ProgressReport | null = null): void {
    this.action.set(action);
    this.report.set(report);
    this.tried.set(false);
    this.reason.set(this.drafts.load<string>(this.draftKey(action))?.value ?? '');
    this.dialog()?.nativeElement.showModal();
  }

  protected setReason(event: Event): void {
    const value = nfcValueOf(event);
    const action = this.action();
    if (value === null || !action) return;
    this.reason.set(value);
    this.drafts.save(this.draftKey(action), value);
  }

  protected async confirm(event: Event): Promise<void> {
    event.preventDefault();
    const action = this.action();
    this.tried.set(true);
    if (!action || this.pending() || this.reasonMissing()) return;
    const outcome = await this.store.act(action, this.needsReason() ? this.reason().trim() : null);
    if (outcome === 'saved') {
      this.drafts.clear(this.draftKey(action));
      this.done.emit(action);
    }
    if (outcome === 'saved' || outcome === 'discarded') this.dialog()?.nativeElement.close();
  }

  protected cancel(): void {
    this.dialog()?.nativeElement.close();
  }

  protected closed(): void {
    // The close event arrives a task later: a dialog opened again meanwhile keeps its action.
    if (this.dialog()?.nativeElement.open) return;
    this.action.set(null);
    this.report.set(null);
  }

  private draftKey(action: TaskReviewAction): string {
    return reasonDraftKey(this.store.taskId() ?? '', action);
  }
}
