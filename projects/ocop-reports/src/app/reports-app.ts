import { ChangeDetectionStrategy, Component, forwardRef, ViewEncapsulation } from '@angular/core';
import { OcopElementRoot, provideOcopElement } from '@ocop/common';
import { ReportsPages } from '../pages/reports-pages';

/**
 * <ocop-reports-app>: evaluation ("Đánh giá") — councils, their sessions and scores, minutes, certificates.
 * The shell sets the inputs.
 */
@Component({
  selector: 'ocop-reports-app',
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsPages],
  providers: [provideOcopElement(forwardRef(() => ReportsApp))],
  template: `<div class="ocop-root" [attr.lang]="locale()"><ocop-reports-pages /></div>`,
  styleUrl: '../../../ocop-common/src/styles/ocop-root.css',
})
export class ReportsApp extends OcopElementRoot {}
