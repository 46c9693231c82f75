import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  InjectionToken,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  EVALUATION_MESSAGES,
  followLink,
  OcopHost,
  registerMessages,
  StarsBadge,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { CouncilSession, DossierScores, SessionAgendaItem } from '@ocop/domain';
import { SessionsApi } from '../../api/sessions-api';
import { ReportsNav } from '../../nav/reports-nav';
import { dayText } from '../../shared/day-text';
import { loadWhenChanged } from '../../shared/load-when-changed';
import { Remote } from '../../shared/remote';
import { reportsBase } from '../../shared/reports-base';
import { ScoreText } from '../../shared/score-text';
import { CloseDialog } from './close-dialog/close-dialog';
import { ReopenDialog } from './reopen-dialog/reopen-dialog';

registerMessages(EVALUATION_MESSAGES);

/** How often an open session's progress is fetched again, so the secretary sees members' submissions. */
export const SESSION_REFRESH_MS = new InjectionToken<number>('SESSION_REFRESH_MS', {
  factory: () => 10_000,
});

/**
 * <basePath>/reports/sessions/<id>: the session's agenda with, per dossier, the sheets submitted so far, the
 * mean, the spread and the stars, a flag when members are more than 10 points apart, and each member's total
 * on demand. The secretary reopens a dossier for rescoring and closes the session (both confirmed); once
 * closed, each dossier says whether it went up to the province. Members score from here too.
 */
@Component({
  selector: 'ocop-session-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, StarsBadge, StatusPanel, ReopenDialog, CloseDialog],
  providers: [SessionsApi, ScoreText],
  templateUrl: './session-page.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
    './session-page.css',
  ],
})
export class SessionPage {
  readonly sessionId = input.required<string>();

  private readonly api = inject(SessionsApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly text = inject(ScoreText);
  private readonly reopenDialog = viewChild.required(ReopenDialog);
  private readonly closeDialog = viewChild.required(CloseDialog);

  protected readonly session = new Remote<CouncilSession>(this.i18n);
  /** The dossier whose members' totals are shown, and those totals. */
  protected readonly shownScores = signal<string | null>(null);
  protected readonly scores = new Remote<DossierScores>(this.i18n);
  protected readonly notice = signal('');

  protected readonly base = computed(() => `${reportsBase(this.host)}/sessions/${this.sessionId()}`);
  protected readonly attendees = computed(
    () =>
      this.session
        .value()
        ?.attendees.map((m) => m.fullName)
        .join(', ') ?? '',
  );
  protected readonly day = dayText;

  constructor() {
    loadWhenChanged(this.sessionId, () => {
      this.shownScores.set(null);
      this.notice.set('');
      this.load();
    });
    const refresh = setInterval(() => this.refresh(), inject(SESSION_REFRESH_MS));
    inject(DestroyRef).onDestroy(() => {
      clearInterval(refresh);
      this.session.stop();
      this.scores.stop();
    });
  }

  protected load(): void {
    this.session.load(this.api.session(this.sessionId()));
  }

  /** Progress while the session is open: quiet, so the page does not flicker or lose what is shown. */
  private refresh(): void {
    const session = this.session;
    if (session.value()?.status !== 'open' || session.status() !== 'loaded' || session.busy()) return;
    this.session.load(this.api.session(this.sessionId()), { quiet: true });
    const dossierId = this.shownScores();
    if (dossierId && !this.scores.busy())
      this.scores.load(this.api.scores(this.sessionId(), dossierId), { quiet: true });
  }

  /** Managers see every member's total; a member once their own sheet for the dossier is in. */
  protected mayReadScores(session: CouncilSession, item: SessionAgendaItem): boolean {
    return session.canManage || item.mySheet === 'submitted';
  }

  protected mayScore(session: CouncilSession, item: SessionAgendaItem): boolean {
    return session.status === 'open' && item.mySheet !== null;
  }

  protected toggleScores(item: SessionAgendaItem): void {
    if (this.shownScores() === item.dossierId) {
      this.shownScores.set(null);
      return;
    }
    this.shownScores.set(item.dossierId);
    this.scores.load(this.api.scores(this.sessionId(), item.dossierId));
  }

  protected openReopen(item: SessionAgendaItem): void {
    this.notice.set('');
    this.reopenDialog().open(item);
  }

  protected reopened(event: { item: SessionAgendaItem; scores: DossierScores }): void {
    this.notice.set(this.t('eval.session.reopen.done', { product: event.item.product.name }));
    if (this.shownScores() === event.item.dossierId) this.scores.value.set(event.scores);
    this.session.load(this.api.session(this.sessionId()), { quiet: true });
  }

  protected openClose(): void {
    this.notice.set('');
    this.closeDialog().open();
  }

  protected closed(session: CouncilSession): void {
    this.session.value.set(session);
  }

  protected stale(): void {
    this.notice.set(this.t('eval.session.conflict'));
    this.session.load(this.api.session(this.sessionId()), { quiet: true });
  }

  protected scoreUrl(item: SessionAgendaItem): string {
    return `${this.base()}/dossiers/${item.dossierId}/score`;
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
