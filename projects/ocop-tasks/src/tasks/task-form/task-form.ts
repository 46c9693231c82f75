import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
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
  DossierSummary,
  FieldError,
  fieldErrorsOf,
  formatQuarter,
  NewTask,
  parseNewTask,
  parseTaskChange,
  parseTaskUnitKey,
  PlanDetail,
  Product,
  RECURRENCES,
  Recurrence,
  TASK_PRIORITIES,
  TaskChange,
  TaskDetail,
  TaskPriority,
  TaskUnit,
  TaskUnitRef,
  taskUnitKey,
} from '@ocop/domain';
import { forkJoin, of } from 'rxjs';
import { TasksApi } from '../../api/tasks-api';
import { DraftOffer } from '../../drafts/draft-offer';
import { TasksNav } from '../../nav/tasks-nav';
import { PageLoadStatus } from '../../page-load/page-load-status';
import { loadForInputs, PageLoad } from '../../page-load/page-load';
import { errorOf, fieldErrorText, isoDateText, isStale, tasksBase } from '../task-labels';
import { unitGroups } from '../unit-options';

registerMessages(TASKS_MESSAGES);
registerMessages(TASK_DETAIL_MESSAGES);

export type DueKind = 'none' | 'date' | 'quarter';

/** The form as the user fills it (and as its draft is kept): choices by key, texts as typed. */
export interface TaskFormValue {
  sectionCode: string;
  title: string;
  description: string;
  /** A task unit key ('department:TTYT'), or '' while none is chosen. */
  lead: string;
  cooperating: string[];
  dueKind: DueKind;
  dueDate: string;
  dueQuarter: string;
  recurrence: Recurrence;
  priority: TaskPriority;
  targetId: string;
  productId: string;
  dossierId: string;
}

const EMPTY: TaskFormValue = {
  sectionCode: '',
  title: '',
  description: '',
  lead: '',
  cooperating: [],
  dueKind: 'none',
  dueDate: '',
  dueQuarter: '',
  recurrence: 'once',
  priority: 'normal',
  targetId: '',
  productId: '',
  dossierId: '',
};

/** The fields shown next to their controls; an error about any other field is listed above the buttons. */
const SHOWN_FIELDS = [
  'sectionCode',
  'title',
  'description',
  'lead',
  'cooperating',
  'dueDate',
  'dueQuarter',
  'recurrence',
  'priority',
  'targetId',
  'productId',
  'dossierId',
];

/** The draft key of the form: per plan for a new task, per task for an edit. */
export function taskFormDraftKey(planId: string, taskId: string | null): string {
  return taskId ? `task-form:${taskId}` : `task-form:${planId}:new`;
}

/** The form's values for a task as the server has it. */
export function formValueOf(task: TaskDetail): TaskFormValue {
  return {
    sectionCode: task.sectionCode,
    title: task.title,
    description: task.description,
    lead: taskUnitKey(task.lead),
    cooperating: task.cooperating.map(taskUnitKey),
    dueKind: task.dueDate ? 'date' : task.dueQuarter ? 'quarter' : 'none',
    dueDate: task.dueDate ?? '',
    dueQuarter: task.dueQuarter ?? '',
    recurrence: task.recurrence,
    priority: task.priority,
    targetId: task.targetId ?? '',
    productId: task.product?.id ?? '',
    dossierId: task.dossier?.id ?? '',
  };
}

/**
 * <basePath>/tasks/plans/<planId>/tasks/new and …/tasks/<taskId>/edit: a duty of the plan — its section,
 * title and description, lead and cooperating units (picked from the plan's units with a diacritic-free
 * filter), when it is due (a day or a quarter of the plan's year), recurrence (on creation only), priority,
 * and the target, product or dossier it serves. Checked by the domain's parser before sending and by the API
 * after; a stale edit (409) is reloaded and re-applied or dropped. Kept as a local draft while typed.
 */
