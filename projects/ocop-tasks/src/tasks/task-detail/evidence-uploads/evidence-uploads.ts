import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Translator } from '@ocop/common';
import { EvidenceUpload, TaskDetailStore } from '../task-detail.store';

/**
 * The evidence files on their way to a report: one progress bar each with a cancel button, then what became
 * of each (uploaded, cancelled, refused with the reason). Also confirms that the report itself was recorded,
 * since the report form gives way to the pending report once it is.
 */
@Component({
  selector: 'ocop-evidence-uploads',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './evidence-uploads.html',
  styleUrls: ['../../../../../ocop-common/src/styles/controls.css', './evidence-uploads.css'],
})
export class EvidenceUploads {
  protected readonly store = inject(TaskDetailStore);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected percent(upload: EvidenceUpload): string {
    return this.i18n.number(upload.progress, { style: 'percent', maximumFractionDigits: 0 });
  }

  protected failure(upload: EvidenceUpload): string {
    return this.t('task.upload.failed', {
      name: upload.fileName,
      message: upload.error ? this.i18n.apiError(upload.error) : '',
    });
  }
}
