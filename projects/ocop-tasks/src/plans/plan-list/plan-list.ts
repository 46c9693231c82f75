import { ChangeDetectionStrategy, Component } from '@angular/core';

/** Placeholder while the page is being built (issue #6). */
@Component({
  selector: 'ocop-plan-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>ocop-plan-list</p>`,
})
export class PlanList {}
