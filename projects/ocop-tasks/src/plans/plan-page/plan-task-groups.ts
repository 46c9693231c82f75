import { PlanSection, TASK_UNIT_KINDS, TaskSummary, TaskUnit, taskUnitKey } from '@ocop/domain';

/** A heading of the plan page's task list and its tasks, in the API's order. */
export interface TaskGroup {
  /** A section code ('III.7') or a unit key ('department:TTYT'). */
  key: string;
  title: string;
  /** For a section: its code, shown before the title. */
  code: string | null;
  /** For a unit: what kind it is. */
  unit: TaskUnit | null;
  tasks: TaskSummary[];
}

/**
 * Tasks under the plan's sections, in the document's order; a task of a section the plan no longer lists
 * comes last, under its code. Sections without a (matching) task are left out.
 */
export function groupBySection(
  tasks: readonly TaskSummary[],
  sections: readonly PlanSection[],
  otherTitle: (code: string) => string,
): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const section of sections) {
    groups.set(section.code, {
      key: section.code,
      title: section.title,
      code: section.code,
      unit: null,
      tasks: [],
    });
  }
  for (const task of tasks) {
    let group = groups.get(task.sectionCode);
    if (!group) {
      group = {
        key: task.sectionCode,
        title: otherTitle(task.sectionCode),
        code: null,
        unit: null,
        tasks: [],
      };
      groups.set(task.sectionCode, group);
    }
    group.tasks.push(task);
  }
  return [...groups.values()].filter((group) => group.tasks.length > 0);
}

/**
 * Tasks under their lead unit: departments first, then communes, then producers (the plan's own order of
 * actors), each kind by name as Vietnamese sorts it.
 */
export function groupByUnit(tasks: readonly TaskSummary[]): TaskGroup[] {
  const groups = new Map<string, TaskGroup>();
  for (const task of tasks) {
    const key = taskUnitKey(task.lead);
    let group = groups.get(key);
    if (!group) {
      group = { key, title: task.lead.name, code: null, unit: task.lead, tasks: [] };
      groups.set(key, group);
    }
    group.tasks.push(task);
  }
  const kindOrder = (group: TaskGroup): number => TASK_UNIT_KINDS.indexOf(group.unit!.kind);
  return [...groups.values()].sort(
    (a, b) => kindOrder(a) - kindOrder(b) || a.title.localeCompare(b.title, 'vi'),
  );
}
