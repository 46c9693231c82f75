import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement, TestHost, waitUntil } from '@ocop/common/testing';
import { Product, ProductPhoto } from '@ocop/domain';
import { UPLOAD_XHR } from '@ocop/common';
import { FakeXhr, fakeXhrFactory } from '@ocop/common/testing';
import { ProductPhotos } from './product-photos';

const MB = 1024 * 1024;
const PRODUCT_ID = '0c0b2020-0000-4000-8000-000000000201';
const BOTTLE: ProductPhoto = {
  id: '0c0b2020-0000-4000-8000-00000000f001',
  fileName: 'Chai rượu.png',
  size: 2048,
  sha256: 'a'.repeat(64),
  uploadedAt: '2025-03-01T02:00:00.000Z',
};
const photoUrl = (photo: ProductPhoto) => `/api/products/${PRODUCT_ID}/photos/${photo.id}`;

function product(photos: ProductPhoto[] = [BOTTLE], version = 3): Product {
  return {
    id: PRODUCT_ID,
    name: 'Rượu men lá Hữu Lễ',
    description: null,
    stage: 'product',
    productGroup: { code: '15', name: 'Rượu trắng' },
    producer: { id: 'pr-1', name: 'Hộ kinh doanh Hoàng Văn Lợi', type: 'ho-kinh-doanh' },
    commune: { code: '06322', name: 'Xã Hữu Lễ' },
    photos,
    version,
  };
}

const photo = (n: number): ProductPhoto => ({
  ...BOTTLE,
  id: `0c0b2020-0000-4000-8000-00000000f00${n}`,
  fileName: `anh-${n}.png`,
});

/** A file whose content starts with these bytes (the kind is read from the content, not the name). */
function file(name: string, head: number[], size = 1024): File {
  const bytes = new Uint8Array(size);
  bytes.set(head);
  return new File([bytes], name);
}
const PNG_HEAD = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PDF_HEAD = [...new TextEncoder().encode('%PDF-1.7\n')];

