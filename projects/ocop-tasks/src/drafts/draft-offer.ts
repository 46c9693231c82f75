import { computed, effect, signal, untracked } from '@angular/core';
import { FormDrafts, SavedDraft, Translator } from '@ocop/common';

/**
 * A form's local draft: kept while the user types (not while the form shows what it loaded, nor while a
 * draft is still being offered), offered back when the form opens again, restored or discarded by the user.
 */
export class DraftOffer<T> {
  /** The draft found when the form opened, until the user restores or discards it. */
  readonly offered = signal<SavedDraft<T> | null>(null);
  readonly offeredAt = computed(() => {
    const draft = this.offered();
    return draft ? this.i18n.dateTime(draft.savedAt) : '';
  });
  /** The form holds the user's own input, which is what becomes a draft. */
  touched = false;

  constructor(
    private readonly drafts: FormDrafts,
    private readonly i18n: Translator,
  ) {}

  /**
   * Keeps the form's value, as `asDraft` makes it, under `key()` whenever the value changes once touched.
   * Call in an injection context (a constructor).
   */
  keep<V>(key: () => string, value: () => V, asDraft: (value: V) => unknown = (v) => v): void {
    effect(() => {
      const current = value();
      if (this.touched) untracked(() => this.drafts.save(key(), asDraft(current)));
    });
  }

  /** The draft kept under `key`, unchecked: for a form that checks its shape itself. */
  saved(key: string): SavedDraft<unknown> | null {
    return this.drafts.load<unknown>(key);
  }

  /** Offers the draft kept under `key`, when there is one that holds a form's value. */
  offerSaved(key: string): void {
    const saved = this.drafts.load<T>(key);
    this.offered.set(saved && typeof saved.value === 'object' && saved.value !== null ? saved : null);
  }

  /** The offered draft's value, which the form now holds as the user's own; null when none is offered. */
  take(): T | null {
    const draft = this.offered();
    if (!draft) return null;
    this.touched = true;
    this.offered.set(null);
    return draft.value;
  }

  discard(key: string): void {
    this.drafts.clear(key);
    this.offered.set(null);
  }

  /** After a save: nothing left to keep. */
  clear(key: string): void {
    this.drafts.clear(key);
  }
}
