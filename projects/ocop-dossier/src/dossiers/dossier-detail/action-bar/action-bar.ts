import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { DOSSIER_DETAIL_MESSAGES, FormDrafts, nfcValueOf, registerMessages, Translator } from '@ocop/common';
import { WorkflowAction, WorkflowGuardId } from '@ocop/domain';
import { ConflictNotice } from '../conflict-notice/conflict-notice';
import { DossierDetailStore } from '../dossier-detail.store';
import { stateNameOf } from '../dossier-labels';
import { ReturnDialog } from '../return-dialog/return-dialog';

registerMessages(DOSSIER_DETAIL_MESSAGES);

/** Guards the user answers in the return dialog rather than beforehand. */
const ENTERED_IN_DIALOG: readonly WorkflowGuardId[] = ['reason-per-returned-item', 'deadline-given'];

interface Requirement {
  guard: WorkflowGuardId;
  state: 'met' | 'notMet' | 'inDialog';
}

interface ActionView {
  action: WorkflowAction;
  requirements: Requirement[];
  blocked: boolean;
  /** Leads to a terminal state: never the highlighted way forward. */
  ends: boolean;
}

/** The draft key of an action's comment, per dossier and action. */
export function actionDraftKey(dossierId: string, action: string): string {
  return `dossier-detail:${dossierId}:action:${action}`;
}

/**
 * The workflow's actions open to the user, drawn from the definition (never hard-coded), each with what it
 * requires, so a missing prerequisite is explained rather than the way forward hidden. Every action asks for
 * confirmation; one that ends the dossier (a terminal state, e.g. withdrawal) says it cannot be undone.
 */
@Component({
  selector: 'ocop-action-bar',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConflictNotice, ReturnDialog],
  templateUrl: './action-bar.html',
  styleUrls: ['../../../../../ocop-common/src/styles/controls.css', './action-bar.css'],
})
export class ActionBar {
  protected readonly store = inject(DossierDetailStore);
  private readonly drafts = inject(FormDrafts);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('confirmDialog');
  private readonly returnDialog = viewChild(ReturnDialog);

  protected readonly confirming = signal<WorkflowAction | null>(null);
  protected readonly comment = signal('');
  protected readonly done = signal<string | null>(null);

  protected readonly views = computed<ActionView[]>(() => {
    const problems = this.store.dossier()?.problems ?? [];
    const states = this.store.definition()?.states ?? [];
    return this.store.actions().map((action) => {
      const requirements = (action.requires ?? []).map((guard): Requirement => ({
        guard,
        state: ENTERED_IN_DIALOG.includes(guard) ? 'inDialog' : problems.length === 0 ? 'met' : 'notMet',
      }));
      return {
        action,
        requirements,
        blocked: requirements.some((r) => r.state === 'notMet'),
        ends: !!states.find((s) => s.id === action.to)?.terminal,
      };
    });
  });
  protected readonly problems = computed(() => this.store.dossier()?.problems ?? []);
  protected readonly pending = computed(() => this.store.pending().includes('action'));
  protected readonly error = computed(() => {
    const error = this.store.failures()['action'];
    return error ? this.i18n.apiError(error) : null;
  });
  protected readonly targetState = computed(() => {
    const action = this.confirming();
    const dossier = this.store.dossier();
    return action && dossier ? stateNameOf(dossier.workflowId, action.to) : '';
  });
  /** An action into a terminal state ends the dossier: nothing can follow it. */
  protected readonly destructive = computed(() => {
    const action = this.confirming();
    return !!action && !!this.store.definition()?.states.find((s) => s.id === action.to)?.terminal;
  });

  protected start(action: WorkflowAction): void {
    this.done.set(null);
    if (action.requires?.includes('reason-per-returned-item')) {
      this.returnDialog()?.open(action);
      return;
    }
    this.confirming.set(action);
    this.comment.set(this.drafts.load<string>(this.draftKey(action))?.value ?? '');
    this.dialog()?.nativeElement.showModal();
  }

  protected setComment(event: Event): void {
    const value = nfcValueOf(event);
    const action = this.confirming();
    if (value === null || !action) return;
    this.comment.set(value);
    this.drafts.save(this.draftKey(action), value);
  }

  protected async confirm(): Promise<void> {
    const action = this.confirming();
    if (!action || this.pending()) return;
    const outcome = await this.store.act(action.id, { comment: this.comment().trim() || null });
    if (outcome === 'saved') {
      this.drafts.clear(this.draftKey(action));
      this.done.set(action.name);
    }
    if (outcome === 'saved' || outcome === 'discarded') this.dialog()?.nativeElement.close();
  }

  protected cancel(): void {
    this.dialog()?.nativeElement.close();
  }

  protected closed(): void {
    this.confirming.set(null);
  }

  protected returned(actionName: string): void {
    this.done.set(actionName);
  }

  private draftKey(action: WorkflowAction): string {
    return actionDraftKey(this.store.dossierId() ?? '', action.id);
  }
}
