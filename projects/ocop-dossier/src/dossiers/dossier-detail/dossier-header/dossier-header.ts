import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { DOSSIER_DETAIL_MESSAGES, registerMessages, StarsBadge, Translator } from '@ocop/common';
import { DossierDetail, formatQuarter } from '@ocop/domain';
import { isoDateText, sizeText, stateNameOf } from '../dossier-labels';

registerMessages(DOSSIER_DETAIL_MESSAGES);

/** What the dossier is about and where it stands, and what still stands in the way of acceptance. */
@Component({
  selector: 'ocop-dossier-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StarsBadge],
  templateUrl: './dossier-header.html',
  styleUrl: './dossier-header.css',
})
export class DossierHeader {
  readonly dossier = input.required<DossierDetail>();
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly date = isoDateText;

  protected readonly stateName = computed(() => stateNameOf(this.dossier().workflowId, this.dossier().state));
  protected readonly quarter = computed(() => {
    const quarter = this.dossier().targetQuarter;
    return quarter ? formatQuarter(quarter) : this.t('dossierDetail.none');
  });
  protected readonly deadline = computed(() => {
    const deadline = this.dossier().deadline;
    return deadline ? isoDateText(deadline) : this.t('dossierDetail.none');
  });
  protected readonly storage = computed(() =>
    this.t('dossierDetail.storage', {
      used: sizeText(this.dossier().storedBytes, this.i18n),
      max: sizeText(this.dossier().limits.maxDossierBytes, this.i18n),
    }),
  );
}
