import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import {
  CurrentPath,
  DOSSIER_LIST_MESSAGES,
  ExportButton,
  exportParamsOf,
  followLink,
  nfcValueOf,
  OcopHost,
  registerMessages,
  StarsBadge,
  StatusPanel,
  Translator,
  ViewedDistrict,
} from '@ocop/common';
import {
  AdminUnit,
  DISTRICT_REGIME_1048,
  DossierSummary,
  formatQuarter,
  PRODUCT_SUBGROUPS_1048,
  stateName,
  vietnamDate,
  workflowDefinition,
} from '@ocop/domain';
import { DossierSort, DossiersApi } from '../dossiers-api';
import { localDay } from './calendar-date';
import {
  DEFAULT_QUERY,
  defaultDirection,
  DossierFilter,
  DossierListQuery,
  isFiltered,
  listQueryToSearch,
  MAX_SEARCH_LENGTH,
  PAGE_SIZE,
  parseListQuery,
  sameListQuery,
  toApiQuery,
} from './dossier-list-query';
import { DossierListStore } from './dossier-list.store';

registerMessages(DOSSIER_LIST_MESSAGES);

/** OCOP started in 2018 (QĐ 490/QĐ-TTg); no evaluation round is older. */
const FIRST_ROUND_YEAR = 2018;

interface CommuneOption {
  code: string;
  label: string;
}

/**
 * <basePath>/dossiers: the evaluation dossiers of the user's units, the page a district officer works from.
 * Search, filters, order and page live in the URL's query string (replaced, not pushed), so going back from a
 * dossier, or reloading, shows the same list.
 */
@Component({
  selector: 'ocop-dossier-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel, StarsBadge, ExportButton],
  providers: [DossiersApi, DossierListStore],
  templateUrl: './dossier-list.html',
  styleUrls: ['../../../../ocop-common/src/styles/controls.css', './dossier-list.css'],
})
export class DossierList {
  protected readonly store = inject(DossierListStore);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly api = inject(DossiersApi);
  private readonly host = inject(OcopHost);
  private readonly currentPath = inject(CurrentPath);
  private readonly viewedDistrict = inject(ViewedDistrict);

  protected readonly states = DISTRICT_REGIME_1048.states;
  protected readonly groups = PRODUCT_SUBGROUPS_1048;
  protected readonly years = roundYears();
  protected readonly maxSearchLength = MAX_SEARCH_LENGTH;

  /** The search box as typed; the store's query takes it over once typing pauses. */
  protected readonly searchText = signal('');
  private readonly communes = signal<AdminUnit[]>([]);

  /** What the URL must say: the store's query with the search box's latest text. */
  private readonly wanted = computed<DossierListQuery>(() => {
    const query = this.store.query();
    const text = this.searchText().trim();
    return text === query.q ? query : { ...query, q: text, page: 1 };
  });

