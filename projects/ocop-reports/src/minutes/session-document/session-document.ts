import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  EVALUATION_MESSAGES,
  ExportButton,
  followLink,
  OcopHost,
  registerMessages,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { COUNCIL_POSITION_NAMES, formatScore, MinutesRow, SessionMinutes, Stars } from '@ocop/domain';
import { SessionsApi } from '../../api/sessions-api';
import { ReportsNav } from '../../nav/reports-nav';
import { dayText } from '../../shared/day-text';
import { loadWhenChanged } from '../../shared/load-when-changed';
import { Remote } from '../../shared/remote';
import { reportsBase } from '../../shared/reports-base';
import { starGlyphs } from '../../shared/score-text';
import { issuerLines, memberAt, placeDateLine, recommendation, totalOf } from './minutes-document';

registerMessages(EVALUATION_MESSAGES);

export type SessionDocumentKind = 'minutes' | 'summary';

/**
 * <basePath>/reports/sessions/<id>/minutes and /summary: the council session's minutes (biên bản họp Hội
 * đồng) and the summary table of results (bảng tổng hợp kết quả đánh giá, phân hạng), generated from the
 * session's data as A4 administrative documents: national header, place and date, members present, each
 * member's score per product, mean, stars and the council's recommendation, and the chair's and secretary's
 * signature blocks. The documents are Vietnamese whatever the screens' language; "In" prints them.
 */
@Component({
  selector: 'ocop-session-document',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, ExportButton, StatusPanel],
  providers: [SessionsApi],
  templateUrl: './session-document.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/print-document.css',
    './session-document.css',
  ],
})
export class SessionDocument {
  readonly sessionId = input.required<string>();
  readonly kind = input<SessionDocumentKind>('minutes');

  private readonly api = inject(SessionsApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly minutes = new Remote<SessionMinutes>(this.i18n);

  protected readonly exportParams = computed(() => ({ sessionId: this.sessionId() }));
  protected readonly sessionUrl = computed(() => `${reportsBase(this.host)}/sessions/${this.sessionId()}`);
  protected readonly doc = computed(() => {
    const m = this.minutes.value();
    if (!m) return null;
    const [issuer, councilLine] = issuerLines(m.council);
    return {
      issuer,
      councilLine,
      placeDate: placeDateLine(m.council, m.session.date),
      day: dayText(m.session.date),
      decisionDate: dayText(m.council.decisionDate),
      chair: memberAt('chair', m.session.attendees, m.council.members),
      secretary: memberAt('secretary', m.session.attendees, m.council.members),
    };
  });
  protected readonly positionName = (position: keyof typeof COUNCIL_POSITION_NAMES): string =>
    COUNCIL_POSITION_NAMES[position];
  protected readonly total = totalOf;

  constructor() {
    loadWhenChanged(this.sessionId, () => this.load());
  }

  protected load(): void {
    this.minutes.load(this.api.minutes(this.sessionId()));
  }

  protected score(value: number | null): string {
    return value === null ? '' : formatScore(value, 'vi');
  }

  protected stars(stars: Stars | null): string {
    return stars ? `${starGlyphs(stars)} ${stars} sao` : '';
  }

  protected recommend(row: MinutesRow, minutes: SessionMinutes): string {
    return recommendation(row, minutes.council.level);
  }

  protected print(): void {
    window.print();
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
