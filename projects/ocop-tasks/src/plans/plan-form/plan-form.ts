import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import {
  FormDrafts,
  navigateTo,
  nfcValueOf,
  OcopHost,
  PLANS_MESSAGES,
  registerMessages,
  StatusPanel,
  TASKS_MESSAGES,
  Translator,
} from '@ocop/common';
import {
  ApiError,
  FieldError,
  fieldErrorsOf,
  formatQuarter,
  parseNewPlan,
  parsePlanChange,
  PlanDetail,
  vietnamDate,
} from '@ocop/domain';
import { TasksApi } from '../../api/tasks-api';
import { DraftOffer } from '../../drafts/draft-offer';
import { TasksNav } from '../../nav/tasks-nav';
import { managedDistrict, tasksBase } from '../plan-list/plan-manager';
import {
  emptyPlanForm,
  emptyTarget,
  errorPath,
  formValueOf,
  PLAN_FORM_FIELDS,
  PlanFormDraft,
  PlanFormField,
  PlanFormValue,
  planFields,
  reapplyChanges,
  restoredDraft,
  TargetRow,
} from './plan-form-model';
import { PlanFormStore } from './plan-form.store';

registerMessages(TASKS_MESSAGES);
registerMessages(PLANS_MESSAGES);

type TextField = Exclude<PlanFormField, 'sections' | 'targets'>;
type TargetField = Exclude<keyof TargetRow, 'id' | 'productId' | 'dossierId'>;

/** A target's link as the form's select names it: 'dossier:<id>', 'product:<id>' or ''. */
type LinkValue = string;

/** After a conflict: the user's changes re-applied on the plan as it is now, and where both sides changed. */
interface Reapplied {
  overlapping: PlanFormField[];
}

/**
 * <basePath>/tasks/plans/new and /plans/<id>/edit: a plan's header as the document has it — number, date,
 * title, signer, legal bases, purposes, requirements, funding (one item per line), its sections and its
 * measurable targets. Input is kept as a local draft while the user works. A change saved by someone else
 * meanwhile (409) is not overwritten: the user reloads and their changes are applied again on top.
 */
@Component({
  selector: 'ocop-plan-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel, TasksNav],
  providers: [TasksApi, PlanFormStore],
  templateUrl: './plan-form.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/form-page.css',
    './plan-form.css',
  ],
})
export class PlanForm {
  /** Null: a new plan. */
  readonly planId = input<string | null>(null);

  protected readonly store = inject(PlanFormStore);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  private readonly thisYear = Number(vietnamDate(new Date()).slice(0, 4));
  /** A new plan is for this year or one of the next two (plans are made ahead), or last year's late one. */
  protected readonly years = [this.thisYear - 1, this.thisYear, this.thisYear + 1, this.thisYear + 2].map(
    String,
  );

  protected readonly listFields = ['legalBases', 'purposes', 'requirements', 'fundingSources'] as const;

  protected readonly value = signal<PlanFormValue>(emptyPlanForm(this.thisYear));
  /** What the user started from (edit): the plan as loaded, against which their changes are told apart. */
  private readonly base = signal<PlanFormValue | null>(null);
  private readonly version = signal<number | null>(null);
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly draft = new DraftOffer<PlanFormDraft>(inject(FormDrafts), this.i18n);
  protected readonly reapplied = signal<Reapplied | null>(null);

  protected readonly district = computed(() => managedDistrict(this.host));
  protected readonly editing = computed(() => this.planId() !== null);
  /** Only the standing unit's district officer writes plans; the API refuses anyone else anyway. */
  protected readonly allowed = computed(() => {
    const district = this.district();
    if (district === null) return false;
    const plan = this.store.plan();
    return plan === null || plan.unit.code === district;
  });
  protected readonly conflict = computed(() => this.store.saveError()?.code === 'STALE_VERSION');
  protected readonly loadErrorText = computed(() => {
    const error = this.store.loadError();
    return error ? this.i18n.apiError(error) : '';
  });
  protected readonly saveErrorText = computed(() => {
    const error = this.store.saveError();
    if (!error || error.code === 'STALE_VERSION') return null;
    if (error.code === 'PLAN_EXISTS') return this.t('plans.form.exists', { year: this.value().year });
    return this.i18n.apiError(error);
  });
  /** The quarters of the plan's year a target may be due in. */
  protected readonly quarters = computed(() =>
    [1, 2, 3, 4].map((q) => {
      const value = `${this.value().year}-Q${q}`;
      return { value, label: formatQuarter(value) };
    }),
  );
  /** Errors the form has no place for (an unknown field of a newer API): listed above the buttons. */
  protected readonly otherErrors = computed(() =>
    this.errors().filter((e) => !this.placed(errorPath(e.field))),
  );
  protected readonly heading = computed(() =>
    this.editing() ? this.t('plans.form.editTitle') : this.t('plans.form.newTitle'),
  );

