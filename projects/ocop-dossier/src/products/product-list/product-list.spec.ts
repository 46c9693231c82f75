import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { Page, Product } from '@ocop/domain';
import { ProductList } from './product-list';

function product(id: string, name: string, producer: string, commune: string, group: string): Product {
  return {
    id,
    name,
    productGroup: { code: '1', name: group },
    producer: { id: `pr-${id}`, name: producer, type: 'hop-tac-xa' },
    commune: { code: `0${id}`, name: commune },
    version: 1,
  };
}

const PRODUCTS: Page<Product> = {
  items: [
    product('1', 'Mật ong hoa nhãn', 'HTX Ong mật Hưng Yên', 'Xã Hàm Tử', 'Mật ong, sản phẩm từ mật ong'),
    product('2', 'Chè Shan tuyết', 'Hộ kinh doanh Lò Văn Sơn', 'Xã Suối Giàng', 'Chè'),
    product('3', 'Nước mắm Cửa Khe', 'Công ty TNHH Hải sản Bình Sơn', 'Xã Bình Hải', 'Nước mắm'),
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

  it('renders one row per product with its name, producer, commune and sub-group', async () => {
    (await create()).flush(PRODUCTS);
    await fixture.whenStable();

    expect(rows().length).toBe(3);
    const cells = rows().map((row) => Array.from(row.cells).map((cell) => cell.textContent!.trim()));
    expect(cells).toEqual([
      ['Mật ong hoa nhãn', 'HTX Ong mật Hưng Yên', 'Xã Hàm Tử', 'Mật ong, sản phẩm từ mật ong'],
      ['Chè Shan tuyết', 'Hộ kinh doanh Lò Văn Sơn', 'Xã Suối Giàng', 'Chè'],
      ['Nước mắm Cửa Khe', 'Công ty TNHH Hải sản Bình Sơn', 'Xã Bình Hải', 'Nước mắm'],
    ]);
    const headers = Array.from(el.querySelectorAll('thead th')).map((th) => th.textContent!.trim());
    expect(headers).toEqual(['Tên sản phẩm', 'Chủ thể', 'Xã, thị trấn', 'Phân nhóm sản phẩm']);
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

  it('follows the host locale', async () => {
    (await create()).flush(PRODUCTS);
    await fixture.whenStable();

    TestBed.inject(TestHost).locale.set('en');
    await fixture.whenStable();

    expect(el.querySelector('h2')!.textContent).toBe('OCOP products');
    expect(el.querySelector('.count')!.textContent).toBe('3 products');
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
});
