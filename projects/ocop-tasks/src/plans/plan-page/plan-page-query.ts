import { parseTaskUnitKey, TASK_STATUSES, TaskQuery, TaskStatus } from '@ocop/domain';

/** The longest search the page sends as `q`. */
export const MAX_SEARCH_LENGTH = 200;

/** A district plan fits in one page of GET …/tasks (the API's maximum). */
export const TASKS_LIMIT = 500;

export const TASK_FLAGS = ['overdue', 'due-soon'] as const;
export type TaskFlag = (typeof TASK_FLAGS)[number];

export const GROUPINGS = ['section', 'unit'] as const;
export type Grouping = (typeof GROUPINGS)[number];

/**
 * What the plan page's task list shows, as the page keeps it in its URL (so going back from a task, or a
 * reload, finds the same list). '' means "all"; `group` only arranges the list, it is not sent to the API.
 */
export interface PlanTaskQuery {
  q: string;
  /** A task unit key ('department:TTYT'). */
  unit: string;
  status: '' | TaskStatus;
  flag: '' | TaskFlag;
  /** 'yyyy-Qn'. */
  quarter: string;
  group: Grouping;
}

export type PlanTaskFilter = 'unit' | 'status' | 'flag' | 'quarter';

export const DEFAULT_QUERY: PlanTaskQuery = {
  q: '',
  unit: '',
  status: '',
  flag: '',
  quarter: '',
  group: 'section',
};

// Short names in the URL; the page's own state, not the API's parameters.
const KEYS = {
  q: 'q',
  unit: 'unit',
  status: 'status',
  flag: 'flag',
  quarter: 'quarter',
  group: 'by',
} as const satisfies Record<keyof PlanTaskQuery, string>;

const QUARTER = /^\d{4}-Q[1-4]$/;

/**
 * The list's state from a query string. Anything unknown or malformed (a hand-edited link) falls back to its
 * default instead of asking the API for something it would refuse.
 */
export function parsePlanTaskQuery(search: string): PlanTaskQuery {
  const params = new URLSearchParams(search);
  const get = (key: keyof PlanTaskQuery): string => params.get(KEYS[key]) ?? '';
  const pick = <T extends string>(value: string, allowed: readonly T[], fallback: T): T =>
    (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
  const unit = get('unit');
  const quarter = get('quarter');
  return {
    q: get('q').normalize('NFC').trim().slice(0, MAX_SEARCH_LENGTH),
    unit: parseTaskUnitKey(unit) ? unit : '',
    status: pick<'' | TaskStatus>(get('status'), TASK_STATUSES, ''),
    flag: pick<'' | TaskFlag>(get('flag'), TASK_FLAGS, ''),
    quarter: QUARTER.test(quarter) ? quarter : '',
    group: pick(get('group'), GROUPINGS, DEFAULT_QUERY.group),
  };
}

/** The query string of the list's state ('' for the default list): only what differs from the defaults. */
export function planTaskQueryToSearch(query: PlanTaskQuery): string {
  const params = new URLSearchParams();
  for (const key of ['q', 'unit', 'status', 'flag', 'quarter'] as const) {
    if (query[key] !== '') params.set(KEYS[key], query[key]);
  }
  if (query.group !== DEFAULT_QUERY.group) params.set(KEYS.group, query.group);
  const search = params.toString();
  return search === '' ? '' : `?${search}`;
}

export function samePlanTaskQuery(a: PlanTaskQuery, b: PlanTaskQuery): boolean {
  return (Object.keys(KEYS) as (keyof PlanTaskQuery)[]).every((key) => a[key] === b[key]);
}

/** Whether the API would be asked the same (a new grouping is arranged in the page, not fetched). */
export function sameApiQuery(a: PlanTaskQuery, b: PlanTaskQuery): boolean {
  return samePlanTaskQuery({ ...a, group: b.group }, b);
}

/** GET /api/tasks/plans/:planId/tasks parameters. */
export function toTaskQuery(query: PlanTaskQuery): TaskQuery {
  return {
    q: query.q || undefined,
    unit: query.unit || undefined,
    status: query.status || undefined,
    flag: query.flag || undefined,
    quarter: query.quarter || undefined,
    limit: TASKS_LIMIT,
  };
}

/** Whether a search or filter narrows the list (then an empty list means "no match", not "none yet"). */
export function isFiltered(query: PlanTaskQuery): boolean {
  return (
    query.q !== '' || query.unit !== '' || query.status !== '' || query.flag !== '' || query.quarter !== ''
  );
}
