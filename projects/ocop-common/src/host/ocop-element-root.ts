import { Directive, input } from '@angular/core';
import { OcopAuth } from './ocop-auth';
import { OcopHost, OcopLocale, toOcopLocale } from './ocop-host';

/**
 * Base of every element's root component: the element properties a page sets (brief §3). Each root
 * provides itself as the OcopHost with provideOcopElement(), and sets `[attr.lang]="locale()"` on its
 * `.ocop-root` wrapper so screen readers switch voice with the text.
 */
@Directive()
export abstract class OcopElementRoot implements OcopHost {
  readonly auth = input<OcopAuth>();
  readonly apiBaseUrl = input('/api');
  readonly basePath = input('/ocop');
  /** Vietnamese unless the page says English; a change re-renders the element in place (no reload). */
  readonly locale = input<OcopLocale, unknown>('vi', { transform: toOcopLocale });
}
