import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { nextTask, renderDeferred } from '@ocop/common/testing';
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

  /** Answers the dossier list's requests (its communes and its first page) below `base`. */
  function answerList(base = '/api'): void {
    http.expectOne((r) => r.url === `${base}/units`).flush([]);
    http.expectOne((r) => r.url === `${base}/dossiers`).flush({ items: [], total: 0 });
  }

  it('renders the dossier list inside its own shadow root', async () => {
    fixture.detectChanges();
    await nextTask();
    await renderDeferred(fixture);
    answerList();
    await fixture.whenStable();

    expect(shadow()).not.toBeNull();
    expect(shadow().querySelector('.ocop-root ocop-dossier-list')).not.toBeNull();
    expect(shadow().textContent).toContain('Hồ sơ đánh giá sản phẩm OCOP');
    // Nothing leaks into the light DOM, so the page's CSS and queries do not reach it.
    expect((fixture.nativeElement as HTMLElement).querySelector('ocop-dossier-list')).toBeNull();
  });

  it('is the OcopHost of its components: its inputs choose the API base and the locale', async () => {
    fixture.componentRef.setInput('apiBaseUrl', 'https://cong.example.vn/ocop-api/');
    fixture.componentRef.setInput('locale', 'en');
    fixture.detectChanges();
    await nextTask();
    await renderDeferred(fixture);
    answerList('https://cong.example.vn/ocop-api');
    await fixture.whenStable();

    expect(shadow().querySelector('h2')!.textContent).toBe('OCOP evaluation dossiers');
    expect(shadow().textContent).toContain('No dossiers yet.');
    expect(shadow().querySelector('.ocop-root')!.getAttribute('lang')).toBe('en');
  });

  it('marks its wrapper lang="vi" by default, and switches language in place when the locale changes', async () => {
    fixture.detectChanges();
    await nextTask();
    await renderDeferred(fixture);
    answerList();
    await fixture.whenStable();
    const root = shadow().querySelector('.ocop-root')!;
    const list = shadow().querySelector('ocop-dossier-list');
    expect(root.getAttribute('lang')).toBe('vi');

    fixture.componentRef.setInput('locale', 'en');
    await fixture.whenStable();

    expect(root.getAttribute('lang')).toBe('en');
    expect(shadow().querySelector('h2')!.textContent).toBe('OCOP evaluation dossiers');
    expect(shadow().textContent).toContain('No dossiers yet.');
    // The same page, not reloaded: no second request for the list.
    expect(shadow().querySelector('ocop-dossier-list')).toBe(list);
    http.expectNone((r) => r.url === '/api/dossiers');

    fixture.componentRef.setInput('locale', 'vi');
    await fixture.whenStable();
    expect(root.getAttribute('lang')).toBe('vi');
    expect(shadow().querySelector('h2')!.textContent).toBe('Hồ sơ đánh giá sản phẩm OCOP');
  });
});
