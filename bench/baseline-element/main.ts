import { createCustomElement } from '@angular/elements';
import { createApplication } from '@angular/platform-browser';
import { BaselineElement } from './baseline-element';

/** The tag the baseline bundle defines when it is imported. */
export const BASELINE_TAG = 'bench-baseline-element';

// Booted as the OCOP bundles boot (defineOcopElement in @ocop/common): an application of its own, zoneless
// (no zone.js, Angular 21's default), one custom element, and no providers, so it weighs only Angular itself.
createApplication()
  .then((app) => {
    if (!customElements.get(BASELINE_TAG)) {
      customElements.define(BASELINE_TAG, createCustomElement(BaselineElement, { injector: app.injector }));
    }
  })
  .catch((err: unknown) => console.error(`[bench] <${BASELINE_TAG}> could not start`, err));
