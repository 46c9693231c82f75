import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import type { Dashboard } from '@ocop/domain';
import type { Observable } from 'rxjs';

/** GET /api/dashboard parameters (absent = not filtered; the year defaults to the business year). */
export interface DashboardParams {
  year?: number;
  quarter?: 1 | 2 | 3 | 4;
  districtCode?: string;
  criteriaSet?: '1048' | '148';
}

/** The dashboard's figures, aggregated by the API within the caller's scope. Provided per page. */
@Injectable()
export class DashboardApi {
  private readonly api = inject(ApiClient);

  dashboard(params: DashboardParams): Observable<Dashboard> {
    return this.api.get<Dashboard>('/dashboard', { ...params });
  }
}
