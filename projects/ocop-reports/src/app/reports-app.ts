import { ChangeDetectionStrategy, Component, forwardRef, ViewEncapsulation } from '@angular/core';
import { ModuleIntro, OcopElementRoot, provideOcopElement } from '@ocop/common';

/**
 * <ocop-reports-app>: evaluation and reports. Only the element and its loading path exist so far;
 * councils, scoring and reports arrive with their own issue.
 */
@Component({
  selector: 'ocop-reports-app',
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ModuleIntro],
  providers: [provideOcopElement(forwardRef(() => ReportsApp))],
  template: `<div class="ocop-root" [attr.lang]="locale()">
    <ocop-module-intro heading="reports.title" text="reports.pending" />
  </div>`,
  styleUrl: '../../../ocop-common/src/styles/ocop-root.css',
})
export class ReportsApp extends OcopElementRoot {}
