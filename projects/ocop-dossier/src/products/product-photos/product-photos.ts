import {
  afterNextRender,
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  Injector,
  input,
  output,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { CATALOG_MESSAGES, registerMessages, Translator } from '@ocop/common';
import {
  acceptAttribute,
  ApiError,
  AttachmentRefusal,
  attachmentRefusalDetails,
  attachmentRefusalMessage,
  checkFileName,
  checkPhotoCount,
  checkPhotoKind,
  checkPhotoSize,
  detectFileKind,
  FILE_KIND_HEAD_BYTES,
  Product,
  PRODUCT_PHOTO_KINDS,
  PRODUCT_PHOTO_LIMITS,
  ProductPhoto,
} from '@ocop/domain';
import { Subscription } from 'rxjs';
import { ProductPhotosApi } from './product-photos-api';

registerMessages(CATALOG_MESSAGES);

/** The last upload of this product's control, for its status line. */
type UploadState =
  | { status: 'checking' | 'done' | 'cancelled'; fileName: string }
  | { status: 'uploading'; fileName: string; progress: number }
  | { status: 'failed'; fileName: string; error: ApiError };

/** What became of the last removal (a stale version is the page's to tell: see `outdated`). */
type RemoveOutcome =
  { status: 'done'; fileName: string } | { status: 'failed'; fileName: string; error: ApiError };

const MB = 1024 * 1024;

/**
 * A product's photos as small thumbnails and, for those who may edit the product, the "Ảnh sản phẩm" control:
 * the limits before anything is chosen, the domain's checks before a byte is sent (name, count, size, JPEG or
 * PNG by content), a progress bar with a cancel button, and removal after a confirmation. The bytes are
 * fetched with the bearer token and shown through blob: URLs, revoked as soon as they are not needed.
 * `changed` gives the product as the API answered it; `outdated` says someone else changed it first (409),
 * so the page reloads it.
 */
@Component({
  selector: 'ocop-product-photos',
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ProductPhotosApi],
  templateUrl: './product-photos.html',
  styleUrls: ['../../../../ocop-common/src/styles/controls.css', './product-photos.css'],
})
export class ProductPhotos {
  readonly product = input.required<Product>();
  readonly canEdit = input(false);
  readonly changed = output<Product>();
  readonly outdated = output<void>();

  private readonly api = inject(ProductPhotosApi);
  private readonly injector = inject(Injector);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly accept = acceptAttribute(PRODUCT_PHOTO_KINDS);
  protected readonly maxPhotos = PRODUCT_PHOTO_LIMITS.maxPhotos;
  protected readonly inputId = computed(() => `photo-${this.product().id}`);

  /** Blob URLs of the thumbnails, by photo id. */
  protected readonly urls = signal<Readonly<Record<string, string>>>({});
  /** Photos whose bytes could not be fetched. */
  protected readonly broken = signal<ReadonlySet<string>>(new Set());
  protected readonly upload = signal<UploadState | null>(null);
  protected readonly toRemove = signal<ProductPhoto | null>(null);
  protected readonly removing = signal(false);
  protected readonly removed = signal<RemoveOutcome | null>(null);

  protected readonly full = computed(() => this.product().photos.length >= PRODUCT_PHOTO_LIMITS.maxPhotos);
  protected readonly busy = computed(() => {
    const status = this.upload()?.status;
    return status === 'checking' || status === 'uploading';
  });
  protected readonly limits = computed(() =>
    this.t('products.photos.limits', {
      mb: PRODUCT_PHOTO_LIMITS.maxFileBytes / MB,
      max: PRODUCT_PHOTO_LIMITS.maxPhotos,
      left: Math.max(0, PRODUCT_PHOTO_LIMITS.maxPhotos - this.product().photos.length),
    }),
  );
  protected readonly percent = computed(() => {
    const state = this.upload();
    const progress = state?.status === 'uploading' ? state.progress : 0;
    return this.i18n.number(progress, { style: 'percent', maximumFractionDigits: 0 });
  });

  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('removeDialog');
  private readonly fileInput = viewChild<ElementRef<HTMLInputElement>>('fileInput');
  private readonly fetching = new Map<string, Subscription>();
  private sending: Subscription | null = null;

  constructor() {
    effect(() => {
      const photos = this.product().photos;
      untracked(() => this.showThumbnails(photos));
    });
    inject(DestroyRef).onDestroy(() => {
      this.sending?.unsubscribe();
      for (const subscription of this.fetching.values()) subscription.unsubscribe();
      for (const url of Object.values(this.urls())) URL.revokeObjectURL(url);
    });
  }

  protected alt(photo: ProductPhoto): string {
    return this.t('products.photos.alt', { product: this.product().name, file: photo.fileName });
  }

  protected chosen(event: Event): void {
    const control = event.target as HTMLInputElement;
    const file = control.files?.[0];
    // Cleared so that choosing the same file again (after fixing it, or after a cancel) fires `change`.
    control.value = '';
    if (file) void this.send(file);
  }

  protected cancel(): void {
    const state = this.upload();
    if (state?.status !== 'uploading') return;
    this.sending?.unsubscribe();
    this.sending = null;
    this.upload.set({ status: 'cancelled', fileName: state.fileName });
  }

