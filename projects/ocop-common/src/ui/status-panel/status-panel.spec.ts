import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTestHost, TestHost } from '@ocop/common/testing';
import { Translator } from '../../i18n/translator';
import { StatusKind, StatusPanel } from './status-panel';

describe('StatusPanel', () => {
  let fixture: ComponentFixture<StatusPanel>;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestHost(), Translator] });
  });

  async function render(
    kind: StatusKind,
    message: string,
    extra: Record<string, string> = {},
  ): Promise<void> {
    fixture = TestBed.createComponent(StatusPanel);
    fixture.componentRef.setInput('kind', kind);
    fixture.componentRef.setInput('message', message);
    for (const [name, value] of Object.entries(extra)) fixture.componentRef.setInput(name, value);
    await fixture.whenStable();
    el = fixture.nativeElement as HTMLElement;
  }

  const panel = (): HTMLElement => el.querySelector<HTMLElement>('.panel')!;

  it('shows an error as an alert with its message, detail and a retry button that emits', async () => {
    await render('error', 'Không tải được danh sách sản phẩm.', { detail: 'Máy chủ không trả lời.' });
    const retried = jasmine.createSpy('retry');
    fixture.componentInstance.retry.subscribe(retried);

    expect(panel().getAttribute('role')).toBe('alert');
    expect(panel().classList).toContain('error');
    expect(el.querySelector('.message')!.textContent).toBe('Không tải được danh sách sản phẩm.');
    expect(el.querySelector('.detail')!.textContent).toBe('Máy chủ không trả lời.');

    const button = el.querySelector<HTMLButtonElement>('button')!;
    expect(button.type).toBe('button');
    expect(button.textContent!.trim()).toBe('Thử lại');
    button.click();
    expect(retried).toHaveBeenCalledTimes(1);
  });

  it('labels the retry button with retryLabel', async () => {
    await render('error', 'Không lưu được.', { retryLabel: 'Lưu lại' });

    expect(el.querySelector('button')!.textContent!.trim()).toBe('Lưu lại');
  });

  it('labels the retry button in the host’s language by default, following a switch', async () => {
    await render('error', 'Failed.');
    const button = el.querySelector('button')!;
    expect(button.textContent!.trim()).toBe('Thử lại');

    TestBed.inject(TestHost).locale.set('en');
    await fixture.whenStable();

    expect(button.textContent!.trim()).toBe('Retry');
  });

  it('shows loading as a busy status with a spinner and no button', async () => {
    await render('loading', 'Đang tải…');

    expect(panel().getAttribute('role')).toBe('status');
    expect(panel().getAttribute('aria-busy')).toBe('true');
    expect(el.querySelector('.spinner')).not.toBeNull();
    expect(el.querySelector('button')).toBeNull();
    expect(el.textContent).toContain('Đang tải…');
  });

  it('shows empty as a status that is not busy, without a button or detail', async () => {
    await render('empty', 'Chưa có sản phẩm nào.');

    expect(panel().getAttribute('role')).toBe('status');
    expect(panel().getAttribute('aria-busy')).toBe('false');
    expect(panel().classList).not.toContain('error');
    expect(el.querySelector('button')).toBeNull();
    expect(el.querySelector('.spinner')).toBeNull();
    expect(el.querySelector('.detail')).toBeNull();
    expect(el.querySelector('.message')!.textContent).toBe('Chưa có sản phẩm nào.');
  });

  it('follows a change of kind', async () => {
    await render('loading', 'Đang tải…');
    fixture.componentRef.setInput('kind', 'error');
    await fixture.whenStable();

    expect(panel().getAttribute('role')).toBe('alert');
    expect(el.querySelector('.spinner')).toBeNull();
    expect(el.querySelector('button')).not.toBeNull();
  });
});
