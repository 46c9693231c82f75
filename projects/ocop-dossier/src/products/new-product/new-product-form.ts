import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import {
  FormDrafts,
  formatDateTimeVi,
  navigateTo,
  OcopHost,
  SavedDraft,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { ApiError, FieldError, parseNewProduct, Producer, PRODUCT_SUBGROUPS_1048 } from '@ocop/domain';
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
 */
@Component({
  selector: 'ocop-new-product-form',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel],
  providers: [ProductsApi],
  templateUrl: './new-product-form.html',
  styleUrl: './new-product-form.css',
})
export class NewProductForm {
  private readonly api = inject(ProductsApi);
  private readonly drafts = inject(FormDrafts);
  private readonly host = inject(OcopHost);
  protected readonly t = inject(Translator).t;
  protected readonly groups = PRODUCT_SUBGROUPS_1048;

  protected readonly value = signal<ProductDraft>(EMPTY);
  protected readonly producers = signal<Producer[] | null>(null);
  protected readonly producersError = signal<ApiError | null>(null);
  protected readonly errors = signal<FieldError[]>([]);
  protected readonly submitError = signal<ApiError | null>(null);
  protected readonly saving = signal(false);
  /** A draft from an earlier visit, offered until the user restores or discards it. */
  protected readonly offeredDraft = signal<SavedDraft<ProductDraft> | null>(null);
  private touched = false;

  protected readonly offeredAt = computed(() => {
    const draft = this.offeredDraft();
    return draft ? formatDateTimeVi(draft.savedAt) : '';
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

  protected update(field: keyof ProductDraft, event: Event): void {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    this.touched = true;
    this.value.update((v) => ({ ...v, [field]: target.value }));
    this.errors.update((errors) => errors.filter((e) => e.field !== field));
  }

  protected restoreDraft(): void {
    const draft = this.offeredDraft();
    if (!draft) return;
    this.value.set({ ...EMPTY, ...draft.value });
    this.touched = true;
    this.offeredDraft.set(null);
  }

  protected discardDraft(): void {
    this.drafts.clear(DRAFT);
    this.offeredDraft.set(null);
  }

  protected errorFor(field: string): string | null {
    return this.errors().find((e) => e.field === field)?.message ?? null;
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
    this.api.create(parsed.value).subscribe({
      next: () => {
        this.drafts.clear(DRAFT);
        this.saving.set(false);
        navigateTo(this.listUrl());
      },
      error: (error: ApiError) => {
        this.saving.set(false);
        this.submitError.set(error);
        if (error.code === 'VALIDATION_FAILED' && Array.isArray(error.details)) {
          this.errors.set(error.details as FieldError[]);
        }
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
