import { OcopLocale } from '../host/ocop-host';

/**
 * Pure formatting of dates and numbers for OCOP screens. Components use them through the Translator,
 * whose methods read the element's locale signal, so a locale switch re-renders every formatted value.
 */

const two = (n: number): string => String(n).padStart(2, '0');

function toDate(value: string | number | Date): Date | null {
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * dd/MM/yyyy in the user's time zone; '' for a value that is not a date. Deliberately the same in both
 * languages: dd/MM/yyyy is how Vietnamese administrations write dates, and an English-speaking user works on
 * the same Vietnamese dossiers and decisions, so the English screens keep it (never MM/dd/yyyy).
 */
export function formatDate(value: string | number | Date): string {
  const d = toDate(value);
  return d ? `${two(d.getDate())}/${two(d.getMonth() + 1)}/${d.getFullYear()}` : '';
}

/** dd/MM/yyyy HH:mm (24-hour clock) in the user's time zone, in both languages (see formatDate); '' if invalid. */
export function formatDateTime(value: string | number | Date): string {
  const d = toDate(value);
  return d ? `${formatDate(d)} ${two(d.getHours())}:${two(d.getMinutes())}` : '';
}

/** The BCP 47 tag whose number and plural rules a locale uses: '1.234,5' (vi-VN) and '1,234.5' (en-GB). */
export function intlLocale(locale: OcopLocale): string {
  return locale === 'en' ? 'en-GB' : 'vi-VN';
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * A number as the locale writes it: vi '1.234,5' (dot groups, comma decimals), en '1,234.5'. Up to three
 * decimals unless `options` say otherwise.
 */
export function formatNumber(
  value: number,
  locale: OcopLocale,
  options: Intl.NumberFormatOptions = {},
): string {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), options);
    numberFormats.set(key, format);
  }
  return format.format(value);
}

const pluralRules = new Map<OcopLocale, Intl.PluralRules>();

/**
 * Which message form a count takes: English has "one" (1 product) and "other" (0 or 2 products);
 * Vietnamese nouns do not inflect, so it is always "other" there.
 */
export function pluralForm(count: number, locale: OcopLocale): 'one' | 'other' {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(intlLocale(locale));
    pluralRules.set(locale, rules);
  }
  return rules.select(count) === 'one' ? 'one' : 'other';
}
