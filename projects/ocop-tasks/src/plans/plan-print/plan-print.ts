import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Placeholder while the page is being built (issue #6). */
@Component({
  selector: 'ocop-plan-print',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>ocop-plan-print</p>`,
})
export class PlanPrint {
  readonly planId = input.required<string>();
}