  constructor() {
    effect(() => {
      const planId = this.planId();
      untracked(() => this.start(planId));
    });
    // The plan, once loaded (again), becomes the form's base and value.
    effect(() => {
      const plan = this.store.plan();
      if (this.store.status() !== 'ready' || !plan) return;
      untracked(() => this.loaded(plan));
    });
    this.draft.keep(
      () => this.draftKey(),
      this.value,
      (value): PlanFormDraft => ({ value, base: this.base(), version: this.version() }),
    );
  }

  private start(planId: string | null): void {
    this.draft.touched = false;
    this.errors.set([]);
    this.reapplied.set(null);
    if (planId === null) {
      this.store.startNew();
      this.base.set(null);
      this.version.set(null);
      this.value.set(emptyPlanForm(this.thisYear));
      this.offerDraft(null);
    } else {
      // Another plan (or the same one again): its loaded version becomes the form's base.
      this.base.set(null);
      this.version.set(null);
      this.store.load(planId);
    }
    if (this.district() !== null) this.store.loadLinks();
  }

  private loaded(plan: PlanDetail): void {
    // A reload after a conflict keeps what the user typed (reapply decides); a first load fills the form.
    if (this.version() !== null && this.base() !== null) return;
    const value = formValueOf(plan);
    this.base.set(value);
    this.version.set(plan.version);
    this.value.set(value);
    this.offerDraft(value);
  }

  private offerDraft(current: PlanFormValue | null): void {
    const saved = this.draft.saved(this.draftKey());
    const draft = saved ? restoredDraft(saved.value) : null;
    const same =
      draft && JSON.stringify(draft.value) === JSON.stringify(current ?? emptyPlanForm(this.thisYear));
    this.draft.offered.set(saved && draft && !same ? { value: draft, savedAt: saved.savedAt } : null);
  }

  protected restoreDraft(): void {
    const draft = this.draft.take();
    if (!draft) return;
    const base = this.base();
    if (base && draft.base && draft.version !== this.version()) {
      // Written against an older version: the draft's changes go on top of the plan as it is now.
      const { value, overlapping } = reapplyChanges(draft.base, draft.value, base);
      this.value.set(value);
      this.reapplied.set({ overlapping });
    } else {
      this.value.set(draft.value);
    }
  }

  protected discardDraft(): void {
    this.draft.discard(this.draftKey());
  }

  protected update(field: TextField, event: Event): void {
    const text = nfcValueOf(event);
    // An input method still composing: its compositionend brings the final text.
    if (text === null) return;
    this.change((v) => ({ ...v, [field]: text }), field);
  }

  protected updateSection(index: number, field: 'code' | 'title', event: Event): void {
    const text = nfcValueOf(event);
    if (text === null) return;
    this.change(
      (v) => ({ ...v, sections: v.sections.map((s, i) => (i === index ? { ...s, [field]: text } : s)) }),
      `sections.${index}.${field}`,
    );
  }

  protected addSection(): void {
    this.change((v) => ({ ...v, sections: [...v.sections, { code: '', title: '' }] }), null);
  }

  protected removeSection(index: number): void {
    this.change((v) => ({ ...v, sections: v.sections.filter((_, i) => i !== index) }), 'sections');
  }

  protected updateTarget(index: number, field: TargetField, event: Event): void {
    const text = nfcValueOf(event);
    if (text === null) return;
    this.change((v) => this.withTarget(v, index, { [field]: text }), `targets.${index}.${field}`);
  }

  protected updateLink(index: number, event: Event): void {
    const link: LinkValue = (event.target as HTMLSelectElement).value;
    const [kind, id] = link.split(':') as [string, string | undefined];
    let change: Partial<TargetRow> = { productId: '', dossierId: '' };
    if (kind === 'dossier' && id) {
      const dossier = this.store.links()?.dossiers.find((d) => d.id === id);
      change = {
        dossierId: id,
        productId: dossier?.product.id ?? this.value().targets[index]?.productId ?? '',
      };
    } else if (kind === 'product' && id) {
      change = { productId: id, dossierId: '' };
    }
    this.change((v) => this.withTarget(v, index, change), `targets.${index}.link`);
  }

  protected addTarget(): void {
    this.change(
      (v) => ({ ...v, targets: [...v.targets, { ...emptyTarget(), code: nextTargetCode(v) }] }),
      null,
    );
  }

  protected removeTarget(index: number): void {
    this.change((v) => ({ ...v, targets: v.targets.filter((_, i) => i !== index) }), 'targets');
  }

  /** The select value of a target's link. */
  protected linkOf(target: TargetRow): LinkValue {
    if (target.dossierId) return `dossier:${target.dossierId}`;
    if (target.productId) return `product:${target.productId}`;
    return '';
  }

  /** A linked dossier or product the lists do not have (not visible, or the lists failed): kept by its id. */
  protected unlisted(target: TargetRow): { value: LinkValue; label: string } | null {
    const links = this.store.links();
    if (target.dossierId && !links?.dossiers.some((d) => d.id === target.dossierId)) {
      return { value: `dossier:${target.dossierId}`, label: this.t('plans.form.linkedDossier') };
    }
    if (!target.dossierId && target.productId && !links?.products.some((p) => p.id === target.productId)) {
      return { value: `product:${target.productId}`, label: this.t('plans.form.linkedProduct') };
    }
    return null;
  }

