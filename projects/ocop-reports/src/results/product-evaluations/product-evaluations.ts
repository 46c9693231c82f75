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
  followLink,
  isMessageKey,
  OcopHost,
  registerMessages,
  SCORING_MESSAGES,
  StarsBadge,
  StatusPanel,
  Translator,
} from '@ocop/common';
import type { Product, ProductEvaluation } from '@ocop/domain';
import { forkJoin } from 'rxjs';
import { CertificateStatusChip } from '../../certificates/status-chip/certificate-status-chip';
import { ReportsNav } from '../../nav/reports-nav';
import { ResultsApi } from '../../api/results-api';
import { dayText } from '../../shared/day-text';
import { Remote } from '../../shared/remote';
import { profileOf, reportsBase } from '../../shared/reports-base';
import { ScoreText } from '../../shared/score-text';
import { dossierUrl } from '../evaluation-text';

registerMessages(SCORING_MESSAGES);

/** One evaluation as the page shows it, with the dossiers before and after it in the product's history. */
interface EvaluationView {
  evaluation: ProductEvaluation;
  nextDossierId: string | null;
}

/** Newest round first; the API sends them so, this keeps it so whatever the order. */
export function newestFirst(evaluations: readonly ProductEvaluation[]): ProductEvaluation[] {
  return [...evaluations].sort((a, b) => b.roundYear - a.roundYear);
}

/**
 * <basePath>/reports/products/<productId>/evaluations: every evaluation of a product, newest first: the
 * district council's result, the province's, the certificate and its status, and the links between a
 * dossier and the re-evaluation that followed it. The province officer records a forwarded dossier's
 * provincial result from here.
 */
@Component({
  selector: 'ocop-product-evaluations',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, CertificateStatusChip, StarsBadge, StatusPanel],
  providers: [ResultsApi, ScoreText],
  templateUrl: './product-evaluations.html',
  styleUrls: ['../../../../ocop-common/src/styles/controls.css', './product-evaluations.css'],
})
export class ProductEvaluationsPage {
  readonly productId = input.required<string>();

  private readonly api = inject(ResultsApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly text = inject(ScoreText);

  protected readonly page = new Remote<{ product: Product; evaluations: ProductEvaluation[] }>(this.i18n);
  protected readonly canRecord = computed(
    () => profileOf(this.host)?.roles.includes('province-officer') === true,
  );
  protected readonly views = computed<EvaluationView[]>(() => {
    const evaluations = this.page.value()?.evaluations ?? [];
    return newestFirst(evaluations).map((evaluation) => ({
      evaluation,
      nextDossierId: evaluations.find((e) => e.previousDossierId === evaluation.dossierId)?.dossierId ?? null,
    }));
  });

  constructor() {
    effect(() => {
      const productId = this.productId();
      untracked(() => this.load(productId));
    });
  }

  protected load(productId = this.productId()): void {
    this.page.load(
      forkJoin({ product: this.api.product(productId), evaluations: this.api.productEvaluations(productId) }),
    );
  }

  protected dossierLink(dossierId: string): string {
    return dossierUrl(this.host.basePath(), dossierId);
  }

  protected recordLink(dossierId: string): string {
    return `${reportsBase(this.host)}/dossiers/${dossierId}/province-result`;
  }

  /** "Năm 2020 · Bộ tiêu chí 1048": the year as written, not as a number ("2.020"). */
  protected round(evaluation: ProductEvaluation): string {
    return this.t('evaluations.round', { year: String(evaluation.roundYear), set: evaluation.criteriaSet });
  }

  protected kind(evaluation: ProductEvaluation): string {
    const key = `evaluations.kind.${evaluation.registrationKind}`;
    return isMessageKey(key) ? this.t(key) : evaluation.registrationKind;
  }

  protected canRecordFor(evaluation: ProductEvaluation): boolean {
    return this.canRecord() && evaluation.state === 'forwarded' && evaluation.provinceResult === null;
  }

  protected dateText(iso: string): string {
    return dayText(iso);
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
