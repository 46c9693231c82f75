import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { DOSSIER_DETAIL_MESSAGES, registerMessages, Translator } from '@ocop/common';
import {
  ApiError,
  AttachmentInfo,
  DossierItem,
  FILE_KIND_MEDIA_TYPES,
  PREVIEWABLE_FILE_KINDS,
} from '@ocop/domain';
import { ConflictNotice } from '../conflict-notice/conflict-notice';
import { AttachmentDisposition, DossierApi } from '../dossier-api';
import { DossierDetailStore } from '../dossier-detail.store';
import { sizeText } from '../dossier-labels';

registerMessages(DOSSIER_DETAIL_MESSAGES);

interface Preview {
  attachment: AttachmentInfo;
  url: string;
}

/**
 * An item's files: name, size, short checksum; PDF and images previewed in the page, any file saved under
 * its original Vietnamese name; deletion after a confirmation. The bytes are fetched with the bearer token
 * and shown through blob: URLs, which are revoked as soon as they are not needed.
 */
@Component({
  selector: 'ocop-attachment-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConflictNotice],
  templateUrl: './attachment-list.html',
  styleUrls: ['../../../../../ocop-common/src/styles/controls.css', './attachment-list.css'],
})
export class AttachmentList {
  readonly item = input.required<DossierItem>();
  readonly canEdit = input(false);

  protected readonly store = inject(DossierDetailStore);
  private readonly api = inject(DossierApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  private readonly previewDialog = viewChild<ElementRef<HTMLDialogElement>>('previewDialog');
  private readonly deleteDialog = viewChild<ElementRef<HTMLDialogElement>>('deleteDialog');

  /** The attachment whose bytes are being fetched. */
  protected readonly opening = signal<string | null>(null);
  protected readonly openError = signal<string | null>(null);
  protected readonly preview = signal<Preview | null>(null);
  protected readonly toDelete = signal<AttachmentInfo | null>(null);
  private readonly sanitizer = inject(DomSanitizer);
  /** Only ever a blob: URL this component made from bytes the API sent. */
  protected readonly frameUrl = computed<SafeResourceUrl | null>(() => {
    const preview = this.preview();
    return preview ? this.sanitizer.bypassSecurityTrustResourceUrl(preview.url) : null;
  });
  protected readonly deleteError = computed(() => {
    const attachment = this.toDelete();
    const error = attachment ? this.store.failures()[`attachment:${attachment.id}`] : undefined;
    return error ? this.i18n.apiError(error) : null;
  });
  protected readonly deleting = computed(() => {
    const attachment = this.toDelete();
    return !!attachment && this.store.pending().includes(`attachment:${attachment.id}`);
  });

  private readonly urls = new Set<string>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      for (const timer of this.timers) clearTimeout(timer);
      for (const url of this.urls) URL.revokeObjectURL(url);
    });
  }

  protected size(bytes: number): string {
    return sizeText(bytes, this.i18n);
  }

  protected previewable(attachment: AttachmentInfo): boolean {
    return PREVIEWABLE_FILE_KINDS.includes(attachment.kind);
  }

  protected show(attachment: AttachmentInfo): void {
    this.fetch(attachment, 'inline', (url) => {
      this.preview.set({ attachment, url });
      this.previewDialog()?.nativeElement.showModal();
    });
  }

  protected closePreview(): void {
    this.previewDialog()?.nativeElement.close();
  }

  protected previewClosed(): void {
    const preview = this.preview();
    if (preview) this.revoke(preview.url);
    this.preview.set(null);
  }

  protected download(attachment: AttachmentInfo): void {
    this.fetch(attachment, 'attachment', (url) => {
      // A blob: URL cannot carry the name; the download attribute gives the original Vietnamese one.
      const link = document.createElement('a');
      link.href = url;
      link.download = attachment.fileName;
      link.hidden = true;
      this.host.nativeElement.appendChild(link);
      link.click();
      link.remove();
      // The browser has taken the bytes once the download starts; a minute is ample.
      const timer = setTimeout(() => {
        this.timers.delete(timer);
        this.revoke(url);
      }, 60_000);
      this.timers.add(timer);
    });
  }

  protected askDelete(attachment: AttachmentInfo): void {
    this.toDelete.set(attachment);
    this.deleteDialog()?.nativeElement.showModal();
  }

  protected async confirmDelete(): Promise<void> {
    const attachment = this.toDelete();
    if (!attachment || this.deleting()) return;
    const outcome = await this.store.change({ kind: 'delete-attachment', attachmentId: attachment.id });
    if (outcome === 'saved' || outcome === 'discarded') this.deleteDialog()?.nativeElement.close();
  }

  protected cancelDelete(): void {
    this.deleteDialog()?.nativeElement.close();
  }

  private fetch(
    attachment: AttachmentInfo,
    disposition: AttachmentDisposition,
    use: (url: string) => void,
  ): void {
    const dossier = this.store.dossier();
    if (!dossier || this.opening()) return;
    this.opening.set(attachment.id);
    this.openError.set(null);
    this.api.attachment(dossier.id, attachment.id, disposition).subscribe({
      next: (blob) => {
        this.opening.set(null);
        // Typed by the detected kind, so the browser picks its PDF viewer or image decoder.
        const url = URL.createObjectURL(new Blob([blob], { type: FILE_KIND_MEDIA_TYPES[attachment.kind] }));
        this.urls.add(url);
        use(url);
      },
      error: (error: ApiError) => {
        this.opening.set(null);
        this.openError.set(
          this.t('dossierDetail.attachments.openFailed', {
            name: attachment.fileName,
            message: this.i18n.apiError(error),
          }),
        );
      },
    });
  }

  private revoke(url: string): void {
    URL.revokeObjectURL(url);
    this.urls.delete(url);
  }
}
