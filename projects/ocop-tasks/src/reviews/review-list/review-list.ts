import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Placeholder while the page is being built (issue #6). */
@Component({
  selector: 'ocop-review-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>ocop-review-list</p>`,
})
export class ReviewList {
  readonly planId = input.required<string>();
}
