import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Placeholder while the page is being built (issue #6). */
@Component({
  selector: 'ocop-plan-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>ocop-plan-page</p>`,
})
export class PlanPage {
  readonly planId = input.required<string>();
}
