import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject, Injectable, InjectionToken } from '@angular/core';
import {
  ApiClient,
  apiRequestHeaders,
  apiUrl,
  nfc,
  OcopHost,
  toApiError,
  ViewedDistrict,
} from '@ocop/common';
import {
  ApiError,
  DossierActionRequest,
  DossierDetail,
  DossierItemChange,
  DossierTimelineEntry,
  isApiError,
  Me,
} from '@ocop/domain';
import { catchError, defer, from, Observable, switchMap, throwError } from 'rxjs';

/** What an upload reports: how far it got (0..1), then the dossier with the new attachment. */
export type UploadEvent = { progress: number } | { done: DossierDetail };

/** Makes the XMLHttpRequest of an upload; a test replaces it with a fake. */
export const UPLOAD_XHR = new InjectionToken<() => XMLHttpRequest>('OCOP upload XMLHttpRequest', {
  factory: () => () => new XMLHttpRequest(),
});

/** How an attachment's bytes are asked for: shown in the page, or saved under its original name. */
export type AttachmentDisposition = 'inline' | 'attachment';

/** The dossier page's calls to the OCOP API (contract: GET/PUT/POST/DELETE under /api/dossiers/:id). */
@Injectable()
export class DossierApi {
  private readonly api = inject(ApiClient);
  private readonly http = inject(HttpClient);
  private readonly host = inject(OcopHost);
  private readonly district = inject(ViewedDistrict);
  private readonly createXhr = inject(UPLOAD_XHR);

  me(): Observable<Me> {
    return this.api.get<Me>('/me');
  }

  get(dossierId: string): Observable<DossierDetail> {
    return this.api.get<DossierDetail>(this.path(dossierId));
  }

  timeline(dossierId: string): Observable<DossierTimelineEntry[]> {
    return this.api.get<DossierTimelineEntry[]>(`${this.path(dossierId)}/timeline`);
  }

  updateItem(dossierId: string, itemId: string, change: DossierItemChange): Observable<DossierDetail> {
    return this.api.put<DossierDetail>(`${this.path(dossierId)}/items/${encodeURIComponent(itemId)}`, change);
  }

  act(dossierId: string, action: string, body: DossierActionRequest): Observable<DossierDetail> {
    return this.api.post<DossierDetail>(
      `${this.path(dossierId)}/actions/${encodeURIComponent(action)}`,
      body,
    );
  }

  deleteAttachment(dossierId: string, attachmentId: string, version: number): Observable<DossierDetail> {
    return this.api.delete<DossierDetail>(`${this.path(dossierId)}/attachments/${attachmentId}`, {
      version,
    });
  }

  /**
   * The bytes of an attachment. A plain link cannot carry the bearer token, so the page fetches them and
   * shows or saves them through a blob: URL.
   */
  attachment(dossierId: string, attachmentId: string, disposition: AttachmentDisposition): Observable<Blob> {
    const url = apiUrl(this.host.apiBaseUrl(), `${this.path(dossierId)}/attachments/${attachmentId}`);
    return defer(() => apiRequestHeaders(this.host.auth(), this.district.value())).pipe(
      switchMap((headers) =>
        this.http.get(url, {
          headers,
          params: new HttpParams().set('disposition', disposition),
          responseType: 'blob',
        }),
      ),
      // The error body of a blob request is a Blob too: read the API's JSON error out of it.
      catchError((err: unknown) =>
        from(blobErrorToApiError(err)).pipe(switchMap((e) => throwError(() => e))),
      ),
    );
  }

  /**
   * Sends one file as the raw request body. XMLHttpRequest rather than ApiClient's fetch, because only it
   * reports upload progress; it carries the same token and district headers. Unsubscribing aborts the
   * request, and the API then keeps neither file nor row.
   */
  upload(dossierId: string, itemId: string, file: File): Observable<UploadEvent> {
    const url =
      apiUrl(
        this.host.apiBaseUrl(),
        `${this.path(dossierId)}/items/${encodeURIComponent(itemId)}/attachments`,
      ) + `?fileName=${encodeURIComponent(nfc(file.name))}`;
    return new Observable<UploadEvent>((subscriber) => {
      let xhr: XMLHttpRequest | null = null;
      let closed = false;
      apiRequestHeaders(this.host.auth(), this.district.value()).then(
        (headers) => {
          if (closed) return;
          const request = this.createXhr();
          xhr = request;
          request.open('POST', url);
          for (const [name, value] of Object.entries(headers)) request.setRequestHeader(name, value);
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
              subscriber.next({ done: body as DossierDetail });
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
  }

  private path(dossierId: string): string {
    return `/dossiers/${encodeURIComponent(dossierId)}`;
  }
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
