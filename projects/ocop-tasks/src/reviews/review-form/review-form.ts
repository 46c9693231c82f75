import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  FormDrafts,
  navigateTo,
  nfcValueOf,
  OcopHost,
  registerMessages,
  TASK_DETAIL_MESSAGES,
  TASKS_MESSAGES,
  Translator,
} from '@ocop/common';
import {
  ApiError,
  FieldError,
  fieldErrorsOf,
  formatQuarter,
  NewTaskReview,
  parseNewReview,
  parseTaskUnitKey,
  PlanDetail,
  TaskUnit,
} from '@ocop/domain';
import { forkJoin } from 'rxjs';
import { TasksApi } from '../../api/tasks-api';
import { DraftOffer } from '../../drafts/draft-offer';
import { TasksNav } from '../../nav/tasks-nav';
import { PageLoadStatus } from '../../page-load/page-load-status';
import { loadForInputs, PageLoad } from '../../page-load/page-load';
import { errorOf, fieldErrorText, tasksBase } from '../../tasks/task-labels';
import { unitGroups } from '../../tasks/unit-options';

registerMessages(TASKS_MESSAGES);
registerMessages(TASK_DETAIL_MESSAGES);

/** A follow-up task as the form holds it: the few things a meeting decides, the rest takes defaults. */
export interface FollowUpRow {
  sectionCode: string;
  title: string;
  /** A task unit key, or '' while none is chosen. */
  lead: string;
  /** 'yyyy-MM-dd' or ''. */
  dueDate: string;
}

export interface ReviewFormValue {
  period: string;
  heldOn: string;
  /** One attendee per line, as typed. */
  attendees: string;
  conclusions: string;
  followUps: FollowUpRow[];
}

const EMPTY: ReviewFormValue = { period: '', heldOn: '', attendees: '', conclusions: '', followUps: [] };

/** The draft key of the form, per plan. */
export function reviewDraftKey(planId: string): string {
  return `review-form:${planId}`;
}

/** What the domain's parser reads: attendees one per line, each follow-up a plain one-off task. */
export function reviewFields(value: ReviewFormValue): Record<string, unknown> {
  return {
    period: value.period,
    heldOn: value.heldOn,
    attendees: value.attendees
      .split(/\r\n|\r|\n/)
      .map((line) => line.trim())
      .filter((line) => line !== ''),
    conclusions: value.conclusions,
    followUps: value.followUps.map((row) => ({
      sectionCode: row.sectionCode,
      title: row.title,
      description: '',
      lead: row.lead ? parseTaskUnitKey(row.lead) : null,
      cooperating: [],
      dueDate: row.dueDate || null,
      dueQuarter: null,
      recurrence: 'once',
      priority: 'normal',
      targetId: null,
      productId: null,
      dossierId: null,
    })),
  };
}

/**
 * <basePath>/tasks/plans/<planId>/reviews/new: the standing unit records a review meeting — period, the day
 * it was held, who attended (one per line), the conclusions, and follow-up tasks (title, lead unit, due
 * date). Recording it freezes the state of every task of the plan, so the user confirms that first. Kept as
 * a local draft while typed.
 */
@Component({
  selector: 'ocop-review-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageLoadStatus, TasksNav],
  providers: [TasksApi],
  templateUrl: './review-form.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/form-page.css',
    '../../styles/task-form-page.css',
    './review-form.css',
  ],
})
export class ReviewForm {
  readonly planId = input.required<string>();

