import { type DashboardQuery, parseDashboardQuery } from '@ocop/domain';
import type { DashboardParams } from '../api/dashboard-api';

/** The first year OCOP rounds exist for (the domain refuses earlier ones). */
export const FIRST_YEAR = 2018;

/**
 * The dashboard's filters from the page's query string, read by the domain's parser; a value it refuses (a
 * hand-edited link) is dropped, so the page shows its default (the business year, the whole year, all).
 */
export function dashboardQueryFromSearch(search: string, today: string): DashboardQuery {
  const raw: Record<string, string> = {};
  for (const [name, value] of new URLSearchParams(search)) {
    if (['year', 'quarter', 'districtCode', 'criteriaSet'].includes(name)) raw[name] = value;
  }
  const parsed = parseDashboardQuery(raw, today);
  if (parsed.ok) return parsed.query;
  for (const error of parsed.errors) delete raw[error.field];
  const again = parseDashboardQuery(raw, today);
  return again.ok
    ? again.query
    : { year: Number(today.slice(0, 4)), quarter: null, districtCode: null, criteriaSet: null };
}

/** GET /api/dashboard parameters: only what is set. */
export function toDashboardParams(query: DashboardQuery): DashboardParams {
  const params: DashboardParams = { year: query.year };
  if (query.quarter !== null) params.quarter = query.quarter;
  if (query.districtCode !== null) params.districtCode = query.districtCode;
  if (query.criteriaSet !== null) params.criteriaSet = query.criteriaSet;
  return params;
}

/** The page's query string for `query` (the parameters the API gets, in the same order). */
export function dashboardQueryToSearch(query: DashboardQuery): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(toDashboardParams(query))) params.set(name, String(value));
  return `?${params.toString()}`;
}

export function sameDashboardQuery(a: DashboardQuery, b: DashboardQuery): boolean {
  return (
    a.year === b.year &&
    a.quarter === b.quarter &&
    a.districtCode === b.districtCode &&
    a.criteriaSet === b.criteriaSet
  );
}

/** The years the filter offers: from the first OCOP year to the business year, newest first. */
export function dashboardYears(today: string, shown: number): number[] {
  const last = Math.max(Number(today.slice(0, 4)), shown);
  const years: number[] = [];
  for (let year = last; year >= FIRST_YEAR; year--) years.push(year);
  return years;
}
