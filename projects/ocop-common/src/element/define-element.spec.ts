import { ChangeDetectionStrategy, Component } from '@angular/core';
import { defineOcopElement } from './define-element';

@Component({
  selector: 'ocop-test-greeting',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>Xin chào</p>`,
})
class Greeting {}

let counter = 0;
const uniqueTag = (): string => `ocop-test-define-${Date.now()}-${++counter}`;

describe('defineOcopElement', () => {
  it('defines the custom element with its own Angular application', async () => {
    const tag = uniqueTag();
    await defineOcopElement(tag, Greeting, { providers: [] });

    const ctor = customElements.get(tag);
    expect(ctor).toBeDefined();

    const element = document.createElement(tag);
    document.body.appendChild(element);
    try {
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(element.textContent).toContain('Xin chào');
    } finally {
      element.remove();
    }
  });

  it('keeps the first definition and warns, without throwing, when called again for the same tag', async () => {
    const tag = uniqueTag();
    await defineOcopElement(tag, Greeting, { providers: [] });
    const first = customElements.get(tag);
    const warn = spyOn(console, 'warn');

    await expectAsync(defineOcopElement(tag, Greeting, { providers: [] })).toBeResolved();

    expect(customElements.get(tag)).toBe(first);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.calls.argsFor(0)[0])).toContain(`<${tag}>`);
  });

  it('leaves a tag that another script already defined alone', async () => {
    const tag = uniqueTag();
    class Foreign extends HTMLElement {}
    customElements.define(tag, Foreign);
    const warn = spyOn(console, 'warn');

    await expectAsync(defineOcopElement(tag, Greeting, { providers: [] })).toBeResolved();

    expect(customElements.get(tag)).toBe(Foreign);
    expect(warn).toHaveBeenCalled();
  });

  it('does not throw when the same bundle is evaluated twice at once (both calls race to define)', async () => {
    const tag = uniqueTag();

    const both = Promise.all([
      defineOcopElement(tag, Greeting, { providers: [] }),
      defineOcopElement(tag, Greeting, { providers: [] }),
    ]);

    await expectAsync(both).toBeResolved();
    expect(customElements.get(tag)).toBeDefined();
  });
});
