// Messages of the tasks module: task page (reports, evidence, review, comments), task form, reviews. Registered by the pages that use them
// (registerMessages in messages.ts), so they travel in those pages' lazy chunks; same rules as messages.ts.

export const TASK_DETAIL_VI = {
  'task.title': 'Nhiệm vụ',
};

export const TASK_DETAIL_EN: Record<keyof typeof TASK_DETAIL_VI, string> = {
  'task.title': 'Task',
};

export const TASK_DETAIL_MESSAGES = { vi: TASK_DETAIL_VI, en: TASK_DETAIL_EN };
