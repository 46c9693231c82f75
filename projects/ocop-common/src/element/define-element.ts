import { ApplicationConfig, Type } from '@angular/core';
import { createCustomElement } from '@angular/elements';
import { createApplication } from '@angular/platform-browser';

/**
 * Boots this bundle's own Angular (no zone.js, nothing shared with the host page) and defines one custom
 * element. A bundle evaluated twice, or a tag another script already took, must not throw: the first
 * definition wins and the second is skipped with a warning.
 */
export async function defineOcopElement(
  tag: string,
  component: Type<unknown>,
  config: ApplicationConfig,
): Promise<void> {
  if (customElements.get(tag)) {
    console.warn(`[ocop] <${tag}> is already defined; keeping the first definition.`);
    return;
  }
  const app = await createApplication(config);
  if (customElements.get(tag)) return;
  customElements.define(tag, createCustomElement(component, { injector: app.injector }));
}
