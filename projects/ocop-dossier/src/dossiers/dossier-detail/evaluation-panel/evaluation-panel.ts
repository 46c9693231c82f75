import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import {
  DOSSIER_DETAIL_MESSAGES,
  followLink,
  navigateTo,
  OcopHost,
  registerMessages,
  StarsBadge,
  Translator,
} from '@ocop/common';
import { ApiError, CertificateStatus, formatScore } from '@ocop/domain';
import { DossierApi } from '../dossier-api';
import { DossierDetailStore } from '../dossier-detail.store';
import { isoDateText } from '../dossier-labels';

registerMessages(DOSSIER_DETAIL_MESSAGES);

/** Who may start a re-evaluation (the API checks the unit; these roles see the button). */
const RE_EVALUATORS: readonly string[] = ['commune-officer', 'district-officer'];
/** A round year further away than this is a typing mistake, not a plan. */
const YEARS_AHEAD = 10;

/**
 * "Kết quả đánh giá": what the district council and the province gave this dossier, its certificate, the
 * dossiers before and after it, and — once certified — the way to start its re-evaluation. The round year is
 * asked in a confirmation, since the new dossier cannot be deleted.
 */
@Component({
  selector: 'ocop-evaluation-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StarsBadge],
  templateUrl: './evaluation-panel.html',
  styleUrls: [
    '../../../../../ocop-common/src/styles/controls.css',
    '../../../../../ocop-common/src/styles/dialog.css',
    './evaluation-panel.css',
  ],
})
export class EvaluationPanel {
  private readonly store = inject(DossierDetailStore);
  private readonly api = inject(DossierApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly date = isoDateText;

  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('reEvaluateDialog');

  protected readonly dossier = this.store.dossier;
  protected readonly evaluation = computed(() => this.dossier()?.evaluation ?? null);
  protected readonly district = computed(() => this.evaluation()?.districtResult ?? null);
  protected readonly province = computed(() => this.evaluation()?.provinceResult ?? null);
  protected readonly certificate = computed(() => this.evaluation()?.certificate ?? null);
  protected readonly hasResult = computed(() => !!(this.district() || this.province() || this.certificate()));

  private readonly base = computed(() => this.host.basePath().replace(/\/+$/, ''));
  protected readonly previousUrl = computed(() => this.dossierUrl(this.evaluation()?.previousDossierId));
  protected readonly nextUrl = computed(() => this.dossierUrl(this.evaluation()?.nextDossierId));
  protected readonly historyUrl = computed(() => {
    const productId = this.dossier()?.product.id;
    return productId ? `${this.base()}/reports/products/${encodeURIComponent(productId)}/evaluations` : null;
  });

  /** A certified dossier not yet followed by a re-evaluation, for a commune or district officer. */
  protected readonly canReEvaluate = computed(() => {
    const dossier = this.dossier();
    const roles = this.store.me()?.roles ?? [];
    return (
      dossier?.state === 'certified' &&
      !this.evaluation()?.nextDossierId &&
      roles.some((role) => RE_EVALUATORS.includes(role))
    );
  });

  protected readonly year = signal('');
  protected readonly yearError = signal<string | null>(null);
  protected readonly working = signal(false);
  protected readonly failure = signal<ApiError | null>(null);
  protected readonly failureText = computed(() => {
    const error = this.failure();
    return error ? this.i18n.apiError(error) : null;
  });
  private readonly yearRange = computed(() => {
    const min = (this.dossier()?.roundYear ?? 0) + 1;
    return { min, max: Math.max(min, new Date().getFullYear()) + YEARS_AHEAD };
  });

  protected mean(score: number): string {
    return formatScore(score, this.i18n.locale());
  }

  protected statusText(status: CertificateStatus): string {
    return this.t(`dossierDetail.evaluation.certificateStatus.${status}`);
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }

  /** The default year: when the certificate runs out, the product has to be evaluated again. */
  protected startReEvaluation(): void {
    const dossier = this.dossier();
    if (!dossier) return;
    const expires = this.certificate()?.expiresOn;
    const year = expires ? Number(expires.slice(0, 4)) : dossier.roundYear + 1;
    this.year.set(String(Math.max(year, this.yearRange().min)));
    this.yearError.set(null);
    this.failure.set(null);
    this.dialog()?.nativeElement.showModal();
  }

  protected setYear(event: Event): void {
    this.year.set((event.target as HTMLInputElement).value);
    this.yearError.set(null);
  }

  protected confirmReEvaluation(event: Event): void {
    event.preventDefault();
    const dossier = this.dossier();
    if (!dossier || this.working()) return;
    const { min, max } = this.yearRange();
    const text = this.year().trim();
    const roundYear = Number(text);
    if (!/^\d{4}$/.test(text) || roundYear < min || roundYear > max) {
      this.yearError.set(
        this.t('dossierDetail.reEvaluate.yearInvalid', { min: String(min), max: String(max) }),
      );
      return;
    }
    this.working.set(true);
    this.failure.set(null);
    this.api.reEvaluate(dossier.id, roundYear).subscribe({
      next: (created) => {
        this.working.set(false);
        this.dialog()?.nativeElement.close();
        navigateTo(this.dossierUrl(created.id)!);
      },
      error: (error: ApiError) => {
        this.working.set(false);
        this.failure.set(error);
      },
    });
  }

  protected cancel(): void {
    this.dialog()?.nativeElement.close();
  }

  private dossierUrl(id: string | null | undefined): string | null {
    return id ? `${this.base()}/dossiers/${encodeURIComponent(id)}` : null;
  }
}
