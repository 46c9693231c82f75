import { defineOcopElement, ocopElementConfig } from '@ocop/common';
import { DossierApp } from './app/dossier-app';
import { manifest } from './manifest';

export { manifest };

defineOcopElement(manifest.tag, DossierApp, ocopElementConfig).catch((err: unknown) =>
  console.error(`[ocop] <${manifest.tag}> could not start`, err),
);
