import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import {
  CATALOG_MESSAGES,
  followLink,
  FormDrafts,
  navigateTo,
  nfc,
  nfcValueOf,
  OcopHost,
  registerMessages,
  SavedDraft,
  StatusPanel,
  Translator,
} from '@ocop/common';
import {
  ApiError,
  FieldError,
  fieldErrorsOf,
  MAX_DESCRIPTION_LENGTH,
  MAX_NAME_LENGTH,
  NewProduct,
  parseNewProduct,
  Producer,
  PRODUCT_STAGES,
} from '@ocop/domain';
import { ProductGroupPicker } from '../product-group-picker/product-group-picker';
import { ProductsApi } from '../products-api';

registerMessages(CATALOG_MESSAGES);

interface ProductDraft {
  /** 'idea' (biểu 01) or 'product' (biểu 02). */
  stage: string;
  name: string;
  producerId: string;
  productGroupCode: string;
  description: string;
}

const DRAFT = 'new-product';
// An existing product (biểu 02) unless the user says it is a new idea: what registering a product meant
// before ideas existed, and what a dossier needs.
const EMPTY: ProductDraft = {
  stage: 'product',
  name: '',
  producerId: '',
  productGroupCode: '',
  description: '',
};

/** The length limit a field's too_long message quotes. */
const MAX_LENGTH: Partial<Record<keyof ProductDraft, number>> = {
  name: MAX_NAME_LENGTH,
  description: MAX_DESCRIPTION_LENGTH,
};

/**
 * <basePath>/dossiers/products/new: registers a new product's idea (phiếu đăng ký ý tưởng sản phẩm, biểu 01)
 * or an existing product (biểu 02) of a producer. Every keystroke is kept as a local draft, so a session that
 * ends mid-form loses nothing: after logging in again the form offers it back. Typed text is kept and sent
 * in NFC, whatever form the input method produced. Field errors (the domain's and the API's) are kept by
 * field and code and written in the element's language when shown.
 */
@Component({
  selector: 'ocop-new-product-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel, ProductGroupPicker],
  providers: [ProductsApi],
  templateUrl: './new-product-form.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/form-page.css',
    './new-product-form.css',
  ],
})
export class NewProductForm {
  private readonly api = inject(ProductsApi);
  private readonly drafts = inject(FormDrafts);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly stages = PRODUCT_STAGES;
  protected readonly maxDescription = MAX_DESCRIPTION_LENGTH;

  protected readonly value = signal<ProductDraft>(EMPTY);
  protected readonly producers = signal<Producer[] | null>(null);
  protected readonly producersError = signal<ApiError | null>(null);
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly submitError = signal<ApiError | null>(null);
  protected readonly saving = signal(false);
  /** What was last sent: the API's messages quote it (the duplicate name, the commune code). */
  private readonly sent = signal<NewProduct | null>(null);
  /** A draft from an earlier visit, offered until the user restores or discards it. */
  protected readonly offeredDraft = signal<SavedDraft<ProductDraft> | null>(null);
  private touched = false;

  protected readonly newProducerUrl = computed(
    () => `${this.host.basePath().replace(/\/+$/, '')}/dossiers/producers/new`,
  );
  protected readonly offeredAt = computed(() => {
    const draft = this.offeredDraft();
    return draft ? this.i18n.dateTime(draft.savedAt) : '';
  });
  protected readonly producersErrorText = computed(() => {
    const error = this.producersError();
    return error ? this.i18n.apiError(error) : '';
  });
  protected readonly submitErrorText = computed(() => {
    const error = this.submitError();
    return error ? this.i18n.apiError(error) : null;
  });

  constructor() {
    const saved = this.drafts.load<ProductDraft>(DRAFT);
    if (saved && !isEmpty(saved.value)) this.offeredDraft.set(saved);
    this.loadProducers();
    effect(() => {
      const value = this.value();
      // Only the user's own input becomes a draft, not the empty form nor a draft still being offered.
      if (this.touched) this.drafts.save(DRAFT, value);
    });
  }

  protected loadProducers(): void {
    this.producersError.set(null);
    this.api.producers().subscribe({
      next: (page) => this.producers.set(page.items),
      error: (error: ApiError) => this.producersError.set(error),
    });
  }

  /** `input`/`change` (and `compositionend`) of a control: its NFC value goes into the model and the draft. */
  protected update(field: keyof ProductDraft, event: Event): void {
    const value = nfcValueOf(event);
    // An input method still composing decomposed text: its compositionend brings the final value.
    if (value === null) return;
    this.touched = true;
    this.value.update((v) => ({ ...v, [field]: value }));
    this.errors.update((errors) => errors.filter((e) => e.field !== field));
  }

  /** The product group picker's choice ('' when the user switched the criteria set). */
  protected chooseGroup(code: string): void {
    this.touched = true;
    this.value.update((v) => ({ ...v, productGroupCode: code }));
    this.errors.update((errors) => errors.filter((e) => e.field !== 'productGroupCode'));
  }

  protected restoreDraft(): void {
    const draft = this.offeredDraft();
    if (!draft) return;
    const restored: ProductDraft = { ...EMPTY };
    for (const field of Object.keys(EMPTY) as (keyof ProductDraft)[]) {
      const text: unknown = draft.value[field];
      // Drafts written by an older form may lack fields, or hold NFD.
      if (typeof text === 'string') restored[field] = nfc(text);
    }
    this.value.set(restored);
    this.touched = true;
    this.offeredDraft.set(null);
  }

  protected discardDraft(): void {
    this.drafts.clear(DRAFT);
    this.offeredDraft.set(null);
  }

  /** The error of `field` in the element's language, or null. */
  protected errorFor(field: keyof ProductDraft | 'communeCode'): string | null {
    const error = this.errors().find((e) => e.field === field);
    if (!error) return null;
    const sent = this.sent();
    return this.i18n.fieldError('product', error, {
      max: field === 'communeCode' ? undefined : limitText(MAX_LENGTH[field]),
      name: sent?.name,
      code: sent?.communeCode,
    });
  }

  protected followNewProducer(event: MouseEvent): void {
    followLink(event, this.newProducerUrl());
  }

  protected submit(event: Event): void {
    event.preventDefault();
    if (this.saving()) return;
    const value = this.value();
    const producer = this.producers()?.find((p) => p.id === value.producerId);
    const parsed = parseNewProduct({ ...value, communeCode: producer?.commune.code ?? '' });
    if (!parsed.ok) {
      this.errors.set(parsed.errors);
      return;
    }
    this.saving.set(true);
    this.submitError.set(null);
    this.sent.set(parsed.value);
    this.api.create(parsed.value).subscribe({
      next: () => {
        this.drafts.clear(DRAFT);
        this.saving.set(false);
        navigateTo(this.listUrl());
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
    return `${this.host.basePath().replace(/\/+$/, '')}/dossiers/products`;
  }
}

function isEmpty(value: Partial<ProductDraft>): boolean {
  return !value.name && !value.producerId && !value.productGroupCode && !value.description;
}

/** A limit as the domain writes it in its messages, without digit grouping ("1000", not "1.000"). */
function limitText(max: number | undefined): string | undefined {
  return max === undefined ? undefined : String(max);
}
