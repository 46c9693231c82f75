import type { FieldError } from '../api/api-error';
import { isIsoDate } from '../dossiers/workflow/workflow-deadline';
import { parseReportPeriod } from './parse-report-period';
import {
  REPORT_TEXT_MAX,
  type IssueReportRequest,
  type PeriodicReportTexts,
  type ReportIssue,
} from './periodic-report';

export const REPORT_NUMBER_MAX = 40;
export const REPORT_RECIPIENTS_MAX = 20;

const TEXT_LABELS: Record<keyof PeriodicReportTexts, string> = {
  summary: 'Đánh giá chung',
  difficulties: 'Khó khăn, vướng mắc',
  proposals: 'Đề xuất, kiến nghị',
};

function record(value: unknown): Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}

function trimmed(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/**
 * The body of POST /api/reports/periodic, checked field by field (every problem at once, in Vietnamese), the
 * same rules for the issue form of the browser and for the API.
 */
export function parseIssueReport(
  raw: Readonly<Record<string, unknown>>,
): { ok: true; request: IssueReportRequest } | { ok: false; errors: FieldError[] } {
  const errors: FieldError[] = [];
  const period = parseReportPeriod(raw);
  if (!period.ok) errors.push(...period.errors);

  const districtCode = raw['districtCode'];
  if (
    districtCode !== undefined &&
    districtCode !== null &&
    !(typeof districtCode === 'string' && /^\d{3}$/.test(districtCode))
  ) {
    errors.push({ field: 'districtCode', code: 'invalid_format', message: 'Mã huyện gồm 3 chữ số' });
  }

  const rawTexts = record(raw['texts']);
  const texts = {} as PeriodicReportTexts;
  for (const key of Object.keys(TEXT_LABELS) as (keyof PeriodicReportTexts)[]) {
    const value = rawTexts[key] ?? '';
    if (typeof value !== 'string') {
      errors.push({
        field: `texts.${key}`,
        code: 'invalid_type',
        message: `${TEXT_LABELS[key]} phải là văn bản`,
      });
    } else if (value.length > REPORT_TEXT_MAX) {
      errors.push({
        field: `texts.${key}`,
        code: 'too_long',
        message: `${TEXT_LABELS[key]} dài tối đa ${REPORT_TEXT_MAX.toLocaleString('vi-VN')} ký tự`,
      });
    }
    texts[key] = typeof value === 'string' ? value.trim() : '';
  }

  const rawIssue = record(raw['issue']);
  const issue: ReportIssue = {
    number: trimmed(rawIssue['number']),
    place: trimmed(rawIssue['place']),
    issuedOn: trimmed(rawIssue['issuedOn']),
    signerTitle: trimmed(rawIssue['signerTitle']),
    signerName: trimmed(rawIssue['signerName']),
    recipients: Array.isArray(rawIssue['recipients']) ? rawIssue['recipients'].map(trimmed) : [],
  };
  const required = (field: keyof ReportIssue, label: string) => {
    if (issue[field] === '')
      errors.push({ field: `issue.${field}`, code: 'required', message: `Vui lòng nhập ${label}` });
  };
  required('number', 'số ký hiệu');
  if (issue.number.length > REPORT_NUMBER_MAX) {
    errors.push({
      field: 'issue.number',
      code: 'too_long',
      message: `Số ký hiệu dài tối đa ${REPORT_NUMBER_MAX} ký tự`,
    });
  } else if (issue.number !== '' && !issue.number.includes('/')) {
    errors.push({ field: 'issue.number', code: 'invalid_format', message: 'Số ký hiệu có dạng 25/BC-UBND' });
  }
  required('place', 'địa danh');
  if (issue.issuedOn === '') {
    required('issuedOn', 'ngày ban hành');
  } else if (!isIsoDate(issue.issuedOn)) {
    errors.push({ field: 'issue.issuedOn', code: 'invalid_format', message: 'Ngày ban hành không hợp lệ' });
  }
  required('signerTitle', 'chức vụ người ký');
  required('signerName', 'họ tên người ký');
  const rawRecipients = rawIssue['recipients'];
  if (!Array.isArray(rawRecipients) || rawRecipients.some((r) => typeof r !== 'string')) {
    errors.push({
      field: 'issue.recipients',
      code: 'invalid_type',
      message: 'Nơi nhận là danh sách, mỗi dòng một nơi',
    });
  } else if (issue.recipients.length === 0) {
    errors.push({
      field: 'issue.recipients',
      code: 'required',
      message: 'Vui lòng nhập ít nhất một nơi nhận',
    });
  } else if (issue.recipients.length > REPORT_RECIPIENTS_MAX) {
    errors.push({
      field: 'issue.recipients',
      code: 'too_long',
      message: `Nhiều nhất ${REPORT_RECIPIENTS_MAX} nơi nhận`,
    });
  } else if (issue.recipients.some((r) => r === '')) {
    errors.push({
      field: 'issue.recipients',
      code: 'required',
      message: 'Nơi nhận không được có dòng trống',
    });
  }

  if (!period.ok || errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    request: {
      ...period.period,
      districtCode: typeof districtCode === 'string' ? districtCode : null,
      texts,
      issue,
    },
  };
}
