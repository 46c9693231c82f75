import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import {
  ExportButton,
  followLink,
  FormDrafts,
  nfcValueOf,
  OcopHost,
  registerMessages,
  REPORTS_MESSAGES,
  StatusPanel,
  Translator,
} from '@ocop/common';
import {
  type ApiError,
  fieldErrorsOf,
  type IssuedReport,
  type IssuedReportSummary,
  type PeriodicReportDraft,
  REPORT_TEXT_MAX,
  vietnamDate,
} from '@ocop/domain';
import { PeriodicReportApi } from '../../api/periodic-report-api';
import { ReportsNav } from '../../nav/reports-nav';
import { Remote } from '../../shared/remote';
import { provinceDistricts } from '../../shared/province-districts';
import { queryInUrl } from '../../shared/query-in-url';
import { isProvinceOfficer, reportsBase } from '../../shared/reports-base';
import { ReportFigures } from '../report-figures/report-figures';
import {
  type ReportQuery,
  reportQueryFromSearch,
  reportQueryToSearch,
  reportYears,
  sameReportQuery,
} from '../report-query';
import {
  fieldOfError,
  issueRequest,
  reportDraftKey,
  type ReportField,
  type ReportFormValue,
  reportTexts,
  restoredForm,
  suggestedForm,
} from './report-form-model';

registerMessages(REPORTS_MESSAGES);

const QUARTERS = [1, 2, 3, 4] as const;

/**
 * <basePath>/reports/periodic: the standing unit's periodic report (quarter or year-end). The figures are the
 * API's, live until the report is issued; the officer writes the three texts (kept as a browser draft per unit
 * and period, so an expired session loses nothing) and the issue block, then issues a frozen version. The
 * period lives in the URL's query string.
 */
@Component({
  selector: 'ocop-periodic-report-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, ReportFigures, StatusPanel, ExportButton],
  providers: [PeriodicReportApi],
  templateUrl: './periodic-report-page.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
    '../../../../ocop-common/src/styles/dialog.css',
    './periodic-report-page.css',
  ],
})
export class PeriodicReportPage {
  private readonly api = inject(PeriodicReportApi);
  private readonly host = inject(OcopHost);
  private readonly drafts = inject(FormDrafts);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('confirmDialog');

  private readonly today = vietnamDate(new Date());
  protected readonly quarters = QUARTERS;
  protected readonly textMax = REPORT_TEXT_MAX;
  protected readonly textFields = [
    { id: 'summary', label: 'rep.text.summary' },
    { id: 'difficulties', label: 'rep.text.difficulties' },
    { id: 'proposals', label: 'rep.text.proposals' },
  ] as const;

  protected readonly draft = new Remote<PeriodicReportDraft>(this.i18n);
  protected readonly issued = new Remote<IssuedReportSummary[]>(this.i18n);
  protected readonly query = signal<ReportQuery>(reportQueryFromSearch('', this.today));
  protected readonly years = computed(() => reportYears(this.today, this.query().year));
  protected readonly isProvinceOfficer = computed(() => isProvinceOfficer(this.host));
  protected readonly districts = provinceDistricts();

  protected readonly form = signal<ReportFormValue | null>(null);
  protected readonly draftSavedAt = signal<string | null>(null);
  private draftKey: string | null = null;

  protected readonly dateProblem = signal(false);
  protected readonly issuing = signal(false);
  protected readonly issueError = signal<ApiError | null>(null);
  protected readonly justIssued = signal<IssuedReport | null>(null);
  protected readonly fieldErrors = computed(() => {
    const errors: Partial<Record<ReportField, string>> = {};
    const error = this.issueError();
    for (const e of error ? fieldErrorsOf(error) : []) {
      const field = fieldOfError(e);
      if (field) errors[field] ??= e.message;
    }
    if (this.dateProblem()) errors.issuedOn ??= this.t('rep.issue.badDate');
    return errors;
  });
  /** The API's answer when it is not about one field. */
  protected readonly issueErrorText = computed(() => {
    const error = this.issueError();
    if (!error) return '';
    const unplaced = fieldErrorsOf(error)
      .filter((e) => fieldOfError(e) === null)
      .map((e) => e.message);
    if (fieldErrorsOf(error).length > 0 && unplaced.length === 0) return '';
    const message = unplaced.length > 0 ? unplaced.join('; ') : this.i18n.apiError(error);
    return this.t('rep.issue.failed', { message });
  });

