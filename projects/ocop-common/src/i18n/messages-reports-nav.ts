// The names of the report pages' links in the reports module's navigation (loaded with every page that shows
// it). Same rules as messages.ts.

export const REPORTS_NAV_VI = {
  'rep.nav.periodic': 'Báo cáo định kỳ',
  'rep.nav.evaluationResults': 'Kết quả đánh giá',
};

export const REPORTS_NAV_EN: Record<keyof typeof REPORTS_NAV_VI, string> = {
  'rep.nav.periodic': 'Periodic report',
  'rep.nav.evaluationResults': 'Evaluation results',
};

export const REPORTS_NAV_MESSAGES = { vi: REPORTS_NAV_VI, en: REPORTS_NAV_EN };
