import { computed, inject, Injectable, InjectionToken, signal } from '@angular/core';
import { FormDrafts } from '@ocop/common';
import { type ApiError, EMPTY_ANSWERS, type MyScoreSheet, scoreSheet, type SheetAnswers } from '@ocop/domain';
import { firstValueFrom } from 'rxjs';
import { ScoringApi } from '../../api/scoring-api';
import { keepMine, mergeAnswers, sameAnswers } from './merge-answers';

/** How long the sheet waits after the last change before it autosaves. */
export const AUTOSAVE_DELAY_MS = new InjectionToken<number>('AUTOSAVE_DELAY_MS', {
  providedIn: 'root',
  factory: () => 800,
});

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'failed';

/** What the browser keeps of a sheet not yet saved: my answers and the server's answers they started from. */
interface LocalSheet {
  base: SheetAnswers;
  answers: SheetAnswers;
}

/** A stale save whose merge needs the member: the criteria both sides changed, and both versions. */
export interface SheetConflict {
  codes: string[];
  merged: SheetAnswers;
  mine: SheetAnswers;
}

/**
 * A member's sheet for one dossier: the answers as the member sees them (ahead of the server while a save
 * is due), autosave shortly after each change, a local copy until the server has it (an expired sign-in
 * loses nothing), a stale save merged with what the server holds (or the member asked), and the submission.
 * Totals are always `scoreSheet` of @ocop/domain over the answers shown.
 */
@Injectable()
export class ScoreSheetStore {
  private readonly api = inject(ScoringApi);
  private readonly drafts = inject(FormDrafts);
  private readonly delay = inject(AUTOSAVE_DELAY_MS);

  /** The sheet as the server last sent it. */
  readonly record = signal<MyScoreSheet | null>(null);
  /** The answers the member sees. */
  readonly answers = signal<SheetAnswers>(EMPTY_ANSWERS);
  readonly saveStatus = signal<SaveStatus>('idle');
  readonly savedAt = signal<Date | null>(null);
  readonly saveError = signal<ApiError | null>(null);
  readonly conflict = signal<SheetConflict | null>(null);
  /** Answers not yet saved were found in this browser and put back. */
  readonly restored = signal(false);
  readonly submitting = signal(false);
  readonly submitError = signal<ApiError | null>(null);

  readonly score = computed(() => {
    const record = this.record();
    return record ? scoreSheet(record.sheet, this.answers()) : null;
  });
  readonly editable = computed(() => {
    const record = this.record();
    return record !== null && record.status === 'draft' && !record.locked;
  });
  readonly canSubmit = computed(
    () =>
      this.editable() && this.score()?.complete === true && this.conflict() === null && !this.submitting(),
  );

  private ids: { sessionId: string; dossierId: string } | null = null;
  /** The server's answers my unsaved changes are based on. */
  private base: SheetAnswers = EMPTY_ANSWERS;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;

  /** Shows the sheet the server sent, with any answers this browser still holds for it put back. */
  open(sessionId: string, dossierId: string, record: MyScoreSheet): void {
    this.ids = { sessionId, dossierId };
    this.accept(record);
    this.restored.set(false);
    const local = this.drafts.load<LocalSheet>(this.draftKey())?.value;
    if (!local || !isLocalSheet(local) || !this.editable()) {
      this.drafts.clear(this.draftKey());
      return;
    }
    this.base = local.base;
    this.mergeOnto(record, local.answers);
    this.restored.set(this.dirty);
  }

  choose(code: string, optionIndex: number): void {
    const answers = this.answers();
    this.change({ ...answers, choices: { ...answers.choices, [code]: optionIndex } });
  }

  setGate(code: string, ticked: boolean): void {
    const answers = this.answers();
    const gates = answers.gates.filter((c) => c !== code);
    this.change({ ...answers, gates: ticked ? [...gates, code] : gates });
  }

  /** Saves now what is due (on blur, page hide, leaving, before a submission); resolves once settled. */
  async flush(): Promise<void> {
    this.clearTimer();
    while (this.inFlight) await this.inFlight;
    if (!this.dirty || !this.editable() || this.conflict() || !this.ids) return;
    this.inFlight = this.save().finally(() => (this.inFlight = null));
    await this.inFlight;
  }

  /** The member settled a conflict: keep their own answers for the criteria in conflict, or the saved ones. */
  resolveConflict(keep: 'mine' | 'theirs'): void {
    const conflict = this.conflict();
    if (!conflict) return;
    this.conflict.set(null);
    const answers =
      keep === 'mine' ? keepMine(conflict.merged, conflict.mine, conflict.codes) : conflict.merged;
    this.change(answers);
  }

