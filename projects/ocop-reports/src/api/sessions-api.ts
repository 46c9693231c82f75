import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import type {
  CouncilSession,
  DossierScores,
  DossierSummary,
  Page,
  SessionMinutes,
  SessionStatus,
  SessionSummary,
} from '@ocop/domain';
import type { Observable } from 'rxjs';

/** The body of POST /api/sessions. */
export interface NewSession {
  councilId: string;
  title: string;
  date: string;
  place: string;
  dossierIds: string[];
  attendeeIds: string[];
}

/** The dossier list's largest page: every dossier waiting for a council fits in it. */
const DOSSIER_PAGE = 200;

/** Council sessions: agenda, progress, members' scores, reopening, closing and the minutes. Provided per page. */
@Injectable()
export class SessionsApi {
  private readonly api = inject(ApiClient);

  sessions(query: { councilId?: string; status?: SessionStatus } = {}): Observable<SessionSummary[]> {
    return this.api.get<SessionSummary[]>('/sessions', { ...query });
  }

  session(id: string): Observable<CouncilSession> {
    return this.api.get<CouncilSession>(`/sessions/${id}`);
  }

  create(body: NewSession): Observable<CouncilSession> {
    return this.api.post<CouncilSession>('/sessions', body);
  }

  scores(sessionId: string, dossierId: string): Observable<DossierScores> {
    return this.api.get<DossierScores>(`/sessions/${sessionId}/dossiers/${dossierId}/sheets`);
  }

  reopen(sessionId: string, dossierId: string, reason: string): Observable<DossierScores> {
    return this.api.post<DossierScores>(`/sessions/${sessionId}/dossiers/${dossierId}/reopen`, { reason });
  }

  close(sessionId: string, body: { version: number; spreadNote?: string }): Observable<CouncilSession> {
    return this.api.post<CouncilSession>(`/sessions/${sessionId}/close`, body);
  }

  minutes(sessionId: string): Observable<SessionMinutes> {
    return this.api.get<SessionMinutes>(`/sessions/${sessionId}/minutes`);
  }

  /**
   * Dossiers a council may put on its agenda (GET /api/dossiers, scoped by the token): `accepted` ones for a
   * district council, `forwarded` ones for the province's.
   */
  dossiersReady(state: 'accepted' | 'forwarded'): Observable<Page<DossierSummary>> {
    return this.api.get<Page<DossierSummary>>('/dossiers', { state, limit: DOSSIER_PAGE });
  }
}
