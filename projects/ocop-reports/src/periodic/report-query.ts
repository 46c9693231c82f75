import { parseReportPeriod, type ReportPeriod } from '@ocop/domain';

/** A report's period and, for the province officer, the district it is about (null = the caller's scope). */
export interface ReportQuery extends ReportPeriod {
  districtCode: string | null;
}

const DISTRICT_CODE = /^\d{3}$/;

/**
 * The report's period from the page's query string, read by the domain's parser; a value it refuses (a
 * hand-edited link) is dropped, so the page shows its default (the business year, the whole year).
 */
export function reportQueryFromSearch(search: string, today: string): ReportQuery {
  const params = new URLSearchParams(search);
  const raw: Record<string, string> = {};
  for (const name of ['year', 'quarter']) {
    const value = params.get(name);
    if (value !== null) raw[name] = value;
  }
  const businessYear = today.slice(0, 4);
  let parsed = parseReportPeriod({ year: businessYear, ...raw });
  if (!parsed.ok) {
    for (const error of parsed.errors) delete raw[error.field];
    parsed = parseReportPeriod({ year: businessYear, ...raw });
  }
  const period: ReportPeriod = parsed.ok ? parsed.period : { year: Number(businessYear), quarter: null };
  const district = params.get('districtCode');
  return { ...period, districtCode: district && DISTRICT_CODE.test(district) ? district : null };
}

/** The page's query string for `query`: only what is set, in the order the API takes it. */
export function reportQueryToSearch(query: ReportQuery): string {
  const params = new URLSearchParams({ year: String(query.year) });
  if (query.quarter !== null) params.set('quarter', String(query.quarter));
  if (query.districtCode !== null) params.set('districtCode', query.districtCode);
  return `?${params.toString()}`;
}

export function sameReportQuery(a: ReportQuery, b: ReportQuery): boolean {
  return a.year === b.year && a.quarter === b.quarter && a.districtCode === b.districtCode;
}

/** The years offered: from the first OCOP year (2018) to the business year, newest first. */
export function reportYears(today: string, shown: number): number[] {
  const last = Math.max(Number(today.slice(0, 4)), shown);
  const years: number[] = [];
  for (let year = last; year >= 2018; year--) years.push(year);
  return years;
}
