import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Placeholder while the page is being built (issue #6). */
@Component({
  selector: 'ocop-plan-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>ocop-plan-timeline</p>`,
})
export class PlanTimeline {
  readonly planId = input.required<string>();
}
