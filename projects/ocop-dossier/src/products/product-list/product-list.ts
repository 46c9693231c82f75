import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { StatusPanel, Translator } from '@ocop/common';
import { ProductsApi } from '../products-api';
import { ProductListStore } from './product-list.store';

/** /ocop/dossiers: the products registered in OCOP, with their producer, commune and sub-group. */
@Component({
  selector: 'ocop-product-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel],
  providers: [ProductsApi, ProductListStore],
  templateUrl: './product-list.html',
  styleUrl: './product-list.css',
})
export class ProductList {
  protected readonly store = inject(ProductListStore);
  protected readonly t = inject(Translator).t;

  constructor() {
    this.store.load();
  }
}
