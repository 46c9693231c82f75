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
  CATALOG_MESSAGES,
  ExportButton,
  exportParamsOf,
  followLink,
  OcopHost,
  registerMessages,
  StarsBadge,
  StatusPanel,
  Translator,
} from '@ocop/common';
import { CATALOG_WRITER_ROLES, Product, PRODUCT_STAGES, ProductStage } from '@ocop/domain';
import { ProductPhotos } from '../product-photos/product-photos';
import { ProductsApi } from '../products-api';
import { ProductListStore } from './product-list.store';

registerMessages(CATALOG_MESSAGES);

/**
 * <basePath>/dossiers/products: the products registered in OCOP, with their producer, commune, sub-group and
 * registration step. An idea (biểu 01) can have its registration completed here, after a confirmation,
 * by those who register products.
 */
@Component({
  selector: 'ocop-product-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel, ProductPhotos, StarsBadge, ExportButton],
  providers: [ProductsApi, ProductListStore],
  templateUrl: './product-list.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
    './product-list.css',
  ],
})
export class ProductList {
  protected readonly store = inject(ProductListStore);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly stages = PRODUCT_STAGES;
  protected readonly exportParams = computed(() => exportParamsOf({ stage: this.store.stage() }));
  protected readonly loadError = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.apiError(error) : undefined;
  });
  private readonly host = inject(OcopHost);
  private readonly base = computed(() => `${this.host.basePath().replace(/\/+$/, '')}/dossiers`);
  protected readonly dossiersUrl = this.base;
  protected readonly producersUrl = computed(() => `${this.base()}/producers`);
  protected readonly newProductUrl = computed(() => `${this.base()}/products/new`);

  /**
   * Whether the user registers products, so completes ideas and adds photos (the API decides; this only
   * spares others buttons that fail).
   */
  protected readonly canPromote = computed(() => {
    const profile = this.host.auth()?.profile();
    if (!profile || profile instanceof Promise) return false;
    return profile.roles.some((role) => (CATALOG_WRITER_ROLES as readonly string[]).includes(role));
  });

  /** The idea the confirmation dialog asks about. */
  protected readonly confirming = signal<Product | null>(null);
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('confirm');

  protected readonly outcomeText = computed(() => {
    const outcome = this.store.outcome();
    if (!outcome) return null;
    switch (outcome.kind) {
      case 'done':
        return this.t('products.promote.done', { name: outcome.name });
      case 'stale':
        return this.t('products.promote.stale', { name: outcome.name });
      default:
        return this.i18n.apiError(outcome.error);
    }
  });

  constructor() {
    this.store.load();
  }

  protected stageLabel(stage: ProductStage): string {
    return this.t(stage === 'idea' ? 'products.stage.idea' : 'products.stage.product');
  }

  protected filterStage(event: Event): void {
    const value = (event.target as HTMLSelectElement).value;
    this.store.filterStage(value === 'idea' || value === 'product' ? value : null);
  }

  /** Completing a registration cannot be undone: ask first, in a dialog inside our shadow root. */
  protected askPromote(product: Product): void {
    this.confirming.set(product);
    this.dialog()?.nativeElement.showModal();
  }

  protected async confirmPromote(): Promise<void> {
    const product = this.confirming();
    if (!product) return;
    this.closeDialog();
    await this.store.promote(product);
  }

  protected closeDialog(): void {
    this.dialog()?.nativeElement.close();
    this.confirming.set(null);
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
