import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { registerMessages, REPORTS_MESSAGES, Translator } from '@ocop/common';
import type { PeriodicReportFigures } from '@ocop/domain';
import { dayText } from '../../shared/day-text';

registerMessages(REPORTS_MESSAGES);

/**
 * "I. Kết quả thực hiện" of a periodic report: the tables the API computed (live for a draft, frozen for an
 * issued version). Nothing is added up here; the page only lays the API's numbers out.
 */
@Component({
  selector: 'ocop-report-figures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './report-figures.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../shared/report-table.css',
    './report-figures.css',
  ],
})
export class ReportFigures {
  readonly figures = input.required<PeriodicReportFigures>();

  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly day = dayText;

  protected percent(value: number): string {
    return `${this.i18n.number(value, { maximumFractionDigits: 1 })}%`;
  }

  protected stars(count: number | null): string {
    return count === null ? this.t('rep.empty') : this.i18n.count('stars.count', count);
  }
}
