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
  });
});
