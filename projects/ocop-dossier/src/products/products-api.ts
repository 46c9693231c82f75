import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import { Page, Product } from '@ocop/domain';
import { Observable } from 'rxjs';

@Injectable()
export class ProductsApi {
  private readonly api = inject(ApiClient);

  list(query: { q?: string; communeCode?: string } = {}): Observable<Page<Product>> {
    return this.api.get<Page<Product>>('/products', { ...query, limit: 200 });
  }
}
