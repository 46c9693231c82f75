import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import {
  EVALUATION_MESSAGES,
  followLink,
  OcopHost,
  registerMessages,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { ApiError, CouncilSession, EXPIRY_WARNING_DAYS, SessionSummary } from '@ocop/domain';
import { forkJoin, Observable, of } from 'rxjs';
import { ResultsApi } from '../../api/results-api';
import { SessionsApi } from '../../api/sessions-api';
import { ReportsNav } from '../../nav/reports-nav';
import { dayText } from '../../shared/day-text';
import { isCouncilMember, isOfficer, reportsBase } from '../../shared/reports-base';

registerMessages(EVALUATION_MESSAGES);

type CertificateReminder =
  { status: 'loading' | 'error' } | { status: 'loaded'; expiring: number; expired: number };

/**
 * <basePath>/reports: "Đánh giá sản phẩm OCOP". A council member finds the open sessions they attend with a
 * "Chấm điểm" link per dossier on the agenda; an officer finds the councils' sessions and the links to the
 * councils and the certificates; the other officers of the module (department, commune) the certificates.
 * Whoever may read certificates is reminded of those expiring within EXPIRY_WARNING_DAYS (the issuing body
 * must notify the producer before then) and of those already expired.
 */
@Component({
  selector: 'ocop-evaluation-home',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, StatusPanel],
  providers: [SessionsApi, ResultsApi],
  templateUrl: './evaluation-home.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
    './evaluation-home.css',
  ],
})
export class EvaluationHome {
  private readonly api = inject(SessionsApi);
  private readonly results = inject(ResultsApi);
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

  /** Council members who are nothing else have no certificates in scope (the API answers them none). */
  protected readonly readsCertificates = computed(() => this.officer() || !this.member());
  /** Loaded on its own, beside the sessions: a slow or failed check never holds up the rest of the page. */
  protected readonly reminder = signal<CertificateReminder>({ status: 'loading' });
  protected readonly warningDays = EXPIRY_WARNING_DAYS;
  protected readonly certificatesUrl = computed(() => `${this.base()}/certificates`);

  constructor() {
    this.load();
    if (this.readsCertificates()) this.loadReminder();
  }

  private loadReminder(): void {
    forkJoin({
      expiring: this.results.certificates({ status: 'expiring' }),
      expired: this.results.certificates({ status: 'expired' }),
    }).subscribe({
      next: ({ expiring, expired }) =>
        this.reminder.set({ status: 'loaded', expiring: expiring.length, expired: expired.length }),
      error: () => this.reminder.set({ status: 'error' }),
    });
  }

  protected certificatesWith(status: 'expiring' | 'expired'): string {
    return `${this.certificatesUrl()}?status=${status}`;
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
