import type { FieldError } from '../api/api-error';
import type { ReportPeriod } from './periodic-report';

/** 'yyyy-MM-dd' first day of the year and last day of the period (the quarter's or 31/12). */
export function reportPeriodRange(period: ReportPeriod): { from: string; to: string } {
  const lastMonth = period.quarter === null ? 12 : period.quarter * 3;
  const lastDay = new Date(Date.UTC(period.year, lastMonth, 0)).getUTCDate();
  return {
    from: `${period.year}-01-01`,
    to: `${period.year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`,
  };
}

function text(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  return String(value as string | number).trim();
}

/** year (2018..2100) and quarter (1..4, absent = year-end) from a query or body; Vietnamese errors. */
export function parseReportPeriod(
  raw: Readonly<Record<string, unknown>>,
): { ok: true; period: ReportPeriod } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const yearText = text(raw['year']);
  const year = Number(yearText);
  if (yearText === null || !/^\d{4}$/.test(yearText) || year < 2018 || year > 2100) {
    errors.push({ field: 'year', code: 'invalid_format', message: 'Năm phải là số từ 2018 đến 2100' });
  }
  const quarterText = text(raw['quarter']);
  if (quarterText !== null && !['1', '2', '3', '4'].includes(quarterText)) {
    errors.push({
      field: 'quarter',
      code: 'invalid_choice',
      message: 'Quý phải là 1, 2, 3 hoặc 4 (để trống: cả năm)',
    });
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    period: { year, quarter: quarterText === null ? null : (Number(quarterText) as 1 | 2 | 3 | 4) },
  };
}
