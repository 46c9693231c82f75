export * from './stars';
export * from './session-result';
export * from './forwarding';
export * from './certificates';
export * from './council';
export * from './session-minutes';
export * from './validate-council';
export * from './validate-results';
