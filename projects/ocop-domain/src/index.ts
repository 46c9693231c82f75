export * from './api/api-error';
export * from './catalog/catalog';
export * from './catalog/product-groups-1048';
export * from './catalog/validate';
export * from './text/fold';
export * from './access/roles';
export * from './units/departments';
