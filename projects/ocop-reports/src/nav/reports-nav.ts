import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import {
  DASHBOARD_NAV_MESSAGES,
  EVALUATION_MESSAGES,
  followLink,
  OcopHost,
  registerMessages,
  REPORTS_NAV_MESSAGES,
  Translator,
} from '@ocop/common';
import { reportsBase } from '../shared/reports-base';

registerMessages(EVALUATION_MESSAGES);
registerMessages(DASHBOARD_NAV_MESSAGES);
registerMessages(REPORTS_NAV_MESSAGES);

export type ReportsNavItem =
  'home' | 'dashboard' | 'periodic' | 'evaluation-results' | 'councils' | 'certificates';

/**
 * The "Đánh giá" section's own navigation: "Đánh giá" | "Tổng quan" | "Báo cáo định kỳ" | "Kết quả đánh giá" |
 * "Hội đồng" | "Giấy chứng nhận". `current` marks the section the page belongs to (a session belongs to "Đánh
 * giá", a council's pages to "Hội đồng").
 */
@Component({
  selector: 'ocop-reports-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="module-nav reports-nav" [attr.aria-label]="t('eval.nav.label')">
      @for (item of items(); track item.id; let last = $last) {
        <a
          [class]="item.id"
          [href]="item.url"
          [attr.aria-current]="current() === item.id ? 'page' : null"
          (click)="follow($event, item.url)"
          >{{ item.label }}</a
        >
        @if (!last) {
          <span class="separator" aria-hidden="true">|</span>
        }
      }
    </nav>
  `,
  styleUrl: '../../../ocop-common/src/styles/module-nav.css',
})
export class ReportsNav {
  readonly current = input<ReportsNavItem | null>(null);
  protected readonly t = inject(Translator).t;
  private readonly host = inject(OcopHost);

  protected readonly items = computed(() => {
    const base = reportsBase(this.host);
    return [
      { id: 'home', url: base, label: this.t('eval.nav.home') },
      { id: 'dashboard', url: `${base}/dashboard`, label: this.t('dash.nav') },
      { id: 'periodic', url: `${base}/periodic`, label: this.t('rep.nav.periodic') },
      {
        id: 'evaluation-results',
        url: `${base}/evaluation-results`,
        label: this.t('rep.nav.evaluationResults'),
      },
      { id: 'councils', url: `${base}/councils`, label: this.t('eval.nav.councils') },
      { id: 'certificates', url: `${base}/certificates`, label: this.t('eval.nav.certificates') },
    ] as const;
  });

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
