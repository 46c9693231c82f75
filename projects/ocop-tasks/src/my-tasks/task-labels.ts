import { Translator } from '@ocop/common';
import { formatQuarter, TaskSummary } from '@ocop/domain';

/** 'yyyy-MM-dd' as 'dd/MM/yyyy', read as a calendar day (no time zone can move it); other text as it is. */
export function calendarDayText(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** When the task is due, as the plan gives it: a day (dd/MM/yyyy) or a quarter ("Quý III/2020"); null if neither. */
export function dueText(task: Pick<TaskSummary, 'dueDate' | 'dueQuarter'>): string | null {
  if (task.dueDate) return calendarDayText(task.dueDate);
  if (task.dueQuarter) return formatQuarter(task.dueQuarter);
  return null;
}

/** An occurrence's period as officials write it: '2020-Q2' → 'Quý II/2020', '2020' stays '2020'. */
export function periodText(period: string): string {
  return formatQuarter(period);
}

/** A percentage the locale's way: '50 %', '16,7 %' (vi), '16.7%' (en). */
export function percentText(value: number, i18n: Translator): string {
  return i18n.t('tasks.percent', { value: i18n.number(value, { maximumFractionDigits: 1 }) });
}