  private readonly api = inject(TasksApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly confirmDialog = viewChild<ElementRef<HTMLDialogElement>>('confirmDialog');

  protected readonly page = new PageLoad(this.i18n);
  protected readonly plan = signal<PlanDetail | null>(null);
  protected readonly units = signal<TaskUnit[]>([]);
  protected readonly value = signal<ReviewFormValue>(EMPTY);
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly submitError = signal<ApiError | null>(null);
  protected readonly saving = signal(false);
  /** The checked request, waiting for the user's confirmation. */
  protected readonly confirming = signal<NewTaskReview | null>(null);
  protected readonly draft = new DraftOffer<ReviewFormValue>(inject(FormDrafts), this.i18n);

  protected readonly periods = computed(() => {
    const year = this.plan()?.year;
    if (!year) return [];
    const quarters = [1, 2, 3, 4].map((q) => ({
      value: `${year}-Q${q}`,
      label: formatQuarter(`${year}-Q${q}`),
    }));
    return [
      ...quarters,
      { value: String(year), label: this.t('review.form.yearEnd', { year: String(year) }) },
    ];
  });
  protected readonly unitGroups = computed(() => unitGroups(this.units(), ''));
  protected readonly generalErrors = computed(() =>
    this.errors()
      .filter((e) => !/^(period|heldOn|attendees|conclusions|followUps)/.test(e.field))
      .map((e) => fieldErrorText(this.i18n, e)),
  );
  protected readonly submitErrorText = computed(() => {
    const error = this.submitError();
    return error && fieldErrorsOf(error).length === 0 ? this.i18n.apiError(error) : null;
  });

  constructor() {
    loadForInputs(this.planId, (planId) => this.load(planId));
    this.draft.keep(() => reviewDraftKey(this.planId()), this.value);
  }

  protected load(planId = this.planId()): void {
    this.page.run(
      forkJoin({ plan: this.api.plan(planId), units: this.api.units(planId) }),
      ({ plan, units }) => {
        this.plan.set(plan);
        this.units.set(units);
        this.draft.offerSaved(reviewDraftKey(planId));
      },
    );
  }

  protected restoreDraft(): void {
    const draft = this.draft.take();
    if (!draft) return;
    const restored = { ...EMPTY, ...draft };
    restored.followUps = Array.isArray(restored.followUps) ? restored.followUps : [];
    this.value.set(restored);
  }

  protected discardDraft(): void {
    this.draft.discard(reviewDraftKey(this.planId()));
  }

  protected set(field: Exclude<keyof ReviewFormValue, 'followUps'>, event: Event): void {
    const value = nfcValueOf(event);
    if (value === null) return;
    this.draft.touched = true;
    this.value.update((v) => ({ ...v, [field]: value }));
    this.errors.update((errors) => errors.filter((e) => !e.field.startsWith(field)));
  }

  protected addFollowUp(): void {
    this.draft.touched = true;
    const sectionCode = this.plan()?.sections[0]?.code ?? '';
    this.value.update((v) => ({
      ...v,
      followUps: [...v.followUps, { sectionCode, title: '', lead: '', dueDate: '' }],
    }));
  }

  protected removeFollowUp(index: number): void {
    this.draft.touched = true;
    this.value.update((v) => ({ ...v, followUps: v.followUps.filter((_, i) => i !== index) }));
    // Errors name rows by index: they no longer point at the right rows.
    this.errors.update((errors) => errors.filter((e) => !e.field.startsWith('followUps[')));
  }

  protected setFollowUp(index: number, field: keyof FollowUpRow, event: Event): void {
    const value = nfcValueOf(event);
    if (value === null) return;
    this.draft.touched = true;
    this.value.update((v) => ({
      ...v,
      followUps: v.followUps.map((row, i) => (i === index ? { ...row, [field]: value } : row)),
    }));
    const prefix = `followUps[${index}].${field}`;
    this.errors.update((errors) => errors.filter((e) => !e.field.startsWith(prefix)));
  }

  protected errorFor(field: string): string | null {
    const error = errorOf(this.errors(), field);
    return error ? fieldErrorText(this.i18n, error) : null;
  }

  /** Checks the form with the domain's parser, then asks for confirmation before anything is recorded. */
  protected submit(event: Event): void {
    event.preventDefault();
    const plan = this.plan();
    if (!plan || this.saving()) return;
    const parsed = parseNewReview(reviewFields(this.value()), plan.year);
    if (!parsed.ok) {
      this.errors.set(parsed.errors);
      return;
    }
    this.errors.set([]);
    this.submitError.set(null);
    this.confirming.set(parsed.value);
    this.confirmDialog()?.nativeElement.showModal();
  }

  protected confirm(): void {
    const body = this.confirming();
    if (!body || this.saving()) return;
    this.saving.set(true);
    this.api.createReview(this.planId(), body).subscribe({
      next: (review) => {
        this.draft.clear(reviewDraftKey(this.planId()));
        this.saving.set(false);
        this.confirmDialog()?.nativeElement.close();
        navigateTo(`${this.base()}/reviews/${review.id}`);
      },
      error: (error: ApiError) => {
        this.saving.set(false);
        this.submitError.set(error);
        const fieldErrors = fieldErrorsOf(error);
        if (fieldErrors.length > 0) this.errors.set(fieldErrors);
        this.confirmDialog()?.nativeElement.close();
      },
    });
  }

  protected confirmClosed(): void {
    // The close event arrives a task later: a confirmation opened again meanwhile is kept.
    if (!this.confirmDialog()?.nativeElement.open) this.confirming.set(null);
  }

  protected closeConfirm(): void {
    this.confirmDialog()?.nativeElement.close();
  }

  protected cancel(): void {
    navigateTo(`${this.base()}/plans/${this.planId()}/reviews`);
  }

  private base(): string {
    return tasksBase(this.host.basePath());
  }
}
