import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import type { EvaluationResultsReport } from '@ocop/domain';
import type { Observable } from 'rxjs';

/** The evaluation results report of a year, within the caller's scope (the API decides it from the token). */
@Injectable()
export class EvaluationResultsApi {
  private readonly api = inject(ApiClient);

  report(year: number, districtCode: string | null): Observable<EvaluationResultsReport> {
    return this.api.get<EvaluationResultsReport>('/reports/evaluation-results', {
      year,
      districtCode: districtCode ?? undefined,
    });
  }
}