describe('ProductPhotos', () => {
  let fixture: ComponentFixture<ProductPhotos>;
  let el: HTMLElement;
  let http: HttpTestingController;
  let xhrs: FakeXhr[];
  let changed: Product[];
  let outdated: number;

  beforeEach(() => {
    xhrs = [];
    TestBed.configureTestingModule({
      providers: [
        provideTestElement({ auth: new FakeOcopAuth('photo-token') }),
        { provide: UPLOAD_XHR, useValue: fakeXhrFactory((xhr) => xhrs.push(xhr)) },
      ],
    });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    el?.querySelector<HTMLDialogElement>('dialog[open]')?.close();
    http.verify();
  });

  /** The component for `value`, its thumbnails' requests answered with `answer` (a PNG by default). */
  async function create(value: Product, canEdit: boolean, answer: 'png' | 'none' = 'png'): Promise<void> {
    fixture = TestBed.createComponent(ProductPhotos);
    el = fixture.nativeElement as HTMLElement;
    changed = [];
    outdated = 0;
    fixture.componentInstance.changed.subscribe((p) => changed.push(p));
    fixture.componentInstance.outdated.subscribe(() => (outdated += 1));
    fixture.componentRef.setInput('product', value);
    fixture.componentRef.setInput('canEdit', canEdit);
    await fixture.whenStable();
    await nextTask();
    if (answer === 'png') {
      for (const p of value.photos) {
        http.expectOne(photoUrl(p)).flush(new Blob([new Uint8Array(PNG_HEAD)], { type: 'image/png' }));
      }
    }
    await fixture.whenStable();
  }

  const input = (): HTMLInputElement | null => el.querySelector<HTMLInputElement>('input[type="file"]');
  const dialog = (): HTMLDialogElement => el.querySelector<HTMLDialogElement>('dialog.remove-dialog')!;
  const button = (text: string, root: ParentNode = el): HTMLButtonElement | undefined =>
    Array.from(root.querySelectorAll<HTMLButtonElement>('button')).find(
      (b) => b.textContent!.trim() === text,
    );
  const text = (selector: string): string => el.querySelector(selector)?.textContent?.trim() ?? '';

  /** Chooses the file, and waits while its head is read: until it is sent or refused. */
  async function choose(chosen: File): Promise<void> {
    const sent = xhrs.length;
    const transfer = new DataTransfer();
    transfer.items.add(chosen);
    input()!.files = transfer.files;
    input()!.dispatchEvent(new Event('change'));
    await waitUntil(() => xhrs.length > sent || !!el.querySelector('.error'));
    await fixture.whenStable();
  }

  it('shows each photo as a thumbnail fetched with the token, named by product and file, and frees it at the end', async () => {
    await create(product(), false, 'none');
    const req = http.expectOne(photoUrl(BOTTLE));
    expect(req.request.headers.get('Authorization')).toBe('Bearer photo-token');
    expect(req.request.responseType).toBe('blob');
    expect(el.querySelector('.thumb.loading')!.getAttribute('aria-label')).toBe('Đang tải ảnh Chai rượu.png');
    req.flush(new Blob([new Uint8Array(PNG_HEAD)], { type: 'image/png' }));
    await fixture.whenStable();

    const img = el.querySelector<HTMLImageElement>('ul.thumbs img')!;
    expect(img.src).toMatch(/^blob:/);
    expect(img.alt).toBe('Rượu men lá Hữu Lễ – Chai rượu.png');
    expect(el.querySelector('ul.thumbs')!.getAttribute('aria-label')).toBe('Ảnh sản phẩm Rượu men lá Hữu Lễ');
    // Readers see photos, not the control.
    expect(input()).toBeNull();
    expect(el.querySelector('button')).toBeNull();

    const revoke = spyOn(URL, 'revokeObjectURL').and.callThrough();
    fixture.destroy();
    expect(revoke).toHaveBeenCalledWith(img.src);
  });

  it('marks a photo whose bytes cannot be fetched, and renders nothing for a reader of a product without photos', async () => {
    await create(product(), false, 'none');
    http.expectOne(photoUrl(BOTTLE)).flush(new Blob([JSON.stringify({ code: 'NOT_FOUND', message: 'x' })]), {
      status: 404,
      statusText: 'Not Found',
    });
    // The API's error is read out of the blob first.
    await waitUntil(() => !!el.querySelector('.thumb.broken'));
    expect(el.querySelector('.thumb.broken')!.getAttribute('aria-label')).toBe(
      'Không tải được ảnh Chai rượu.png',
    );

    fixture.destroy();
    await create(product([]), false);
    expect(el.textContent!.trim()).toBe('');
  });

  it('shows the limits, tied to the file input, before anything is chosen', async () => {
    await create(product(), true);

    const limits = el.querySelector('.limits')!;
    expect(limits.textContent!.trim()).toBe(
      'Ảnh JPEG hoặc PNG, tối đa 5 MB mỗi ảnh và 6 ảnh mỗi sản phẩm (còn thêm được 5 ảnh).',
    );
    expect(input()!.getAttribute('aria-describedby')).toBe(limits.id);
    expect(input()!.accept).toBe('.jpg,.jpeg,.png');
    expect(el.querySelector(`label[for="${input()!.id}"]`)!.textContent!.trim()).toBe('Thêm ảnh');
    expect(el.querySelector('[role="group"]')!.getAttribute('aria-labelledby')).toBe(
      el.querySelector('.title')!.id,
    );
    expect(text('.title')).toBe('Ảnh sản phẩm');
    expect(el.querySelector('.remove')!.getAttribute('aria-label')).toBe('Xóa ảnh Chai rượu.png');

    TestBed.inject(TestHost).locale.set('en');
    await fixture.whenStable();
    expect(limits.textContent!.trim()).toBe(
      'JPEG or PNG photos, at most 5 MB each and 6 per product (5 more can be added).',
    );
  });

  it('refuses a PDF named .jpg and a photo over 5 MB before sending a byte, with the domain’s message', async () => {
    await create(product(), true);

    await choose(file('anh-san-pham.jpg', PDF_HEAD));
    expect(xhrs).toEqual([]);
    expect(text('[role="alert"]')).toBe(
      'Không thêm được ảnh anh-san-pham.jpg: Tệp là PDF: ảnh sản phẩm chỉ nhận ảnh JPEG hoặc ảnh PNG. ' +
        'Định dạng được xác định theo nội dung tệp, không theo đuôi tên tệp.',
    );

    fixture.destroy();
    await create(product(), true);
    await choose(file('lon.png', PNG_HEAD, 5 * MB + 1));
    expect(xhrs).toEqual([]);
    expect(text('[role="alert"]')).toBe(
      'Không thêm được ảnh lon.png: Tệp vượt quá dung lượng cho phép (tối đa 5 MB mỗi tệp).',
    );
  });

  it('says when the product has its six photos, and offers no file input', async () => {
    await create(product([1, 2, 3, 4, 5, 6].map(photo)), true);

    expect(input()).toBeNull();
    expect(text('.full')).toBe('Sản phẩm đã có đủ 6 ảnh; hãy xóa bớt một ảnh để thêm ảnh khác.');
    expect(el.querySelectorAll('ul.thumbs img').length).toBe(6);
  });

  it('shows the progress with a cancel button that aborts the upload', async () => {
    await create(product(), true);
    await choose(file('nhan.png', PNG_HEAD));

    const [xhr] = xhrs;
    expect(xhr.url).toBe(`/api/products/${PRODUCT_ID}/photos?fileName=nhan.png`);
    xhr.progress(512, 1024);
    await fixture.whenStable();
    expect(el.querySelector<HTMLProgressElement>('progress')!.value).toBeCloseTo(0.5);
    expect(text('.percent')).toBe('Đang tải lên nhan.png: 50%');
    expect(input()!.disabled).toBeTrue();

    button('Hủy tải lên')!.click();
    await fixture.whenStable();
    expect(xhr.aborted).toBeTrue();
    expect(el.querySelector('progress')).toBeNull();
    expect(text('[role="status"]')).toBe('Đã hủy tải lên nhan.png; ảnh chưa được lưu.');
    expect(input()!.disabled).toBeFalse();
    expect(changed).toEqual([]);
  });

  it('gives the page the product the API answered, and shows the new photo from the file at hand', async () => {
    await create(product(), true);
    await choose(file('nhan.png', PNG_HEAD));
    const label = photo(2);
    const saved = product([BOTTLE, label], 4);
    xhrs[0].respond(201, saved);
    await fixture.whenStable();

    expect(changed).toEqual([saved]);
    expect(text('[role="status"]')).toBe('Đã thêm ảnh nhan.png.');
    fixture.componentRef.setInput('product', saved);
    await fixture.whenStable();
    await nextTask();
    // Not fetched back: http.verify() would fail on a GET of the new photo.
    const images = Array.from(el.querySelectorAll<HTMLImageElement>('ul.thumbs img'));
    expect(images.map((i) => i.alt)).toEqual([
      'Rượu men lá Hữu Lễ – Chai rượu.png',
      'Rượu men lá Hữu Lễ – anh-2.png',
    ]);
    expect(images[1].src).toMatch(/^blob:/);
  });

  it('removes a photo only after a confirmation in a modal dialog, with the version seen', async () => {
    await create(product(), true);
    (el.querySelector('.remove') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(dialog().open).toBeTrue();
    expect(dialog().querySelector('h3')!.textContent!.trim()).toBe('Xóa ảnh “Chai rượu.png”?');
    expect(dialog().getAttribute('aria-labelledby')).toBe(dialog().querySelector('h3')!.id);
    expect(dialog().textContent).toContain('Ảnh sẽ bị xóa khỏi sản phẩm “Rượu men lá Hữu Lễ”.');

    button('Hủy', dialog())!.click();
    await fixture.whenStable();
    expect(dialog().open).toBeFalse();
    http.expectNone((r) => r.method === 'DELETE');

    (el.querySelector('.remove') as HTMLButtonElement).click();
    await fixture.whenStable();
    button('Xóa ảnh', dialog())!.click();
    await fixture.whenStable();
    await nextTask();
    const req = http.expectOne((r) => r.method === 'DELETE' && r.url === photoUrl(BOTTLE));
    expect(req.request.params.get('version')).toBe('3');
    const without = product([], 4);
    req.flush(without);
    await fixture.whenStable();

    expect(changed).toEqual([without]);
    expect(dialog().open).toBeFalse();
    expect(text('[role="status"]')).toBe('Đã xóa ảnh Chai rượu.png.');
  });

  it('tells the page to reload when someone else changed the product first', async () => {
    await create(product(), true);
    (el.querySelector('.remove') as HTMLButtonElement).click();
    await fixture.whenStable();
    button('Xóa ảnh', dialog())!.click();
    await nextTask();
    http
      .expectOne((r) => r.method === 'DELETE')
      .flush(
        {
          code: 'STALE_VERSION',
          message: 'Sản phẩm này vừa được người khác thay đổi.',
          details: { currentVersion: 4 },
        },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();

    expect(outdated).toBe(1);
    expect(changed).toEqual([]);
    expect(dialog().open).toBeFalse();
  });
});
