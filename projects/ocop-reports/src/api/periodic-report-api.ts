import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import type {
  IssuedReport,
  IssuedReportSummary,
  IssueReportRequest,
  PeriodicReportDraft,
  ReportPeriod,
} from '@ocop/domain';
import type { Observable } from 'rxjs';

/** The standing unit's periodic report: the live draft, issuing a frozen version, and the issued versions. */
@Injectable()
export class PeriodicReportApi {
  private readonly api = inject(ApiClient);

  draft(period: ReportPeriod, districtCode: string | null): Observable<PeriodicReportDraft> {
    return this.api.get<PeriodicReportDraft>('/reports/periodic', {
      year: period.year,
      quarter: period.quarter ?? undefined,
      districtCode: districtCode ?? undefined,
    });
  }

  issue(request: IssueReportRequest): Observable<IssuedReport> {
    return this.api.post<IssuedReport>('/reports/periodic', request);
  }

  issued(year: number, districtCode: string | null): Observable<IssuedReportSummary[]> {
    return this.api.get<IssuedReportSummary[]>('/reports/periodic/issued', {
      year,
      districtCode: districtCode ?? undefined,
    });
  }

  issuedReport(id: string): Observable<IssuedReport> {
    return this.api.get<IssuedReport>(`/reports/periodic/issued/${id}`);
  }
}
