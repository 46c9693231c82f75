const DAY_TEXT = /^\s*(\d{1,2})\s*\/\s*(\d{1,2})\s*\/\s*(\d{4})\s*$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

const two = (n: number): string => String(n).padStart(2, '0');

/**
 * A day typed the Vietnamese way ("15/01/2021", "5/1/2021") as 'yyyy-MM-dd'; null when it is not a real day
 * (31/04, 29/02 of a common year). Checked in UTC, so no time zone can move the day.
 */
export function parseDayText(text: string): string | null {
  const match = DAY_TEXT.exec(text);
  if (!match) return null;
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real ? `${year}-${two(month)}-${two(day)}` : null;
}

/** 'yyyy-MM-dd' as dd/MM/yyyy, the way Vietnamese documents write days; '' for null. */
export function dayText(iso: string | null | undefined): string {
  const match = iso ? ISO_DAY.exec(iso) : null;
  return match ? `${match[3]}/${match[2]}/${match[1]}` : '';
}
