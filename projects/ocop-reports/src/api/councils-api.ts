import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import type { Council, CouncilLevel, CouncilPosition } from '@ocop/domain';
import type { Observable } from 'rxjs';

/** A member as POST/PUT /api/councils take it; `id` keeps an existing member (and their sheets) on edit. */
export interface CouncilMemberInput {
  id?: string;
  fullName: string;
  position: CouncilPosition;
  title: string;
  username: string | null;
}

/** The body of POST /api/councils (PUT adds `version`). */
export interface CouncilInput {
  level: CouncilLevel;
  unitCode: string;
  name: string;
  decisionNumber: string;
  decisionDate: string;
  termFrom: string;
  termTo: string | null;
  members: CouncilMemberInput[];
}

/** Councils (GET/POST /api/councils, GET/PUT /api/councils/:id). Provided per page. */
@Injectable()
export class CouncilsApi {
  private readonly api = inject(ApiClient);

  councils(): Observable<Council[]> {
    return this.api.get<Council[]>('/councils');
  }

  council(id: string): Observable<Council> {
    return this.api.get<Council>(`/councils/${id}`);
  }

  create(body: CouncilInput): Observable<Council> {
    return this.api.post<Council>('/councils', body);
  }

  update(id: string, body: CouncilInput & { version: number }): Observable<Council> {
    return this.api.put<Council>(`/councils/${id}`, body);
  }
}
