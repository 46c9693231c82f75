import { defineOcopElement, ocopElementConfig } from '@ocop/common';
import { ReportsApp } from './app/reports-app';

defineOcopElement('ocop-reports-app', ReportsApp, ocopElementConfig).catch((err: unknown) =>
  console.error('[ocop] <ocop-reports-app> could not start', err),
);
