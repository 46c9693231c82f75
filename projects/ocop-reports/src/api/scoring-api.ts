import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import type { CouncilSession, DossierScores, MyScoreSheet, SheetAnswers } from '@ocop/domain';
import type { Observable } from 'rxjs';

/**
 * A council member's score sheets (routes below `/api/sessions/:id/dossiers/:dossierId`), one typed method
 * per route. Provided per page.
 */
@Injectable()
export class ScoringApi {
  private readonly api = inject(ApiClient);

  /** The session, for the page's header (product, sheet title) and whether it is closed. */
  session(sessionId: string): Observable<CouncilSession> {
    return this.api.get<CouncilSession>(`/sessions/${sessionId}`);
  }

  mySheet(sessionId: string, dossierId: string): Observable<MyScoreSheet> {
    return this.api.get<MyScoreSheet>(`${dossierPath(sessionId, dossierId)}/sheets/mine`);
  }

  /** Autosave: the answers on top of the version they were based on (409 STALE_VERSION when it moved on). */
  saveMySheet(
    sessionId: string,
    dossierId: string,
    body: { answers: SheetAnswers; version: number },
  ): Observable<MyScoreSheet> {
    return this.api.put<MyScoreSheet>(`${dossierPath(sessionId, dossierId)}/sheets/mine`, body);
  }

  submitMySheet(sessionId: string, dossierId: string, version: number): Observable<MyScoreSheet> {
    return this.api.post<MyScoreSheet>(`${dossierPath(sessionId, dossierId)}/sheets/mine/submit`, {
      version,
    });
  }

  /** Every member's totals and the result; 403 SCORES_HIDDEN to a member who has not submitted. */
  dossierScores(sessionId: string, dossierId: string): Observable<DossierScores> {
    return this.api.get<DossierScores>(`${dossierPath(sessionId, dossierId)}/sheets`);
  }
}

function dossierPath(sessionId: string, dossierId: string): string {
  return `/sessions/${sessionId}/dossiers/${dossierId}`;
}
