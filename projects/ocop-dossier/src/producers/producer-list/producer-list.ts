import { ChangeDetectionStrategy, Component } from '@angular/core';

// Placeholder: being built (issue #5).
@Component({
  selector: 'ocop-producer-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class ProducerList {}
