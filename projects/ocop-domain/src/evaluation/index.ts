export * from './stars';
export * from './session-result';
export * from './forwarding';
export * from './certificates';
export * from './council';
