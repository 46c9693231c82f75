/**
 * Calendar dates as 'yyyy-MM-dd' strings. Dossier dates are days, not instants: using Date objects would
 * shift them by the time zone, so the arithmetic here works on year/month/day numbers only.
 */

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The date, or null when the text is not a real 'yyyy-MM-dd' date (e.g. 2021-02-29). */
export function parseIsoDate(text: string): CalendarDate | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

export function formatIsoDate(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/** dd/MM/yyyy, the way Vietnamese documents write dates. */
export function formatVietnameseDate(date: CalendarDate): string {
  const [y, m, d] = formatIsoDate(date).split('-');
  return `${d}/${m}/${y}`;
}

/**
 * The same day `months` later; a day that does not exist there falls back to the month's last day
 * (31 Mar + 1 month = 30 Apr; 29 Feb 2020 + 12 months = 28 Feb 2021).
 */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

/** Negative, zero or positive as a is before, equal to or after b. */
export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}
