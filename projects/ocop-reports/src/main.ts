import { defineOcopElement, ocopElementConfig } from '@ocop/common';
import { ReportsApp } from './app/reports-app';
import { manifest } from './manifest';

export { manifest };

defineOcopElement(manifest.tag, ReportsApp, ocopElementConfig).catch((err: unknown) =>
  console.error(`[ocop] <${manifest.tag}> could not start`, err),
);
