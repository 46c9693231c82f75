import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { followLink, OcopHost, StatusPanel, Translator } from '@ocop/common';
import { ProductsApi } from '../products-api';
import { ProductListStore } from './product-list.store';

/** /ocop/dossiers: the products registered in OCOP, with their producer, commune and sub-group. */
@Component({
  selector: 'ocop-product-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel],
  providers: [ProductsApi, ProductListStore],
  templateUrl: './product-list.html',
  styleUrls: ['../../../../ocop-common/src/styles/controls.css', './product-list.css'],
})
export class ProductList {
  protected readonly store = inject(ProductListStore);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly loadError = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.apiError(error) : undefined;
  });
  private readonly host = inject(OcopHost);
  protected readonly newProductUrl = computed(
    () => `${this.host.basePath().replace(/\/+$/, '')}/dossiers/products/new`,
  );

  constructor() {
    this.store.load();
  }

  protected follow(event: MouseEvent): void {
    followLink(event, this.newProductUrl());
  }
}