  protected readonly query = this.store.query;
  protected readonly exportParams = computed(() => exportParamsOf(toApiQuery(this.store.query())));
  protected readonly filtered = computed(() => isFiltered(this.store.query()));
  protected readonly pages = computed(() => Math.max(1, Math.ceil(this.store.total() / PAGE_SIZE)));
  protected readonly showTable = computed(
    () => this.store.status() !== 'error' && this.store.items().length > 0,
  );
  protected readonly rangeText = computed(() => {
    const total = this.store.total();
    if (this.store.status() !== 'loaded' || total === 0) return '';
    const from = (this.store.query().page - 1) * PAGE_SIZE + 1;
    const to = from + this.store.items().length - 1;
    return this.i18n.count('dossierList.range', total, { from, to });
  });
  protected readonly loadError = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.apiError(error) : undefined;
  });

  protected readonly communeOptions = computed<CommuneOption[]>(() => {
    const today = vietnamDate(new Date());
    // Every version of a unit comes back; the latest (last in the API's order) names it.
    const latest = new Map<string, AdminUnit>();
    for (const unit of this.communes()) latest.set(unit.code, unit);
    const options = [...latest.values()]
      .sort((a, b) => a.name.localeCompare(b.name, 'vi'))
      .map((unit) => ({
        code: unit.code,
        label:
          unit.validTo !== null && unit.validTo < today
            ? this.t('dossierList.filter.formerCommune', {
                name: unit.name,
                date: this.isoDate(unit.validTo),
              })
            : unit.name,
      }));
    // A commune kept in the URL stays selectable (under its code) until, or unless, the units arrive.
    const chosen = this.store.query().communeCode;
    if (chosen !== '' && !latest.has(chosen)) options.unshift({ code: chosen, label: chosen });
    return options;
  });

  private readonly base = computed(() => `${this.host.basePath().replace(/\/+$/, '')}/dossiers`);
  protected readonly newDossierUrl = computed(() => `${this.base()}/new`);
  protected readonly productsUrl = computed(() => `${this.base()}/products`);
  protected readonly producersUrl = computed(() => `${this.base()}/producers`);

  /**
   * The path the list was opened at. Once the URL has moved elsewhere (another module, with a query of its
   * own) the list is about to be removed and must neither rewrite that URL nor read it as its filters.
   */
  private readonly listPath = this.currentPath.value();
  private readonly atList = computed(() => this.currentPath.value() === this.listPath);

  constructor() {
    const initial = parseListQuery(this.currentPath.search());
    this.searchText.set(initial.q);
    this.store.load(initial);
    this.loadCommunes();

    // The URL follows the list (history.replaceState: no entry per keystroke or filter).
    effect(() => {
      if (!this.atList()) return;
      const search = listQueryToSearch(this.wanted());
      untracked(() => this.currentPath.replaceSearch(search));
    });
    // …and the list follows the URL when someone else changes it: the shell's "Hồ sơ" link to the bare list.
    effect(() => {
      if (!this.atList()) return;
      const fromUrl = parseListQuery(this.currentPath.search());
      untracked(() => {
        if (sameListQuery(fromUrl, this.wanted())) return;
        this.searchText.set(fromUrl.q);
        this.store.search(fromUrl.q);
        this.store.load(fromUrl);
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

  protected onFilter(filter: DossierFilter, event: Event): void {
    this.store.change({ [filter]: (event.target as HTMLSelectElement).value });
  }

  protected clearFilters(): void {
    this.searchText.set('');
    // Replaces a search still waiting for its pause, which would otherwise bring the old text back.
    this.store.search('');
    this.store.change({ ...DEFAULT_QUERY, sort: this.query().sort, dir: this.query().dir });
  }

  protected sortBy(sort: DossierSort): void {
    const query = this.store.query();
    const dir = query.sort === sort ? (query.dir === 'asc' ? 'desc' : 'asc') : defaultDirection(sort);
    this.store.change({ sort, dir });
  }

  /** aria-sort of a sortable column: only the column the list is ordered by carries it (APG sortable table). */
  protected ariaSort(sort: DossierSort): 'ascending' | 'descending' | null {
    const query = this.store.query();
    if (query.sort !== sort) return null;
    return query.dir === 'asc' ? 'ascending' : 'descending';
  }

  protected sortArrow(sort: DossierSort): string {
    const direction = this.ariaSort(sort);
    return direction === 'ascending' ? '▲' : direction === 'descending' ? '▼' : '↕';
  }

  protected goToPage(page: number): void {
    this.store.goToPage(page);
  }

  protected dossierUrl(dossier: DossierSummary): string {
    return `${this.base()}/${dossier.id}`;
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }

  /** The state's name as the dossier's own workflow definition gives it. */
  protected stateOf(dossier: DossierSummary): string {
    try {
      return stateName(workflowDefinition(dossier.workflowId), dossier.state);
    } catch {
      // A workflow this bundle does not know yet (a newer API): the state's name from the default regime.
      return stateName(DISTRICT_REGIME_1048, dossier.state);
    }
  }

  protected quarter(quarter: string): string {
    return formatQuarter(quarter);
  }

  protected isoDate(value: string): string {
    const day = localDay(value);
    return day ? this.i18n.date(day) : value;
  }

  private loadCommunes(): void {
    const profile = this.host.auth()?.profile();
    const own = profile && !(profile instanceof Promise) ? profile.districtCode : undefined;
    // A district officer sees their district's communes; a province officer those of the district in view.
    this.api.communes(own ?? this.viewedDistrict.value()).subscribe({
      next: (units) => this.communes.set(units),
      // The filter then offers "all" only; the list itself does not depend on it.
      error: () => this.communes.set([]),
    });
  }
}

/** The years a round may belong to, the latest first: next year's (prepared now) down to the first round. */
function roundYears(): string[] {
  const next = Number(vietnamDate(new Date()).slice(0, 4)) + 1;
  return Array.from({ length: next - FIRST_ROUND_YEAR + 1 }, (_, i) => String(next - i));
}
