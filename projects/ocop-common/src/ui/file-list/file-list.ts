import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { DomSanitizer, SafeResourceUrl } from '@angular/platform-browser';
import { ApiError, AttachmentInfo, FILE_KIND_MEDIA_TYPES, PREVIEWABLE_FILE_KINDS } from '@ocop/domain';
import { Observable } from 'rxjs';
import { MessageKey } from '../../i18n/messages';
import { Translator } from '../../i18n/translator';

/** How the API is asked for a file's bytes: to show in the page, or to save. */
export type FileDisposition = 'inline' | 'attachment';

/** A file's bytes from the API; null when they cannot be asked for now (the record is not loaded). */
export type FileBytes = (file: AttachmentInfo, disposition: FileDisposition) => Observable<Blob> | null;

/** The module's own words for the list (each module keeps its texts in its catalog). */
export interface FileListTexts {
  title: MessageKey;
  empty: MessageKey;
  /** With {short}, the checksum's first characters. */
  checksum: MessageKey;
  preview: MessageKey;
  download: MessageKey;
  /** Shown only when files may be removed. */
  remove?: MessageKey;
  /** With {name}. */
  previewTitle: MessageKey;
  /** With {name} and {message}. */
  openFailed: MessageKey;
  close: MessageKey;
}

interface Preview {
  attachment: AttachmentInfo;
  url: string;
}

let lists = 0;

/**
 * Stored files (a dossier item's attachments, a report's evidence): name, size, short checksum; PDF and
 * images previewed in the page, any file saved under its original Vietnamese name. The bytes are fetched
 * with the bearer token and shown through blob: URLs, which are revoked as soon as they are not needed.
 * Removing a file is the caller's: `remove` asks for it, the caller confirms and does it.
 */
@Component({
  selector: 'ocop-file-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './file-list.html',
  styleUrls: ['../../styles/controls.css', '../../styles/dialog.css', './file-list.css'],
})
export class FileList {
  readonly files = input.required<readonly AttachmentInfo[]>();
  readonly texts = input.required<FileListTexts>();
  readonly bytes = input.required<FileBytes>();
  /** '1,5 MB': each module formats sizes with its own words. */
  readonly sizeText = input.required<(bytes: number) => string>();
  readonly canRemove = input(false);
  readonly remove = output<AttachmentInfo>();

  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly sanitizer = inject(DomSanitizer);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly previewDialog = viewChild<ElementRef<HTMLDialogElement>>('previewDialog');
  /** Unique per list: a page shows many lists in one shadow root. */
  protected readonly previewTitleId = `file-preview-title-${++lists}`;

  /** The file whose bytes are being fetched. */
  protected readonly opening = signal<string | null>(null);
  protected readonly openError = signal<string | null>(null);
  protected readonly preview = signal<Preview | null>(null);
  /** Only ever a blob: URL this component made from bytes the API sent. */
  protected readonly frameUrl = computed<SafeResourceUrl | null>(() => {
    const preview = this.preview();
    return preview ? this.sanitizer.bypassSecurityTrustResourceUrl(preview.url) : null;
  });

  private readonly urls = new Set<string>();
  private readonly timers = new Set<ReturnType<typeof setTimeout>>();

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      for (const timer of this.timers) clearTimeout(timer);
      for (const url of this.urls) URL.revokeObjectURL(url);
    });
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
    // The close event arrives a task later: a preview opened again meanwhile is kept.
    if (this.previewDialog()?.nativeElement.open) return;
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

  private fetch(attachment: AttachmentInfo, disposition: FileDisposition, use: (url: string) => void): void {
    if (this.opening()) return;
    const bytes = this.bytes()(attachment, disposition);
    if (!bytes) return;
    this.opening.set(attachment.id);
    this.openError.set(null);
    bytes.subscribe({
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
          this.t(this.texts().openFailed, { name: attachment.fileName, message: this.i18n.apiError(error) }),
        );
      },
    });
  }

  private revoke(url: string): void {
    URL.revokeObjectURL(url);
    this.urls.delete(url);
  }
}
