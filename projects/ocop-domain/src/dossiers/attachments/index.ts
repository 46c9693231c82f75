export * from './file-kind';
export * from './file-name';
export * from './attachment-refusal';
export * from './product-photo-rules';
