/** Test-only helpers (`@ocop/common/testing`); import them from spec files only. */
export * from './fake-auth';
export * from './test-host';
export * from './defer';
export * from '../files/testing/fake-xhr';
