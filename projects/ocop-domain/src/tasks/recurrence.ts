import { quarterEnd } from '../dossiers/dossier';
import { isIsoDate } from '../dossiers/workflow/workflow-deadline';
import type { Recurrence } from './task';

/** One occurrence of a recurring task: its period and the day it is due. */
export interface Occurrence {
  /** 'yyyy-Qn' for a quarterly task, 'yyyy' for a yearly one. */
  period: string;
  /** 'yyyy-MM-dd': the last day of the period. */
  due: string;
}

/**
 * The occurrences a recurring task of `year` creates: Q1…Q4 for 'quarterly' (only the quarters that have not
 * ended on `from`, when given — a series added in August starts with Q3), the year for 'yearly', none for
 * 'once'.
 */
export function occurrencesOf(recurrence: Recurrence, year: number, from?: string): Occurrence[] {
  if (!Number.isInteger(year)) throw new RangeError(`Năm không hợp lệ: ${year}`);
  const all: Occurrence[] =
    recurrence === 'quarterly'
      ? [1, 2, 3, 4].map((q) => {
          const period = `${year}-Q${q}`;
          return { period, due: quarterEnd(period) };
        })
      : recurrence === 'yearly'
        ? [{ period: String(year), due: `${year}-12-31` }]
        : [];
  // ISO dates compare as text; a period ending on `from` itself has not ended yet.
  return from === undefined ? all : all.filter((o) => o.due >= from);
}

/** The quarter a day falls in: '2020-03-31' → '2020-Q1', '2020-04-01' → '2020-Q2'. */
export function quarterOf(day: string): string {
  if (!isIsoDate(day)) throw new RangeError(`Ngày không hợp lệ (cần dạng yyyy-MM-dd): ${day}`);
  const month = Number(day.slice(5, 7));
  return `${day.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
}

/** The same period a year later, for copying a plan: '2020-Q4' → '2021-Q4', '2020' → '2021'. */
export function nextYearPeriod(period: string): string {
  const match = /^(\d{4})(-Q[1-4])?$/.exec(period);
  if (!match) throw new RangeError(`Kỳ không hợp lệ (cần dạng yyyy hoặc yyyy-Qn): ${period}`);
  return `${Number(match[1]) + 1}${match[2] ?? ''}`;
}

/** The same day a year later ('2020-02-29' → '2021-02-28'), for copying a plan's dated tasks. */
export function nextYearDay(day: string): string {
  if (!isIsoDate(day)) throw new RangeError(`Ngày không hợp lệ (cần dạng yyyy-MM-dd): ${day}`);
  const next = `${Number(day.slice(0, 4)) + 1}${day.slice(4)}`;
  // 29 February has no twin in a common year: the month's last day stands in for it.
  return isIsoDate(next) ? next : `${next.slice(0, 8)}28`;
}
