import { PlanDetail, quarterOf, TaskSummary, taskUnitKey } from '@ocop/domain';

export type Quarter = 1 | 2 | 3 | 4;
export const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

export type TimelineGrouping = 'section' | 'unit';

export interface TimelineRow {
  task: TaskSummary;
  /** The quarter of the plan's year the task is due in; null when it has no date (it spans the year). */
  quarter: Quarter | null;
}

export interface TimelineGroup {
  key: string;
  /** The section's number and title, or the lead unit's name. */
  label: string;
  rows: TimelineRow[];
}

/**
 * The quarter of `year` a task falls in, by its due day (a dated task, a quarter's last day, an occurrence's
 * period end); null for a task without one. A day outside the year (a plan's year never holds one, but a task
 * kept from an older plan might) is shown at the year's nearer end.
 */
export function quarterIn(task: Pick<TaskSummary, 'due'>, year: number): Quarter | null {
  if (!task.due) return null;
  const quarter = quarterOf(task.due);
  const dueYear = Number(quarter.slice(0, 4));
  if (dueYear < year) return 1;
  if (dueYear > year) return 4;
  return Number(quarter.slice(-1)) as Quarter;
}

/**
 * The timeline's row groups: by the plan's sections in document order (tasks of a section the plan no longer
 * lists come after, under their code), or by lead unit in the order the plan first names them. Within a group
 * the tasks keep the API's order (section, position, period).
 */
export function timelineGroups(
  plan: Pick<PlanDetail, 'year' | 'sections'>,
  tasks: readonly TaskSummary[],
  by: TimelineGrouping,
): TimelineGroup[] {
  const groups = new Map<string, TimelineGroup>();
  if (by === 'section') {
    for (const section of plan.sections) {
      groups.set(section.code, { key: section.code, label: `${section.code}. ${section.title}`, rows: [] });
    }
  }
  for (const task of tasks) {
    const key = by === 'section' ? task.sectionCode : taskUnitKey(task.lead);
    let group = groups.get(key);
    if (!group) {
      group = { key, label: by === 'section' ? task.sectionCode : task.lead.name, rows: [] };
      groups.set(key, group);
    }
    group.rows.push({ task, quarter: quarterIn(task, plan.year) });
  }
  return [...groups.values()].filter((group) => group.rows.length > 0);
}