  /** The draft export: the period and what has been written so far. */
  protected readonly draftExportParams = computed(() => {
    const query = this.query();
    const form = this.form();
    const params: Record<string, string> = { year: String(query.year) };
    if (query.quarter !== null) params['quarter'] = String(query.quarter);
    if (query.districtCode !== null) params['districtCode'] = query.districtCode;
    return { ...params, ...(form ? reportTexts(form) : { summary: '', difficulties: '', proposals: '' }) };
  });

  private readonly url = queryInUrl<ReportQuery>({
    page: 'periodic',
    parse: (search) => reportQueryFromSearch(search, this.today),
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
    this.form.set(null);
    this.draftKey = null;
    this.issueError.set(null);
    this.dateProblem.set(false);
    this.justIssued.set(null);
    this.draft.load(this.api.draft(query, query.districtCode), {
      then: (draft) => this.startForm(draft),
    });
    this.loadIssued();
  }

  protected loadIssued(): void {
    const query = this.query();
    this.issued.load(this.api.issued(query.year, query.districtCode));
  }

  private startForm(draft: PeriodicReportDraft): void {
    const key = reportDraftKey(draft.figures.unit.code, draft.figures.period);
    this.draftKey = key;
    const fresh = suggestedForm(draft, this.today);
    const saved = this.drafts.load<unknown>(key);
    const restored = saved ? restoredForm(saved.value, fresh) : null;
    this.form.set(restored ?? fresh);
    this.draftSavedAt.set(restored && saved ? this.i18n.dateTime(saved.savedAt) : null);
  }

  private show(query: ReportQuery): void {
    // Only the province officer chooses a district; the others' unit is fixed by the API.
    this.query.set(this.isProvinceOfficer() ? query : { ...query, districtCode: null });
    this.load();
  }

  private change(patch: Partial<ReportQuery>): void {
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

  protected edit(field: ReportField, event: Event): void {
    const value = nfcValueOf(event);
    const form = this.form();
    if (value === null || form === null) return;
    const next = { ...form, [field]: value };
    this.form.set(next);
    if (field === 'issuedOn') this.dateProblem.set(false);
    if (this.draftKey) {
      this.drafts.save(this.draftKey, next);
      this.draftSavedAt.set(this.i18n.dateTime(new Date()));
    }
  }

  protected askToIssue(): void {
    const form = this.form();
    if (!form || this.issuing()) return;
    this.issueError.set(null);
    this.justIssued.set(null);
    if (issueRequest(this.query(), form) === null) {
      this.dateProblem.set(true);
      return;
    }
    this.dialog()?.nativeElement.showModal();
  }

  protected closeDialog(): void {
    this.dialog()?.nativeElement.close();
  }

  protected issue(): void {
    const form = this.form();
    const request = form ? issueRequest(this.query(), form) : null;
    if (!request || this.issuing()) return;
    this.issuing.set(true);
    this.api.issue(request).subscribe({
      next: (report) => {
        this.issuing.set(false);
        this.closeDialog();
        this.justIssued.set(report);
        this.loadIssued();
      },
      error: (error: ApiError) => {
        this.issuing.set(false);
        this.closeDialog();
        this.issueError.set(error);
      },
    });
  }

  protected issuedUrl(id: string): string {
    return `${reportsBase(this.host)}/periodic/issued/${id}`;
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
