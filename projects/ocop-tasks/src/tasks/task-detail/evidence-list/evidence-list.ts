import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import { FileBytes, FileList, FileListTexts, Translator } from '@ocop/common';
import { AttachmentInfo } from '@ocop/domain';
import { TasksApi } from '../../../api/tasks-api';
import { sizeText } from '../../task-labels';

const TEXTS: FileListTexts = {
  title: 'task.evidence.title',
  empty: 'task.evidence.none',
  checksum: 'task.evidence.checksum',
  preview: 'task.evidence.preview',
  download: 'task.evidence.download',
  previewTitle: 'task.evidence.previewTitle',
  openFailed: 'task.evidence.openFailed',
  close: 'task.close',
};

/** A report's evidence files, previewed and saved through the shared file list; evidence is never removed. */
@Component({
  selector: 'ocop-evidence-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [FileList],
  template: `<ocop-file-list [files]="attachments()" [texts]="texts" [bytes]="bytes" [sizeText]="size" />`,
})
export class EvidenceList {
  readonly attachments = input.required<AttachmentInfo[]>();

  private readonly api = inject(TasksApi);
  private readonly i18n = inject(Translator);
  protected readonly texts = TEXTS;
  protected readonly bytes: FileBytes = (file, disposition) => this.api.evidence(file, disposition);
  protected readonly size = (bytes: number): string => sizeText(bytes, this.i18n);
}
