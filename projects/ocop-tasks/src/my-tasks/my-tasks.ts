import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder while the page is being built (issue #6). */
@Component({
  selector: 'ocop-my-tasks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>ocop-my-tasks</p>`,
})
export class MyTasksPage {}
