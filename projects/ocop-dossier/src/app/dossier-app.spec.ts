import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { nextTask } from '@ocop/common/testing';
import { DossierApp } from './dossier-app';

describe('DossierApp', () => {
  let fixture: ComponentFixture<DossierApp>;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(DossierApp);
  });

  afterEach(() => http.verify());

  const shadow = (): ShadowRoot => (fixture.nativeElement as HTMLElement).shadowRoot!;

  it('renders the product list inside its own shadow root', async () => {
    fixture.detectChanges();
    await nextTask();
    http.expectOne((r) => r.url === '/api/products').flush({ items: [], total: 0 });
    await fixture.whenStable();

    expect(shadow()).not.toBeNull();
    expect(shadow().querySelector('.ocop-root ocop-product-list')).not.toBeNull();
    expect(shadow().textContent).toContain('Sản phẩm OCOP');
    // Nothing leaks into the light DOM, so the page's CSS and queries do not reach it.
    expect((fixture.nativeElement as HTMLElement).querySelector('ocop-product-list')).toBeNull();
  });

  it('is the OcopHost of its components: its inputs choose the API base and the locale', async () => {
    fixture.componentRef.setInput('apiBaseUrl', 'https://cong.example.vn/ocop-api/');
    fixture.componentRef.setInput('locale', 'en');
    fixture.detectChanges();
    await nextTask();
    http
      .expectOne((r) => r.url === 'https://cong.example.vn/ocop-api/products')
      .flush({ items: [], total: 0 });
    await fixture.whenStable();

    expect(shadow().querySelector('h2')!.textContent).toBe('OCOP products');
    expect(shadow().textContent).toContain('No products yet.');
    expect(shadow().querySelector('.ocop-root')!.getAttribute('lang')).toBe('en');
  });

  it('marks its wrapper lang="vi" by default, and switches language in place when the locale changes', async () => {
    fixture.detectChanges();
    await nextTask();
    http.expectOne((r) => r.url === '/api/products').flush({ items: [], total: 0 });
    await fixture.whenStable();
    const root = shadow().querySelector('.ocop-root')!;
    const list = shadow().querySelector('ocop-product-list');
    expect(root.getAttribute('lang')).toBe('vi');

    fixture.componentRef.setInput('locale', 'en');
    await fixture.whenStable();

    expect(root.getAttribute('lang')).toBe('en');
    expect(shadow().querySelector('h2')!.textContent).toBe('OCOP products');
    expect(shadow().textContent).toContain('No products yet.');
    // The same page, not reloaded: no second request for the list.
    expect(shadow().querySelector('ocop-product-list')).toBe(list);
    http.expectNone((r) => r.url === '/api/products');

    fixture.componentRef.setInput('locale', 'vi');
    await fixture.whenStable();
    expect(root.getAttribute('lang')).toBe('vi');
    expect(shadow().querySelector('h2')!.textContent).toBe('Sản phẩm OCOP');
  });
});
