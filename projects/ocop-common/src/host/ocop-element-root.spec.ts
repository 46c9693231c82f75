import { ChangeDetectionStrategy, Component, forwardRef, ViewEncapsulation } from '@angular/core';
import { waitUntil } from '@ocop/common/testing';
import { defineOcopElement } from '../element/define-element';
import { ocopElementConfig } from '../element/element-providers';
import { ModuleIntro } from '../ui/module-intro/module-intro';
import { OcopElementRoot } from './ocop-element-root';
import { provideOcopElement } from './provide-ocop-element';

/** An element root like the four real ones. */
@Component({
  selector: 'ocop-test-locale-root',
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ModuleIntro],
  providers: [provideOcopElement(forwardRef(() => LocaleRoot))],
  template: `<div class="ocop-root" [attr.lang]="locale()">
    <ocop-module-intro heading="tasks.title" text="tasks.pending" />
  </div>`,
})
class LocaleRoot extends OcopElementRoot {}

let counter = 0;

describe('OcopElementRoot as a custom element', () => {
  let element: HTMLElement & { locale?: unknown };

  beforeEach(async () => {
    const tag = `ocop-test-locale-${Date.now()}-${++counter}`;
    await defineOcopElement(tag, LocaleRoot, ocopElementConfig);
    element = document.body.appendChild(document.createElement(tag));
    await waitUntil(() => !!heading());
  });

  afterEach(() => element.remove());

  const root = (): HTMLElement | null | undefined =>
    element.shadowRoot?.querySelector<HTMLElement>('.ocop-root');
  const heading = (): HTMLElement | null | undefined => element.shadowRoot?.querySelector('h2');

  it('renders in Vietnamese with lang="vi" when the page sets no locale', () => {
    expect(root()!.getAttribute('lang')).toBe('vi');
    expect(heading()!.textContent).toBe('Theo dõi nhiệm vụ');
  });

  it('re-renders in place when the page sets the locale property, and back', async () => {
    const h2 = heading();

    element.locale = 'en';
    await waitUntil(() => heading()?.textContent === 'Task tracking');
    expect(root()!.getAttribute('lang')).toBe('en');
    // The same nodes: switched, not rebuilt, nor reloaded.
    expect(heading()).toBe(h2);

    element.locale = 'vi';
    await waitUntil(() => heading()?.textContent === 'Theo dõi nhiệm vụ');
    expect(root()!.getAttribute('lang')).toBe('vi');
  });

  it('takes a portal’s other spellings ("en-GB", "vi-VN") and falls back to Vietnamese', async () => {
    element.locale = 'en-GB';
    await waitUntil(() => root()?.getAttribute('lang') === 'en');
    expect(heading()!.textContent).toBe('Task tracking');

    element.locale = 'vi-VN';
    await waitUntil(() => root()?.getAttribute('lang') === 'vi');

    element.locale = 'en';
    await waitUntil(() => root()?.getAttribute('lang') === 'en');
    element.locale = undefined;
    await waitUntil(() => root()?.getAttribute('lang') === 'vi');
    expect(heading()!.textContent).toBe('Theo dõi nhiệm vụ');
  });
});
