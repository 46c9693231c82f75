import { Directive, input } from '@angular/core';
import { OcopAuth } from './ocop-auth';
import { OcopHost, OcopLocale } from './ocop-host';

/**
 * Base of every element's root component: the element properties a page sets (brief §3). Each root
 * provides itself as the OcopHost with provideOcopElement().
 */
@Directive()
export abstract class OcopElementRoot implements OcopHost {
  readonly auth = input<OcopAuth>();
  readonly apiBaseUrl = input('/api');
  readonly basePath = input('/ocop');
  readonly locale = input<OcopLocale>('vi');
}
