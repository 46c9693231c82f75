import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Placeholder while the page is being built (issue #6). */
@Component({
  selector: 'ocop-plan-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>ocop-plan-form</p>`,
})
export class PlanForm {
  /** Null: a new plan. */
  readonly planId = input<string | null>(null);
}
