/**
 * Text helpers for Vietnamese input. People type names with or without diacritics, in NFC or NFD (macOS
 * keyboards and some PDFs produce NFD), and with stray spaces; storage and comparison must not depend on that.
 */

const INNER_WHITESPACE = /\s+/g;
const COMBINING_MARKS = /\p{M}/gu;
const D_WITH_STROKE = /[đĐ]/g;

/** The form we store: NFC, no leading/trailing whitespace, single spaces inside. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(INNER_WHITESPACE, ' ').trim();
}

/**
 * A diacritic-insensitive, lower-case key, so "huu le" finds "Hữu Lễ".
 * đ has no Unicode decomposition (it is a letter of its own, not d + mark), hence the explicit mapping.
 */
export function foldForSearch(s: string): string {
  return normalizeText(s)
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_WITH_STROKE, 'd')
    .toLowerCase();
}

/** The folded words of a query; empty when the query has none (an empty query matches everything). */
export function searchTokens(query: string): string[] {
  const folded = foldForSearch(query);
  return folded === '' ? [] : folded.split(' ');
}

/**
 * True when every word of the query occurs in the haystack, ignoring case and diacritics, in any order
 * ("le huu" finds "Hữu Lễ" too). The API's SQL search applies the same rule to the stored folded text.
 */
export function matchesSearch(haystack: string, query: string): boolean {
  const folded = foldForSearch(haystack);
  return searchTokens(query).every((token) => folded.includes(token));
}
