import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { nextTask, renderDeferred } from '@ocop/common/testing';
import { COUNCIL } from '../testing/evaluation-fixtures';
import { ReportsApp } from './reports-app';

describe('ReportsApp', () => {
  let fixture: ComponentFixture<ReportsApp>;
  let http: HttpTestingController;
  let original: string;

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    fixture.destroy();
    history.replaceState(history.state, '', original);
  });

  const shadow = (): ShadowRoot => (fixture.nativeElement as HTMLElement).shadowRoot!;

  /** The element at `path` (it reads the address when it starts), with its inputs set by `inputs`. */
  async function render(path: string, inputs: Record<string, string> = {}): Promise<void> {
    history.replaceState(history.state, '', path);
    fixture = TestBed.createComponent(ReportsApp);
    for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
    fixture.detectChanges();
    await nextTask();
    await renderDeferred(fixture);
    await nextTask();
  }

  it('shows "Đánh giá sản phẩm OCOP" at its root, inside its own shadow root', async () => {
    await render('/ocop/reports');
    http.expectOne('/api/sessions').flush([]);
    // The home's certificate expiry reminder.
    http.expectOne('/api/certificates?status=expiring').flush([]);
    http.expectOne('/api/certificates?status=expired').flush([]);
    await fixture.whenStable();

    expect(shadow().querySelector('.ocop-root ocop-evaluation-home')).not.toBeNull();
    expect(shadow().querySelector('h2')!.textContent).toBe('Đánh giá sản phẩm OCOP');
    expect(shadow().querySelector('nav.reports-nav')!.textContent).toContain('Hội đồng');
    expect((fixture.nativeElement as HTMLElement).querySelector('h2')).toBeNull();
  });

  it('opens the councils by their address, in the language the portal asks for', async () => {
    await render('/portal/ocop/reports/councils', { locale: 'en', basePath: '/portal/ocop' });
    http.expectOne('/api/councils').flush([COUNCIL]);
    await fixture.whenStable();

    expect(shadow().querySelector('h2')!.textContent).toBe('OCOP evaluation and ranking councils');
    expect(shadow().querySelector('.ocop-root')!.getAttribute('lang')).toBe('en');
    expect(shadow().querySelector('tbody a')!.getAttribute('href')).toBe(
      `/portal/ocop/reports/councils/${COUNCIL.id}`,
    );
  });
});
