import { provideHttpClient, withFetch } from '@angular/common/http';
import { ApplicationConfig } from '@angular/core';

/**
 * Application-level providers every OCOP element bundle needs; per-element services live on the root
 * component. Deliberately no provideBrowserGlobalErrorListeners(): a guest must not listen to the whole
 * window's errors, most of which belong to the portal.
 */
export const ocopElementConfig: ApplicationConfig = {
  providers: [provideHttpClient(withFetch())],
};
