import { defineOcopElement, ocopElementConfig } from '@ocop/common';
import { DossierApp } from './app/dossier-app';

defineOcopElement('ocop-dossier-app', DossierApp, ocopElementConfig).catch((err: unknown) =>
  console.error('[ocop] <ocop-dossier-app> could not start', err),
);
