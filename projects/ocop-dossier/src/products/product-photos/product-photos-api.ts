import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import { Product, ProductPhoto } from '@ocop/domain';
import { Observable } from 'rxjs';
import { injectFileTransfer, UploadEvent } from '@ocop/common';

/** A product's photos in the OCOP API (contract: /api/products/:id/photos[/:photoId]). */
@Injectable()
export class ProductPhotosApi {
  private readonly api = inject(ApiClient);
  private readonly files = injectFileTransfer();

  /** The photo's bytes, to be shown through a blob: URL (an <img> cannot send the bearer token). */
  bytes(product: Pick<Product, 'id'>, photo: Pick<ProductPhoto, 'id'>): Observable<Blob> {
    return this.files.bytes(`${this.path(product)}/photos/${encodeURIComponent(photo.id)}`);
  }

  /** Adds one photo, with progress, then the product as it is now; unsubscribing aborts the upload. */
  upload(product: Pick<Product, 'id'>, file: File): Observable<UploadEvent<Product>> {
    return this.files.upload<Product>(`${this.path(product)}/photos`, file);
  }

  /** Removes one photo of the product seen at `version` (409 STALE_VERSION when it moved on). */
  remove(product: Pick<Product, 'id' | 'version'>, photo: Pick<ProductPhoto, 'id'>): Observable<Product> {
    return this.api.delete<Product>(`${this.path(product)}/photos/${encodeURIComponent(photo.id)}`, {
      version: product.version,
    });
  }

  private path(product: Pick<Product, 'id'>): string {
    return `/products/${encodeURIComponent(product.id)}`;
  }
}
