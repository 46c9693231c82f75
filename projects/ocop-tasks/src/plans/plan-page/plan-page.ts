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
  CurrentPath,
  ExportButton,
  exportParamsOf,
  followLink,
  nfcValueOf,
  OcopHost,
  registerMessages,
  StatusPanel,
  TASKS_MESSAGES,
  Translator,
} from '@ocop/common';
import {
  formatQuarter,
  TASK_STATUSES,
  TASK_UNIT_KINDS,
  TaskStatus,
  TaskUnit,
  TaskUnitKind,
  taskUnitKey,
} from '@ocop/domain';
import { TasksApi } from '../../api/tasks-api';
import { TasksNav } from '../../nav/tasks-nav';
import { calendarDayText } from '../../my-tasks/task-labels';
import { DeadlineCounts } from './deadline-counts/deadline-counts';
import {
  DEFAULT_QUERY,
  Grouping,
  isFiltered,
  MAX_SEARCH_LENGTH,
  parsePlanTaskQuery,
  PlanTaskFilter,
  PlanTaskQuery,
  planTaskQueryToSearch,
  sameApiQuery,
  samePlanTaskQuery,
  toTaskQuery,
} from './plan-page-query';
import { PlanPageStore } from './plan-page.store';
import { PlanRollups } from './plan-rollups/plan-rollups';
import { groupBySection, groupByUnit, TaskGroup } from './plan-task-groups';
import { PLAN_XLSX_LOADER } from './plan-xlsx-loader';
import { TaskTable } from './task-table/task-table';

registerMessages(TASKS_MESSAGES);

interface UnitOptionGroup {
  kind: TaskUnitKind;
  units: { key: string; name: string }[];
}

/**
 * <basePath>/tasks/plans/<id>: one plan — its header, its targets with their roll-ups (labelled as aggregates,
 * with how they were computed), its tasks grouped by section or by lead unit with filters and a search, and
 * the overdue / due-soon counts per unit. Search, filters and grouping live in the URL's query string
 * (replaced, not pushed), so going back from a task, or reloading, shows the same list.
 */
@Component({
  selector: 'ocop-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel, TasksNav, PlanRollups, DeadlineCounts, TaskTable, ExportButton],
  providers: [TasksApi, PlanPageStore],
  templateUrl: './plan-page.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
    './plan-page.css',
  ],
})
export class PlanPage {
  readonly planId = input.required<string>();

  protected readonly store = inject(PlanPageStore);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly host = inject(OcopHost);
  private readonly currentPath = inject(CurrentPath);
  private readonly loadXlsx = inject(PLAN_XLSX_LOADER);

  protected readonly statuses = TASK_STATUSES;
  protected readonly maxSearchLength = MAX_SEARCH_LENGTH;

  /** The search box as typed; the store's query takes it over once typing pauses. */
  protected readonly searchText = signal('');

  /** What the URL must say: the store's query with the search box's latest text. */
  private readonly wanted = computed<PlanTaskQuery>(() => {
    const query = this.store.query();
    const text = this.searchText().trim();
    return text === query.q ? query : { ...query, q: text };
  });

  protected readonly query = this.store.query;
  protected readonly exportParams = computed(() => ({
    planId: this.planId(),
    ...exportParamsOf(toTaskQuery(this.store.query())),
  }));
  protected readonly filtered = computed(() => isFiltered(this.store.query()));

  protected readonly base = computed(() => `${this.host.basePath().replace(/\/+$/, '')}/tasks`);
  private readonly planUrl = computed(() => `${this.base()}/plans/${this.planId()}`);
  protected readonly timelineUrl = computed(() => `${this.planUrl()}/timeline`);
  protected readonly printUrl = computed(() => `${this.planUrl()}/print`);
  protected readonly reviewsUrl = computed(() => `${this.planUrl()}/reviews`);
  protected readonly editUrl = computed(() => `${this.planUrl()}/edit`);
  protected readonly newTaskUrl = computed(() => `${this.planUrl()}/tasks/new`);

  /**
   * Whether the caller is the plan's standing unit (a district officer of the plan's district): only then are
   * "new task" and "edit plan" offered. The API checks it again.
   */
  protected readonly standing = computed(() => {
    const plan = this.store.plan();
    const profile = this.host.auth()?.profile();
    if (!plan || !profile || profile instanceof Promise) return false;
    return profile.roles.includes('district-officer') && profile.districtCode === plan.unit.code;
  });

  protected readonly issued = computed(() => {
    const plan = this.store.plan();
    if (!plan?.number) return null;
    const number = this.t('tasks.plan.number', { number: plan.number });
    return plan.issuedOn
      ? `${number} ${this.t('tasks.plan.issuedOn', { date: calendarDayText(plan.issuedOn) })}`
      : number;
  });

