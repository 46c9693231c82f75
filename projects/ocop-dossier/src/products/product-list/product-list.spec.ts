import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement, renderDeferred, TestHost } from '@ocop/common/testing';
import { Page, Product, productGroup1048 } from '@ocop/domain';
import { ProductList } from './product-list';

/** A product of phân nhóm `groupCode`, named as the API names it (the domain's QĐ 1048 name). */
function product(id: string, name: string, producer: string, commune: string, groupCode: string): Product {
  return {
    id,
    name,
    description: null,
    stage: 'product',
    productGroup: { code: groupCode, name: productGroup1048(groupCode)!.name },
    producer: { id: `pr-${id}`, name: producer, type: 'hop-tac-xa' },
    commune: { code: `0${id}`, name: commune },
    photos: [],
    version: 1,
  };
}

const PRODUCTS: Page<Product> = {
  items: [
    product('1', 'Mật ong hoa nhãn', 'HTX Ong mật Hưng Yên', 'Xã Hàm Tử', '4'),
    product('2', 'Chè Shan tuyết', 'Hộ kinh doanh Lò Văn Sơn', 'Xã Suối Giàng', '12'),
    product('3', 'Nước mắm Cửa Khe', 'Công ty TNHH Hải sản Bình Sơn', 'Xã Bình Hải', '10'),
  ],
  total: 3,
};

