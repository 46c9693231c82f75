import { computed, inject, Injectable } from '@angular/core';
import { EVALUATION_MESSAGES, registerMessages, Translator } from '@ocop/common';
import { formatScore, SPREAD_LIMIT, Stars } from '@ocop/domain';

registerMessages(EVALUATION_MESSAGES);

/** "★★★★☆": filled stars for the rank, hollow ones up to five (the printed documents, always Vietnamese). */
export function starGlyphs(stars: Stars): string {
  return '★'.repeat(stars) + '☆'.repeat(5 - stars);
}

/**
 * Scores as the evaluation pages write them, in the element's language: formatScore (@ocop/domain) for points
 * ("63,17"), and the flag of a spread above SPREAD_LIMIT. Stars on screen are StarsBadge (@ocop/common).
 */
@Injectable()
export class ScoreText {
  private readonly i18n = inject(Translator);
  private readonly locale = computed(() => this.i18n.locale());

  readonly score = (value: number | null | undefined): string =>
    value === null || value === undefined ? '' : formatScore(value, this.locale());

  /** Stars as text, "★★★★☆ 4 sao" (where a StarsBadge element does not fit, e.g. inside a sentence). */
  readonly stars = (stars: Stars | null | undefined): string =>
    stars ? `${starGlyphs(stars)} ${this.i18n.count('stars.count', stars)}` : '';

  /** "Chênh lệch 12,50 điểm (trên 10) — Hội đồng thảo luận và chấm lại". */
  readonly spreadFlag = (spread: number): string =>
    this.i18n.t('eval.spreadFlag', { spread: this.score(spread), limit: String(SPREAD_LIMIT) });
}
