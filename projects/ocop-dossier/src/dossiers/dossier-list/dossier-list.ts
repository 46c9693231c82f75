import { ChangeDetectionStrategy, Component } from '@angular/core';

// Placeholder: being built (issue #5).
@Component({
  selector: 'ocop-dossier-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class DossierList {}
