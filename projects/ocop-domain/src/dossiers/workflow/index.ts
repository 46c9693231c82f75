export * from './workflow-definition';
export * from './workflow-deadline';
export * from './workflow-engine';
export * from './validate-definition';
export * from './district-regime';
export * from './commune-regime-2025';
export * from './workflow-registry';
