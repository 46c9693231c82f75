import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import {
  followLink,
  nfcValueOf,
  OcopHost,
  registerMessages,
  SCORING_MESSAGES,
  StatusPanel,
  Translator,
} from '@ocop/common';
import type { ApiError, DossierDetail, FieldError } from '@ocop/domain';
import { ReportsNav } from '../../nav/reports-nav';
import { ResultsApi } from '../../api/results-api';
import { dayText } from '../../shared/day-text';
import { Remote } from '../../shared/remote';
import { profileOf, reportsBase } from '../../shared/reports-base';
import { ScoreText } from '../../shared/score-text';
import { dossierUrl } from '../evaluation-text';
import {
  EMPTY_PROVINCE_RESULT,
  type ProvinceResultField,
  type ProvinceResultInput,
  checkProvinceResult,
  readProvinceResult,
} from './province-result-form';

registerMessages(SCORING_MESSAGES);

interface FieldView {
  name: ProvinceResultField;
  label: string;
  hint: string;
  inputmode: 'decimal' | 'numeric' | 'text';
}

/**
 * <basePath>/reports/dossiers/<dossierId>/province-result: the province officer records the provincial
 * result of a forwarded dossier (score, decision, and from 3 stars the certificate). Stars and expiry are
 * shown live from the domain's rules; the API decides and records.
 */
@Component({
  selector: 'ocop-province-result-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReportsNav, NgTemplateOutlet, StatusPanel],
  providers: [ResultsApi, ScoreText],
  templateUrl: './province-result-page.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/form-page.css',
    '../../../../ocop-common/src/styles/dialog.css',
    './province-result-page.css',
  ],
})
export class ProvinceResultPage {
  readonly dossierId = input.required<string>();

  private readonly api = inject(ResultsApi);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly text = inject(ScoreText);
  private readonly confirmDialog = viewChild<ElementRef<HTMLDialogElement>>('confirmDialog');

  protected readonly dossier = new Remote<DossierDetail>(this.i18n);
  protected readonly value = signal<ProvinceResultInput>(EMPTY_PROVINCE_RESULT);
  protected readonly tried = signal(false);
  protected readonly saving = signal(false);
  protected readonly saveError = signal<ApiError | null>(null);
  protected readonly saved = signal(false);

  protected readonly reading = computed(() => readProvinceResult(this.value()));
  /** The domain's verdict on the form as it stands; shown next to the fields once the officer tried. */
  protected readonly checked = computed(() =>
    checkProvinceResult(this.value(), this.dossier.value()?.version ?? 1),
  );
  /** The API decides; this spares anyone else a form they cannot send. */
  protected readonly provinceOfficer = computed(
    () => profileOf(this.host)?.roles.includes('province-officer') === true,
  );
  protected readonly forwarded = computed(() => this.dossier.value()?.state === 'forwarded');
  protected readonly recorded = computed(() => this.dossier.value()?.evaluation?.provinceResult ?? null);
  protected readonly district = computed(() => this.dossier.value()?.evaluation?.districtResult ?? null);
  protected readonly dossierLink = computed(() => dossierUrl(this.host.basePath(), this.dossierId()));
  protected readonly historyLink = computed(() => {
    const productId = this.dossier.value()?.product.id;
    return productId ? `${reportsBase(this.host)}/products/${productId}/evaluations` : '';
  });

  protected readonly fields = computed<FieldView[]>(() => {
    const dateHint = this.t('evaluation.dateHint');
    return [
      {
        name: 'score',
        label: this.t('provinceResult.score'),
        hint: this.t('provinceResult.scoreHint'),
        inputmode: 'decimal',
      },
      { name: 'decisionNumber', label: this.t('provinceResult.decisionNumber'), hint: '', inputmode: 'text' },
      {
        name: 'decisionDate',
        label: this.t('provinceResult.decisionDate'),
        hint: dateHint,
        inputmode: 'numeric',
      },
      {
        name: 'certificateNumber',
        label: this.t('provinceResult.certificateNumber'),
        hint: '',
        inputmode: 'text',
      },
      {
        name: 'certificateDate',
        label: this.t('provinceResult.certificateDate'),
        hint: dateHint,
        inputmode: 'numeric',
      },
    ];
  });
  protected readonly resultFields = computed(() => this.fields().slice(0, 3));
  protected readonly certificateFields = computed(() => this.fields().slice(3));

  protected readonly confirmText = computed(() => {
    const reading = this.reading();
    const params = {
      product: this.dossier.value()?.product.name ?? '',
      score: this.text.score(reading.score),
      stars: this.text.stars(reading.stars),
      number: this.value().certificateNumber.trim(),
      date: dayText(reading.expiresOn),
    };
    return reading.certified
      ? this.t('provinceResult.confirm.certified', params)
      : this.t('provinceResult.confirm.notCertified', params);
  });

  constructor() {
    effect(() => {
      const dossierId = this.dossierId();
      untracked(() => this.load(dossierId));
    });
  }

  protected load(dossierId = this.dossierId()): void {
    this.dossier.load(this.api.dossier(dossierId));
  }

  // The field template's context is untyped (`let-field`), so the lookup goes through a typed method.
  protected textOf(field: ProvinceResultField): string {
    return this.value()[field];
  }

  protected set(field: ProvinceResultField, event: Event): void {
    const text = nfcValueOf(event);
    if (text === null) return;
    this.value.update((value) => ({ ...value, [field]: text }));
    this.saveError.set(null);
  }

  /** The message next to a field: the domain's rule once tried, else what the API said of it. */
  protected errorFor(field: ProvinceResultField): string {
    const checked = this.checked();
    const own = this.tried() && !checked.ok ? checked.errors.find((e) => e.field === field) : undefined;
    return own?.message ?? this.serverErrors().find((e) => e.field === field)?.message ?? '';
  }

  private readonly serverErrors = computed<FieldError[]>(() => {
    const details = this.saveError()?.details;
    return Array.isArray(details) ? (details as FieldError[]) : [];
  });

  protected submit(event: Event): void {
    event.preventDefault();
    this.tried.set(true);
    if (!this.checked().ok) return;
    this.confirmDialog()?.nativeElement.showModal();
  }

  protected confirm(): void {
    const dossier = this.dossier.value();
    const checked = this.checked();
    if (!dossier || !checked.ok || this.saving()) return;
    this.saving.set(true);
    this.saveError.set(null);
    this.api.recordProvinceResult(dossier.id, checked.value).subscribe({
      next: (updated) => {
        this.dossier.value.set(updated);
        this.saving.set(false);
        this.saved.set(true);
        this.closeDialog();
      },
      error: (error: ApiError) => {
        this.saveError.set(error);
        this.saving.set(false);
        this.closeDialog();
      },
    });
  }

  protected closeDialog(): void {
    this.confirmDialog()?.nativeElement.close();
  }

  protected dateText(iso: string | null): string {
    return dayText(iso);
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