  /** The error message of a place in the form ('title', 'targets.0.code'), or null. */
  protected errorFor(path: string): string | null {
    return this.errors().find((e) => errorPath(e.field) === path)?.message ?? null;
  }

  /** The messages of a one-item-per-line field: the field's own and its items' ('legalBases.2'). */
  protected errorsUnder(field: 'legalBases' | 'purposes' | 'requirements' | 'fundingSources'): string[] {
    return this.errors()
      .filter((e) => {
        const path = errorPath(e.field);
        return path === field || path.startsWith(`${field}.`);
      })
      .map((e) => e.message);
  }

  protected fieldLabel(field: PlanFormField): string {
    return this.t(`plans.form.${field}`);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    // Enter in a field submits too: nothing goes out while a conflict waits for the user's choice.
    if (this.store.saving() || !this.allowed() || this.conflict()) return;
    const fields = planFields(this.value());
    const planId = this.planId();
    this.reapplied.set(null);
    if (planId === null) {
      const parsed = parseNewPlan({ ...fields, unitCode: this.district(), year: Number(this.value().year) });
      if (!parsed.ok) return this.errors.set(parsed.errors);
      this.errors.set([]);
      void this.store.create(parsed.value).then((plan) => this.afterSave(plan));
    } else {
      const parsed = parsePlanChange({ ...fields, version: this.version() }, Number(this.value().year));
      if (!parsed.ok) return this.errors.set(parsed.errors);
      this.errors.set([]);
      void this.store.update(planId, parsed.value).then((plan) => this.afterSave(plan));
    }
  }

  /**
   * After a conflict: the plan as it is now, with the user's changes (from the plan they started from)
   * applied again on top. Nothing is sent: the user checks the result and saves.
   */
  protected async reapply(): Promise<void> {
    const planId = this.planId();
    const base = this.base();
    if (!planId || !base) return;
    const mine = this.value();
    const fresh = await this.store.refetch(planId);
    if (!fresh) return;
    const theirs = formValueOf(fresh);
    const { value, overlapping } = reapplyChanges(base, mine, theirs);
    this.base.set(theirs);
    this.version.set(fresh.version);
    this.value.set(value);
    this.reapplied.set({ overlapping });
  }

  /** After a conflict: the plan as it is now, the user's changes dropped. */
  protected async discardMine(): Promise<void> {
    const planId = this.planId();
    if (!planId) return;
    const fresh = await this.store.refetch(planId);
    if (!fresh) return;
    const theirs = formValueOf(fresh);
    this.base.set(theirs);
    this.version.set(fresh.version);
    this.value.set(theirs);
    this.draft.clear(this.draftKey());
    this.draft.touched = false;
  }

  protected cancel(): void {
    const planId = this.planId();
    navigateTo(planId ? `${tasksBase(this.host)}/plans/${planId}` : `${tasksBase(this.host)}/plans`);
  }

  protected targetLabel(index: number, target: TargetRow): string {
    return target.code.trim() || this.t('plans.form.targetN', { n: index + 1 });
  }

  private afterSave(plan: PlanDetail | null): void {
    if (!plan) {
      // VALIDATION_FAILED names the fields it is about; a conflict is shown by its own notice.
      const error: ApiError | null = this.store.saveError();
      const fieldErrors = error ? fieldErrorsOf(error) : [];
      if (fieldErrors.length > 0) this.errors.set(fieldErrors);
      return;
    }
    this.draft.clear(this.draftKey());
    this.draft.touched = false;
    navigateTo(`${tasksBase(this.host)}/plans/${plan.id}`);
  }

  private change(update: (value: PlanFormValue) => PlanFormValue, errorAt: string | null): void {
    this.draft.touched = true;
    this.value.update(update);
    if (errorAt !== null) {
      this.errors.update((errors) =>
        errors.filter((e) => {
          const path = errorPath(e.field);
          return path !== errorAt && !path.startsWith(`${errorAt}.`);
        }),
      );
    }
  }

  private withTarget(value: PlanFormValue, index: number, change: Partial<TargetRow>): PlanFormValue {
    return { ...value, targets: value.targets.map((t, i) => (i === index ? { ...t, ...change } : t)) };
  }

  /** Whether the template shows the error of `path` next to a control. */
  private placed(path: string): boolean {
    const [head, index, field] = path.split('.');
    if (!PLAN_FORM_FIELDS.includes(head as PlanFormField) && head !== 'signer') return false;
    if (index === undefined) return true;
    const rows =
      head === 'sections' ? this.value().sections : head === 'targets' ? this.value().targets : null;
    // A list field's item ('legalBases.2') shows under the list's textarea.
    if (rows === null) return true;
    return Number(index) < rows.length && field !== undefined;
  }

  private draftKey(): string {
    return `plan-form:${this.planId() ?? 'new'}`;
  }
}

/** MT1, MT2…: the next target code not taken. */
function nextTargetCode(value: PlanFormValue): string {
  const taken = new Set(value.targets.map((t) => t.code.trim()));
  let n = value.targets.length + 1;
  while (taken.has(`MT${n}`)) n++;
  return `MT${n}`;
}
