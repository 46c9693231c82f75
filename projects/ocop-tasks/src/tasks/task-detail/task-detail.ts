import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Placeholder while the page is being built (issue #6). */
@Component({
  selector: 'ocop-task-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>ocop-task-detail</p>`,
})
export class TaskDetailPage {
  readonly taskId = input.required<string>();
}
