export * from './checklist-types';
export * from './checklist-items';
export * from './checklist-for';
export * from './checklist-rules';
