import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import { AdminUnit, DossierDetail, DossierSummary, NewDossier, Page } from '@ocop/domain';
import { Observable } from 'rxjs';

/** The orders GET /api/dossiers knows (`sort`). */
export const DOSSIER_SORTS = ['updated', 'deadline', 'product', 'commune', 'state'] as const;
export type DossierSort = (typeof DOSSIER_SORTS)[number];
export type SortDirection = 'asc' | 'desc';

/** The flags GET /api/dossiers filters on (`flag`), as DossierSummary.deadlineFlag names them. */
export const DEADLINE_FLAGS = ['overdue', 'due-soon'] as const;
export type DeadlineFilter = (typeof DEADLINE_FLAGS)[number];

/** Query of GET /api/dossiers; absent (or empty) fields do not filter. */
export interface DossierQuery {
  /** Product and producer names; the API ignores diacritics and case. */
  q?: string;
  communeCode?: string;
  state?: string;
  productGroupCode?: string;
  roundYear?: number;
  flag?: DeadlineFilter;
  sort?: DossierSort;
  dir?: SortDirection;
  /** At most 200; the API's default is 50. */
  limit?: number;
  offset?: number;
}

/** Dossier lists and creation. (A dossier's own page has its service beside it, in dossier-detail/.) */
@Injectable()
export class DossiersApi {
  private readonly api = inject(ApiClient);

  list(query: DossierQuery = {}): Observable<Page<DossierSummary>> {
    return this.api.get<Page<DossierSummary>>('/dossiers', { ...query });
  }

  create(body: NewDossier): Observable<DossierDetail> {
    return this.api.post<DossierDetail>('/dossiers', body);
  }

  /**
   * The communes of a district (of the province when no district is given), every version: a commune merged
   * or renamed since still names the dossiers it had.
   */
  communes(districtCode: string | null): Observable<AdminUnit[]> {
    return this.api.get<AdminUnit[]>('/units', { level: 'commune', parentCode: districtCode ?? undefined });
  }
}
