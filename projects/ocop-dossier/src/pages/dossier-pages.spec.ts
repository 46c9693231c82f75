import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { DossierPages } from './dossier-pages';

describe('DossierPages', () => {
  let fixture: ComponentFixture<DossierPages>;
  let http: HttpTestingController;
  let el: HTMLElement;
  let original: string;

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    TestBed.configureTestingModule({ providers: provideTestElement() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    fixture?.destroy();
    history.replaceState(history.state, '', original);
  });

  async function createAt(path: string): Promise<void> {
    history.replaceState(history.state, '', path);
    fixture = TestBed.createComponent(DossierPages);
    el = fixture.nativeElement as HTMLElement;
    await settle();
  }

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await nextTask();
  }

  /** Answers the one request of the page shown: its list of products or of producers. */
  function answer(url: '/api/products' | '/api/producers'): void {
    http.expectOne((r) => r.url === url).flush({ items: [], total: 0 });
  }

  it('shows the product list on /ocop/dossiers', async () => {
    await createAt('/ocop/dossiers');
    answer('/api/products');

    expect(el.querySelector('ocop-product-list')).not.toBeNull();
    expect(el.querySelector('ocop-new-product-form')).toBeNull();
  });

  it('shows the new-product form on /ocop/dossiers/products/new (a deep link)', async () => {
    await createAt('/ocop/dossiers/products/new');
    answer('/api/producers');

    expect(el.querySelector('ocop-new-product-form')).not.toBeNull();
    expect(el.querySelector('ocop-product-list')).toBeNull();
  });

  it('falls back to the list for other paths of the module', async () => {
    await createAt('/ocop/dossiers/products/new/extra');
    answer('/api/products');

    expect(el.querySelector('ocop-product-list')).not.toBeNull();
  });

  it('switches pages on history navigation, from the list’s "Thêm sản phẩm" link and back', async () => {
    await createAt('/ocop/dossiers');
    answer('/api/products');
    await fixture.whenStable();

    const add = el.querySelector<HTMLAnchorElement>('ocop-product-list a.add')!;
    // Karma's page must stay where it is, whatever the link did.
    const guard = (event: Event): void => event.preventDefault();
    document.addEventListener('click', guard);
    try {
      add.click();
    } finally {
      document.removeEventListener('click', guard);
    }
    await settle();
    answer('/api/producers');
    await fixture.whenStable();

    expect(location.pathname).toBe('/ocop/dossiers/products/new');
    expect(el.querySelector('ocop-new-product-form')).not.toBeNull();
    expect(el.querySelector('ocop-product-list')).toBeNull();

    history.replaceState(history.state, '', '/ocop/dossiers');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    answer('/api/products');

    expect(el.querySelector('ocop-product-list')).not.toBeNull();
    expect(el.querySelector('ocop-new-product-form')).toBeNull();
  });

  it('reads its paths below the host’s base path', async () => {
    TestBed.inject(TestHost).basePath.set('/cong-dich-vu/ocop/');
    await createAt('/cong-dich-vu/ocop/dossiers/products/new');
    answer('/api/producers');

    expect(el.querySelector('ocop-new-product-form')).not.toBeNull();
  });
});
