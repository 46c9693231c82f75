import type { MinutesRow, SessionSummary } from '../evaluation/session-minutes';
import type { Stars } from '../evaluation/stars';

/** One certified product of the evaluation results report. */
export interface CertifiedProductRow {
  certificateId: string;
  product: string;
  producer: string;
  commune: string;
  district: string;
  productGroup: string;
  criteriaSet: '1048' | '148';
  score: number;
  stars: Stars;
  decisionNumber: string;
  /** 'yyyy-MM-dd'. */
  certifiedOn: string;
  expiresOn: string;
  status: 'valid' | 'expiring' | 'expired' | 'revoked';
}

/**
 * GET /api/reports/evaluation-results?year=[&districtCode=]: the closed council sessions of the year with
 * their summary tables (bảng tổng hợp kết quả) and the products certified in that year.
 */
export interface EvaluationResultsReport {
  year: number;
  scope: { unitName: string; districtCode: string | null };
  sessions: { session: SessionSummary; rows: MinutesRow[] }[];
  certified: CertifiedProductRow[];
  /** certified counted by stars: rows '1'..'5'. */
  certifiedByStars: { key: string; label: string; count: number }[];
}
