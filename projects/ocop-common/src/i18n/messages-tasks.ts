// Messages of the tasks module: my-tasks page, plan page (grouped list, filters, search, roll-ups, counts per unit), module navigation, task statuses. Registered by the pages that use them
// (registerMessages in messages.ts), so they travel in those pages' lazy chunks; same rules as messages.ts.

export const TASKS_VI = {
  'tasks.nav.mine': 'Việc của đơn vị tôi',
};

export const TASKS_EN: Record<keyof typeof TASKS_VI, string> = {
  'tasks.nav.mine': 'My unit’s tasks',
};

export const TASKS_MESSAGES = { vi: TASKS_VI, en: TASKS_EN };
