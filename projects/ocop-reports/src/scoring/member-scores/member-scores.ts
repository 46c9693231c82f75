import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { StarsBadge, Translator } from '@ocop/common';
import type { DossierScores } from '@ocop/domain';
import { ScoreText } from '../../shared/score-text';

/** Every member's total for one dossier, with the mean, the spread (flagged above 10) and the stars. */
@Component({
  selector: 'ocop-member-scores',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StarsBadge],
  providers: [ScoreText],
  template: `
    @let s = scores();
    <table class="member-scores">
      <caption class="visually-hidden">
        {{
          t('scoring.others.title')
        }}
      </caption>
      <thead>
        <tr>
          <th scope="col">{{ t('scoring.others.member') }}</th>
          <th scope="col" class="number">{{ t('scoring.others.total') }}</th>
        </tr>
      </thead>
      <tbody>
        @for (row of s.members; track row.member.id) {
          <tr [attr.data-member]="row.member.id">
            <th scope="row">{{ row.member.fullName }}</th>
            <td class="number">
              {{ row.total === null ? t('scoring.others.notSubmitted') : text.score(row.total) }}
            </td>
          </tr>
        }
      </tbody>
    </table>
    @if (s.result; as r) {
      <ul class="result">
        <li class="mean">{{ t('scoring.others.mean', { score: text.score(r.mean) }) }}</li>
        <li class="spread">{{ t('scoring.others.spread', { score: text.score(r.spread) }) }}</li>
        @if (r.spreadFlagged) {
          <li class="spread-flag" role="status">{{ t('scoring.others.spreadFlag') }}</li>
        }
        <li class="stars"><ocop-stars-badge [stars]="r.stars" /></li>
      </ul>
    }
  `,
  styleUrls: ['../../../../ocop-common/src/styles/controls.css'],
  styles: `
    .number {
      text-align: right;
    }
    .result {
      list-style: none;
      padding: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 16px;
    }
    .spread-flag {
      color: #9b1c1c;
      font-weight: 600;
    }
  `,
})
export class MemberScores {
  readonly scores = input.required<DossierScores>();
  protected readonly t = inject(Translator).t;
  protected readonly text = inject(ScoreText);
}