  /** Submits a complete sheet (saving what is due first); true once the server has it as submitted. */
  async submit(): Promise<boolean> {
    if (!this.canSubmit() || !this.ids) return false;
    this.submitting.set(true);
    this.submitError.set(null);
    try {
      await this.flush();
      const record = this.record();
      if (this.dirty || !record) {
        // The last answers did not reach the server: say why rather than submit an older sheet.
        this.submitError.set(this.saveError() ?? { code: 'STALE_VERSION', message: '' });
        return false;
      }
      const { sessionId, dossierId } = this.ids;
      const submitted = await firstValueFrom(this.api.submitMySheet(sessionId, dossierId, record.version));
      this.accept(submitted);
      return true;
    } catch (error) {
      this.submitError.set(error as ApiError);
      return false;
    } finally {
      this.submitting.set(false);
    }
  }

  /** Stops the pending timer when the page goes away (its last save is flushed by the page). */
  stop(): void {
    this.clearTimer();
  }

  private change(answers: SheetAnswers): void {
    if (!this.editable()) return;
    this.answers.set(answers);
    this.dirty = !sameAnswers(answers, this.base);
    this.keepLocally();
    if (!this.dirty) {
      this.saveStatus.set(this.savedAt() ? 'saved' : 'idle');
      return;
    }
    this.saveStatus.set('pending');
    this.clearTimer();
    this.timer = setTimeout(() => void this.flush(), this.delay);
  }

  private async save(): Promise<void> {
    const record = this.record()!;
    const sent = this.answers();
    const { sessionId, dossierId } = this.ids!;
    this.saveStatus.set('saving');
    try {
      const saved = await firstValueFrom(
        this.api.saveMySheet(sessionId, dossierId, { answers: sent, version: record.version }),
      );
      this.record.set(saved);
      this.base = saved.answers;
      this.savedAt.set(new Date());
      this.saveError.set(null);
      this.dirty = !sameAnswers(this.answers(), this.base);
      this.keepLocally();
      this.saveStatus.set(this.dirty ? 'pending' : 'saved');
      // Changes made while the save was under way go out next.
      if (this.dirty) this.timer = setTimeout(() => void this.flush(), this.delay);
    } catch (error) {
      await this.saveFailed(error as ApiError);
    }
  }

  private async saveFailed(error: ApiError): Promise<void> {
    const { sessionId, dossierId } = this.ids!;
    if (['STALE_VERSION', 'SHEET_SUBMITTED', 'SESSION_CLOSED'].includes(error.code)) {
      try {
        const current = await firstValueFrom(this.api.mySheet(sessionId, dossierId));
        if (error.code === 'STALE_VERSION') {
          // Merged answers still due are saved on top of the new version (mergeOnto schedules it).
          this.mergeOnto(current, this.answers());
          return;
        }
        // Submitted elsewhere or locked: nothing more can be saved; the page shows the sheet as it stands.
        this.accept(current);
        this.drafts.clear(this.draftKey());
        this.saveError.set(error);
        return;
      } catch (reloadError) {
        error = reloadError as ApiError;
      }
    }
    this.saveError.set(error);
    this.saveStatus.set('failed');
  }

  /** `record` as the server holds it, with `mine` (changed since `this.base`) replayed on it. */
  private mergeOnto(record: MyScoreSheet, mine: SheetAnswers): void {
    const { merged, conflicts } = mergeAnswers(this.base, mine, record.answers);
    this.record.set(record);
    this.base = record.answers;
    if (conflicts.length > 0) {
      this.answers.set(merged);
      this.conflict.set({ codes: conflicts, merged, mine });
      this.dirty = true;
      this.saveStatus.set('pending');
      return;
    }
    this.answers.set(merged);
    this.dirty = !sameAnswers(merged, this.base);
    this.keepLocally();
    this.saveStatus.set(this.dirty ? 'pending' : 'saved');
    if (this.dirty) {
      this.clearTimer();
      this.timer = setTimeout(() => void this.flush(), this.delay);
    }
  }

  private accept(record: MyScoreSheet): void {
    this.record.set(record);
    this.answers.set(record.answers);
    this.base = record.answers;
    this.dirty = false;
    this.conflict.set(null);
    if (record.status === 'submitted' || record.locked) this.drafts.clear(this.draftKey());
  }

  private keepLocally(): void {
    if (this.dirty)
      this.drafts.save<LocalSheet>(this.draftKey(), { base: this.base, answers: this.answers() });
    else this.drafts.clear(this.draftKey());
  }

  private draftKey(): string {
    return `reports:score:${this.ids?.sessionId}:${this.ids?.dossierId}`;
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

function isLocalSheet(value: unknown): value is LocalSheet {
  const sheet = value as Partial<LocalSheet> | null;
  const answers = (a: unknown): boolean =>
    typeof a === 'object' && a !== null && Array.isArray((a as SheetAnswers).gates);
  return typeof sheet === 'object' && sheet !== null && answers(sheet.base) && answers(sheet.answers);
}
