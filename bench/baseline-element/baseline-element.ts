import { ChangeDetectionStrategy, Component } from '@angular/core';

/**
 * The floor the OCOP bundles are weighed and timed against: what any Angular 21 custom element costs before
 * it does anything (bench/bundle-weight.mjs, bench/README.md).
 */
@Component({
  selector: 'bench-baseline-element',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<p>Phần tử Angular tối giản (mốc so sánh) — minimal Angular element (baseline)</p>`,
})
export class BaselineElement {}
