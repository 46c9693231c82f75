import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  DASHBOARD_MESSAGES,
  EVALUATION_MESSAGES,
  ExportButton,
  OcopHost,
  registerMessages,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { type Dashboard, type DashboardQuery, vietnamDate } from '@ocop/domain';
import { DashboardApi } from '../../api/dashboard-api';
import { ReportsNav } from '../../nav/reports-nav';
import { Remote } from '../../shared/remote';
import { provinceDistricts } from '../../shared/province-districts';
import { queryInUrl } from '../../shared/query-in-url';
import { isProvinceOfficer } from '../../shared/reports-base';
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
  imports: [ReportsNav, DashboardFigure, ExportButton, StatusPanel],
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
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  private readonly today = vietnamDate(new Date());
  protected readonly quarters = QUARTERS;
  protected readonly dashboard = new Remote<Dashboard>(this.i18n);
  protected readonly query = signal<DashboardQuery>(dashboardQueryFromSearch('', this.today));
  protected readonly years = computed(() => dashboardYears(this.today, this.query().year));
  protected readonly isProvinceOfficer = computed(() => isProvinceOfficer(this.host));
  protected readonly districts = provinceDistricts();
  /** The export carries the filters the figures were asked with. */
  protected readonly exportParams = computed(() => {
    const params: Record<string, string> = {};
    for (const [name, value] of Object.entries(toDashboardParams(this.query()))) params[name] = String(value);
    return params;
  });
  protected readonly figures = computed(() => {
    const value = this.dashboard.value();
    return value ? dashboardFigures(value, this.i18n) : [];
  });
  protected readonly empty = computed(() => {
    const value = this.dashboard.value();
    return value !== null && isEmptyDashboard(value);
  });

  private readonly url = queryInUrl<DashboardQuery>({
    page: 'dashboard',
    parse: (search) => dashboardQueryFromSearch(search, this.today),
    same: sameDashboardQuery,
    toSearch: dashboardQueryToSearch,
    show: (query) => this.show(query),
  });

  constructor() {
    this.show(this.url.fromUrl());
  }

  protected load(): void {
    const query = this.query();
    this.url.shown(query);
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