  protected askRemove(photo: ProductPhoto): void {
    this.removed.set(null);
    this.toRemove.set(photo);
    this.dialog()?.nativeElement.showModal();
  }

  protected closeDialog(): void {
    this.dialog()?.nativeElement.close();
  }

  /** The `close` event comes a task later: by then the dialog may be open again for another photo. */
  protected dialogClosed(): void {
    if (!this.dialog()?.nativeElement.open) this.toRemove.set(null);
  }

  protected confirmRemove(): void {
    const photo = this.toRemove();
    if (!photo || this.removing()) return;
    this.removing.set(true);
    this.api.remove(this.product(), photo).subscribe({
      next: (product) => {
        this.removing.set(false);
        this.removed.set({ status: 'done', fileName: photo.fileName });
        this.closeDialog();
        this.changed.emit(product);
        // The removed photo's button is gone: keep the keyboard user in this control.
        afterNextRender(() => this.fileInput()?.nativeElement.focus(), { injector: this.injector });
      },
      error: (error: ApiError) => {
        this.removing.set(false);
        this.closeDialog();
        if (error.code === 'STALE_VERSION') this.outdated.emit();
        else this.removed.set({ status: 'failed', fileName: photo.fileName, error });
      },
    });
  }

  protected removeMessage(outcome: RemoveOutcome): string {
    return outcome.status === 'done'
      ? this.t('products.photos.deleted', { name: outcome.fileName })
      : this.t('products.photos.deleteFailed', {
          name: outcome.fileName,
          message: this.i18n.apiError(outcome.error),
        });
  }

  protected failure(state: UploadState): string {
    return state.status === 'failed'
      ? this.t('products.photos.failed', { name: state.fileName, message: this.i18n.apiError(state.error) })
      : '';
  }

  private async send(file: File): Promise<void> {
    if (this.busy()) return;
    this.removed.set(null);
    this.upload.set({ status: 'checking', fileName: file.name });
    const refusal = await this.refusal(file);
    if (refusal) {
      this.upload.set({ status: 'failed', fileName: file.name, error: refusal });
      return;
    }
    const before = new Set(this.product().photos.map((p) => p.id));
    this.upload.set({ status: 'uploading', fileName: file.name, progress: 0 });
    this.sending = this.api.upload(this.product(), file).subscribe({
      next: (event) => {
        if ('progress' in event) {
          this.upload.set({ status: 'uploading', fileName: file.name, progress: event.progress });
          return;
        }
        this.sending = null;
        // The new photo is shown from the file at hand rather than fetched back from the API.
        const added = event.done.photos.find((p) => !before.has(p.id));
        if (added) this.urls.update((urls) => ({ ...urls, [added.id]: URL.createObjectURL(file) }));
        this.upload.set({ status: 'done', fileName: file.name });
        this.changed.emit(event.done);
      },
      error: (error: ApiError) => {
        this.sending = null;
        this.upload.set({ status: 'failed', fileName: file.name, error });
      },
    });
  }

  /**
   * The domain's rules, checked before sending, so nobody waits for a 40 MB photo or a renamed document to
   * travel only to be refused; the API checks them again on the bytes it receives.
   */
  private async refusal(file: File): Promise<ApiError | null> {
    const name = checkFileName(file.name);
    const refusal: AttachmentRefusal | null = !name.ok
      ? name.refusal
      : (checkPhotoCount(this.product().photos.length, PRODUCT_PHOTO_LIMITS) ??
        checkPhotoSize(file.size, PRODUCT_PHOTO_LIMITS) ??
        checkPhotoKind(
          detectFileKind(new Uint8Array(await file.slice(0, FILE_KIND_HEAD_BYTES).arrayBuffer())),
        ));
    if (!refusal) return null;
    return {
      code: refusal.code,
      message: attachmentRefusalMessage(refusal),
      details: attachmentRefusalDetails(refusal),
    };
  }

  /** Fetches the photos not shown yet, and lets go of the URLs of photos that are gone. */
  private showThumbnails(photos: readonly ProductPhoto[]): void {
    const ids = new Set(photos.map((p) => p.id));
    const urls = this.urls();
    const kept = Object.fromEntries(Object.entries(urls).filter(([id]) => ids.has(id)));
    for (const [id, url] of Object.entries(urls)) if (!ids.has(id)) URL.revokeObjectURL(url);
    if (Object.keys(kept).length !== Object.keys(urls).length) this.urls.set(kept);
    for (const [id, subscription] of this.fetching) {
      if (!ids.has(id)) {
        subscription.unsubscribe();
        this.fetching.delete(id);
      }
    }
    for (const photo of photos) {
      if (kept[photo.id] || this.fetching.has(photo.id) || this.broken().has(photo.id)) continue;
      const subscription = this.api.bytes(this.product(), photo).subscribe({
        next: (blob) => {
          this.fetching.delete(photo.id);
          this.urls.update((all) => ({ ...all, [photo.id]: URL.createObjectURL(blob) }));
        },
        error: () => {
          this.fetching.delete(photo.id);
          this.broken.update((set) => new Set([...set, photo.id]));
        },
      });
      // A request that completed synchronously (a test double) has already removed itself.
      if (!subscription.closed) this.fetching.set(photo.id, subscription);
    }
  }
}
