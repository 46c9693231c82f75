import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { FormDrafts, nfcValueOf, Translator } from '@ocop/common';
import { FieldError, fieldErrorsOf, FILE_KINDS, parseProgressReport } from '@ocop/domain';
import { errorOf, fieldErrorText, sizeText } from '../../task-labels';
import { EVIDENCE_ACCEPT, EVIDENCE_LIMITS, evidenceRefusal } from '../evidence-rules';
import { TaskDetailStore } from '../task-detail.store';

interface ReportDraft {
  /** As typed: validated when sent, so "50,5" or "abc" can be explained rather than silently dropped. */
  percent: string;
  text: string;
}

/** The draft key of the report form, per task. */
export function reportDraftKey(taskId: string): string {
  return `task-detail:${taskId}:report`;
}

/**
 * What the user typed as the percentage, as the domain's parser reads it: a number when it is written as one
 * (a Vietnamese decimal comma included, so "50,5" is refused as not whole rather than as not a number),
 * empty as missing, anything else as the text it is.
 */
export function percentInput(raw: string): number | string | null {
  const value = raw.trim();
  if (value === '') return null;
  return /^[+-]?\d+([.,]\d+)?$/.test(value) ? Number(value.replace(',', '.')) : value;
}

/**
 * The progress report of the lead unit (or of the standing unit on its behalf): the percentage it chooses
 * (whole, 0–100: never computed), what was done, and evidence files. Checked by the domain's rules before
 * anything is sent; the API's field errors land next to their fields. Percentage and text are kept as a
 * local draft while typed, so an expired session loses nothing; files cannot be kept and are chosen again.
 */
@Component({
  selector: 'ocop-report-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-form.html',
  styleUrls: ['../../../../../ocop-common/src/styles/controls.css', './report-form.css'],
})
export class ReportForm {
  protected readonly store = inject(TaskDetailStore);
  private readonly drafts = inject(FormDrafts);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly percentControl = viewChild<ElementRef<HTMLInputElement>>('percentControl');
  private readonly textControl = viewChild<ElementRef<HTMLTextAreaElement>>('textControl');

  protected readonly accept = EVIDENCE_ACCEPT;
  protected readonly form = signal<ReportDraft>({ percent: '', text: '' });
  protected readonly files = signal<File[]>([]);
  protected readonly refused = signal<{ name: string; message: string }[]>([]);
  /** Files whose head is being read for their kind. */
  protected readonly checking = signal(false);
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly restoredAt = signal<string | null>(null);

  protected readonly pending = computed(() => this.store.pending().includes('report'));
  protected readonly limits = computed(() =>
    this.t('task.evidence.limits', {
      file: sizeText(EVIDENCE_LIMITS.maxFileBytes, this.i18n),
      report: sizeText(EVIDENCE_LIMITS.maxDossierBytes, this.i18n),
      kinds: FILE_KINDS.map((k) => k.toUpperCase()).join(', '),
    }),
  );
  protected readonly percentError = computed(() => this.errorText('percent'));
  protected readonly textError = computed(() => this.errorText('text'));
  /** Refusals of the API not about a field of this form (a stale version is the conflict notice's). */
  protected readonly apiError = computed(() => {
    const error = this.store.failures()['report'];
    if (!error || fieldErrorsOf(error).some((e) => e.field === 'percent' || e.field === 'text')) return null;
    return this.i18n.apiError(error);
  });
  private readonly chosenBytes = computed(() => this.files().reduce((sum, f) => sum + f.size, 0));

  constructor() {
    const id = this.store.taskId();
    const draft = id ? this.drafts.load<ReportDraft>(reportDraftKey(id)) : null;
    if (draft && (draft.value.percent || draft.value.text)) {
      this.form.set({ percent: String(draft.value.percent ?? ''), text: String(draft.value.text ?? '') });
      this.restoredAt.set(this.i18n.dateTime(draft.savedAt));
    }
  }

  protected size(bytes: number): string {
    return sizeText(bytes, this.i18n);
  }

  protected set(field: keyof ReportDraft, event: Event): void {
    const value = nfcValueOf(event);
    if (value === null) return;
    this.form.update((form) => ({ ...form, [field]: value }));
    this.errors.update((errors) => errors.filter((e) => e.field !== field));
    const id = this.store.taskId();
    if (id) this.drafts.save(reportDraftKey(id), this.form());
  }

  protected async choose(event: Event): Promise<void> {
    const control = event.target as HTMLInputElement;
    const chosen = Array.from(control.files ?? []);
    // Cleared so that choosing the same file again (after fixing it) fires `change`.
    control.value = '';
    if (chosen.length === 0) return;
    this.checking.set(true);
    const refused: { name: string; message: string }[] = [];
    try {
      for (const file of chosen) {
        const refusal = await evidenceRefusal(file, this.chosenBytes());
        if (refusal) refused.push({ name: file.name, message: this.i18n.apiError(refusal) });
        else this.files.update((files) => [...files, file]);
      }
    } finally {
      this.checking.set(false);
    }
    this.refused.set(refused);
  }

  protected remove(index: number): void {
    this.files.update((files) => files.filter((_, i) => i !== index));
  }

  protected async submit(event: Event): Promise<void> {
    event.preventDefault();
    const task = this.store.task();
    if (!task || this.pending() || this.checking()) return;
    const { percent, text } = this.form();
    const parsed = parseProgressReport({ percent: percentInput(percent), text, version: task.version });
    if (!parsed.ok) {
      // The version is the page's business, not the user's: only the fields they typed are shown.
      this.errors.set(parsed.errors.filter((e) => e.field === 'percent' || e.field === 'text'));
      this.focusFirstError();
      return;
    }
    this.errors.set([]);
    const outcome = await this.store.report(parsed.value.percent, parsed.value.text, this.files());
    if (outcome === 'saved') {
      this.drafts.clear(reportDraftKey(task.id));
      this.form.set({ percent: '', text: '' });
      this.files.set([]);
      this.refused.set([]);
      this.restoredAt.set(null);
    } else if (outcome === 'failed') {
      const error = this.store.failures()['report'];
      const fields = error ? fieldErrorsOf(error) : [];
      this.errors.set(fields.filter((e) => e.field === 'percent' || e.field === 'text'));
      this.focusFirstError();
    }
  }

  private errorText(field: 'percent' | 'text'): string | null {
    const error = errorOf(this.errors(), field);
    return error ? fieldErrorText(this.i18n, error) : null;
  }

  private focusFirstError(): void {
    if (this.percentError()) this.percentControl()?.nativeElement.focus();
    else if (this.textError()) this.textControl()?.nativeElement.focus();
  }
}
