/**
 * Deadlines are counted in calendar days on ISO dates ('yyyy-MM-dd'). Working days would need the official
 * holiday calendar (Tết, compensatory days off announced each year), which is not data we hold; calendar days
 * are what a user can check on a wall calendar. Dates carry no time zone: "today" is the caller's Vietnamese
 * date, so no UTC/ICT shift can move a deadline by a day.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Whether the text is a real calendar date written as 'yyyy-MM-dd' (rejects 2025-02-30). */
export function isIsoDate(value: string): boolean {
  return toUtcMs(value) !== null;
}

/** The date `days` calendar days after `start` (e.g. dueDate('2025-01-28', 14) = '2025-02-11'). */
export function dueDate(start: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`Số ngày không hợp lệ: ${days}`);
  return fromUtcMs(requireUtcMs(start) + days * DAY_MS);
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((requireUtcMs(to) - requireUtcMs(from)) / DAY_MS);
}

/** Overdue only once the due day has passed: the due day itself is still in time. */
export function isOverdue(due: string, today: string): boolean {
  return daysBetween(due, today) > 0;
}

/** Not yet overdue, and due within `withinDays` days (today counts: due today is due soon). */
export function isDueSoon(due: string, today: string, withinDays = 7): boolean {
  const left = daysBetween(today, due);
  return left >= 0 && left <= withinDays;
}

function toUtcMs(value: string): number | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const ms = Date.UTC(year, month - 1, day);
  const back = new Date(ms);
  // Date.UTC rolls 2025-02-30 over to March; a real date survives the round trip unchanged.
  if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) {
    return null;
  }
  return ms;
}

function requireUtcMs(value: string): number {
  const ms = toUtcMs(value);
  if (ms === null) throw new RangeError(`Ngày không hợp lệ (cần dạng yyyy-MM-dd): ${value}`);
  return ms;
}

function fromUtcMs(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}
