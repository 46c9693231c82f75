import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { CurrentPath, OcopHost, pathBelow } from '@ocop/common';
import { NewProductForm } from '../products/new-product/new-product-form';
import { ProductList } from '../products/product-list/product-list';

/** The dossier module's pages, chosen by the URL below `<basePath>/dossiers` (deep links survive reloads). */
@Component({
  selector: 'ocop-dossier-pages',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ProductList, NewProductForm],
  template: `
    @switch (page()) {
      @case ('new-product') {
        <ocop-new-product-form />
      }
      @default {
        <ocop-product-list />
      }
    }
  `,
})
export class DossierPages {
  private readonly host = inject(OcopHost);
  private readonly path = inject(CurrentPath).value;

  protected readonly page = computed(() => {
    const below = pathBelow(`${this.host.basePath().replace(/\/+$/, '')}/dossiers`, this.path());
    return below === '/products/new' ? 'new-product' : 'list';
  });
}
