import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import type {
  Certificate,
  CertificateRevocation,
  CertificateStatus,
  DossierDetail,
  Product,
  ProductEvaluation,
  ProvinceResultRequest,
} from '@ocop/domain';
import type { Observable } from 'rxjs';

export interface CertificateQuery {
  status?: CertificateStatus;
  q?: string;
}

/**
 * The province's results, certificates and a product's evaluation history, one typed method per route.
 * Provided per page.
 */
@Injectable()
export class ResultsApi {
  private readonly api = inject(ApiClient);

  dossier(dossierId: string): Observable<DossierDetail> {
    return this.api.get<DossierDetail>(`/dossiers/${dossierId}`);
  }

  recordProvinceResult(dossierId: string, body: ProvinceResultRequest): Observable<DossierDetail> {
    return this.api.post<DossierDetail>(`/dossiers/${dossierId}/province-result`, body);
  }

  certificates(query: CertificateQuery = {}): Observable<Certificate[]> {
    return this.api.get<Certificate[]>('/certificates', { ...query });
  }

  revokeCertificate(id: string, body: CertificateRevocation): Observable<Certificate> {
    return this.api.post<Certificate>(`/certificates/${id}/revoke`, body);
  }

  product(productId: string): Observable<Product> {
    return this.api.get<Product>(`/products/${productId}`);
  }

  productEvaluations(productId: string): Observable<ProductEvaluation[]> {
    return this.api.get<ProductEvaluation[]>(`/products/${productId}/evaluations`);
  }
}
