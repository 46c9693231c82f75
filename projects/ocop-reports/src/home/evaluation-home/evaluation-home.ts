import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  EVALUATION_MESSAGES,
  followLink,
  OcopHost,
  registerMessages,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { ApiError, CouncilSession, SessionSummary } from '@ocop/domain';
import { forkJoin, Observable, of } from 'rxjs';
import { SessionsApi } from '../../api/sessions-api';
import { ReportsNav } from '../../nav/reports-nav';
import { dayText } from '../../shared/day-text';
import { isCouncilMember, isOfficer, reportsBase } from '../../shared/reports-base';

registerMessages(EVALUATION_MESSAGES);

/**
 * <basePath>/reports: "Đánh giá sản phẩm OCOP". A council member finds the open sessions they attend with a
 * "Chấm điểm" link per dossier on the agenda; an officer finds the councils' sessions and the links to the
 * councils and the certificates; the other officers of the module (department, commune) the certificates.
 */
@Component({
  selector: 'ocop-evaluation-home',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, StatusPanel],
  providers: [SessionsApi],
  templateUrl: './evaluation-home.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
    './evaluation-home.css',
  ],
})
export class EvaluationHome {
  private readonly api = inject(SessionsApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly status = signal<'loading' | 'loaded' | 'error'>('loading');
  protected readonly error = signal<ApiError | null>(null);
  protected readonly sessions = signal<SessionSummary[]>([]);
  /** The open sessions the caller attends, with their agenda (GET /api/sessions/:id). */
  protected readonly mine = signal<CouncilSession[]>([]);

  protected readonly officer = computed(() => isOfficer(this.host));
  protected readonly member = computed(() => isCouncilMember(this.host));
  protected readonly base = computed(() => reportsBase(this.host));
  protected readonly errorText = computed(() => {
    const error = this.error();
    return error ? this.i18n.apiError(error) : '';
  });
  protected readonly day = dayText;

  constructor() {
    this.load();
  }

  protected load(): void {
    this.status.set('loading');
    this.error.set(null);
    this.api.sessions().subscribe({
      next: (sessions) => {
        this.sessions.set([...sessions].sort((a, b) => b.date.localeCompare(a.date)));
        const attended = sessions.filter((s) => s.mySheetsToDo !== null && s.status === 'open');
        const details: Observable<CouncilSession[]> = attended.length
          ? forkJoin(attended.map((s) => this.api.session(s.id)))
          : of([]);
        details.subscribe({
          next: (mine) => {
            this.mine.set(mine);
            this.status.set('loaded');
          },
          error: (error: ApiError) => this.failed(error),
        });
      },
      error: (error: ApiError) => this.failed(error),
    });
  }

  private failed(error: ApiError): void {
    this.error.set(error);
    this.status.set('error');
  }

  protected sessionUrl(id: string): string {
    return `${this.base()}/sessions/${id}`;
  }

  protected scoreUrl(sessionId: string, dossierId: string): string {
    return `${this.sessionUrl(sessionId)}/dossiers/${dossierId}/score`;
  }

  protected toDo(session: CouncilSession): number {
    return this.sessions().find((s) => s.id === session.id)?.mySheetsToDo ?? 0;
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
