import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { DOSSIER_DETAIL_MESSAGES, registerMessages, Translator } from '@ocop/common';
import { DossierDetailStore } from '../dossier-detail.store';

registerMessages(DOSSIER_DETAIL_MESSAGES);

/**
 * Shown when a change was refused because someone else changed the dossier first (409 STALE_VERSION): the
 * user reloads and sends their change again on top of the new version, or reloads and drops it.
 */
@Component({
  selector: 'ocop-conflict-notice',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './conflict-notice.html',
  styleUrls: [
    '../../../../../ocop-common/src/styles/controls.css',
    '../../../../../ocop-common/src/styles/notice.css',
  ],
})
export class ConflictNotice {
  protected readonly store = inject(DossierDetailStore);
  protected readonly t = inject(Translator).t;
}
