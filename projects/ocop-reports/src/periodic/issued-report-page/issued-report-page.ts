import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  ExportButton,
  followLink,
  OcopHost,
  registerMessages,
  REPORTS_MESSAGES,
  StatusPanel,
  Translator,
} from '@ocop/common';
import type { IssuedReport } from '@ocop/domain';
import { PeriodicReportApi } from '../../api/periodic-report-api';
import { ReportsNav } from '../../nav/reports-nav';
import { dayText } from '../../shared/day-text';
import { loadWhenChanged } from '../../shared/load-when-changed';
import { Remote } from '../../shared/remote';
import { reportsBase } from '../../shared/reports-base';
import { ReportFigures } from '../report-figures/report-figures';
import { reportQueryToSearch } from '../report-query';

registerMessages(REPORTS_MESSAGES);

/**
 * <basePath>/reports/periodic/issued/<id>: an issued version of a periodic report, read-only: the figures and
 * texts exactly as they were frozen when it was issued.
 */
@Component({
  selector: 'ocop-issued-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, ReportFigures, StatusPanel, ExportButton],
  providers: [PeriodicReportApi],
  templateUrl: './issued-report-page.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
    './issued-report-page.css',
  ],
})
export class IssuedReportPage {
  readonly reportId = input.required<string>();

  private readonly api = inject(PeriodicReportApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly day = dayText;

  protected readonly report = new Remote<IssuedReport>(this.i18n);
  protected readonly exportParams = computed(() => ({ id: this.reportId() }));
  protected readonly textSections = [
    { id: 'summary', label: 'rep.text.summary', number: 'II' },
    { id: 'difficulties', label: 'rep.text.difficulties', number: 'III' },
    { id: 'proposals', label: 'rep.text.proposals', number: 'IV' },
  ] as const;
  /** Back to the draft of the same period (and district). */
  protected readonly backUrl = computed(() => {
    const report = this.report.value();
    const base = `${reportsBase(this.host)}/periodic`;
    if (!report) return base;
    const { unit, period } = report.figures;
    return (
      base +
      reportQueryToSearch({
        ...period,
        districtCode: unit.level === 'district' ? unit.code : null,
      })
    );
  });

  constructor() {
    loadWhenChanged(this.reportId, () => this.load());
  }

  protected load(): void {
    this.report.load(this.api.issuedReport(this.reportId()));
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
