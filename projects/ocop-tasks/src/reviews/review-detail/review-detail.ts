import { ChangeDetectionStrategy, Component, input } from '@angular/core';

/** Placeholder while the page is being built (issue #6). */
@Component({
  selector: 'ocop-review-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>ocop-review-detail</p>`,
})
export class ReviewDetail {
  readonly reviewId = input.required<string>();
}
