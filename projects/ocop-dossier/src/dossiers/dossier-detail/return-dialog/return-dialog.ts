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
import { DOSSIER_DETAIL_MESSAGES, FormDrafts, nfcValueOf, registerMessages, Translator } from '@ocop/common';
import { dueDate, isIsoDate, vietnamDate, WorkflowAction } from '@ocop/domain';
import { ConflictNotice } from '../conflict-notice/conflict-notice';
import { DossierDetailStore } from '../dossier-detail.store';
import { isoDateText } from '../dossier-labels';

registerMessages(DOSSIER_DETAIL_MESSAGES);

/** Calendar days the producer gets to supplement, offered as the default deadline. */
export const DEFAULT_SUPPLEMENT_DAYS = 14;

interface ReturnForm {
  /** Reason per ticked item id; an item not in here is not returned. */
  reasons: Record<string, string>;
  deadline: string;
  comment: string;
}

/** The draft key of the return form, per dossier. */
export function returnDraftKey(dossierId: string): string {
  return `dossier-detail:${dossierId}:return`;
}

/**
 * Returning a dossier for supplementation: the officer ticks the items to return and writes a reason for
 * each (required), sets the deadline (today + 14 days unless changed) and may add a comment. Typed text is
 * kept as a local draft until the return is recorded.
 */
@Component({
  selector: 'ocop-return-dialog',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConflictNotice],
  templateUrl: './return-dialog.html',
  styleUrls: [
    '../../../../../ocop-common/src/styles/controls.css',
    '../../../../../ocop-common/src/styles/dialog.css',
    '../../../../../ocop-common/src/styles/dialog-form.css',
    './return-dialog.css',
  ],
})
export class ReturnDialog {
  /** The action's name once the return is recorded. */
  readonly returned = output<string>();

  protected readonly store = inject(DossierDetailStore);
  private readonly drafts = inject(FormDrafts);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('dialog');

  protected readonly action = signal<WorkflowAction | null>(null);
  protected readonly form = signal<ReturnForm>({ reasons: {}, deadline: '', comment: '' });
  /** Errors show once the user has tried to send. */
  protected readonly tried = signal(false);
  protected readonly today = signal(vietnamDate(new Date()));

  protected readonly items = computed(() => this.store.dossier()?.items ?? []);
  protected readonly pending = computed(() => this.store.pending().includes('action'));
  protected readonly apiError = computed(() => {
    const error = this.store.failures()['action'];
    return error ? this.i18n.apiError(error) : null;
  });
  protected readonly deadlineText = computed(() => {
    const deadline = this.form().deadline;
    return isIsoDate(deadline)
      ? this.t('dossierDetail.return.deadlineShown', { date: isoDateText(deadline) })
      : '';
  });
  protected readonly errors = computed(() => {
    const { reasons, deadline } = this.form();
    const ticked = Object.keys(reasons);
    return {
      items: ticked.length === 0 ? this.t('dossierDetail.return.noItem') : null,
      reasons: new Set(ticked.filter((id) => reasons[id].trim() === '')),
      deadline: !deadline
        ? this.t('dossierDetail.return.deadlineRequired')
        : !isIsoDate(deadline)
          ? this.t('dossierDetail.return.deadlineRequired')
          : deadline < this.today()
            ? this.t('dossierDetail.return.deadlinePast')
            : null,
    };
  });
  protected readonly valid = computed(() => {
    const errors = this.errors();
    return errors.items === null && errors.reasons.size === 0 && errors.deadline === null;
  });

  open(action: WorkflowAction): void {
    this.today.set(vietnamDate(new Date()));
    const fresh: ReturnForm = {
      reasons: {},
      deadline: dueDate(this.today(), DEFAULT_SUPPLEMENT_DAYS),
      comment: '',
    };
    const draft = this.drafts.load<ReturnForm>(this.draftKey())?.value;
    // Only items still in the checklist come back from a draft.
    const known = new Set(this.items().map((i) => i.definition.id));
    const reasons = Object.fromEntries(Object.entries(draft?.reasons ?? {}).filter(([id]) => known.has(id)));
    this.form.set(draft ? { ...fresh, ...draft, reasons } : fresh);
    this.tried.set(false);
    this.action.set(action);
    this.dialog()?.nativeElement.showModal();
  }

  protected ticked(itemId: string): boolean {
    return itemId in this.form().reasons;
  }

  protected reason(itemId: string): string {
    return this.form().reasons[itemId] ?? '';
  }

  protected toggle(itemId: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.update((form) => {
      const reasons = { ...form.reasons };
      if (checked) reasons[itemId] = reasons[itemId] ?? '';
      else delete reasons[itemId];
      return { ...form, reasons };
    });
  }

  protected setReason(itemId: string, event: Event): void {
    const value = nfcValueOf(event);
    if (value === null) return;
    this.update((form) => ({ ...form, reasons: { ...form.reasons, [itemId]: value } }));
  }

  protected setDeadline(event: Event): void {
    const value = (event.target as HTMLInputElement).value;
    this.update((form) => ({ ...form, deadline: value }));
  }

  protected setComment(event: Event): void {
    const value = nfcValueOf(event);
    if (value === null) return;
    this.update((form) => ({ ...form, comment: value }));
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    const action = this.action();
    this.tried.set(true);
    if (!action || !this.valid() || this.pending()) return;
    const { reasons, deadline, comment } = this.form();
    // In checklist order, as the district's letter lists them.
    const returnedItems = this.items()
      .filter((i) => i.definition.id in reasons)
      .map((i) => ({ itemId: i.definition.id, reason: reasons[i.definition.id].trim() }));
    const outcome = await this.store.act(action.id, {
      comment: comment.trim() || null,
      deadline,
      returnedItems,
    });
    if (outcome === 'saved') {
      this.drafts.clear(this.draftKey());
      this.returned.emit(action.name);
    }
    if (outcome === 'saved' || outcome === 'discarded') this.dialog()?.nativeElement.close();
  }

  protected cancel(): void {
    this.dialog()?.nativeElement.close();
  }

  protected closed(): void {
    this.action.set(null);
  }

  private update(change: (form: ReturnForm) => ReturnForm): void {
    this.form.update(change);
    this.drafts.save(this.draftKey(), this.form());
  }

  private draftKey(): string {
    return returnDraftKey(this.store.dossierId() ?? '');
  }
}
