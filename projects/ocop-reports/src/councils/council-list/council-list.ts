import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import {
  EVALUATION_MESSAGES,
  followLink,
  OcopHost,
  registerMessages,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { Council } from '@ocop/domain';
import { CouncilsApi } from '../../api/councils-api';
import { ReportsNav } from '../../nav/reports-nav';
import { dayText } from '../../shared/day-text';
import { Remote } from '../../shared/remote';
import { managedUnit, reportsBase } from '../../shared/reports-base';

registerMessages(EVALUATION_MESSAGES);

/** <basePath>/reports/councils: the councils the caller manages, reads or sits on. */
@Component({
  selector: 'ocop-council-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, StatusPanel],
  providers: [CouncilsApi],
  templateUrl: './council-list.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
  ],
})
export class CouncilList {
  private readonly api = inject(CouncilsApi);
  private readonly host = inject(OcopHost);
  protected readonly t = inject(Translator).t;
  protected readonly councils = new Remote<Council[]>(inject(Translator));

  protected readonly base = computed(() => reportsBase(this.host));
  protected readonly canAdd = computed(() => managedUnit(this.host) !== null);
  protected readonly day = dayText;

  constructor() {
    this.load();
  }

  protected load(): void {
    this.councils.load(this.api.councils());
  }

  protected councilUrl(council: Council): string {
    return `${this.base()}/councils/${council.id}`;
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