describe('ProductList', () => {
  let fixture: ComponentFixture<ProductList>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestElement() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Creates the page and waits for its request (the token lookup before it is asynchronous). */
  async function create(): Promise<TestRequest> {
    fixture = TestBed.createComponent(ProductList);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
    return expectProductsRequest();
  }

  function expectProductsRequest(): TestRequest {
    const req = http.expectOne((r) => r.url === '/api/products');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.get('limit')).toBe('200');
    return req;
  }

  const rows = (): HTMLTableRowElement[] => Array.from(el.querySelectorAll('tbody tr'));
  const statusPanel = (): HTMLElement | null => el.querySelector('ocop-status-panel [role]');

  it('shows a loading status until the API answers', async () => {
    const req = await create();

    expect(statusPanel()?.getAttribute('role')).toBe('status');
    expect(statusPanel()?.getAttribute('aria-busy')).toBe('true');
    expect(el.textContent).toContain('Đang tải…');
    expect(el.querySelector('table')).toBeNull();

    req.flush(PRODUCTS);
    await fixture.whenStable();
    expect(statusPanel()).toBeNull();
  });

  it('shows a product’s current OCOP stars beside its name, and nothing for one without a certificate', async () => {
    const certified: Product = {
      ...PRODUCTS.items[0],
      currentStars: { stars: 4, certificateId: 'c-1', expiresOn: '2024-01-28' },
    };
    (await create()).flush({ items: [certified, { ...PRODUCTS.items[1], currentStars: null }], total: 2 });
    await fixture.whenStable();

    const badge = rows()[0].querySelector<HTMLElement>('.current-stars .stars-badge')!;
    expect(badge.textContent!.replace(/\s+/g, ' ').trim()).toBe('★★★★☆ 4 sao');
    expect(badge.getAttribute('aria-label')).toBe('4 sao');
    expect(rows()[1].querySelector('.current-stars')).toBeNull();
  });

  it('accepts a product of a QĐ 148 group, showing the API’s name of the group', async () => {
    const herbal: Product = {
      ...PRODUCTS.items[0],
      productGroup: { code: '148-3', name: 'Dược liệu và sản phẩm từ dược liệu' },
    };
    (await create()).flush({ items: [herbal], total: 1 });
    await fixture.whenStable();
    expect(rows()[0].querySelector('.group')!.textContent!.trim()).toBe('Dược liệu và sản phẩm từ dược liệu');
  });

  it('renders one row per product with its name, producer, commune and sub-group', async () => {
    (await create()).flush(PRODUCTS);
    await fixture.whenStable();

    expect(rows().length).toBe(3);
    const cells = rows().map((row) => Array.from(row.cells).map((cell) => cell.textContent!.trim()));
    expect(cells).toEqual([
      [
        'Mật ong hoa nhãn',
        'HTX Ong mật Hưng Yên',
        'Xã Hàm Tử',
        'Mật ong, các sản phẩm từ mật ong, mật khác',
        'Sản phẩm',
      ],
      ['Chè Shan tuyết', 'Hộ kinh doanh Lò Văn Sơn', 'Xã Suối Giàng', 'Chè tươi, chế biến', 'Sản phẩm'],
      [
        'Nước mắm Cửa Khe',
        'Công ty TNHH Hải sản Bình Sơn',
        'Xã Bình Hải',
        'Tương, nước mắm, gia vị lỏng khác',
        'Sản phẩm',
      ],
    ]);
    const headers = Array.from(el.querySelectorAll('thead th')).map((th) => th.textContent!.trim());
    expect(headers).toEqual([
      'Tên sản phẩm',
      'Chủ thể',
      'Xã, thị trấn',
      'Phân nhóm sản phẩm',
      'Bước đăng ký',
    ]);
    expect(el.querySelector('.count')!.textContent).toBe('3 sản phẩm');
  });

  it('shows the empty state for an empty page', async () => {
    (await create()).flush({ items: [], total: 0 });
    await fixture.whenStable();

    expect(el.querySelector('table')).toBeNull();
    expect(el.querySelector('.count')).toBeNull();
    expect(statusPanel()?.getAttribute('role')).toBe('status');
    expect(statusPanel()?.getAttribute('aria-busy')).toBe('false');
    expect(statusPanel()?.textContent).toContain('Chưa có sản phẩm nào.');
  });

  it('shows the error with the API’s message and a retry that requests again and then shows the rows', async () => {
    (await create()).flush(
      { code: 'UPSTREAM_UNAVAILABLE', message: 'Máy chủ danh mục tạm thời không trả lời.' },
      { status: 502, statusText: 'Bad Gateway' },
    );
    await fixture.whenStable();

    const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert).not.toBeNull();
    expect(alert.textContent).toContain('Không tải được danh sách sản phẩm.');
    expect(alert.textContent).toContain('Máy chủ danh mục tạm thời không trả lời.');
    expect(el.querySelector('table')).toBeNull();
    const retry = alert.querySelector('button')!;
    expect(retry.textContent!.trim()).toBe('Thử lại');

    retry.click();
    fixture.detectChanges();
    expect(el.textContent).toContain('Đang tải…');
    expect(el.querySelector('[role="alert"]')).toBeNull();
    await nextTask();
    expectProductsRequest().flush(PRODUCTS);
    await fixture.whenStable();

    expect(el.querySelector('[role="alert"]')).toBeNull();
    expect(rows().length).toBe(3);
  });

  describe('language', () => {
    const cells = (): string[][] =>
      rows().map((row) => Array.from(row.cells).map((cell) => cell.textContent!.trim()));
    const headers = (): string[] =>
      Array.from(el.querySelectorAll('thead th')).map((th) => th.textContent!.trim());

    it('switches the page to English in place, data (names, communes) staying as written', async () => {
      (await create()).flush(PRODUCTS);
      await fixture.whenStable();
      const table = el.querySelector('table');

      TestBed.inject(TestHost).locale.set('en');
      await fixture.whenStable();

      expect(el.querySelector('h2')!.textContent).toBe('OCOP products');
      expect(el.querySelector('.count')!.textContent).toBe('3 products');
      expect(el.querySelector('a.add')!.textContent!.trim()).toBe('Add product');
      expect(el.querySelector('caption')!.textContent!.trim()).toBe(
        'Products registered in the OCOP programme',
      );
      expect(headers()).toEqual(['Product', 'Producer', 'Commune', 'Product sub-group', 'Registration step']);
      expect(cells()).toEqual([
        [
          'Mật ong hoa nhãn',
          'HTX Ong mật Hưng Yên',
          'Xã Hàm Tử',
          'Honey, honey products and other syrups',
          'Product',
        ],
        ['Chè Shan tuyết', 'Hộ kinh doanh Lò Văn Sơn', 'Xã Suối Giàng', 'Fresh and processed tea', 'Product'],
        [
          'Nước mắm Cửa Khe',
          'Công ty TNHH Hải sản Bình Sơn',
          'Xã Bình Hải',
          'Soy sauce, fish sauce and other liquid seasonings',
          'Product',
        ],
      ]);
      // Re-rendered, not reloaded.
      expect(el.querySelector('table')).toBe(table);
      http.expectNone('/api/products');

      TestBed.inject(TestHost).locale.set('vi');
      await fixture.whenStable();
      expect(el.querySelector('h2')!.textContent).toBe('Sản phẩm OCOP');
      expect(cells()[1][3]).toBe('Chè tươi, chế biến');
    });

    it('counts with the locale’s digit grouping, and the singular for one product in English', async () => {
      (await create()).flush({ items: PRODUCTS.items, total: 1234 });
      await fixture.whenStable();
      expect(el.querySelector('.count')!.textContent).toBe('1.234 sản phẩm');

      TestBed.inject(TestHost).locale.set('en');
      await fixture.whenStable();
      expect(el.querySelector('.count')!.textContent).toBe('1,234 products');

      fixture.destroy();
      (await create()).flush({ items: PRODUCTS.items.slice(0, 1), total: 1 });
      await fixture.whenStable();
      expect(el.querySelector('.count')!.textContent).toBe('1 product');
    });

    it('shows the API’s name for a sub-group it does not know', async () => {
      const future = { ...PRODUCTS.items[0], productGroup: { code: '27', name: 'Phân nhóm mới' } };
      TestBed.inject(TestHost).locale.set('en');
      (await create()).flush({ items: [future], total: 1 });
      await fixture.whenStable();

      expect(cells()[0][3]).toBe('Phân nhóm mới');
    });

    it('shows loading, empty and the browser’s own errors in English', async () => {
      TestBed.inject(TestHost).locale.set('en');
      const req = await create();
      expect(statusPanel()!.textContent).toContain('Loading…');

      req.error(new ProgressEvent('error'));
      await fixture.whenStable();
      const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.querySelector('.message')!.textContent).toBe('The product list could not be loaded.');
      expect(alert.querySelector('.detail')!.textContent).toBe('The OCOP server cannot be reached.');
      const retry = alert.querySelector('button')!;
      expect(retry.textContent!.trim()).toBe('Retry');

      retry.click();
      await nextTask();
      expectProductsRequest().flush({ items: [], total: 0 });
      await fixture.whenStable();
      expect(statusPanel()!.textContent).toContain('No products yet.');
    });
  });

  describe('"Thêm sản phẩm" link', () => {
    let original: string;

    beforeEach(() => {
      original = location.pathname + location.search + location.hash;
    });

    afterEach(() => {
      history.replaceState(history.state, '', original);
    });

    const add = (): HTMLAnchorElement => el.querySelector<HTMLAnchorElement>('a.add')!;

    it('links to the new-product form below the base path, also while loading', async () => {
      const req = await create();
      expect(add().textContent!.trim()).toBe('Thêm sản phẩm');
      expect(add().getAttribute('href')).toBe('/ocop/dossiers/products/new');
      req.flush(PRODUCTS);
      await fixture.whenStable();

      TestBed.inject(TestHost).basePath.set('/cong-dich-vu/ocop/');
      await fixture.whenStable();
      expect(add().getAttribute('href')).toBe('/cong-dich-vu/ocop/dossiers/products/new');
    });

    it('opens the form in the page on a plain click, and leaves a ctrl-click to the browser', async () => {
      (await create()).flush(PRODUCTS);
      await fixture.whenStable();
      history.replaceState(history.state, '', '/ocop/dossiers');
      // What the component did with each click; then Karma's page stays where it is whatever it did.
      const prevented: boolean[] = [];
      const guard = (event: Event): void => {
        prevented.push(event.defaultPrevented);
        event.preventDefault();
      };
      let popstates = 0;
      const count = (): number => popstates++;
      document.addEventListener('click', guard);
      window.addEventListener('popstate', count);
      try {
        add().dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, ctrlKey: true }));
        expect(location.pathname).toBe('/ocop/dossiers');

        add().click();

        expect(prevented).toEqual([false, true]);
        expect(location.pathname).toBe('/ocop/dossiers/products/new');
        expect(popstates).toBe(1);
      } finally {
        document.removeEventListener('click', guard);
        window.removeEventListener('popstate', count);
      }
    });
  });

  describe('registration step', () => {
    const IDEA: Product = {
      ...product('4', 'Miến dong Tri Lễ', 'Hộ kinh doanh Hoàng Văn Ý', 'Xã Tri Lễ', '6'),
      id: '0c0b2020-0000-4000-8000-00000000a001',
      stage: 'idea',
      description: 'Miến làm từ củ dong riềng.\nPhơi nắng tự nhiên.',
      version: 3,
    };
    const WITH_IDEA: Page<Product> = { items: [IDEA, ...PRODUCTS.items.slice(0, 1)], total: 2 };

    function signIn(roles: string[]): void {
      const auth = new FakeOcopAuth();
      auth.user = { username: 'spec-product-list', name: 'Vi Văn Em', roles, communeCode: '06313' };
      TestBed.inject(TestHost).auth.set(auth);
    }

    const ideaRow = (): HTMLTableRowElement => rows()[0];
    const promoteButton = (): HTMLButtonElement | null =>
      ideaRow().querySelector<HTMLButtonElement>('button.promote');
    const dialog = (): HTMLDialogElement => el.querySelector<HTMLDialogElement>('dialog.confirm')!;
    const dialogButton = (text: string): HTMLButtonElement =>
      Array.from(dialog().querySelectorAll<HTMLButtonElement>('button')).find(
        (b) => b.textContent!.trim() === text,
      )!;
    const outcome = (): string => el.querySelector('.outcome')!.textContent!.trim();

    afterEach(() => {
      const open = el?.querySelector<HTMLDialogElement>('dialog.confirm');
      if (open?.open) open.close();
    });

    async function openWithIdea(): Promise<void> {
      (await create()).flush(WITH_IDEA);
      await fixture.whenStable();
    }

    it('shows each product’s step and an idea’s description', async () => {
      signIn(['commune-officer']);
      await openWithIdea();

      expect(Array.from(el.querySelectorAll('td.stage .badge')).map((b) => b.textContent!.trim())).toEqual([
        'Ý tưởng sản phẩm',
        'Sản phẩm',
      ]);
      expect(ideaRow().querySelector('.description')!.textContent).toBe(
        'Miến làm từ củ dong riềng.\nPhơi nắng tự nhiên.',
      );
      // Only ideas can have their registration completed.
      expect(promoteButton()!.textContent!.trim()).toBe('Hoàn thiện đăng ký');
      expect(promoteButton()!.getAttribute('aria-label')).toBe(
        'Hoàn thiện đăng ký sản phẩm Miến dong Tri Lễ',
      );
      expect(rows()[1].querySelector('button.promote')).toBeNull();
    });

    it('offers no "Hoàn thiện đăng ký" to roles that only read products', async () => {
      signIn(['department-officer']);
      await openWithIdea();

      expect(promoteButton()).toBeNull();
    });

    it('filters by step through the API', async () => {
      await openWithIdea();
      const select = el.querySelector<HTMLSelectElement>('#product-stage')!;
      expect(Array.from(select.options).map((o) => o.textContent!.trim())).toEqual([
        'Tất cả',
        'Ý tưởng sản phẩm (biểu 01)',
        'Sản phẩm đã đăng ký',
      ]);

      select.value = 'idea';
      select.dispatchEvent(new Event('change'));
      await nextTask();
      const req = expectProductsRequest();
      expect(req.request.params.get('stage')).toBe('idea');
      req.flush({ items: [], total: 0 });
      await fixture.whenStable();
      expect(statusPanel()!.textContent).toContain('Không có sản phẩm nào ở bước đăng ký này.');

      select.value = '';
      select.dispatchEvent(new Event('change'));
      await nextTask();
      const all = expectProductsRequest();
      expect(all.request.params.has('stage')).toBeFalse();
      all.flush(WITH_IDEA);
      await fixture.whenStable();
      expect(rows().length).toBe(2);
    });

    describe('"Hoàn thiện đăng ký"', () => {
      beforeEach(() => signIn(['commune-officer']));

      async function askAndConfirm(): Promise<TestRequest> {
        promoteButton()!.click();
        await fixture.whenStable();
        dialogButton('Hoàn thiện đăng ký').click();
        await fixture.whenStable();
        await nextTask();
        const req = http.expectOne(`/api/products/${IDEA.id}/promote`);
        expect(req.request.method).toBe('POST');
        return req;
      }

      it('asks first, in a modal dialog naming the product and saying it cannot be undone', async () => {
        await openWithIdea();

        promoteButton()!.click();
        await fixture.whenStable();

        expect(dialog().open).toBeTrue();
        expect(dialog().matches(':modal')).toBeTrue();
        expect(dialog().querySelector('h3')!.textContent!.trim()).toBe(
          'Hoàn thiện đăng ký sản phẩm “Miến dong Tri Lễ”?',
        );
        expect(dialog().textContent).toContain('Bước này không hoàn tác được.');
        http.expectNone((r) => r.method === 'POST');
      });

      it('"Hủy" closes the dialog and changes nothing', async () => {
        await openWithIdea();
        promoteButton()!.click();
        await fixture.whenStable();

        dialogButton('Hủy').click();
        await fixture.whenStable();

        expect(dialog().open).toBeFalse();
        http.expectNone((r) => r.method === 'POST');
        expect(outcome()).toBe('');
      });

      it('sends the version seen, then reloads the list and says it is done', async () => {
        await openWithIdea();

        const req = await askAndConfirm();
        expect(req.request.body).toEqual({ version: 3 });
        expect(dialog().open).toBeFalse();
        expect(promoteButton()!.textContent!.trim()).toBe('Đang lưu…');
        expect(promoteButton()!.disabled).toBeTrue();

        req.flush({ ...IDEA, stage: 'product', version: 4 });
        await fixture.whenStable();
        await nextTask();
        expectProductsRequest().flush({ items: [{ ...IDEA, stage: 'product', version: 4 }], total: 1 });
        await fixture.whenStable();

        expect(outcome()).toBe('Đã hoàn thiện đăng ký sản phẩm “Miến dong Tri Lễ”.');
        expect(el.querySelector('.outcome')!.getAttribute('role')).toBe('status');
        expect(el.querySelector('td.stage .badge')!.textContent!.trim()).toBe('Sản phẩm');
        expect(el.querySelector('button.promote')).toBeNull();
      });

      it('on STALE_VERSION reloads the list and says someone else changed the product', async () => {
        await openWithIdea();

        (await askAndConfirm()).flush(
          {
            code: 'STALE_VERSION',
            message: 'Sản phẩm này vừa được người khác thay đổi.',
            details: { currentVersion: 4 },
          },
          { status: 409, statusText: 'Conflict' },
        );
        await fixture.whenStable();
        await nextTask();
        expectProductsRequest().flush({ items: [{ ...IDEA, version: 4 }], total: 1 });
        await fixture.whenStable();

        expect(outcome()).toBe(
          'Sản phẩm “Miến dong Tri Lễ” vừa được người khác thay đổi; danh sách đã được tải lại. Vui lòng xem lại rồi thử lại.',
        );
        expect(promoteButton()!.disabled).toBeFalse();
      });

      it('shows any other refusal with the API’s message, keeping the list', async () => {
        await openWithIdea();

        (await askAndConfirm()).flush(
          { code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.' },
          { status: 403, statusText: 'Forbidden' },
        );
        await fixture.whenStable();
        await nextTask();

        http.expectNone('/api/products');
        expect(outcome()).toBe('Bạn không có quyền thực hiện thao tác này.');
        expect(el.querySelector('.outcome')!.classList).toContain('failed');
        expect(rows().length).toBe(2);
      });

      it('speaks English in the dialog', async () => {
        TestBed.inject(TestHost).locale.set('en');
        await openWithIdea();

        promoteButton()!.click();
        await fixture.whenStable();

        expect(dialog().querySelector('h3')!.textContent!.trim()).toBe(
          'Complete the registration of “Miến dong Tri Lễ”?',
        );
        expect(dialogButton('Cancel')).toBeDefined();
      });
    });
  });

  describe('photos', () => {
    const PHOTO = {
      id: '0c0b2020-0000-4000-8000-00000000f001',
      fileName: 'Chai mật ong.jpg',
      size: 3000,
      sha256: 'b'.repeat(64),
      uploadedAt: '2025-03-01T02:00:00.000Z',
    };
    const WITH_PHOTO: Page<Product> = {
      items: [{ ...PRODUCTS.items[0], photos: [PHOTO] }, PRODUCTS.items[1]],
      total: 2,
    };
    const photoUrl = `/api/products/1/photos/${PHOTO.id}`;

    // A modal left open would make the rest of Karma's page inert for the specs that follow.
    afterEach(() => el?.querySelectorAll('dialog').forEach((d) => d.close()));

    function signIn(roles: string[]): void {
      const auth = new FakeOcopAuth();
      auth.user = { username: 'spec-product-photos', name: 'Vi Văn Em', roles, communeCode: '06313' };
      TestBed.inject(TestHost).auth.set(auth);
    }

    /** The list with its deferred photo blocks rendered, the thumbnail's request answered. */
    async function openWithPhoto(): Promise<void> {
      (await create()).flush(WITH_PHOTO);
      await fixture.whenStable();
      await renderDeferred(fixture);
      await nextTask();
      http.expectOne(photoUrl).flush(new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' }));
      await fixture.whenStable();
    }

    it('shows a product’s photos as thumbnails in its row, and no photo control to those who only read', async () => {
      signIn(['department-officer']);
      await openWithPhoto();

      const img = rows()[0].querySelector<HTMLImageElement>('td.name ul.thumbs img')!;
      expect(img.alt).toBe('Mật ong hoa nhãn – Chai mật ong.jpg');
      expect(img.src).toMatch(/^blob:/);
      expect(el.querySelector('input[type="file"]')).toBeNull();
      // A product without photos has nothing to show a reader.
      expect(rows()[1].querySelector('ocop-product-photos')).toBeNull();
    });

    it('gives those who register products the "Ảnh sản phẩm" control in every row', async () => {
      signIn(['commune-officer']);
      await openWithPhoto();

      expect(rows().map((row) => row.querySelector('.control .title')?.textContent?.trim())).toEqual([
        'Ảnh sản phẩm',
        'Ảnh sản phẩm',
      ]);
    });

    it('puts a changed product in its row, and reloads the list when someone else changed it first', async () => {
      signIn(['commune-officer']);
      await openWithPhoto();

      rows()[0].querySelector<HTMLButtonElement>('.remove')!.click();
      await fixture.whenStable();
      Array.from(rows()[0].querySelectorAll<HTMLButtonElement>('dialog button'))
        .find((b) => b.textContent!.trim() === 'Xóa ảnh')!
        .click();
      await nextTask();
      http
        .expectOne((r) => r.method === 'DELETE' && r.url === photoUrl)
        .flush({ ...WITH_PHOTO.items[0], photos: [], version: 2 });
      await fixture.whenStable();
      expect(rows()[0].querySelector('ul.thumbs')).toBeNull();
      http.expectNone('/api/products');

      // The same photo, removed meanwhile by someone else.
      fixture.destroy();
      await openWithPhoto();
      rows()[0].querySelector<HTMLButtonElement>('.remove')!.click();
      await fixture.whenStable();
      Array.from(rows()[0].querySelectorAll<HTMLButtonElement>('dialog button'))
        .find((b) => b.textContent!.trim() === 'Xóa ảnh')!
        .click();
      await nextTask();
      http
        .expectOne((r) => r.method === 'DELETE')
        .flush(
          { code: 'STALE_VERSION', message: 'Sản phẩm này vừa được người khác thay đổi.' },
          { status: 409, statusText: 'Conflict' },
        );
      await fixture.whenStable();
      await nextTask();
      expectProductsRequest().flush(PRODUCTS);
      await fixture.whenStable();
      expect(el.querySelector('.outcome')!.textContent!.trim()).toBe(
        'Sản phẩm “Mật ong hoa nhãn” vừa được người khác thay đổi; danh sách đã được tải lại. Vui lòng xem lại rồi thử lại.',
      );
    });
  });
});
