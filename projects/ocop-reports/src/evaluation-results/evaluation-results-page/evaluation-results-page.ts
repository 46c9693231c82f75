import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  EVALUATION_MESSAGES,
  ExportButton,
  OcopHost,
  registerMessages,
  REPORTS_MESSAGES,
  SCORING_MESSAGES,
  StarsBadge,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { type EvaluationResultsReport, vietnamDate } from '@ocop/domain';
import { EvaluationResultsApi } from '../../api/evaluation-results-api';
import { CertificateStatusChip } from '../../certificates/status-chip/certificate-status-chip';
import { ReportsNav } from '../../nav/reports-nav';
import {
  type ReportQuery,
  reportQueryFromSearch,
  reportQueryToSearch,
  reportYears,
  sameReportQuery,
} from '../../periodic/report-query';
import { dayText } from '../../shared/day-text';
import { Remote } from '../../shared/remote';
import { provinceDistricts } from '../../shared/province-districts';
import { queryInUrl } from '../../shared/query-in-url';
import { isProvinceOfficer } from '../../shared/reports-base';
import { ScoreText } from '../../shared/score-text';

registerMessages(EVALUATION_MESSAGES);
registerMessages(SCORING_MESSAGES);
registerMessages(REPORTS_MESSAGES);

/** The report is by year: a quarter in a shared link is ignored. */
function yearQuery(search: string, today: string): ReportQuery {
  return { ...reportQueryFromSearch(search, today), quarter: null };
}

/**
 * <basePath>/reports/evaluation-results: the year's evaluation results in the caller's scope (the API decides
 * it from the token): each closed council session's summary table, the products certified in the year and
 * their count by stars. The year (and the province officer's district) lives in the URL's query string.
 */
@Component({
  selector: 'ocop-evaluation-results-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, StatusPanel, StarsBadge, CertificateStatusChip, ExportButton],
  providers: [EvaluationResultsApi, ScoreText],
  templateUrl: './evaluation-results-page.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
    '../../shared/report-table.css',
    './evaluation-results-page.css',
  ],
})
export class EvaluationResultsPage {
  private readonly api = inject(EvaluationResultsApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly day = dayText;
  private readonly scores = inject(ScoreText);

  private readonly today = vietnamDate(new Date());
  protected readonly report = new Remote<EvaluationResultsReport>(this.i18n);
  protected readonly query = signal<ReportQuery>(yearQuery('', this.today));
  protected readonly years = computed(() => reportYears(this.today, this.query().year));
  protected readonly isProvinceOfficer = computed(() => isProvinceOfficer(this.host));
  protected readonly districts = provinceDistricts();
  protected readonly exportParams = computed(() => {
    const query = this.query();
    const params: Record<string, string> = { year: String(query.year) };
    if (query.districtCode !== null) params['districtCode'] = query.districtCode;
    return params;
  });

  private readonly url = queryInUrl<ReportQuery>({
    page: 'evaluation-results',
    parse: (search) => yearQuery(search, this.today),
    same: sameReportQuery,
    toSearch: reportQueryToSearch,
    show: (query) => this.show(query),
  });

  constructor() {
    this.show(this.url.fromUrl());
  }

  protected load(): void {
    const query = this.query();
    this.url.shown(query);
    this.report.load(this.api.report(query.year, query.districtCode));
  }

  private show(query: ReportQuery): void {
    this.query.set(this.isProvinceOfficer() ? query : { ...query, districtCode: null });
    this.load();
  }

  protected setYear(event: Event): void {
    this.query.update((q) => ({ ...q, year: Number((event.target as HTMLSelectElement).value) }));
    this.load();
  }

  protected setDistrict(event: Event): void {
    const districtCode = (event.target as HTMLSelectElement).value || null;
    this.query.update((q) => ({ ...q, districtCode }));
    this.load();
  }

  protected score(value: number | null): string {
    return value === null ? this.t('rep.empty') : this.scores.score(value);
  }
}
