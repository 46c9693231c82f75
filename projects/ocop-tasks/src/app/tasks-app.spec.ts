import { ComponentFixture, TestBed } from '@angular/core/testing';
import { TasksApp } from './tasks-app';

describe('TasksApp', () => {
  let fixture: ComponentFixture<TasksApp>;

  beforeEach(() => {
    fixture = TestBed.createComponent(TasksApp);
  });

  const shadow = (): ShadowRoot | null => (fixture.nativeElement as HTMLElement).shadowRoot;

  it('renders its Vietnamese title and text inside its own shadow root', async () => {
    await fixture.whenStable();

    expect(shadow()).not.toBeNull();
    expect(shadow()!.querySelector('.ocop-root h2')!.textContent).toBe('Theo dõi nhiệm vụ');
    expect(shadow()!.querySelector('.ocop-root p')!.textContent).toBe(
      'Phân hệ theo dõi nhiệm vụ kế hoạch OCOP đang được xây dựng.',
    );
    expect((fixture.nativeElement as HTMLElement).querySelector('h2')).toBeNull();
  });

  it('switches to English with its locale input', async () => {
    fixture.componentRef.setInput('locale', 'en');
    await fixture.whenStable();

    expect(shadow()!.querySelector('h2')!.textContent).toBe('Task tracking');
    expect(shadow()!.querySelector('p')!.textContent).toBe(
      'The OCOP plan task tracking module is being built.',
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
    expect(heading.textContent).toBe('Task tracking');
    expect(root.getAttribute('lang')).toBe('en');
    expect(shadow()!.querySelector('h2')).toBe(heading);

    fixture.componentRef.setInput('locale', 'vi');
    await fixture.whenStable();
    expect(heading.textContent).toBe('Theo dõi nhiệm vụ');
    expect(root.getAttribute('lang')).toBe('vi');
  });

  it('takes the portal’s "en-GB" as English and an unknown locale as Vietnamese', async () => {
    fixture.componentRef.setInput('locale', 'en-GB');
    await fixture.whenStable();
    expect(shadow()!.querySelector('h2')!.textContent).toBe('Task tracking');

    fixture.componentRef.setInput('locale', 'fr');
    await fixture.whenStable();
    expect(shadow()!.querySelector('h2')!.textContent).toBe('Theo dõi nhiệm vụ');
    expect(shadow()!.querySelector('.ocop-root')!.getAttribute('lang')).toBe('vi');
  });
});
