import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
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
      representativeName: null,
      representativePosition: null,
      address: null,
      commune: { code: '06253', name: 'Thị trấn Văn Quan' },
      phone: null,
      email: null,
      version: 1,
    },
    {
      id: HOANG_VAN_LOI,
      type: 'ho-kinh-doanh',
      name: 'Hộ kinh doanh Hoàng Văn Lợi',
      registrationNumber: null,
      representativeName: null,
      representativePosition: null,
      address: null,
      commune: { code: '06322', name: 'Xã Hữu Lễ' },
      phone: null,
      email: null,
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

  async function chooseStage(stage: 'idea' | 'product'): Promise<void> {
    const radio = el.querySelector<HTMLInputElement>(`#np-stage-${stage}`)!;
    radio.checked = true;
    radio.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  async function writeDescription(text: string): Promise<void> {
    const area = descriptionArea();
    area.value = text;
    area.dispatchEvent(new Event('input'));
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
  const groupLabel = (): string =>
    el.querySelector('label[for="np-group"]')!.textContent!.replace('*', '').trim();
  const descriptionArea = (): HTMLTextAreaElement =>
    el.querySelector<HTMLTextAreaElement>('#np-description')!;
  const stageRadio = (stage: 'idea' | 'product'): HTMLInputElement =>
    el.querySelector<HTMLInputElement>(`#np-stage-${stage}`)!;
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

    it('posts a QĐ 148 group when the user switches the classification to QĐ 148/2023', async () => {
      await open();
      await type('Tinh dầu hồi Văn Quan');
      await choose(producerSelect(), HTX_VAN_QUAN_XANH);
      await choose(groupSelect(), '22');
      const set148 = el.querySelector<HTMLInputElement>('#np-group-set-148')!;
      set148.checked = true;
      set148.dispatchEvent(new Event('change'));
      await fixture.whenStable();
      // A 1048 code means nothing in the 148 tree: the choice starts again.
      expect(groupSelect().value).toBe('');
      expect(groupLabel()).toBe('Nhóm sản phẩm (QĐ 148)');
      await choose(groupSelect(), '148-3');

      await submit();

      const req = http.expectOne('/api/products');
      expect(req.request.body).toEqual(jasmine.objectContaining({ productGroupCode: '148-3' }));
      req.flush({ id: 'p-1' } as Partial<Product>, { status: 201, statusText: 'Created' });
      await fixture.whenStable();
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
        description: null,
        productGroupCode: '22',
        producerId: HOANG_VAN_LOI.toLowerCase(),
        communeCode: '06322',
        stage: 'product',
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
      expect(location.pathname).toBe('/ocop/dossiers/products');
    });

    it('puts the server’s VALIDATION_FAILED messages next to their fields and keeps the form and draft', async () => {
      await open();
      await fillValid();
      await submit();

      http.expectOne('/api/products').flush(
        {
          code: 'VALIDATION_FAILED',
          message: 'Dữ liệu không hợp lệ, vui lòng kiểm tra lại',
          details: [
            { field: 'producerId', code: 'not_found', message: 'Không tìm thấy chủ thể này' },
            { field: 'name', code: 'too_long', message: 'Tên sản phẩm không được dài quá 200 ký tự' },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await fixture.whenStable();

      expect(el.querySelector('#np-name-error')!.textContent!.trim()).toBe(
        'Tên sản phẩm không được dài quá 200 ký tự',
      );
      expect(nameInput().getAttribute('aria-invalid')).toBe('true');
      expect(fieldError(producerSelect())).toBe('Không tìm thấy chủ thể này');
      expect(el.querySelector('.submit-error')!.textContent!.trim()).toBe(
        'Dữ liệu không hợp lệ, vui lòng kiểm tra lại',
      );
      expect(saveButton().textContent!.trim()).toBe('Lưu');
      expect(saveButton().disabled).toBeFalse();
      expect(nameInput().value).toBe('Tinh dầu hồi Văn Quan');
      expect(storedDraft()).not.toBeNull();
      expect(location.pathname).toBe('/ocop/dossiers/products/new');
    });

    it('puts a CONFLICT’s duplicate name next to the name field, quoting the name that was sent', async () => {
      await open();
      await fillValid();
      await submit();

      http.expectOne('/api/products').flush(
        {
          code: 'CONFLICT',
          message: 'Dữ liệu trùng với một bản ghi đã có',
          details: [
            {
              field: 'name',
              code: 'duplicate',
              message: 'Chủ thể này đã có sản phẩm "Tinh dầu hồi Văn Quan"',
            },
          ],
        },
        { status: 409, statusText: 'Conflict' },
      );
      await fixture.whenStable();

      expect(el.querySelector('#np-name-error')!.textContent!.trim()).toBe(
        'Chủ thể này đã có sản phẩm "Tinh dầu hồi Văn Quan"',
      );
      expect(el.querySelector('.submit-error')!.textContent!.trim()).toBe(
        'Dữ liệu trùng với một bản ghi đã có',
      );
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
      expect(location.pathname).toBe('/ocop/dossiers/products');
    });

    it('registers a new product’s idea (biểu 01) with its description, in NFC', async () => {
      await open();
      expect(stageRadio('product').checked).toBeTrue();
      expect(stageRadio('idea').checked).toBeFalse();

      await chooseStage('idea');
      await type('Miến dong Tri Lễ');
      await choose(producerSelect(), HOANG_VAN_LOI);
      await choose(groupSelect(), '6');
      await writeDescription('Miến làm từ củ dong riềng.\nPhơi nắng tự nhiên.'.normalize('NFD'));
      expect(descriptionArea().value).toBe('Miến làm từ củ dong riềng.\nPhơi nắng tự nhiên.');

      await submit();

      const req = http.expectOne('/api/products');
      expect(req.request.body).toEqual({
        name: 'Miến dong Tri Lễ',
        description: 'Miến làm từ củ dong riềng.\nPhơi nắng tự nhiên.',
        productGroupCode: '6',
        producerId: HOANG_VAN_LOI.toLowerCase(),
        communeCode: '06322',
        stage: 'idea',
      });
      req.flush({ id: 'p-2' });
      await fixture.whenStable();
      expect(location.pathname).toBe('/ocop/dossiers/products');
    });

    it('labels both kinds of registration, with what each means', async () => {
      await open();

      const labelOf = (stage: string): string =>
        el.querySelector(`label[for="np-stage-${stage}"]`)!.textContent!.trim();
      expect(el.querySelector('fieldset.stage legend')!.textContent!.trim()).toBe('Loại đăng ký');
      expect(labelOf('idea')).toBe('Đăng ký ý tưởng sản phẩm mới (biểu 01)');
      expect(labelOf('product')).toBe('Đăng ký sản phẩm đã có (biểu 02)');
      expect(el.querySelector('#np-stage-idea-hint')!.textContent).toContain('đăng ký ý tưởng trước');
      expect(stageRadio('idea').getAttribute('aria-describedby')).toBe('np-stage-idea-hint');
    });

    it('counts the description’s characters and refuses more than 1000 with the domain’s message', async () => {
      await open();
      await fillValid();
      const count = (): string => el.querySelector('#np-description-count')!.textContent!.trim();
      expect(count()).toBe('0/1.000 ký tự');

      await writeDescription('x'.repeat(1001));
      expect(count()).toBe('1.001/1.000 ký tự');
      expect(el.querySelector('#np-description-count')!.classList).toContain('over');

      await submit();

      http.expectNone('/api/products');
      expect(el.querySelector('#np-description-error')!.textContent!.trim()).toBe(
        'Mô tả sản phẩm không được dài quá 1000 ký tự',
      );
      expect(descriptionArea().getAttribute('aria-invalid')).toBe('true');
      expect(descriptionArea().getAttribute('aria-describedby')).toBe(
        'np-description-count np-description-error',
      );

      TestBed.inject(TestHost).locale.set('en');
      await fixture.whenStable();
      expect(el.querySelector('#np-description-error')!.textContent!.trim()).toBe(
        'Description must not be longer than 1000 characters',
      );
    });

    it('links to the producer registration form for a producer not in the list', async () => {
      await open();
      const link = el.querySelector<HTMLAnchorElement>('a.add-producer')!;
      expect(link.textContent!.trim()).toBe('Đăng ký chủ thể');
      expect(link.getAttribute('href')).toBe('/ocop/dossiers/producers/new');

      link.click();

      expect(location.pathname).toBe('/ocop/dossiers/producers/new');
    });

    it('cancel goes back to the list', async () => {
      await open();

      button('Hủy').click();

      expect(location.pathname).toBe('/ocop/dossiers/products');
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
      expect(storedDraft()?.value).toEqual({
        stage: 'product',
        name: 'Rượu men lá',
        producerId: '',
        productGroupCode: '',
        description: '',
      });

      await choose(producerSelect(), HOANG_VAN_LOI);
      await choose(groupSelect(), '15');
      await chooseStage('idea');
      await writeDescription('Rượu nếp ủ men lá.');
      expect(storedDraft()?.value).toEqual({
        stage: 'idea',
        name: 'Rượu men lá',
        producerId: HOANG_VAN_LOI,
        productGroupCode: '15',
        description: 'Rượu nếp ủ men lá.',
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
        // A draft of the form before ideas existed: an existing product, no description.
        expect(http.expectOne('/api/products').request.body).toEqual({
          name: 'Tinh dầu hồi',
          description: null,
          productGroupCode: '22',
          producerId: HTX_VAN_QUAN_XANH,
          communeCode: '06253',
          stage: 'product',
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
  describe('in English', () => {
    beforeEach(() => TestBed.inject(TestHost).locale.set('en'));

    const label = (id: string): string =>
      el.querySelector(`label[for="${id}"]`)!.textContent!.replace('*', '').trim();

    it('labels the form in English, the producers’ names staying as written', async () => {
      await open();

      expect(el.querySelector('h2')!.textContent).toBe('Register an OCOP product');
      expect([label('np-name'), label('np-producer'), label('np-group')]).toEqual([
        'Product name',
        'Producer',
        'Product sub-group (Decision 1048)',
      ]);
      expect(producerSelect().options[0].textContent!.trim()).toBe('— Choose —');
      expect(producerSelect().options[1].textContent!.trim()).toBe('HTX Văn Quan Xanh — Thị trấn Văn Quan');
      expect(groupSelect().options[1].textContent!.trim()).toBe(
        '1. Fresh vegetables, tubers, fruit and nuts',
      );
      expect(groupSelect().options[15].textContent!.trim()).toBe('15. White spirits');
      expect(saveButton().textContent!.trim()).toBe('Save');
      expect(button('Cancel')).toBeDefined();
    });

    it('shows the domain’s validation in English, and in Vietnamese again after a switch back', async () => {
      await open();

      await submit();

      http.expectNone((r) => r.method === 'POST');
      expect(el.querySelector('#np-name-error')!.textContent!.trim()).toBe('Product name is required');
      expect(fieldError(producerSelect())).toBe('Producer is required');
      expect(fieldError(groupSelect())).toBe('Product sub-group is required');

      TestBed.inject(TestHost).locale.set('vi');
      await fixture.whenStable();
      expect(el.querySelector('#np-name-error')!.textContent!.trim()).toBe(
        'Tên sản phẩm không được để trống',
      );
      expect(fieldError(groupSelect())).toBe('Phân nhóm sản phẩm không được để trống');
    });

    it('says that a name is too long in English', async () => {
      await open();
      await type('Mật ong '.repeat(30));
      await choose(producerSelect(), HTX_VAN_QUAN_XANH);
      await choose(groupSelect(), '4');

      await submit();

      expect(el.querySelector('#np-name-error')!.textContent!.trim()).toBe(
        'Product name must not be longer than 200 characters',
      );
    });

    it('translates the server’s field errors by code, quoting what was sent, and its summary', async () => {
      await open();
      await fillValid();
      await submit();

      http.expectOne('/api/products').flush(
        {
          code: 'CONFLICT',
          message: 'Dữ liệu trùng với một bản ghi đã có',
          details: [
            {
              field: 'name',
              code: 'duplicate',
              message: 'Chủ thể này đã có sản phẩm "Tinh dầu hồi Văn Quan"',
            },
          ],
        },
        { status: 409, statusText: 'Conflict' },
      );
      await fixture.whenStable();

      expect(el.querySelector('#np-name-error')!.textContent!.trim()).toBe(
        'This producer already has a product "Tinh dầu hồi Văn Quan"',
      );
      expect(el.querySelector('.submit-error')!.textContent!.trim()).toBe(
        'The data duplicates an existing record',
      );
    });

    it('shows the server’s own (Vietnamese) message for a code it does not know', async () => {
      await open();
      await fillValid();
      await submit();

      const merged = 'Thị trấn Văn Quan (mã 06253) không còn tồn tại sau ngày 30/06/2025';
      http.expectOne('/api/products').flush(
        {
          code: 'VALIDATION_FAILED',
          message: 'Dữ liệu không hợp lệ, vui lòng kiểm tra lại',
          details: [{ field: 'communeCode', code: 'no_longer_exists', message: merged }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await fixture.whenStable();

      expect(fieldError(producerSelect())).toBe(merged);
      expect(el.querySelector('.submit-error')!.textContent!.trim()).toBe(
        'Some data is not valid; please check it',
      );
    });

    it('offers a draft with its time as dd/MM/yyyy HH:mm', async () => {
      localStorage.setItem(
        DRAFT_KEY,
        JSON.stringify({
          value: { name: 'Tinh dầu hồi', producerId: '', productGroupCode: '' },
          savedAt: new Date(2025, 5, 1, 14, 5).toISOString(),
        }),
      );

      await open();

      expect(draftOffer()!.textContent).toContain('You have an unsaved draft from 01/06/2025 14:05.');
      expect(button('Restore draft')).toBeDefined();
      expect(button('Discard draft')).toBeDefined();
    });

    it('explains a failed producers request in English', async () => {
      await create();
      expectProducers().error(new ProgressEvent('error'));
      await fixture.whenStable();

      const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.querySelector('.message')!.textContent).toBe('The producers could not be loaded.');
      expect(alert.querySelector('.detail')!.textContent).toBe('The OCOP server cannot be reached.');
      expect(alert.querySelector('button')!.textContent!.trim()).toBe('Retry');

      alert.querySelector('button')!.click();
      await fixture.whenStable();
      await nextTask();
      expectProducers().flush(PRODUCERS);
      await fixture.whenStable();
    });
  });

  describe('Unicode normalisation (NFC)', () => {
    /** "Hữu Lễ" as a Telex input method set to decomposed Unicode types it. */
    const HUU_LE_NFD = 'Hu\u031b\u0303u Le\u0302\u0303';
    const HUU_LE_NFC = 'Hữu Lễ';

    it('keeps decomposed typing as NFC in the field, the draft and what is sent', async () => {
      await open();
      expect(HUU_LE_NFD.normalize('NFC')).toBe(HUU_LE_NFC);
      expect(HUU_LE_NFD).not.toBe(HUU_LE_NFC);

      await type(`Mật ong ${HUU_LE_NFD}`);

      expect(nameInput().value).toBe(`Mật ong ${HUU_LE_NFC}`);
      expect(storedDraft()?.value).toEqual({
        stage: 'product',
        name: `Mật ong ${HUU_LE_NFC}`,
        producerId: '',
        productGroupCode: '',
        description: '',
      });

      await choose(producerSelect(), HOANG_VAN_LOI);
      await choose(groupSelect(), '4');
      await submit();

      const req = http.expectOne('/api/products');
      expect((req.request.body as { name: string }).name).toBe(`Mật ong ${HUU_LE_NFC}`);
      req.flush({ id: 'p-1' });
      await fixture.whenStable();
    });

    it('waits for the end of an input method’s composition before normalising', async () => {
      await open();
      const input = nameInput();

      input.value = HUU_LE_NFD;
      input.dispatchEvent(new InputEvent('input', { isComposing: true }));
      await fixture.whenStable();
      // Still composing: the control is not rewritten under the input method, nothing is stored yet.
      expect(input.value).toBe(HUU_LE_NFD);
      expect(storedDraft()).toBeNull();

      input.dispatchEvent(new CompositionEvent('compositionend', { data: 'Lễ' }));
      await fixture.whenStable();

      expect(input.value).toBe(HUU_LE_NFC);
      expect(storedDraft()?.value).toEqual({
        stage: 'product',
        name: HUU_LE_NFC,
        producerId: '',
        productGroupCode: '',
        description: '',
      });
    });

    it('restores an old decomposed draft as NFC', async () => {
      localStorage.setItem(
        DRAFT_KEY,
        JSON.stringify({
          value: { name: HUU_LE_NFD, producerId: '', productGroupCode: '' },
          savedAt: new Date().toISOString(),
        }),
      );
      await open();

      button('Khôi phục bản nháp').click();
      await fixture.whenStable();

      expect(nameInput().value).toBe(HUU_LE_NFC);
    });
  });
});
