import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import {
  DOSSIER_DETAIL_MESSAGES,
  FileBytes,
  FileList,
  FileListTexts,
  registerMessages,
  Translator,
} from '@ocop/common';
import { AttachmentInfo, DossierItem } from '@ocop/domain';
import { ConflictNotice } from '../conflict-notice/conflict-notice';
import { DossierApi } from '../dossier-api';
import { DossierDetailStore } from '../dossier-detail.store';
import { sizeText } from '../dossier-labels';

registerMessages(DOSSIER_DETAIL_MESSAGES);

const TEXTS: FileListTexts = {
  title: 'dossierDetail.attachments.title',
  empty: 'dossierDetail.attachments.empty',
  checksum: 'dossierDetail.attachments.checksum',
  preview: 'dossierDetail.attachments.preview',
  download: 'dossierDetail.attachments.download',
  remove: 'dossierDetail.attachments.delete',
  previewTitle: 'dossierDetail.attachments.previewTitle',
  openFailed: 'dossierDetail.attachments.openFailed',
  close: 'dossierDetail.close',
};

/**
 * An item's files through the shared file list (preview, download), and their deletion after a confirmation
 * that sends the version the user saw.
 */
@Component({
  selector: 'ocop-attachment-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ConflictNotice, FileList],
  templateUrl: './attachment-list.html',
  styleUrls: [
    '../../../../../ocop-common/src/styles/controls.css',
    '../../../../../ocop-common/src/styles/dialog.css',
    './attachment-list.css',
  ],
})
export class AttachmentList {
  readonly item = input.required<DossierItem>();
  readonly canEdit = input(false);

  protected readonly store = inject(DossierDetailStore);
  private readonly api = inject(DossierApi);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly deleteDialog = viewChild<ElementRef<HTMLDialogElement>>('deleteDialog');

  protected readonly texts = TEXTS;
  protected readonly bytes: FileBytes = (file, disposition) => {
    const dossier = this.store.dossier();
    return dossier ? this.api.attachment(dossier.id, file.id, disposition) : null;
  };
  protected readonly size = (bytes: number): string => sizeText(bytes, this.i18n);

  protected readonly toDelete = signal<AttachmentInfo | null>(null);
  protected readonly deleteError = computed(() => {
    const attachment = this.toDelete();
    const error = attachment ? this.store.failures()[`attachment:${attachment.id}`] : undefined;
    return error ? this.i18n.apiError(error) : null;
  });
  protected readonly deleting = computed(() => {
    const attachment = this.toDelete();
    return !!attachment && this.store.pending().includes(`attachment:${attachment.id}`);
  });

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
}
