import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  OnInit,
  signal,
  untracked,
} from '@angular/core';
import { DOSSIER_DETAIL_MESSAGES, FormDrafts, nfcValueOf, registerMessages, Translator } from '@ocop/common';
import { ChecklistItemStatus, DossierItem } from '@ocop/domain';
import { AttachmentList } from '../attachment-list/attachment-list';
import { DossierDetailStore, ItemEdit } from '../dossier-detail.store';
import { isoDateText } from '../dossier-labels';
import { UploadControl } from '../upload-control/upload-control';

registerMessages(DOSSIER_DETAIL_MESSAGES);

function editOf(item: DossierItem): ItemEdit {
  return { status: item.status, documentDate: item.documentDate, remarks: item.remarks };
}

function sameEdit(a: ItemEdit, b: ItemEdit): boolean {
  return a.status === b.status && a.documentDate === b.documentDate && a.remarks === b.remarks;
}

/** The draft key of an item's form: per dossier and item (FormDrafts adds the user). */
export function itemDraftKey(dossierId: string, itemId: string): string {
  return `dossier-detail:${dossierId}:item:${itemId}`;
}

/**
 * One checklist item: what it is, where it stands, the reviewer's remarks (a returned item's reason in
 * front), its files and upload. Status, date and remarks are editable only where the workflow lets the user
 * change the checklist; typed input is kept as a local draft until it is saved.
 */
@Component({
  selector: 'ocop-checklist-item',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [AttachmentList, UploadControl],
  templateUrl: './checklist-item.html',
  styleUrls: ['../../../../../ocop-common/src/styles/controls.css', './checklist-item.css'],
})
export class ChecklistItem implements OnInit {
  readonly item = input.required<DossierItem>();
  readonly dossierId = input.required<string>();
  readonly canEdit = input(false);

  protected readonly store = inject(DossierDetailStore);
  private readonly drafts = inject(FormDrafts);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly id = computed(() => this.item().definition.id);
  private readonly key = computed(() => `item:${this.id()}`);
  /** The item as the server has it; only a real change of these values resets the form. */
  private readonly server = computed(() => editOf(this.item()), { equal: sameEdit });
  /** Whether the form holds the user's unsaved input. */
  private readonly dirty = signal(false);
  protected readonly form = linkedSignal<ItemEdit, ItemEdit>({
    source: this.server,
    computation: (server, previous) => (previous && untracked(this.dirty) ? previous.value : server),
  });
  /** When the draft shown in the form was typed, or null when the form shows the saved item. */
  protected readonly draftAt = signal<string | null>(null);

  protected readonly statusOptions = computed<ChecklistItemStatus[]>(() =>
    // Returning is the reviewer's act (the return dialog); the form only keeps a returned status as it is.
    this.server().status === 'returned' ? ['missing', 'provided', 'returned'] : ['missing', 'provided'],
  );
  protected readonly problems = computed(() => {
    const id = this.id();
    return (this.store.dossier()?.problems ?? []).filter((p) => p.itemId === id);
  });
  protected readonly saving = computed(() => this.store.pending().includes(this.key()));
  protected readonly saved = computed(() => this.store.lastSaved() === this.key());
  protected readonly error = computed(() => {
    const error = this.store.failures()[this.key()];
    return error ? this.i18n.apiError(error) : null;
  });
  protected readonly changed = computed(() => !sameEdit(this.form(), this.server()));

  ngOnInit(): void {
    const draft = this.drafts.load<ItemEdit>(this.draftKey());
    if (draft && !sameEdit(draft.value, this.server())) {
      this.dirty.set(true);
      this.form.set({ ...this.server(), ...draft.value });
      this.draftAt.set(draft.savedAt);
    } else if (draft) {
      this.drafts.clear(this.draftKey());
    }
  }

  protected dateText(value: string | null): string {
    return isoDateText(value);
  }

  protected setStatus(event: Event): void {
    this.edit({ status: (event.target as HTMLSelectElement).value as ChecklistItemStatus });
  }

  protected setDate(event: Event): void {
    this.edit({ documentDate: (event.target as HTMLInputElement).value || null });
  }

  protected setRemarks(event: Event): void {
    const value = nfcValueOf(event);
    if (value === null) return;
    this.edit({ remarks: value.trim() === '' ? null : value });
  }

  protected async save(event: Event): Promise<void> {
    event.preventDefault();
    if (this.saving() || !this.changed()) return;
    const edit = { ...this.form(), remarks: this.form().remarks?.trim() || null };
    const outcome = await this.store.change({ kind: 'item', itemId: this.id(), edit });
    if (outcome === 'saved' || outcome === 'discarded') this.forgetDraft();
  }

  protected discardDraft(): void {
    this.forgetDraft();
  }

  private edit(change: Partial<ItemEdit>): void {
    this.dirty.set(true);
    this.form.update((form) => ({ ...form, ...change }));
    this.drafts.save(this.draftKey(), this.form());
    this.draftAt.set(null);
  }

  private forgetDraft(): void {
    this.drafts.clear(this.draftKey());
    this.dirty.set(false);
    this.draftAt.set(null);
    this.form.set(this.server());
  }

  private draftKey(): string {
    return itemDraftKey(this.dossierId(), this.id());
  }
}
