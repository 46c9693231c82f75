import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import {
  DOSSIER_LIST_MESSAGES,
  FormDrafts,
  navigateTo,
  nfcValueOf,
  OcopHost,
  registerMessages,
  SavedDraft,
  StatusPanel,
  Translator,
} from '@ocop/common';
import {
  ApiError,
  checklistFor,
  ChecklistItemDefinition,
  CRITERIA_SETS,
  CriteriaSetId,
  FieldError,
  fieldErrorsOf,
  formatQuarter,
  matchesSearch,
  NewDossier,
  parseNewDossier,
  Producer,
  Product,
  REGISTRATION_KINDS,
  RegistrationKind,
  vietnamDate,
} from '@ocop/domain';
import { ProductsApi } from '../../products/products-api';
import { DossiersApi } from '../dossiers-api';

registerMessages(DOSSIER_LIST_MESSAGES);

interface DossierDraft {
  productId: string;
  /** '' while the user has not chosen: the round year's criteria set applies (defaultCriteriaSet). */
  criteriaSet: '' | CriteriaSetId;
  registrationKind: RegistrationKind;
  roundYear: string;
  /** 'yyyy-Qn', or '' for none. */
  targetQuarter: string;
}

type Checklist = { items: ChecklistItemDefinition[]; mandatory: number } | 'unknown' | null;

const DRAFT = 'new-dossier';
const FIRST_ROUND_YEAR = 2018;
const QUARTERS = [1, 2, 3, 4] as const;

/**
 * QĐ 148/QĐ-TTg replaced QĐ 1048 on 24/02/2023 (ocop-reference §2), so a round from 2023 on is evaluated on
 * 148 and an earlier one on 1048. It is only the default: a 2023 round that opened before the switch, or a
 * province that applied 148 later, picks the other set, and the choice then stays as made.
 */
export function defaultCriteriaSet(roundYear: number): CriteriaSetId {
  return roundYear >= 2023 ? '148' : '1048';
}

/**
 * <basePath>/dossiers/new: opens an evaluation dossier for a product — criteria set, registration kind,
 * round and target quarter — showing the checklist the dossier will get before it is created. Input is kept
 * as a local draft while the user works, so an expired session loses nothing; one click creates one dossier.
 */
@Component({
  selector: 'ocop-new-dossier-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel],
  providers: [DossiersApi, ProductsApi],
  templateUrl: './new-dossier-form.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/form-page.css',
    './new-dossier-form.css',
  ],
})
export class NewDossierForm {
  private readonly api = inject(DossiersApi);
  private readonly catalog = inject(ProductsApi);
  private readonly drafts = inject(FormDrafts);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly criteriaSets = CRITERIA_SETS;
  protected readonly kinds = REGISTRATION_KINDS;
  private readonly thisYear = Number(vietnamDate(new Date()).slice(0, 4));
  protected readonly years = Array.from({ length: this.thisYear + 1 - FIRST_ROUND_YEAR + 1 }, (_, i) =>
    String(this.thisYear + 1 - i),
  );
  private readonly empty: DossierDraft = {
    productId: '',
    criteriaSet: '',
    registrationKind: 'first-time',
    roundYear: String(this.thisYear),
    targetQuarter: '',
  };

  protected readonly value = signal<DossierDraft>(this.empty);
  protected readonly search = signal('');
  protected readonly products = signal<Product[] | null>(null);
  protected readonly productsError = signal<ApiError | null>(null);
  /** For the checklist preview only (business registration); without them the strict list is shown. */
  private readonly producers = signal<Producer[] | null>(null);
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly submitError = signal<ApiError | null>(null);
  protected readonly saving = signal(false);
  /** What was last sent, with the product's name: the API's messages quote them. */
  private readonly sent = signal<{ body: NewDossier; productName: string } | null>(null);
  protected readonly offeredDraft = signal<SavedDraft<DossierDraft> | null>(null);
  private touched = false;

  protected readonly criteriaSet = computed<CriteriaSetId>(
    () => this.value().criteriaSet || defaultCriteriaSet(Number(this.value().roundYear)),
  );
  protected readonly selectedProduct = computed(
    () => this.products()?.find((p) => p.id === this.value().productId) ?? null,
  );
  /** The products matching the search (name, producer, commune; diacritics ignored), the chosen one kept. */
  protected readonly shownProducts = computed(() => {
    const query = this.search();
    const selected = this.selectedProduct();
    return (this.products() ?? []).filter(
      (p) => p === selected || matchesSearch(`${p.name} ${p.producer.name} ${p.commune.name}`, query),
    );
  });
  /** The quarters of the round year and the next: a dossier may be completed in the year after its round. */
  protected readonly quarters = computed(() => {
    const year = Number(this.value().roundYear);
    return [year, year + 1].flatMap((y) =>
      QUARTERS.map((q) => {
        const value = `${y}-Q${q}`;
        return { value, label: formatQuarter(value) };
      }),
    );
  });
  protected readonly checklist = computed<Checklist>(() => {
    const product = this.selectedProduct();
    if (!product) return null;
    const producer = this.producers()?.find((p) => p.id === product.producer.id);
    try {
      const items = checklistFor(
        this.criteriaSet(),
        product.productGroup.code,
        this.value().registrationKind,
        {
          hasBusinessRegistration: producer ? producer.registrationNumber !== null : true,
        },
      );
      return { items, mandatory: items.filter((item) => item.mandatory).length };
    } catch {
      // A phân nhóm this bundle does not know: the API decides the checklist when it creates the dossier.
      return 'unknown';
    }
  });

