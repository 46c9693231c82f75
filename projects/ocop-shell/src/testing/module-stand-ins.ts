import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  forwardRef,
  inject,
  ViewEncapsulation,
} from '@angular/core';
import { createCustomElement } from '@angular/elements';
import { createApplication } from '@angular/platform-browser';
import { MessageKey, ModuleIntro, OcopElementRoot, provideOcopElement } from '@ocop/common';
import { OCOP_MODULES } from '../modules/module-registry';

/** What each stand-in shows: the module's title and one line, in the element's language. */
const TEXTS: Record<string, readonly [MessageKey, MessageKey]> = {
  'ocop-dossier-app': ['products.title', 'products.caption'],
  'ocop-tasks-app': ['tasks.title', 'tasks.pending'],
  'ocop-reports-app': ['reports.title', 'reports.pending'],
};

/**
 * Test-only. Stands in for a module bundle under its real tag: an OCOP element root like DossierApp,
 * TasksApp and ReportsApp (shadow root, `lang` on its wrapper, text in its `locale`), without their pages.
 */
@Component({
  selector: 'ocop-test-module-stand-in',
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ModuleIntro],
  providers: [provideOcopElement(forwardRef(() => ModuleStandIn))],
  template: `<div class="ocop-root" [attr.lang]="locale()">
    <ocop-module-intro [heading]="texts()[0]" [text]="texts()[1]" />
  </div>`,
})
class ModuleStandIn extends OcopElementRoot {
  private readonly tag = inject<ElementRef<HTMLElement>>(ElementRef).nativeElement.localName;
  protected readonly texts = computed(() => TEXTS[this.tag] ?? TEXTS['ocop-dossier-app']);
}

let defined: Promise<void> | undefined;

/**
 * Test-only. Defines the registry's module tags as stand-ins, once per test run (a tag cannot be undefined
 * again), in an application of their own that stays alive for the run. The shell's specs mount modules
 * through the real ModuleOutlet, which wants an element that renders when it is connected.
 */
export function defineModuleStandIns(): Promise<void> {
  defined ??= createApplication({ providers: [] }).then((app) => {
    for (const module of OCOP_MODULES) {
      if (!customElements.get(module.tag)) {
        customElements.define(module.tag, createCustomElement(ModuleStandIn, { injector: app.injector }));
      }
    }
  });
  return defined;
}
