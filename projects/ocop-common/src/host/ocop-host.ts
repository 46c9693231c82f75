import { Signal } from '@angular/core';
import { OcopAuth } from './ocop-auth';

export type OcopLocale = 'vi' | 'en';

/**
 * What the page gave an OCOP element: the root component of each element implements this with its
 * inputs and provides itself under this token, so the inputs stay the one source of truth.
 */
export abstract class OcopHost {
  abstract readonly auth: Signal<OcopAuth | undefined>;
  abstract readonly apiBaseUrl: Signal<string>;
  /** Where OCOP lives in the portal's URL space, e.g. `/ocop`. */
  abstract readonly basePath: Signal<string>;
  abstract readonly locale: Signal<OcopLocale>;
}

/**
 * The portal's `locale` prop as one of ours. Portals write it in several ways ("en", "en-GB", "EN", "vi-VN");
 * English for any English tag, Vietnamese (the default) for everything else, missing values included.
 */
export function toOcopLocale(value: unknown): OcopLocale {
  return typeof value === 'string' && /^en(?:[-_]|$)/i.test(value.trim()) ? 'en' : 'vi';
}
