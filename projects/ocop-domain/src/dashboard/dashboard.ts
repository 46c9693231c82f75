import type { FieldError } from '../api/api-error';
import { DISTRICT_REGIME_1048 } from '../dossiers/workflow/district-regime';

/** The filters of GET /api/dashboard, as applied after the caller's scope. */
export interface DashboardQuery {
  /** Dossiers of that round year; tasks of the plans of that year. */
  year: number;
  /** Narrows to dossiers whose target quarter is `${year}-Q${n}` and to tasks due in that quarter. */
  quarter: 1 | 2 | 3 | 4 | null;
  /** Province officer only (the others are fixed by their scope); null = the whole province. */
  districtCode: string | null;
  criteriaSet: '1048' | '148' | null;
}

export interface DashboardCount {
  key: string;
  label: string;
  count: number;
}

export interface DashboardStepDays {
  key: string;
  label: string;
  /** Mean calendar days, 1 decimal; null when no dossier has left the state yet. */
  averageDays: number | null;
  count: number;
}

export interface DashboardReturns {
  /** Dossiers returned for supplementation at least once. */
  returned: number;
  /** Dossiers the district decided on: returned or accepted at least once. */
  decided: number;
  /** returned / decided, 0..1 with 4 decimals; null when nothing was decided. */
  rate: number | null;
}

export interface DashboardTaskUnit {
  key: string;
  label: string;
  total: number;
  done: number;
  overdue: number;
}

export type DashboardScopeLevel = 'province' | 'district' | 'department' | 'commune';

export interface Dashboard {
  query: DashboardQuery;
  scope: { level: DashboardScopeLevel; unitName: string };
  /** Dossiers by workflow state in workflow order, zero rows included. */
  funnel: DashboardCount[];
  /** Mean calendar days a dossier stayed in a state before leaving it (from the dossier audit trail). */
  stepDays: DashboardStepDays[];
  /** Dossiers whose state deadline has passed on the business date. */
  overdueDossiers: number;
  returns: DashboardReturns;
  /** Current stars 1..5 and 'none'. */
  productsByStars: DashboardCount[];
  productsByGroup: DashboardCount[];
  productsByCommune: DashboardCount[];
  /** Certificates whose status is 'expiring' on the business date. */
  certificatesExpiringSoon: number;
  /** Plan tasks by lead unit: accepted = done; overdue by the tasks' deadline rule. */
  tasksByUnit: DashboardTaskUnit[];
}

/**
 * The states the funnel and the step durations list, in the order of the district workflow (QĐ 1048, kept by
 * QĐ 148), from the first draft to the final results.
 */
export function dashboardStates(): { id: string; name: string; terminal: boolean }[] {
  return DISTRICT_REGIME_1048.states.map((s) => ({ id: s.id, name: s.name, terminal: s.terminal === true }));
}

/** returned / decided rounded to 4 decimals; null when the district has decided on nothing. */
export function rate(returned: number, decided: number): number | null {
  if (decided <= 0) return null;
  return Math.round((returned / decided) * 10_000) / 10_000;
}

/** Days rounded to 1 decimal, as the dashboard shows them; null stays null. */
export function roundDays(days: number | null): number | null {
  return days === null ? null : Math.round(days * 10) / 10;
}

/** The mean of `durations` (days) to 1 decimal; null for none. */
export function averageDays(durations: readonly number[]): number | null {
  if (durations.length === 0) return null;
  return roundDays(durations.reduce((sum, d) => sum + d, 0) / durations.length);
}

/** Labels of the star classes of productsByStars. */
export const STAR_CLASSES: readonly { key: string; label: string }[] = [
  { key: '1', label: '1 sao' },
  { key: '2', label: '2 sao' },
  { key: '3', label: '3 sao' },
  { key: '4', label: '4 sao' },
  { key: '5', label: '5 sao' },
  { key: 'none', label: 'Chưa có sao' },
];

const QUARTERS = ['1', '2', '3', '4'];
const CRITERIA_SETS = ['1048', '148'];

/** The first day and the last day of a dashboard's period ('yyyy-MM-dd'): the quarter or the whole year. */
export function dashboardPeriod(query: Pick<DashboardQuery, 'year' | 'quarter'>): {
  from: string;
  to: string;
} {
  if (query.quarter === null) return { from: `${query.year}-01-01`, to: `${query.year}-12-31` };
  const firstMonth = (query.quarter - 1) * 3 + 1;
  const lastMonth = firstMonth + 2;
  const lastDay = new Date(Date.UTC(query.year, lastMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return {
    from: `${query.year}-${pad(firstMonth)}-01`,
    to: `${query.year}-${pad(lastMonth)}-${pad(lastDay)}`,
  };
}

function single(raw: Readonly<Record<string, unknown>>, field: string): string | null {
  const value = raw[field];
  if (value === undefined || value === null || value === '') return null;
  return typeof value === 'string' ? value.trim() : String(value as number);
}

/**
 * The dashboard's filters from a query string, the year defaulting to the business year of `today`
 * ('yyyy-MM-dd'). Every problem is reported at once, in Vietnamese.
 */
export function parseDashboardQuery(
  raw: Readonly<Record<string, unknown>>,
  today: string,
): { ok: true; query: DashboardQuery } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const yearText = single(raw, 'year');
  let year = Number(today.slice(0, 4));
  if (yearText !== null) {
    year = Number(yearText);
    if (!/^\d{4}$/.test(yearText) || year < 2018 || year > 2100) {
      errors.push({ field: 'year', code: 'invalid_format', message: 'Năm phải là số từ 2018 đến 2100' });
    }
  }
  const quarterText = single(raw, 'quarter');
  if (quarterText !== null && !QUARTERS.includes(quarterText)) {
    errors.push({ field: 'quarter', code: 'invalid_choice', message: 'Quý phải là 1, 2, 3 hoặc 4' });
  }
  const districtCode = single(raw, 'districtCode');
  if (districtCode !== null && !/^\d{3}$/.test(districtCode)) {
    errors.push({ field: 'districtCode', code: 'invalid_format', message: 'Mã huyện phải gồm 3 chữ số' });
  }
  const criteriaSet = single(raw, 'criteriaSet');
  if (criteriaSet !== null && !CRITERIA_SETS.includes(criteriaSet)) {
    errors.push({
      field: 'criteriaSet',
      code: 'invalid_choice',
      message: 'Bộ tiêu chí phải là 1048 hoặc 148',
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    query: {
      year,
      quarter: quarterText === null ? null : (Number(quarterText) as 1 | 2 | 3 | 4),
      districtCode,
      criteriaSet: criteriaSet as '1048' | '148' | null,
    },
  };
}
