import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ReportsApp } from './reports-app';

describe('ReportsApp', () => {
  let fixture: ComponentFixture<ReportsApp>;

  beforeEach(() => {
    fixture = TestBed.createComponent(ReportsApp);
  });

  const shadow = (): ShadowRoot | null => (fixture.nativeElement as HTMLElement).shadowRoot;

  it('renders its Vietnamese title and text inside its own shadow root', async () => {
    await fixture.whenStable();

    expect(shadow()).not.toBeNull();
    expect(shadow()!.querySelector('.ocop-root h2')!.textContent).toBe('Đánh giá và báo cáo');
    expect(shadow()!.querySelector('.ocop-root p')!.textContent).toBe(
      'Phân hệ đánh giá, phân hạng và báo cáo đang được xây dựng.',
    );
    expect((fixture.nativeElement as HTMLElement).querySelector('h2')).toBeNull();
  });

  it('switches to English with its locale input', async () => {
    fixture.componentRef.setInput('locale', 'en');
    await fixture.whenStable();

    expect(shadow()!.querySelector('h2')!.textContent).toBe('Evaluation and reports');
    expect(shadow()!.querySelector('p')!.textContent).toBe(
      'The evaluation, ranking and reports module is being built.',
    );
    expect(shadow()!.querySelector('.ocop-root')!.getAttribute('lang')).toBe('en');
  });

  it('marks its wrapper lang="vi" by default, and switches in place after it has rendered, and back', async () => {
    await fixture.whenStable();
    const root = shadow()!.querySelector('.ocop-root')!;
    const heading = shadow()!.querySelector('h2')!;
    expect(root.getAttribute('lang')).toBe('vi');

    fixture.componentRef.setInput('locale', 'en');
    await fixture.whenStable();
    expect(heading.textContent).toBe('Evaluation and reports');
    expect(root.getAttribute('lang')).toBe('en');
    expect(shadow()!.querySelector('h2')).toBe(heading);

    fixture.componentRef.setInput('locale', 'vi');
    await fixture.whenStable();
    expect(heading.textContent).toBe('Đánh giá và báo cáo');
    expect(root.getAttribute('lang')).toBe('vi');
  });

  it('takes the portal’s "en-GB" as English and an unknown locale as Vietnamese', async () => {
    fixture.componentRef.setInput('locale', 'en-GB');
    await fixture.whenStable();
    expect(shadow()!.querySelector('h2')!.textContent).toBe('Evaluation and reports');

    fixture.componentRef.setInput('locale', 'fr');
    await fixture.whenStable();
    expect(shadow()!.querySelector('h2')!.textContent).toBe('Đánh giá và báo cáo');
    expect(shadow()!.querySelector('.ocop-root')!.getAttribute('lang')).toBe('vi');
  });
});
