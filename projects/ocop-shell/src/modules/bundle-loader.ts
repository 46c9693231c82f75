import { inject, Injectable, InjectionToken } from '@angular/core';

/** The browser's dynamic import(); a seam only so that tests can see which URL a load asks for. */
export const IMPORT_BUNDLE = new InjectionToken<(url: string) => Promise<Record<string, unknown>>>(
  'IMPORT_BUNDLE',
  {
    providedIn: 'root',
    factory: () => (url) => import(/* @vite-ignore */ url) as Promise<Record<string, unknown>>,
  },
);

/**
 * Loads a module bundle by its bare specifier through the page's import map. The specifier is data
 * (it comes from the module registry), so the bundler leaves this import alone; tests replace the loader.
 */
@Injectable({ providedIn: 'root' })
export class BundleLoader {
  private readonly importBundle = inject(IMPORT_BUNDLE);
  /** Browsers remember a failed module import for the page's lifetime: count failures to ask anew. */
  private readonly failures = new Map<string, number>();

  /** Resolves with the bundle's exports (its `manifest` among them) once its element is defined. */
  async load(specifier: string, tag: string): Promise<Record<string, unknown>> {
    const failed = this.failures.get(specifier) ?? 0;
    // After a failure, the resolved URL with a query is a new module request, so a retry can succeed.
    const url = failed === 0 ? specifier : `${import.meta.resolve(specifier)}?ocop-retry=${failed}`;
    let exports: Record<string, unknown>;
    try {
      exports = await this.importBundle(url);
    } catch (err) {
      this.failures.set(specifier, failed + 1);
      throw err;
    }
    await customElements.whenDefined(tag);
    return exports;
  }
}
