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
  });
});
