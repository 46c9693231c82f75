import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Placeholder while the page is being built (issue #6). */
@Component({
  selector: 'ocop-task-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>ocop-task-form</p>`,
})
export class TaskForm {
  readonly planId = input.required<string>();
  /** Null: a new task of the plan. */
  readonly taskId = input<string | null>(null);
}