  protected readonly offeredAt = computed(() => {
    const draft = this.offeredDraft();
    return draft ? this.i18n.dateTime(draft.savedAt) : '';
  });
  protected readonly productsErrorText = computed(() => {
    const error = this.productsError();
    return error ? this.i18n.apiError(error) : '';
  });
  protected readonly submitErrorText = computed(() => {
    const error = this.submitError();
    if (!error) return null;
    const sent = this.sent();
    if (error.code === 'CONFLICT' && sent) {
      return this.t('newDossier.conflict', { name: sent.productName, year: String(sent.body.roundYear) });
    }
    return this.i18n.apiError(error);
  });

  constructor() {
    const saved = this.drafts.load<DossierDraft>(DRAFT);
    if (saved && !this.isEmpty(saved.value)) this.offeredDraft.set(saved);
    this.loadProducts();
    this.catalog.producers().subscribe({
      next: (page) => this.producers.set(page.items),
      error: () => this.producers.set([]),
    });
    effect(() => {
      const value = this.value();
      // Only the user's own input becomes a draft, not the empty form nor a draft still being offered.
      if (this.touched) this.drafts.save(DRAFT, value);
    });
  }

  protected loadProducts(): void {
    this.productsError.set(null);
    this.catalog.list().subscribe({
      next: (page) => this.products.set(page.items),
      error: (error: ApiError) => this.productsError.set(error),
    });
  }

  protected onSearch(event: Event): void {
    const value = nfcValueOf(event);
    if (value !== null) this.search.set(value);
  }

  protected update(field: keyof DossierDraft, event: Event): void {
    const value = nfcValueOf(event);
    if (value === null) return;
    this.touched = true;
    this.value.update((v) => {
      const next = { ...v, [field]: value } as DossierDraft;
      // A target quarter outside the new round's two years would be refused; the user picks again.
      if (field === 'roundYear' && next.targetQuarter !== '') {
        const year = Number(next.targetQuarter.slice(0, 4));
        if (year < Number(value) || year > Number(value) + 1) next.targetQuarter = '';
      }
      return next;
    });
    this.errors.update((errors) => errors.filter((e) => e.field !== field));
  }

  protected restoreDraft(): void {
    const draft = this.offeredDraft();
    if (!draft) return;
    const restored = { ...this.empty, ...draft.value };
    this.value.set({
      productId: typeof restored.productId === 'string' ? restored.productId : '',
      criteriaSet: CRITERIA_SETS.includes(restored.criteriaSet as CriteriaSetId) ? restored.criteriaSet : '',
      registrationKind: REGISTRATION_KINDS.includes(restored.registrationKind)
        ? restored.registrationKind
        : 'first-time',
      roundYear: /^\d{4}$/.test(restored.roundYear) ? restored.roundYear : this.empty.roundYear,
      targetQuarter: typeof restored.targetQuarter === 'string' ? restored.targetQuarter : '',
    });
    this.touched = true;
    this.offeredDraft.set(null);
  }

  protected discardDraft(): void {
    this.drafts.clear(DRAFT);
    this.offeredDraft.set(null);
  }

  protected productLabel(product: Product): string {
    const params = { name: product.name, producer: product.producer.name, commune: product.commune.name };
    return this.t(product.stage === 'idea' ? 'newDossier.ideaOption' : 'newDossier.productOption', params);
  }

  /** The error of `field` in the element's language, or null. */
  protected errorFor(field: keyof NewDossier): string | null {
    const error = this.errors().find((e) => e.field === field);
    if (!error) return null;
    const sent = this.sent();
    return this.i18n.fieldError('dossier', error, {
      name: sent?.productName ?? this.selectedProduct()?.name,
      year: String(sent?.body.roundYear ?? this.value().roundYear),
    });
  }

  protected submit(event: Event): void {
    event.preventDefault();
    // One click, one dossier: the button is disabled while saving, and a second submit (Enter) stops here.
    if (this.saving()) return;
    const value = this.value();
    const product = this.selectedProduct();
    const parsed = parseNewDossier({
      productId: value.productId,
      criteriaSet: this.criteriaSet(),
      registrationKind: value.registrationKind,
      roundYear: Number(value.roundYear),
      targetQuarter: value.targetQuarter || null,
    });
    const errors = parsed.ok ? [] : [...parsed.errors];
    if (product?.stage === 'idea') {
      errors.push({
        field: 'productId',
        code: 'invalid_choice',
        message: `“${product.name}” mới ở bước đăng ký ý tưởng: hoàn thiện đăng ký sản phẩm trước khi lập hồ sơ`,
      });
    }
    if (!parsed.ok || errors.length > 0) {
      this.errors.set(errors);
      return;
    }
    this.saving.set(true);
    this.errors.set([]);
    this.submitError.set(null);
    this.sent.set({ body: parsed.value, productName: product?.name ?? '' });
    this.api.create(parsed.value).subscribe({
      next: (dossier) => {
        this.drafts.clear(DRAFT);
        this.saving.set(false);
        navigateTo(`${this.listUrl()}/${dossier.id}`);
      },
      error: (error: ApiError) => {
        this.saving.set(false);
        this.submitError.set(error);
        // VALIDATION_FAILED (400) and CONFLICT (409) name the fields they are about.
        const fieldErrors = fieldErrorsOf(error);
        if (fieldErrors.length > 0) this.errors.set(fieldErrors);
      },
    });
  }

  protected cancel(): void {
    navigateTo(this.listUrl());
  }

  private listUrl(): string {
    return `${this.host.basePath().replace(/\/+$/, '')}/dossiers`;
  }

  private isEmpty(value: DossierDraft): boolean {
    return (
      !value.productId &&
      !value.criteriaSet &&
      !value.targetQuarter &&
      (value.registrationKind ?? 'first-time') === 'first-time'
    );
  }
}
