import { inject, Injectable } from '@angular/core';
import { ApiClient } from '@ocop/common';
import {
  DossierActionRequest,
  DossierDetail,
  DossierItemChange,
  DossierTimelineEntry,
  Me,
} from '@ocop/domain';
import { Observable } from 'rxjs';
import { injectFileTransfer, UploadEvent as FileUploadEvent } from '@ocop/common';

export { UPLOAD_XHR } from '@ocop/common';

/** What an upload reports: how far it got (0..1), then the dossier with the new attachment. */
export type UploadEvent = FileUploadEvent<DossierDetail>;

/** How an attachment's bytes are asked for: shown in the page, or saved under its original name. */
export type AttachmentDisposition = 'inline' | 'attachment';

/** The dossier page's calls to the OCOP API (contract: GET/PUT/POST/DELETE under /api/dossiers/:id). */
@Injectable()
export class DossierApi {
  private readonly api = inject(ApiClient);
  private readonly files = injectFileTransfer();

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

  /** A new re-evaluation dossier for the same product, linked to this (certified) one. */
  reEvaluate(dossierId: string, roundYear: number): Observable<DossierDetail> {
    return this.api.post<DossierDetail>(`${this.path(dossierId)}/re-evaluation`, { roundYear });
  }

  deleteAttachment(dossierId: string, attachmentId: string, version: number): Observable<DossierDetail> {
    return this.api.delete<DossierDetail>(`${this.path(dossierId)}/attachments/${attachmentId}`, {
      version,
    });
  }

  /** The bytes of an attachment, to show or save through a blob: URL (files/file-transfer.ts). */
  attachment(dossierId: string, attachmentId: string, disposition: AttachmentDisposition): Observable<Blob> {
    return this.files.bytes(`${this.path(dossierId)}/attachments/${attachmentId}`, { disposition });
  }

  /** Sends one file for a checklist item, with progress; unsubscribing aborts it (files/file-transfer.ts). */
  upload(dossierId: string, itemId: string, file: File): Observable<UploadEvent> {
    return this.files.upload<DossierDetail>(
      `${this.path(dossierId)}/items/${encodeURIComponent(itemId)}/attachments`,
      file,
    );
  }

  private path(dossierId: string): string {
    return `/dossiers/${encodeURIComponent(dossierId)}`;
  }
}
