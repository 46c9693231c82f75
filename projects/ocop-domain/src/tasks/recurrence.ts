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
  throw new Error('implemented by the domain helper');
}

/** The quarter a day falls in: '2020-03-31' → '2020-Q1', '2020-04-01' → '2020-Q2'. */
export function quarterOf(day: string): string {
  throw new Error('implemented by the domain helper');
}

/** The same period a year later, for copying a plan: '2020-Q4' → '2021-Q4', '2020' → '2021'. */
export function nextYearPeriod(period: string): string {
  throw new Error('implemented by the domain helper');
}

/** The same day a year later ('2020-02-29' → '2021-02-28'), for copying a plan's dated tasks. */
export function nextYearDay(day: string): string {
  throw new Error('implemented by the domain helper');
}