@Component({
  selector: 'ocop-task-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageLoadStatus, TasksNav],
  providers: [TasksApi],
  templateUrl: './task-form.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/form-page.css',
    '../../styles/task-form-page.css',
    './task-form.css',
  ],
})
export class TaskForm {
  readonly planId = input.required<string>();
  /** Null: a new task of the plan. */
  readonly taskId = input<string | null>(null);

  private readonly api = inject(TasksApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly recurrences = RECURRENCES;
  protected readonly priorities = TASK_PRIORITIES;

  protected readonly page = new PageLoad(this.i18n);
  protected readonly plan = signal<PlanDetail | null>(null);
  protected readonly units = signal<TaskUnit[]>([]);
  /** The task being edited as last read from the server. */
  protected readonly task = signal<TaskDetail | null>(null);
  protected readonly products = signal<Product[] | null>(null);
  protected readonly dossiers = signal<DossierSummary[] | null>(null);

  protected readonly value = signal<TaskFormValue>(EMPTY);
  protected readonly leadFilter = signal('');
  protected readonly cooperatingFilter = signal('');
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly submitError = signal<ApiError | null>(null);
  protected readonly saving = signal(false);
  /** A save refused because someone else changed the task first. */
  protected readonly conflict = signal(false);
  protected readonly draft = new DraftOffer<TaskFormValue>(inject(FormDrafts), this.i18n);

  protected readonly editing = computed(() => this.taskId() !== null);
  protected readonly leadGroups = computed(() => {
    const lead = this.value().lead;
    return unitGroups(this.units(), this.leadFilter(), lead ? [lead] : []);
  });
  protected readonly cooperatingGroups = computed(() => {
    const { lead, cooperating } = this.value();
    // The lead unit is not also a cooperating one.
    const units = this.units().filter((u) => taskUnitKey(u) !== lead);
    return unitGroups(units, this.cooperatingFilter(), cooperating);
  });
  protected readonly cooperatingNames = computed(() => {
    const chosen = this.value().cooperating;
    return this.units()
      .filter((u) => chosen.includes(taskUnitKey(u)))
      .map((u) => u.name)
      .join(', ');
  });
  protected readonly quarters = computed(() => {
    const year = this.plan()?.year;
    return year
      ? [1, 2, 3, 4].map((q) => ({ value: `${year}-Q${q}`, label: formatQuarter(`${year}-Q${q}`) }))
      : [];
  });
  protected readonly yearBounds = computed(() => {
    const year = this.plan()?.year;
    return year ? { min: `${year}-01-01`, max: `${year}-12-31` } : { min: null, max: null };
  });
  protected readonly dueDateText = computed(() => isoDateText(this.value().dueDate));
  /**
   * A series (a recurring task being created, or a series row being edited) has no due field of its own:
   * each occurrence is due at the end of its period.
   */
  protected readonly dueHidden = computed(() => {
    const task = this.task();
    return task ? task.status === null : this.value().recurrence !== 'once';
  });
  /** The task's product when the list does not have it (not visible to the user, or not loaded): kept. */
  protected readonly unlistedProduct = computed(() => {
    const current = this.task()?.product;
    return current && !(this.products() ?? []).some((p) => p.id === current.id) ? current : null;
  });
  protected readonly unlistedDossier = computed(() => {
    const linked = this.task()?.dossier;
    return linked && !(this.dossiers() ?? []).some((d) => d.id === linked.id) ? linked : null;
  });
  /** Errors about fields that have no control of their own here (the version, say). */
  protected readonly otherErrors = computed(() =>
    this.errors()
      .filter((e) => !SHOWN_FIELDS.some((f) => e.field === f || e.field.startsWith(`${f}[`)))
      .map((e) => fieldErrorText(this.i18n, e)),
  );
  protected readonly submitErrorText = computed(() => {
    const error = this.submitError();
    return error && !isStale(error) && fieldErrorsOf(error).length === 0 ? this.i18n.apiError(error) : null;
  });

  constructor() {
    loadForInputs(
      () => ({ planId: this.planId(), taskId: this.taskId() }),
      ({ planId, taskId }) => this.load(planId, taskId),
    );
    this.draft.keep(() => this.draftKey(), this.value);
  }

  protected load(planId = this.planId(), taskId = this.taskId()): void {
    const records = forkJoin({
      plan: this.api.plan(planId),
      units: this.api.units(planId),
      task: taskId ? this.api.task(taskId) : of(null),
    });
    this.page.run(records, ({ plan, units, task }) => {
      this.plan.set(plan);
      this.units.set(units);
      this.task.set(task);
      this.value.set(task ? formValueOf(task) : { ...EMPTY, sectionCode: plan.sections[0]?.code ?? '' });
      this.draft.touched = false;
      this.draft.offerSaved(this.draftKey());
      this.loadOptions(plan.year);
    });
  }

  protected restoreDraft(): void {
    const draft = this.draft.take();
    if (!draft) return;
    const restored = { ...this.value(), ...draft };
    // Recurrence is chosen once, when the task is created.
    if (this.editing()) restored.recurrence = this.value().recurrence;
    restored.cooperating = Array.isArray(restored.cooperating) ? restored.cooperating : [];
    this.value.set(restored);
  }

  protected discardDraft(): void {
    this.draft.discard(this.draftKey());
  }

  protected set(field: Exclude<keyof TaskFormValue, 'cooperating'>, event: Event): void {
    const value = nfcValueOf(event);
    if (value === null) return;
    this.draft.touched = true;
    this.value.update((v) => {
      const next = { ...v, [field]: value } as TaskFormValue;
      // The lead unit cannot cooperate with itself.
      if (field === 'lead') next.cooperating = next.cooperating.filter((k) => k !== value);
      return next;
    });
    const related: Record<string, string[]> = {
      dueKind: ['dueDate', 'dueQuarter'],
      recurrence: ['dueDate', 'dueQuarter', 'recurrence'],
    };
    const cleared = related[field] ?? [field];
    this.errors.update((errors) =>
      errors.filter((e) => !cleared.some((f) => e.field === f || e.field.startsWith(`${f}[`))),
    );
  }

  protected toggleCooperating(key: string, event: Event): void {
    const checked = (event.target as HTMLInputElement).checked;
    this.draft.touched = true;
    this.value.update((v) => ({
      ...v,
      cooperating: checked
        ? [...v.cooperating.filter((k) => k !== key), key]
        : v.cooperating.filter((k) => k !== key),
    }));
    this.errors.update((errors) => errors.filter((e) => !e.field.startsWith('cooperating')));
  }

  protected filter(which: 'lead' | 'cooperating', event: Event): void {
    const value = nfcValueOf(event);
    if (value === null) return;
    (which === 'lead' ? this.leadFilter : this.cooperatingFilter).set(value);
  }

  protected errorFor(field: string): string | null {
    const error = errorOf(this.errors(), field);
    return error ? fieldErrorText(this.i18n, error) : null;
  }

  protected productLabel(product: Product): string {
    return `${product.name} (${product.producer.name}, ${product.commune.name})`;
  }

  protected dossierLabel(dossier: DossierSummary): string {
    return this.t('task.form.dossierOption', {
      product: dossier.product.name,
      commune: dossier.commune.name,
      year: String(dossier.roundYear),
    });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    // One click, one task: the button is disabled while saving, and a second submit (Enter) stops here.
    if (this.saving()) return;
    this.send(this.task());
  }

  /** After a conflict: reads the task as it is now and saves the user's values on top of it. */
  protected reapply(): void {
    this.reloadTask((task) => this.send(task));
  }

  /** After a conflict: reads the task as it is now and shows it, dropping the user's values. */
  protected discardChanges(): void {
    this.reloadTask((task) => {
      this.value.set(formValueOf(task));
      this.draft.touched = false;
      this.draft.clear(this.draftKey());
      this.errors.set([]);
    });
  }

  protected cancel(): void {
    const taskId = this.taskId();
    navigateTo(taskId ? `${this.base()}/${taskId}` : `${this.base()}/plans/${this.planId()}`);
  }

  private send(task: TaskDetail | null): void {
    const plan = this.plan();
    if (!plan) return;
    const fields = this.fields();
    const parsed = task
      ? parseTaskChange({ ...fields, version: task.version }, plan.year)
      : parseNewTask({ ...fields, recurrence: this.value().recurrence }, plan.year);
    const errors = [...(parsed.ok ? [] : parsed.errors), ...this.dueChoiceErrors()];
    if (!parsed.ok || errors.length > 0) {
      this.errors.set(errors);
      return;
    }
    this.saving.set(true);
    this.errors.set([]);
    this.submitError.set(null);
    this.conflict.set(false);
    const request = task
      ? this.api.updateTask(task.id, parsed.value as TaskChange)
      : this.api.createTask(plan.id, parsed.value as NewTask);
    request.subscribe({
      next: (saved) => {
        this.draft.clear(this.draftKey());
        this.saving.set(false);
        navigateTo(`${this.base()}/${saved.id}`);
      },
      error: (error: ApiError) => {
        this.saving.set(false);
        this.submitError.set(error);
        if (isStale(error)) this.conflict.set(true);
        const fieldErrors = fieldErrorsOf(error);
        if (fieldErrors.length > 0) this.errors.set(fieldErrors);
      },
    });
  }

  /** What the domain's parser reads: units as references, the due field the user chose, blanks as null. */
  private fields(): Record<string, unknown> {
    const v = this.value();
    const unit = (key: string): TaskUnitRef | null => (key ? parseTaskUnitKey(key) : null);
    const recurring = this.dueHidden();
    return {
      sectionCode: v.sectionCode,
      title: v.title,
      description: v.description,
      lead: unit(v.lead),
      cooperating: v.cooperating.map(unit).filter((u): u is TaskUnitRef => u !== null),
      dueDate: !recurring && v.dueKind === 'date' ? v.dueDate || null : null,
      dueQuarter: !recurring && v.dueKind === 'quarter' ? v.dueQuarter || null : null,
      priority: v.priority,
      targetId: v.targetId || null,
      productId: v.productId || null,
      dossierId: v.dossierId || null,
    };
  }

  /** "By a day" or "by a quarter" chosen but left empty: the user meant to give one. */
  private dueChoiceErrors(): FieldError[] {
    const v = this.value();
    if (this.dueHidden()) return [];
    if (v.dueKind === 'date' && !v.dueDate) {
      return [
        {
          field: 'dueDate',
          code: 'required',
          message: 'Chọn ngày hoàn thành, hoặc chọn “Không ghi thời hạn”',
        },
      ];
    }
    if (v.dueKind === 'quarter' && !v.dueQuarter) {
      return [
        {
          field: 'dueQuarter',
          code: 'required',
          message: 'Chọn quý hoàn thành, hoặc chọn “Không ghi thời hạn”',
        },
      ];
    }
    return [];
  }

  private reloadTask(then: (task: TaskDetail) => void): void {
    const taskId = this.taskId();
    if (!taskId || this.saving()) return;
    this.saving.set(true);
    this.api.task(taskId).subscribe({
      next: (task) => {
        this.saving.set(false);
        this.task.set(task);
        this.conflict.set(false);
        this.submitError.set(null);
        then(task);
      },
      error: (error: ApiError) => {
        this.saving.set(false);
        this.submitError.set(error);
      },
    });
  }

  /** Products and dossiers to link are optional: without them the form still saves. */
  private loadOptions(year: number): void {
    this.api.products().subscribe({
      next: (page) => this.products.set(page.items),
      error: () => this.products.set([]),
    });
    this.api.dossiers(year).subscribe({
      next: (page) => this.dossiers.set(page.items),
      error: () => this.dossiers.set([]),
    });
  }

  private base(): string {
    return tasksBase(this.host.basePath());
  }

  private draftKey(): string {
    return taskFormDraftKey(this.planId(), this.taskId());
  }
}
