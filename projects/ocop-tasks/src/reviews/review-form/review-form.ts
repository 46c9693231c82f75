import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Placeholder while the page is being built (issue #6). */
@Component({
  selector: 'ocop-review-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>ocop-review-form</p>`,
})
export class ReviewForm {
  readonly planId = input.required<string>();
}
