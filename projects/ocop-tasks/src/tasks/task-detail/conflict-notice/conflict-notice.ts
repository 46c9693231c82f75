import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { Translator } from '@ocop/common';
import { TaskDetailStore } from '../task-detail.store';

/**
 * Shown when a change was refused because someone else changed the task first (409 STALE_VERSION): the
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
  protected readonly store = inject(TaskDetailStore);
  protected readonly t = inject(Translator).t;
}
