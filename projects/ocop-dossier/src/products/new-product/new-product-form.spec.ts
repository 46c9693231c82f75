import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement } from '@ocop/common/testing';
import { Page, Producer, Product } from '@ocop/domain';
import { NewProductForm } from './new-product-form';

const HTX_VAN_QUAN_XANH = '0c0b2020-0000-4000-8000-000000000102';
const HOANG_VAN_LOI = '0C0B2020-0000-4000-8000-000000000101';

const PRODUCERS: Page<Producer> = {
  items: [
    {
      id: HTX_VAN_QUAN_XANH,
      type: 'hop-tac-xa',
      name: 'HTX Văn Quan Xanh',
      registrationNumber: null,
      commune: { code: '06253', name: 'Thị trấn Văn Quan' },
      version: 1,
    },
    {
      id: HOANG_VAN_LOI,
      type: 'ho-kinh-doanh',
      name: 'Hộ kinh doanh Hoàng Văn Lợi',
      registrationNumber: null,
      commune: { code: '06322', name: 'Xã Hữu Lễ' },
      version: 1,
    },
  ],
  total: 2,
};

const USER = 'spec-new-product-user';
const DRAFT_KEY = `ocop-draft:${USER}:new-product`;

describe('NewProductForm', () => {
  let fixture: ComponentFixture<NewProductForm>;
  let http: HttpTestingController;
  let el: HTMLElement;
  let original: string;
  /** Whether the component prevented each form submission (a real one would leave Karma's page). */
  let submits: boolean[];
  const stopSubmit = (event: Event): void => {
    submits.push(event.defaultPrevented);
    event.preventDefault();
  };

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    history.replaceState(history.state, '', '/ocop/dossiers/products/new');
    submits = [];
    document.addEventListener('submit', stopSubmit);
    localStorage.removeItem(DRAFT_KEY);
    const auth = new FakeOcopAuth();
    auth.user = { username: USER, name: 'Vi Văn Em', roles: ['commune-officer'], communeCode: '06322' };
    TestBed.configureTestingModule({ providers: provideTestElement({ auth }) });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    fixture?.destroy();
    document.removeEventListener('submit', stopSubmit);
    localStorage.removeItem(DRAFT_KEY);
    history.replaceState(history.state, '', original);
  });

  /** Creates the form, leaving its producers request unanswered. */
  async function create(): Promise<void> {
    fixture = TestBed.createComponent(NewProductForm);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
  }

  /** Creates the form and answers its producers request. */
  async function open(): Promise<void> {
    await create();
    expectProducers().flush(PRODUCERS);
    await fixture.whenStable();
  }

  function expectProducers(): TestRequest {
    const req = http.expectOne((r) => r.url === '/api/producers');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.get('limit')).toBe('200');
    return req;
  }

  async function submit(): Promise<void> {
    el.querySelector<HTMLButtonElement>('button[type="submit"]')!.click();
    await fixture.whenStable();
    await nextTask();
  }

  async function type(value: string): Promise<void> {
    const input = nameInput();
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function choose(select: HTMLSelectElement, value: string): Promise<void> {
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  async function fillValid(): Promise<void> {
    await type('Tinh dầu hồi Văn Quan');
    await choose(producerSelect(), HTX_VAN_QUAN_XANH);
    await choose(groupSelect(), '22');
  }

  const nameInput = (): HTMLInputElement => el.querySelector<HTMLInputElement>('#np-name')!;
  const producerSelect = (): HTMLSelectElement => el.querySelector<HTMLSelectElement>('#np-producer')!;
  const groupSelect = (): HTMLSelectElement => el.querySelector<HTMLSelectElement>('#np-group')!;
  const saveButton = (): HTMLButtonElement => el.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const fieldError = (control: HTMLElement): string | undefined =>
    control.closest('.field')!.querySelector('.error')?.textContent?.trim();
  const draftOffer = (): HTMLElement | null => el.querySelector<HTMLElement>('.draft');
  const button = (text: string): HTMLButtonElement =>
    Array.from(el.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent!.trim() === text)!;
  const storedDraft = (): { value: unknown; savedAt: string } | null => {
    const raw = localStorage.getItem(DRAFT_KEY);
    return raw ? (JSON.parse(raw) as { value: unknown; savedAt: string }) : null;
  };

  describe('producers', () => {
    it('loads the producers into the select, with their commune', async () => {
      await create();
      expect(producerSelect().disabled).toBeTrue();
      expect(producerSelect().options[0].textContent!.trim()).toBe('Đang tải…');

      expectProducers().flush(PRODUCERS);
      await fixture.whenStable();

      expect(producerSelect().disabled).toBeFalse();
      const options = Array.from(producerSelect().options).map((o) => [o.value, o.textContent!.trim()]);
      expect(options).toEqual([
        ['', '— Chọn —'],
        [HTX_VAN_QUAN_XANH, 'HTX Văn Quan Xanh — Thị trấn Văn Quan'],
        [HOANG_VAN_LOI, 'Hộ kinh doanh Hoàng Văn Lợi — Xã Hữu Lễ'],
      ]);
      // The 26 phân nhóm of QĐ 1048, after the empty choice.
      expect(groupSelect().options.length).toBe(27);
      expect(groupSelect().options[1].textContent!.trim()).toBe('1. Rau, củ, quả, hạt tươi');
    });

    it('shows an error with the API’s message and a retry that loads them again', async () => {
      await create();
      expectProducers().flush(
        { code: 'UPSTREAM_UNAVAILABLE', message: 'Máy chủ OCOP tạm thời không trả lời.' },
        { status: 502, statusText: 'Bad Gateway' },
      );
      await fixture.whenStable();

      const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.textContent).toContain('Không tải được danh sách chủ thể.');
      expect(alert.textContent).toContain('Máy chủ OCOP tạm thời không trả lời.');
      expect(el.querySelector('#np-producer')).toBeNull();

      alert.querySelector('button')!.click();
      await fixture.whenStable();
      await nextTask();
      expectProducers().flush(PRODUCERS);
      await fixture.whenStable();

      expect(el.querySelector('[role="alert"]')).toBeNull();
      expect(producerSelect().options.length).toBe(3);
    });
  });

  describe('submit', () => {
    it('shows the domain’s Vietnamese errors for an empty form and sends nothing', async () => {
      await open();

      await submit();

      expect(submits).toEqual([true]);
      http.expectNone((r) => r.method === 'POST');
      expect(el.querySelector('#np-name-error')!.textContent!.trim()).toBe(
        'Tên sản phẩm không được để trống',
      );
      expect(nameInput().getAttribute('aria-invalid')).toBe('true');
      expect(nameInput().getAttribute('aria-describedby')).toBe('np-name-error');
      expect(fieldError(producerSelect())).toBe('Chủ thể không được để trống');
      expect(fieldError(groupSelect())).toBe('Phân nhóm sản phẩm không được để trống');
      expect(groupSelect().getAttribute('aria-invalid')).toBe('true');
    });

    it('clears a field’s error as soon as the field changes', async () => {
      await open();
      await submit();

      await type('Tinh dầu hồi');

      expect(el.querySelector('#np-name-error')).toBeNull();
      expect(nameInput().hasAttribute('aria-invalid')).toBeFalse();
      expect(fieldError(groupSelect())).toBe('Phân nhóm sản phẩm không được để trống');
    });

    it('posts the product with the commune of the chosen producer, shows saving, then clears the draft and goes to the list', async () => {
      await open();
      await type('  Tinh dầu hồi   Văn Quan ');
      await choose(producerSelect(), HOANG_VAN_LOI);
      await choose(groupSelect(), '22');
      expect(storedDraft()).not.toBeNull();

      await submit();

      const req = http.expectOne('/api/products');
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({
        name: 'Tinh dầu hồi Văn Quan',
        productGroupCode: '22',
        producerId: HOANG_VAN_LOI.toLowerCase(),
        communeCode: '06322',
      });
      expect(saveButton().textContent!.trim()).toBe('Đang lưu…');
      expect(saveButton().disabled).toBeTrue();
      expect(el.querySelectorAll('.error').length).toBe(0);

      // A second submission while saving sends nothing more.
      el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await nextTask();
      http.expectNone('/api/products');

      req.flush({ id: 'p-1' } as Partial<Product>, { status: 201, statusText: 'Created' });
      await fixture.whenStable();

      expect(storedDraft()).toBeNull();
      expect(location.pathname).toBe('/ocop/dossiers');
    });

    it('puts the server’s VALIDATION_FAILED messages next to their fields and keeps the form and draft', async () => {
      await open();
      await fillValid();
      await submit();

      http.expectOne('/api/products').flush(
        {
          code: 'VALIDATION_FAILED',
          message: 'Dữ liệu không hợp lệ.',
          details: [{ field: 'name', code: 'duplicate', message: 'Chủ thể này đã có sản phẩm cùng tên' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await fixture.whenStable();

      expect(el.querySelector('#np-name-error')!.textContent!.trim()).toBe(
        'Chủ thể này đã có sản phẩm cùng tên',
      );
      expect(nameInput().getAttribute('aria-invalid')).toBe('true');
      expect(el.querySelector('.submit-error')!.textContent!.trim()).toBe('Dữ liệu không hợp lệ.');
      expect(saveButton().textContent!.trim()).toBe('Lưu');
      expect(saveButton().disabled).toBeFalse();
      expect(nameInput().value).toBe('Tinh dầu hồi Văn Quan');
      expect(storedDraft()).not.toBeNull();
      expect(location.pathname).toBe('/ocop/dossiers/products/new');
    });

    it('shows any other server error above the buttons and lets the user save again', async () => {
      await open();
      await fillValid();
      await submit();
      http
        .expectOne('/api/products')
        .flush(
          { code: 'FORBIDDEN', message: 'Bạn không được đăng ký sản phẩm cho xã này.' },
          { status: 403, statusText: 'Forbidden' },
        );
      await fixture.whenStable();

      expect(el.querySelector('[role="alert"]')!.textContent!.trim()).toBe(
        'Bạn không được đăng ký sản phẩm cho xã này.',
      );
      expect(el.querySelectorAll('.field .error').length).toBe(0);

      await submit();
      http.expectOne('/api/products').flush({ id: 'p-1' });
      await fixture.whenStable();
      expect(location.pathname).toBe('/ocop/dossiers');
    });

    it('cancel goes back to the list', async () => {
      await open();

      button('Hủy').click();

      expect(location.pathname).toBe('/ocop/dossiers');
    });
  });

  describe('drafts', () => {
    it('stores nothing for a form the user has not touched', async () => {
      await open();
      await nextTask();

      expect(storedDraft()).toBeNull();
    });

    it('stores every change as a draft of this user', async () => {
      await open();

      await type('Rượu men lá');
      expect(storedDraft()?.value).toEqual({ name: 'Rượu men lá', producerId: '', productGroupCode: '' });

      await choose(producerSelect(), HOANG_VAN_LOI);
      await choose(groupSelect(), '15');
      expect(storedDraft()?.value).toEqual({
        name: 'Rượu men lá',
        producerId: HOANG_VAN_LOI,
        productGroupCode: '15',
      });
      expect(new Date(storedDraft()!.savedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    });

    describe('found on open', () => {
      const savedAt = new Date(2025, 5, 1, 14, 5).toISOString();

      beforeEach(() => {
        localStorage.setItem(
          DRAFT_KEY,
          JSON.stringify({
            value: { name: 'Tinh dầu hồi', producerId: HTX_VAN_QUAN_XANH, productGroupCode: '22' },
            savedAt,
          }),
        );
      });

      it('is offered with its time, the form staying empty until the user decides', async () => {
        await open();

        expect(draftOffer()!.getAttribute('role')).toBe('status');
        expect(draftOffer()!.textContent).toContain('Bạn có một bản nháp chưa lưu lúc 01/06/2025 14:05.');
        expect(button('Khôi phục bản nháp')).toBeDefined();
        expect(button('Bỏ bản nháp')).toBeDefined();
        expect(nameInput().value).toBe('');
        // Offering it does not overwrite it.
        expect(storedDraft()!.savedAt).toBe(savedAt);
      });

      it('"Khôi phục bản nháp" fills the fields, and the restored form can be saved', async () => {
        await open();

        button('Khôi phục bản nháp').click();
        await fixture.whenStable();

        expect(draftOffer()).toBeNull();
        expect(nameInput().value).toBe('Tinh dầu hồi');
        expect(producerSelect().value).toBe(HTX_VAN_QUAN_XANH);
        expect(groupSelect().value).toBe('22');

        await submit();
        expect(http.expectOne('/api/products').request.body).toEqual({
          name: 'Tinh dầu hồi',
          productGroupCode: '22',
          producerId: HTX_VAN_QUAN_XANH,
          communeCode: '06253',
        });
      });

      it('"Bỏ bản nháp" removes it and leaves the form empty', async () => {
        await open();

        button('Bỏ bản nháp').click();
        await fixture.whenStable();

        expect(draftOffer()).toBeNull();
        expect(storedDraft()).toBeNull();
        expect(nameInput().value).toBe('');
        expect(groupSelect().value).toBe('');
      });
    });

    it('offers no empty draft', async () => {
      localStorage.setItem(
        DRAFT_KEY,
        JSON.stringify({
          value: { name: '', producerId: '', productGroupCode: '' },
          savedAt: new Date().toISOString(),
        }),
      );

      await open();

      expect(draftOffer()).toBeNull();
    });
  });
});
