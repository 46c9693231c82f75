import { ChangeDetectionStrategy, Component, forwardRef, ViewEncapsulation } from '@angular/core';
import { OcopElementRoot, provideOcopElement } from '@ocop/common';
import { ShellLayout } from '../layout/shell-layout';

/**
 * <ocop-shell>: owns everything under its base path. Under single-spa the portal mounts it through the
 * lifecycles in main.ts; a plain page can place it itself. The root only carries the inputs: what it
 * provides (OcopHost is the root itself) is injected by its children.
 */
@Component({
  selector: 'ocop-shell',
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ShellLayout],
  providers: [provideOcopElement(forwardRef(() => ShellApp))],
  template: `<div class="ocop-root"><ocop-shell-layout /></div>`,
  styleUrl: '../../../ocop-common/src/styles/ocop-root.css',
})
export class ShellApp extends OcopElementRoot {}
