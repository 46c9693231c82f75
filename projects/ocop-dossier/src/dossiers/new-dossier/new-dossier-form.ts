import { ChangeDetectionStrategy, Component } from '@angular/core';

// Placeholder: being built (issue #5).
@Component({
  selector: 'ocop-new-dossier-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: '',
})
export class NewDossierForm {}