  protected readonly groups = computed<TaskGroup[]>(() => {
    const tasks = this.store.tasks();
    if (this.store.query().group === 'unit') return groupByUnit(tasks);
    return groupBySection(tasks, this.store.plan()?.sections ?? [], (code) =>
      this.t('tasks.list.otherSection', { code }),
    );
  });

  protected readonly unitOptions = computed<UnitOptionGroup[]>(() => {
    const units = this.store.units();
    const groups = TASK_UNIT_KINDS.map((kind) => ({
      kind,
      units: units
        .filter((unit: TaskUnit) => unit.kind === kind)
        .map((unit) => ({ key: taskUnitKey(unit), name: unit.name })),
    })).filter((group) => group.units.length > 0);
    return groups;
  });

  /** A unit kept in the URL that the pickers' list does not name (yet): still selectable, under its key. */
  protected readonly unknownUnit = computed(() => {
    const chosen = this.store.query().unit;
    if (chosen === '') return null;
    return this.store.units().some((unit) => taskUnitKey(unit) === chosen) ? null : chosen;
  });

  protected readonly quarters = computed(() => {
    const year = this.store.plan()?.year;
    const quarters = year ? [1, 2, 3, 4].map((n) => `${year}-Q${n}`) : [];
    const chosen = this.store.query().quarter;
    return chosen === '' || quarters.includes(chosen) ? quarters : [chosen, ...quarters];
  });

  protected readonly foundText = computed(() =>
    this.store.tasksStatus() === 'loaded' ? this.i18n.count('tasks.list.found', this.store.total()) : '',
  );

  protected readonly planError = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.apiError(error) : undefined;
  });
  protected readonly tasksError = computed(() => {
    const error = this.store.tasksError();
    return error ? this.i18n.apiError(error) : undefined;
  });

  /**
   * Whether the URL still is this plan's page. Once it has moved elsewhere (another page, with a query of its
   * own) the page is about to be removed and must neither rewrite that URL nor read it as its filters.
   */
  private readonly atPage = computed(() => this.currentPath.value().replace(/\/+$/, '') === this.planUrl());

  constructor() {
    // A plan (and, when the page is reused for another plan, the next one) with the list its URL describes.
    effect(() => {
      const id = this.planId();
      untracked(() => {
        const initial = parsePlanTaskQuery(this.currentPath.search());
        this.searchText.set(initial.q);
        this.store.search(initial.q);
        this.store.open(id, initial);
      });
    });
    // The URL follows the list (history.replaceState: no entry per keystroke or filter).
    effect(() => {
      if (!this.atPage() || this.store.planId() !== this.planId()) return;
      const search = planTaskQueryToSearch(this.wanted());
      untracked(() => this.currentPath.replaceSearch(search));
    });
    // …and the list follows the URL when someone else changes it (a link to the bare plan page).
    effect(() => {
      if (!this.atPage()) return;
      const fromUrl = parsePlanTaskQuery(this.currentPath.search());
      untracked(() => {
        if (this.store.planId() !== this.planId() || samePlanTaskQuery(fromUrl, this.wanted())) return;
        this.searchText.set(fromUrl.q);
        this.store.search(fromUrl.q);
        if (sameApiQuery(fromUrl, this.store.query())) this.store.groupBy(fromUrl.group);
        else this.store.load(fromUrl);
      });
    });
  }

  protected onSearch(event: Event): void {
    const value = nfcValueOf(event);
    // An input method still composing: its compositionend brings the final text.
    if (value === null) return;
    this.searchText.set(value);
    this.store.search(value);
  }

  protected onFilter(filter: PlanTaskFilter, event: Event): void {
    this.store.change({ [filter]: (event.target as HTMLSelectElement).value });
  }

  protected filterByUnit(key: string): void {
    this.store.change({ unit: key });
  }

  protected groupBy(group: Grouping): void {
    this.store.groupBy(group);
  }

  protected clearFilters(): void {
    this.searchText.set('');
    // Replaces a search still waiting for its pause, which would otherwise bring the old text back.
    this.store.search('');
    this.store.change({ ...DEFAULT_QUERY, group: this.query().group });
  }

  protected exportXlsx(): void {
    void this.store.exportXlsx(this.loadXlsx, this.i18n.locale());
  }

  protected statusLabel(status: TaskStatus): string {
    return this.t(`tasks.status.${status}`);
  }

  /** A year is a name, not a quantity: '2020', never '2.020'. */
  protected yearText(year: number): string {
    return String(year);
  }

  protected kindLabel(kind: TaskUnitKind): string {
    return this.t(`tasks.unitKind.${kind}`);
  }

  protected quarterLabel(quarter: string): string {
    return formatQuarter(quarter);
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
