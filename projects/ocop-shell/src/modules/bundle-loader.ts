import { Injectable } from '@angular/core';

/**
 * Loads a module bundle by its bare specifier through the page's import map. The specifier is data
 * (it comes from the module registry), so the bundler leaves this import alone; tests replace the loader.
 */
@Injectable({ providedIn: 'root' })
export class BundleLoader {
  async load(specifier: string, tag: string): Promise<void> {
    await import(/* @vite-ignore */ specifier);
    await customElements.whenDefined(tag);
  }
}
