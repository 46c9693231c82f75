import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import { NewProduct, Page, Producer, Product, ProductStage } from '@ocop/domain';
import { Observable } from 'rxjs';

@Injectable()
export class ProductsApi {
  private readonly api = inject(ApiClient);

  list(query: { q?: string; communeCode?: string; stage?: ProductStage } = {}): Observable<Page<Product>> {
    return this.api.get<Page<Product>>('/products', { ...query, limit: 200 });
  }

  producers(): Observable<Page<Producer>> {
    return this.api.get<Page<Producer>>('/producers', { limit: 200 });
  }

  create(product: NewProduct): Observable<Product> {
    return this.api.post<Product>('/products', product);
  }

  /** Completes the registration of a product idea seen at `version` (409 STALE_VERSION when it moved on). */
  promote(product: Pick<Product, 'id' | 'version'>): Observable<Product> {
    return this.api.post<Product>(`/products/${product.id}/promote`, { version: product.version });
  }
}
