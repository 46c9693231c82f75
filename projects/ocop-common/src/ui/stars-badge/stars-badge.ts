import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Translator } from '../../i18n/translator';

/** The most stars an OCOP product can have (QĐ 1048 and 148 rank 1–5). */
const MAX_STARS = 5;

/**
 * An OCOP rank as "★★★★☆ 4 sao": the stars are drawn for the eye and the count is written out, so the rank
 * does not rest on the glyphs (or colour) alone; a screen reader hears the text once, not the glyphs.
 */
@Component({
  selector: 'ocop-stars-badge',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<span class="stars-badge" role="img" [attr.aria-label]="text()" [attr.data-stars]="count()"
    ><span class="glyphs" aria-hidden="true"
      ><span class="filled">{{ filled() }}</span
      ><span class="empty">{{ empty() }}</span></span
    ><span class="text" aria-hidden="true"> {{ text() }}</span></span
  >`,
  styles: `
    .stars-badge {
      white-space: nowrap;
    }
    .filled {
      color: #b7791f;
    }
    .empty {
      color: var(--ocop-muted, #6b7280);
    }
    .text {
      font-weight: 600;
    }
  `,
})
export class StarsBadge {
  /** 1..5; other values are clamped, so a bad record never draws a broken row. */
  readonly stars = input.required<number>();

  private readonly t = inject(Translator);
  protected readonly count = computed(() => Math.max(0, Math.min(MAX_STARS, Math.round(this.stars()))));
  protected readonly filled = computed(() => '★'.repeat(this.count()));
  protected readonly empty = computed(() => '☆'.repeat(MAX_STARS - this.count()));
  protected readonly text = computed(() => this.t.count('stars.count', this.count()));
}
