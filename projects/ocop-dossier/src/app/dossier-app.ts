import { ChangeDetectionStrategy, Component, forwardRef, ViewEncapsulation } from '@angular/core';
import { OcopElementRoot, provideOcopElement } from '@ocop/common';
import { DossierPages } from '../pages/dossier-pages';

/** <ocop-dossier-app>: dossier intake. The shell sets the inputs as element properties. */
@Component({
  selector: 'ocop-dossier-app',
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [DossierPages],
  providers: [provideOcopElement(forwardRef(() => DossierApp))],
  template: `<div class="ocop-root" [attr.lang]="locale()"><ocop-dossier-pages /></div>`,
  styleUrl: '../../../ocop-common/src/styles/ocop-root.css',
})
export class DossierApp extends OcopElementRoot {}
