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
  DASHBOARD_MESSAGES,
  EVALUATION_MESSAGES,
  OcopHost,
  registerMessages,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { type AdminUnit, type Dashboard, type DashboardQuery, vietnamDate } from '@ocop/domain';
import { DashboardApi } from '../../api/dashboard-api';
import { ReportsNav } from '../../nav/reports-nav';
import { Remote } from '../../shared/remote';
import { profileOf, reportsBase } from '../../shared/reports-base';
import { DashboardFigure } from '../dashboard-figure/dashboard-figure';
import { dashboardFigures, isEmptyDashboard } from '../dashboard-figures';
import {
  dashboardQueryFromSearch,
  dashboardQueryToSearch,
  dashboardYears,
  sameDashboardQuery,
  toDashboardParams,
} from '../dashboard-query';

registerMessages(EVALUATION_MESSAGES);
registerMessages(DASHBOARD_MESSAGES);

const QUARTERS = [1, 2, 3, 4] as const;

/**
 * <basePath>/reports/dashboard: the OCOP figures of the caller's scope (the API aggregates them and decides the
 * scope from the token), filtered by year, quarter, criteria set and, for the province officer, district. The
 * filters live in the URL's query string, so a reload or a shared link shows the same figures.
 */
@Component({
  selector: 'ocop-dashboard-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, DashboardFigure, StatusPanel],
  providers: [DashboardApi],
  templateUrl: './dashboard-page.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
    './dashboard-page.css',
  ],
})
export class DashboardPage {
  private readonly api = inject(DashboardApi);
  private readonly host = inject(OcopHost);
  private readonly location = inject(CurrentPath);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  private readonly today = vietnamDate(new Date());
  protected readonly quarters = QUARTERS;
  protected readonly dashboard = new Remote<Dashboard>(this.i18n);
  protected readonly query = signal<DashboardQuery>(dashboardQueryFromSearch('', this.today));
  protected readonly years = computed(() => dashboardYears(this.today, this.query().year));
  protected readonly isProvinceOfficer = computed(
    () => profileOf(this.host)?.roles.includes('province-officer') === true,
  );
  protected readonly districts = signal<AdminUnit[]>([]);
  protected readonly figures = computed(() => {
    const value = this.dashboard.value();
    return value ? dashboardFigures(value, this.i18n) : [];
  });
  protected readonly empty = computed(() => {
    const value = this.dashboard.value();
    return value !== null && isEmptyDashboard(value);
  });

  /** What was last asked for, which the URL says. */
  private shown: DashboardQuery | null = null;
  /** Whether the URL still is this page's (once it has moved on, this page must not rewrite it). */
  private readonly atPage = computed(
    () => this.location.value().replace(/\/+$/, '') === `${reportsBase(this.host)}/dashboard`,
  );

  constructor() {
    this.show(dashboardQueryFromSearch(this.location.search(), this.today));
    if (this.isProvinceOfficer()) {
      this.api.districts().subscribe({
        next: (units) => this.districts.set(units.filter((u) => u.validTo === null)),
        // Without the list the province officer still sees the whole province.
        error: () => this.districts.set([]),
      });
    }
    // The figures follow the URL when someone else changes it (back navigation, the menu's link).
    effect(() => {
      if (!this.atPage()) return;
      const fromUrl = dashboardQueryFromSearch(this.location.search(), this.today);
      untracked(() => {
        if (this.shown === null || !sameDashboardQuery(fromUrl, this.shown)) this.show(fromUrl);
      });
    });
  }

  protected load(): void {
    const query = this.query();
    this.shown = query;
    // history.replaceState: a filter change adds no history entry.
    if (untracked(this.atPage)) this.location.replaceSearch(dashboardQueryToSearch(query));
    this.dashboard.load(this.api.dashboard(toDashboardParams(query)));
  }

  private show(query: DashboardQuery): void {
    // Only the province officer chooses a district; the others' scope is fixed by the API.
    this.query.set(this.isProvinceOfficer() ? query : { ...query, districtCode: null });
    this.load();
  }

  private change(patch: Partial<DashboardQuery>): void {
    this.query.update((query) => ({ ...query, ...patch }));
    this.load();
  }

  protected setYear(event: Event): void {
    this.change({ year: Number((event.target as HTMLSelectElement).value) });
  }

  protected setQuarter(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.change({ quarter: value === '' ? null : (Number(value) as 1 | 2 | 3 | 4) });
  }

  protected setDistrict(event: Event): void {
    this.change({ districtCode: (event.target as HTMLSelectElement).value || null });
  }

  protected setCriteriaSet(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.change({ criteriaSet: value === '1048' || value === '148' ? value : null });
  }
}
