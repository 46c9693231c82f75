import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import {
  FormDrafts,
  navigateTo,
  nfc,
  nfcValueOf,
  OcopHost,
  SavedDraft,
  StatusPanel,
  Translator,
} from '@ocop/common';
import {
  ApiError,
  FieldError,
  MAX_NAME_LENGTH,
  NewProduct,
  parseNewProduct,
  Producer,
  PRODUCT_SUBGROUPS_1048,
} from '@ocop/domain';
import { ProductsApi } from '../products-api';

interface ProductDraft {
  name: string;
  producerId: string;
  productGroupCode: string;
}

const DRAFT = 'new-product';
const EMPTY: ProductDraft = { name: '', producerId: '', productGroupCode: '' };

/**
 * /ocop/dossiers/products/new: registers a product idea of a producer. Every keystroke is kept as a local
 * draft, so a session that ends mid-form loses nothing: after logging in again the form offers it back.
 * Typed text is kept and sent in NFC, whatever form the input method produced. Field errors (the domain's
 * and the API's) are kept by field and code and written in the element's language when shown.
 */
@Component({
  selector: 'ocop-new-product-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel],
  providers: [ProductsApi],
  templateUrl: './new-product-form.html',
  styleUrls: ['../../../../ocop-common/src/styles/controls.css', './new-product-form.css'],
})
export class NewProductForm {
  private readonly api = inject(ProductsApi);
  private readonly drafts = inject(FormDrafts);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly groups = PRODUCT_SUBGROUPS_1048;

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

  protected restoreDraft(): void {
    const draft = this.offeredDraft();
    if (!draft) return;
    // Drafts kept before text was normalised may hold NFD.
    const restored = { ...EMPTY, ...draft.value };
    this.value.set({
      name: typeof restored.name === 'string' ? nfc(restored.name) : '',
      producerId: restored.producerId,
      productGroupCode: restored.productGroupCode,
    });
    this.touched = true;
    this.offeredDraft.set(null);
  }

  protected discardDraft(): void {
    this.drafts.clear(DRAFT);
    this.offeredDraft.set(null);
  }

  /** The error of `field` in the element's language, or null. */
  protected errorFor(field: string): string | null {
    const error = this.errors().find((e) => e.field === field);
    if (!error) return null;
    const sent = this.sent();
    return this.i18n.fieldError('product', error, {
      max: MAX_NAME_LENGTH,
      name: sent?.name,
      code: sent?.communeCode,
    });
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
    return `${this.host.basePath().replace(/\/+$/, '')}/dossiers`;
  }
}

function isEmpty(value: ProductDraft): boolean {
  return !value.name && !value.producerId && !value.productGroupCode;
}

function fieldErrorsOf(error: ApiError): FieldError[] {
  if (!Array.isArray(error.details)) return [];
  return (error.details as unknown[]).filter(
    (d): d is FieldError =>
      typeof d === 'object' &&
      d !== null &&
      typeof (d as FieldError).field === 'string' &&
      typeof (d as FieldError).code === 'string' &&
      typeof (d as FieldError).message === 'string',
  );
}
