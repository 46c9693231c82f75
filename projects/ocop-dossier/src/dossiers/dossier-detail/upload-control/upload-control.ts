import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { DOSSIER_DETAIL_MESSAGES, registerMessages, Translator } from '@ocop/common';
import {
  acceptAttribute,
  ApiError,
  attachmentRefusalDetails,
  attachmentRefusalMessage,
  AttachmentRefusal,
  checkAttachmentKind,
  checkAttachmentSize,
  checkFileName,
  detectFileKind,
  DossierItem,
  FILE_KIND_HEAD_BYTES,
} from '@ocop/domain';
import { DossierDetailStore } from '../dossier-detail.store';
import { fileKindsText, sizeText } from '../dossier-labels';

registerMessages(DOSSIER_DETAIL_MESSAGES);

/**
 * One item's upload: the limits shown before anything is sent, a file input (or a dropped file), a progress
 * bar with a cancel button, and the reason when a file is refused — by the domain's rules before a byte is
 * sent (name, size, kind by content), or by the API with the same codes and messages.
 */
@Component({
  selector: 'ocop-upload-control',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './upload-control.html',
  styleUrls: ['../../../../../ocop-common/src/styles/controls.css', './upload-control.css'],
})
export class UploadControl {
  readonly item = input.required<DossierItem>();
  private readonly store = inject(DossierDetailStore);
  private readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly dragging = signal(false);
  /** A chosen file whose head is being read for its kind. */
  private readonly checking = signal(false);

  protected readonly inputId = computed(() => `upload-${this.item().definition.id}`);
  protected readonly state = computed(() => this.store.uploads()[this.item().definition.id] ?? null);
  protected readonly uploading = computed(() => this.checking() || this.state()?.status === 'uploading');
  protected readonly accept = computed(() => acceptAttribute(this.item().definition.acceptedFileKinds));
  protected readonly limits = computed(() => {
    const limits = this.store.dossier()?.limits;
    if (!limits) return '';
    return this.t('dossierDetail.upload.limits', {
      file: sizeText(limits.maxFileBytes, this.i18n),
      dossier: sizeText(limits.maxDossierBytes, this.i18n),
      kinds: fileKindsText(this.item().definition.acceptedFileKinds),
    });
  });
  protected readonly percent = computed(() =>
    this.i18n.number(this.state()?.progress ?? 0, { style: 'percent', maximumFractionDigits: 0 }),
  );
  protected readonly failure = computed(() => {
    const state = this.state();
    if (state?.status !== 'failed' || !state.error) return null;
    return this.t('dossierDetail.upload.failed', {
      name: state.fileName,
      message: this.i18n.apiError(state.error),
    });
  });

  protected chosen(event: Event): void {
    const control = event.target as HTMLInputElement;
    const file = control.files?.[0];
    // Cleared so that choosing the same file again (after fixing it, or after a cancel) fires `change`.
    control.value = '';
    if (file) void this.send(file);
  }

  protected dragOver(event: DragEvent): void {
    if (this.uploading()) return;
    event.preventDefault();
    if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    this.dragging.set(true);
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    const file = event.dataTransfer?.files[0];
    if (file && !this.uploading()) void this.send(file);
  }

  protected cancel(): void {
    this.store.cancelUpload(this.item().definition.id);
  }

  private async send(file: File): Promise<void> {
    this.checking.set(true);
    try {
      const refusal = await this.refusal(file);
      this.store.upload(this.item().definition.id, file, refusal);
    } finally {
      this.checking.set(false);
    }
  }

  /**
   * The domain's rules checked before sending, so nobody waits for 200 MB, or a renamed program, to travel
   * only to be refused. The API checks them again on the bytes it receives.
   */
  private async refusal(file: File): Promise<ApiError | null> {
    const dossier = this.store.dossier();
    if (!dossier) return null;
    const name = checkFileName(file.name);
    const refusal: AttachmentRefusal | null = !name.ok
      ? name.refusal
      : (checkAttachmentSize(file.size, dossier.storedBytes, dossier.limits) ??
        checkAttachmentKind(
          detectFileKind(new Uint8Array(await file.slice(0, FILE_KIND_HEAD_BYTES).arrayBuffer())),
          this.item().definition,
        ));
    if (!refusal) return null;
    return {
      code: refusal.code,
      message: attachmentRefusalMessage(refusal),
      details: attachmentRefusalDetails(refusal),
    };
  }
}
