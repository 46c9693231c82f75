import { ChangeDetectionStrategy, Component, forwardRef, ViewEncapsulation } from '@angular/core';
import { OcopElementRoot, provideOcopElement } from '@ocop/common';
import { ProductList } from '../products/product-list/product-list';

/** <ocop-dossier-app>: dossier intake. The shell sets the inputs as element properties. */
@Component({
  selector: 'ocop-dossier-app',
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProductList],
  providers: [provideOcopElement(forwardRef(() => DossierApp))],
  template: `<div class="ocop-root"><ocop-product-list /></div>`,
  styleUrl: '../../../ocop-common/src/styles/ocop-root.css',
})
export class DossierApp extends OcopElementRoot {}
