import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  EVALUATION_MESSAGES,
  followLink,
  OcopHost,
  registerMessages,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { Council, SessionSummary } from '@ocop/domain';
import { CouncilsApi } from '../../api/councils-api';
import { SessionsApi } from '../../api/sessions-api';
import { ReportsNav } from '../../nav/reports-nav';
import { dayText } from '../../shared/day-text';
import { Remote } from '../../shared/remote';
import { managesCouncil, reportsBase } from '../../shared/reports-base';
import { loadWhenChanged } from '../../shared/load-when-changed';

registerMessages(EVALUATION_MESSAGES);

/**
 * <basePath>/reports/councils/<id>: a council's decision, term and members, and its sessions. Its manager
 * edits it and starts a session from here.
 */
@Component({
  selector: 'ocop-council-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, StatusPanel],
  providers: [CouncilsApi, SessionsApi],
  templateUrl: './council-detail.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
    './council-detail.css',
  ],
})
export class CouncilDetail {
  readonly councilId = input.required<string>();

  private readonly councilsApi = inject(CouncilsApi);
  private readonly sessionsApi = inject(SessionsApi);
  private readonly host = inject(OcopHost);
  protected readonly t = inject(Translator).t;
  protected readonly council = new Remote<Council>(inject(Translator));
  protected readonly sessions = new Remote<SessionSummary[]>(inject(Translator));

  protected readonly base = computed(() => reportsBase(this.host));
  protected readonly manages = computed(() => {
    const council = this.council.value();
    return council !== null && managesCouncil(this.host, council);
  });
  protected readonly day = dayText;

  constructor() {
    loadWhenChanged(this.councilId, () => this.load());
  }

  protected load(): void {
    this.council.load(this.councilsApi.council(this.councilId()));
    this.sessions.load(this.sessionsApi.sessions({ councilId: this.councilId() }));
  }

  protected term(council: Council): string {
    const from = dayText(council.termFrom);
    return council.termTo
      ? this.t('eval.council.termRange', { from, to: dayText(council.termTo) })
      : this.t('eval.council.termOpen', { from });
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
