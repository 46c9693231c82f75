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
import { Translator } from '@ocop/common';
import { ApiError, AttachmentInfo, FILE_KIND_MEDIA_TYPES, PREVIEWABLE_FILE_KINDS } from '@ocop/domain';
import { TasksApi } from '../../../api/tasks-api';
import { sizeText } from '../../task-labels';

interface Preview {
  attachment: AttachmentInfo;
  url: string;
}

/**
 * A report's evidence files: name, size, short checksum; PDF and images previewed in the page, any file saved
 * under its original Vietnamese name. The bytes are fetched with the bearer token and shown through blob:
 * URLs, revoked as soon as they are not needed (as the dossier's attachment list does).
 */
@Component({
  selector: 'ocop-evidence-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evidence-list.html',
  styleUrls: ['../../../../../ocop-common/src/styles/controls.css', './evidence-list.css'],
})
export class EvidenceList {
  readonly attachments = input.required<AttachmentInfo[]>();

  private readonly api = inject(TasksApi);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);
  private readonly sanitizer = inject(DomSanitizer);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly previewDialog = viewChild<ElementRef<HTMLDialogElement>>('previewDialog');

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

  private fetch(
    attachment: AttachmentInfo,
    disposition: 'inline' | 'attachment',
    use: (url: string) => void,
  ): void {
    if (this.opening()) return;
    this.opening.set(attachment.id);
    this.openError.set(null);
    this.api.evidence(attachment, disposition).subscribe({
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
          this.t('task.evidence.openFailed', {
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
