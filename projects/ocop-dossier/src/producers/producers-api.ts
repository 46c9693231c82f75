import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import { AdminUnit, NewProducer, Page, Producer } from '@ocop/domain';
import { Observable } from 'rxjs';

/** The largest page GET /api/producers answers. */
export const PRODUCER_PAGE_LIMIT = 200;

@Injectable()
export class ProducersApi {
  private readonly api = inject(ApiClient);

  /** Producers of the caller's units by name; `q` ignores diacritics and case. */
  list(q = ''): Observable<Page<Producer>> {
    return this.api.get<Page<Producer>>('/producers', { q, limit: PRODUCER_PAGE_LIMIT });
  }

  create(producer: NewProducer): Observable<Producer> {
    return this.api.post<Producer>('/producers', producer);
  }

  /** Every version of the communes of a district (of the province when none is given). */
  communes(districtCode: string | undefined): Observable<AdminUnit[]> {
    return this.api.get<AdminUnit[]>('/units', { level: 'commune', parentCode: districtCode });
  }
}
