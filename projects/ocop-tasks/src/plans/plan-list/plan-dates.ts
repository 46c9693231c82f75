/** 'yyyy-MM-dd' as dd/MM/yyyy, without going through a Date (no time zone can move the day); '' otherwise. */
export function dayText(day: string | null | undefined): string {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}

/** "ngày 15 tháng 01 năm 2020" parts of a 'yyyy-MM-dd' day; null when it is not one. */
export function dayParts(
  day: string | null | undefined,
): { day: string; month: string; year: string } | null {
  const match = day ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(day) : null;
  return match ? { day: match[3]!, month: match[2]!, year: match[1]! } : null;
}

const ROMAN = ['I', 'II', 'III', 'IV'];

type PeriodText = (key: 'plans.quarter' | 'plans.year', params: Record<string, string | number>) => string;

/**
 * A period or quarter for people: '2020-Q3' → "Quý III/2020" (en "Q3 2020"), '2020' → "Năm 2020"; anything
 * else as it is. `text` is the caller's message lookup, so the screens and the export say it alike.
 */
export function periodText(period: string, text: PeriodText): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) {
    const n = Number(quarter[2]);
    return text('plans.quarter', { roman: ROMAN[n - 1]!, n, year: quarter[1]! });
  }
  return /^\d{4}$/.test(period) ? text('plans.year', { year: period }) : period;
}
