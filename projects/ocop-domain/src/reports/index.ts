export * from './periodic-report';
export * from './evaluation-results';
export * from './export-job';
export * from './parse-report-period';
export * from './parse-issue-report';
