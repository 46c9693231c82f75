import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject, InjectionToken } from '@angular/core';
import { toApiError } from '../api/api-client';
import { apiRequestHeaders, apiUrl } from '../api/request-headers';
import { ViewedDistrict } from '../district/viewed-district';
import { OcopHost } from '../host/ocop-host';
import { nfc } from '../text/nfc';
import { ApiError, isApiError } from '@ocop/domain';
import { catchError, defer, from, Observable, switchMap, throwError } from 'rxjs';

/** What an upload reports: how far it got (0..1), then what the API answered. */
export type UploadEvent<T> = { progress: number } | { done: T };

/** Makes the XMLHttpRequest of an upload; a test replaces it with a fake. */
export const UPLOAD_XHR = new InjectionToken<() => XMLHttpRequest>('OCOP upload XMLHttpRequest', {
  factory: () => () => new XMLHttpRequest(),
});

/**
 * File bytes to and from the OCOP API (dossier attachments, product photos): what ApiClient cannot do. Both
 * carry the same token and district headers as ApiClient, and fail with the same ApiError.
 */
export interface FileTransfer {
  /**
   * The bytes at an API path. A plain link or <img src> cannot carry the bearer token, so pages fetch the
   * bytes and show or save them through a blob: URL.
   */
  bytes(path: string, params?: Record<string, string>): Observable<Blob>;
  /**
   * Sends one file as the raw request body of a POST to `path`, its NFC name in `?fileName=`.
   * XMLHttpRequest rather than fetch, because only it reports upload progress. Unsubscribing aborts the
   * request, and the API then keeps neither file nor row.
   */
  upload<T>(path: string, file: File): Observable<UploadEvent<T>>;
}

/** The FileTransfer of the element it is called in (an injection context: a service's field initialiser). */
export function injectFileTransfer(): FileTransfer {
  const http = inject(HttpClient);
  const host = inject(OcopHost);
  const district = inject(ViewedDistrict);
  const createXhr = inject(UPLOAD_XHR);
  const headers = () => apiRequestHeaders(host.auth(), district.value());

  return {
    bytes(path, params = {}) {
      const url = apiUrl(host.apiBaseUrl(), path);
      return defer(headers).pipe(
        switchMap((h) =>
          http.get(url, { headers: h, params: new HttpParams({ fromObject: params }), responseType: 'blob' }),
        ),
        // The error body of a blob request is a Blob too: read the API's JSON error out of it.
        catchError((err: unknown) =>
          from(blobErrorToApiError(err)).pipe(switchMap((e) => throwError(() => e))),
        ),
      );
    },

    upload<T>(path: string, file: File) {
      const url = apiUrl(host.apiBaseUrl(), path) + `?fileName=${encodeURIComponent(nfc(file.name))}`;
      return new Observable<UploadEvent<T>>((subscriber) => {
        let xhr: XMLHttpRequest | null = null;
        let closed = false;
        headers().then(
          (h) => {
            if (closed) return;
            const request = createXhr();
            xhr = request;
            request.open('POST', url);
            for (const [name, value] of Object.entries(h)) request.setRequestHeader(name, value);
            request.setRequestHeader('Content-Type', 'application/octet-stream');
            request.setRequestHeader('Accept', 'application/json');
            request.upload.onprogress = (event) => {
              if (event.lengthComputable && event.total > 0) {
                subscriber.next({ progress: Math.min(1, event.loaded / event.total) });
              }
            };
            request.onload = () => {
              const body = parseJson(request.responseText);
              if (request.status >= 200 && request.status < 300 && body !== undefined) {
                subscriber.next({ progress: 1 });
                subscriber.next({ done: body as T });
                subscriber.complete();
              } else {
                subscriber.error(httpError(request.status, body));
              }
            };
            request.onerror = () => subscriber.error(httpError(0, undefined));
            request.send(file);
          },
          (err: unknown) => subscriber.error(toApiError(err)),
        );
        return () => {
          closed = true;
          if (xhr && xhr.readyState !== XMLHttpRequest.DONE) xhr.abort();
        };
      });
    },
  };
}

function parseJson(text: string): unknown {
  try {
    return text ? (JSON.parse(text) as unknown) : undefined;
  } catch {
    return undefined;
  }
}

/** The same ApiError ApiClient would give for this status and body. */
function httpError(status: number, body: unknown): ApiError {
  return toApiError(new HttpErrorResponse({ status, error: body }));
}

async function blobErrorToApiError(err: unknown): Promise<ApiError> {
  if (err instanceof HttpErrorResponse && err.error instanceof Blob) {
    const body = parseJson(await err.error.text());
    if (isApiError(body)) return body;
    return httpError(err.status, undefined);
  }
  return toApiError(err);
}
