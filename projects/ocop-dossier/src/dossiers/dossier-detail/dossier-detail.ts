import { ChangeDetectionStrategy, Component, input } from '@angular/core';

// Placeholder: being built (issue #5).
@Component({
  selector: 'ocop-dossier-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class DossierDetailPage {
  readonly dossierId = input.required<string>();
}
