import type { DashboardCount, DashboardTaskUnit } from '../dashboard/dashboard';
import type { Stars } from '../evaluation/stars';

/**
 * The period of a report of the standing unit (seed plan §III.3): a quarter, or the whole year for the
 * year-end report (quarter null). Figures are counted from 01/01 of the year to the period's last day.
 */
export interface ReportPeriod {
  year: number;
  quarter: 1 | 2 | 3 | 4 | null;
}

/** One target of the plan against what its tasks achieved by the end of the period. */
export interface ReportTargetRow {
  code: string;
  title: string;
  indicator: string;
  quantity: number;
  measure: string;
  /** 'yyyy-Qn' or null, as the plan dates it. */
  dueQuarter: string | null;
  /** Tasks serving the target that count (not cancelled) and how many of them are accepted. */
  tasksCounted: number;
  tasksAccepted: number;
  /** Mean accepted percentage of those tasks, one decimal (the plan roll-up rule of @ocop/domain). */
  acceptedPercent: number;
}

/** One product evaluated in the period: what the council and the province decided. */
export interface ReportEvaluationRow {
  product: string;
  producer: string;
  commune: string;
  /** The session's rounded mean; null when the dossier was not scored in a closed session in the period. */
  score: number | null;
  stars: Stars | null;
  /** The certification decision and certificate, when the province has recorded them. */
  decisionNumber: string | null;
  certifiedOn: string | null;
  expiresOn: string | null;
}

/**
 * The numbers of a periodic report, computed from live data for a period and frozen when issued. Every table
 * is an aggregate of the API (never rows the browser adds up).
 */
export interface PeriodicReportFigures {
  /** The standing unit's district (or the province, code of 2 digits) and its name on the period's last day. */
  unit: { code: string; name: string; level: 'district' | 'province' };
  period: ReportPeriod;
  /** 'yyyy-MM-dd': first day of the year and last day of the period. */
  from: string;
  to: string;
  /** The unit's plan of that year (the newest issued one), or null when it has none. */
  plan: { id: string; number: string | null; title: string; issuedOn: string | null } | null;
  /** Results against each target of the plan (empty without a plan). */
  targets: ReportTargetRow[];
  /** The plan's tasks by lead unit as of the period's last day (done = accepted; overdue by the deadline rule). */
  tasksByUnit: DashboardTaskUnit[];
  /** Dossiers of the round year by workflow state (the dashboard's funnel, zero rows included). */
  dossiersByStage: DashboardCount[];
  /** Products evaluated (session closed) or certified within from..to. */
  evaluations: ReportEvaluationRow[];
  /** Products certified within from..to by stars (1..5 rows, zero rows included). */
  certifiedByStars: DashboardCount[];
}

/** The parts the officer writes; everything else is computed. */
export interface PeriodicReportTexts {
  /** Đánh giá chung — the overall assessment. */
  summary: string;
  /** Khó khăn, vướng mắc. */
  difficulties: string;
  /** Đề xuất, kiến nghị. */
  proposals: string;
}

/** What the document carries besides the figures: its number, place and date, signer and recipients. */
export interface ReportIssue {
  /** Số ký hiệu, e.g. '25/BC-UBND'. */
  number: string;
  /** Địa danh, e.g. 'Văn Quan'. */
  place: string;
  /** 'yyyy-MM-dd'. */
  issuedOn: string;
  /** Quyền hạn, chức vụ: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH'. */
  signerTitle: string;
  signerName: string;
  /** Nơi nhận, one per line. */
  recipients: string[];
}

/** GET /api/reports/periodic?year=&quarter=[&districtCode=]: the live draft. */
export interface PeriodicReportDraft {
  figures: PeriodicReportFigures;
  /** The report title as it will be issued, e.g. 'Báo cáo kết quả thực hiện Chương trình OCOP quý I năm 2020'. */
  title: string;
  /** The issuing body block: parent ('UBND TỈNH LẠNG SƠN' style) and the unit ('UBND HUYỆN VĂN QUAN'). */
  issuingBody: { parent: string; name: string };
  /** Suggested values for the issue form (place = the district's name without its prefix; recipients). */
  suggestedIssue: Omit<ReportIssue, 'number' | 'issuedOn'>;
}

/** POST /api/reports/periodic: issue a version with frozen figures (computed by the API at that moment). */
export interface IssueReportRequest extends ReportPeriod {
  /** Province officer only: which district's report; null/absent = the caller's own unit. */
  districtCode?: string | null;
  texts: PeriodicReportTexts;
  issue: ReportIssue;
}

/** An issued version (GET /api/reports/periodic/issued/:id): never changes once written. */
export interface IssuedReport {
  id: string;
  /** 1, 2, … per unit and period: a corrected report is issued again as a new version. */
  version: number;
  title: string;
  issuingBody: { parent: string; name: string };
  figures: PeriodicReportFigures;
  texts: PeriodicReportTexts;
  issue: ReportIssue;
  issuedBy: { username: string; fullName: string };
  /** ISO instant of the API's clock. */
  issuedAt: string;
}

/** One line of GET /api/reports/periodic/issued?year=[&districtCode=]. */
export type IssuedReportSummary = Pick<IssuedReport, 'id' | 'version' | 'title' | 'issuedBy' | 'issuedAt'> & {
  period: ReportPeriod;
  unitCode: string;
  number: string;
};

export const REPORT_TEXT_MAX = 8000;

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

/** 'quý I năm 2020' or 'năm 2020' (the year-end report). */
export function periodName(period: ReportPeriod): string {
  return period.quarter === null
    ? `năm ${period.year}`
    : `quý ${ROMAN[period.quarter - 1]} năm ${period.year}`;
}

/** The report's title, as the document and the file names carry it. */
export function periodicReportTitle(period: ReportPeriod): string {
  return `Báo cáo kết quả thực hiện Chương trình OCOP ${periodName(period)}`;
}
