import type {
  FieldError,
  IssueReportRequest,
  PeriodicReportDraft,
  PeriodicReportTexts,
  ReportPeriod,
} from '@ocop/domain';
import { dayText, parseDayText } from '../../shared/day-text';
import type { ReportQuery } from '../report-query';

/** What the officer writes on the periodic report page: the three texts and the issue block, as typed. */
export interface ReportFormValue extends PeriodicReportTexts {
  number: string;
  place: string;
  /** dd/MM/yyyy as typed. */
  issuedOn: string;
  signerTitle: string;
  signerName: string;
  /** One recipient per line. */
  recipients: string;
}

export type ReportField = keyof ReportFormValue;

export const REPORT_FIELDS: readonly ReportField[] = [
  'summary',
  'difficulties',
  'proposals',
  'number',
  'place',
  'issuedOn',
  'signerTitle',
  'signerName',
  'recipients',
];

/** The form for a draft nobody has written yet: empty texts, the API's suggestions, today's date. */
export function suggestedForm(draft: PeriodicReportDraft, today: string): ReportFormValue {
  return {
    summary: '',
    difficulties: '',
    proposals: '',
    number: '',
    place: draft.suggestedIssue.place,
    issuedOn: dayText(today),
    signerTitle: draft.suggestedIssue.signerTitle,
    signerName: draft.suggestedIssue.signerName,
    recipients: draft.suggestedIssue.recipients.join('\n'),
  };
}

/** A draft kept in the browser, if it still has the form's shape (a stale one is ignored). */
export function restoredForm(saved: unknown, fallback: ReportFormValue): ReportFormValue | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const value = { ...fallback };
  let any = false;
  for (const field of REPORT_FIELDS) {
    const text = (saved as Record<string, unknown>)[field];
    if (typeof text === 'string') {
      value[field] = text;
      any = true;
    }
  }
  return any ? value : null;
}

/** The browser draft's name: one per unit and period, so two reports never share their texts. */
export function reportDraftKey(unitCode: string, period: ReportPeriod): string {
  return `reports:periodic:${unitCode}:${period.year}:${period.quarter ?? 'year'}`;
}

/** The three texts alone (the draft export sends them with the period). */
export function reportTexts(value: ReportFormValue): PeriodicReportTexts {
  return { summary: value.summary, difficulties: value.difficulties, proposals: value.proposals };
}

/** POST /api/reports/periodic for the form; null when the date is not a real dd/MM/yyyy day. */
export function issueRequest(query: ReportQuery, value: ReportFormValue): IssueReportRequest | null {
  const issuedOn = parseDayText(value.issuedOn);
  if (issuedOn === null) return null;
  return {
    year: query.year,
    quarter: query.quarter,
    districtCode: query.districtCode,
    texts: reportTexts(value),
    issue: {
      number: value.number.trim(),
      place: value.place.trim(),
      issuedOn,
      signerTitle: value.signerTitle.trim(),
      signerName: value.signerName.trim(),
      recipients: value.recipients
        .split('\n')
        .map((line) => line.trim())
        .filter((line) => line !== ''),
    },
  };
}

/**
 * The form field an API error is about ('issue.number', 'texts.summary', 'issue.recipients.2' …), or null
 * when the form has no place for it.
 */
export function fieldOfError(error: FieldError): ReportField | null {
  const parts = error.field.split('.');
  for (let i = parts.length - 1; i >= 0; i--) {
    const part = parts[i] as ReportField;
    if (REPORT_FIELDS.includes(part)) return part;
  }
  return null;
}
