import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { ApiError, isApiError } from '@ocop/domain';
import { catchError, defer, Observable, switchMap, throwError } from 'rxjs';
import { ViewedDistrict } from '../district/viewed-district';
import { OcopHost } from '../host/ocop-host';
import { apiRequestHeaders, apiUrl } from './request-headers';

export type QueryParams = Record<string, string | number | boolean | undefined>;

/**
 * The one way OCOP components talk to the OCOP API. Provided per element (it needs the element's
 * host inputs), so it also plays the part an HTTP interceptor would: base URL and bearer token.
 * Every failure comes out as an ApiError, network failures included.
 */
@Injectable()
export class ApiClient {
  private readonly http = inject(HttpClient);
  private readonly host = inject(OcopHost);
  private readonly district = inject(ViewedDistrict);

  get<T>(path: string, query: QueryParams = {}): Observable<T> {
    return this.withHeaders((headers) =>
      this.http.get<T>(this.url(path), { headers, params: toParams(query) }),
    );
  }

  post<T>(path: string, body: unknown): Observable<T> {
    return this.withHeaders((headers) => this.http.post<T>(this.url(path), body, { headers }));
  }

  put<T>(path: string, body: unknown): Observable<T> {
    return this.withHeaders((headers) => this.http.put<T>(this.url(path), body, { headers }));
  }

  delete<T>(path: string, query: QueryParams = {}): Observable<T> {
    return this.withHeaders((headers) =>
      this.http.delete<T>(this.url(path), { headers, params: toParams(query) }),
    );
  }

  private url(path: string): string {
    return apiUrl(this.host.apiBaseUrl(), path);
  }

  private withHeaders<T>(send: (headers: Record<string, string>) => Observable<T>): Observable<T> {
    return defer(() => apiRequestHeaders(this.host.auth(), this.district.value())).pipe(
      switchMap(send),
      catchError((err: unknown) => throwError(() => toApiError(err))),
    );
  }
}

function toParams(query: QueryParams): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== '') params = params.set(key, String(value));
  }
  return params;
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof HttpErrorResponse) {
    if (isApiError(err.error)) return err.error;
    if (err.status === 0) {
      return { code: 'NETWORK', message: 'Không kết nối được với máy chủ OCOP.' };
    }
    return { code: `HTTP_${err.status}`, message: `Máy chủ OCOP trả lời lỗi ${err.status}.` };
  }
  if (isApiError(err)) return err;
  return { code: 'CLIENT', message: 'Đã xảy ra lỗi không mong muốn.', details: String(err) };
}
