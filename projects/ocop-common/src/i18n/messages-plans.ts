// Messages of the tasks module: plan list, plan form and copy, timeline by quarter, printable view, XLSX export. Registered by the pages that use them
// (registerMessages in messages.ts), so they travel in those pages' lazy chunks; same rules as messages.ts.

export const PLANS_VI = {
  'plans.title': 'Kế hoạch OCOP',
};

export const PLANS_EN: Record<keyof typeof PLANS_VI, string> = {
  'plans.title': 'OCOP plans',
};

export const PLANS_MESSAGES = { vi: PLANS_VI, en: PLANS_EN };
