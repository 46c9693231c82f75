import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import {
  backTo,
  DOSSIER_DETAIL_MESSAGES,
  OcopHost,
  registerMessages,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { ActionBar } from './action-bar/action-bar';
import { ChecklistItem } from './checklist-item/checklist-item';
import { ConflictNotice } from './conflict-notice/conflict-notice';
import { DossierApi } from './dossier-api';
import { DossierDetailStore } from './dossier-detail.store';
import { DossierHeader } from './dossier-header/dossier-header';
import { EvaluationPanel } from './evaluation-panel/evaluation-panel';
import { DossierTimeline } from './timeline/timeline';

registerMessages(DOSSIER_DETAIL_MESSAGES);

/**
 * <basePath>/dossiers/<id>: one evaluation dossier — what it is, its checklist with files, the workflow
 * actions open to the user, the council's and the province's results, and its timeline. A dossier outside the user's units answers 404 like a missing
 * one, and the page says so without telling which.
 */
@Component({
  selector: 'ocop-dossier-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    StatusPanel,
    DossierHeader,
    ConflictNotice,
    ActionBar,
    EvaluationPanel,
    ChecklistItem,
    DossierTimeline,
  ],
  providers: [DossierApi, DossierDetailStore],
  templateUrl: './dossier-detail.html',
  styleUrls: ['../../../../ocop-common/src/styles/controls.css', './dossier-detail.css'],
})
export class DossierDetailPage {
  readonly dossierId = input.required<string>();

  protected readonly store = inject(DossierDetailStore);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly listUrl = computed(() => `${this.host.basePath().replace(/\/+$/, '')}/dossiers`);
  protected readonly errorText = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.apiError(error) : '';
  });
  protected readonly summary = computed(() => {
    const checklist = this.store.dossier()?.checklist;
    return checklist ? this.t('dossierDetail.checklist.summary', { ...checklist }) : '';
  });

  constructor() {
    effect(() => {
      const id = this.dossierId();
      untracked(() => this.store.load(id));
    });
  }

  protected reload(): void {
    this.store.load(this.dossierId());
  }

  /** Back to the list the way the user came, so it keeps its filters; a plain link for new tabs. */
  protected back(event: MouseEvent): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    backTo(this.listUrl());
  }
}
