import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { checklistFor, Page, Producer, Product, productGroup1048, vietnamDate } from '@ocop/domain';
import { defaultCriteriaSet, NewDossierForm } from './new-dossier-form';

const RUOU_MEN_LA = '0a0b2019-0000-4000-8000-000000000001';
const TINH_DAU_HOI = '0a0b2020-0000-4000-8000-000000000002';
const MAT_ONG_Y_TUONG = '0a0b2025-0000-4000-8000-000000000003';
const NEW_DOSSIER_ID = '0d0c2019-0000-4000-8000-0000000000aa';

function product(
  id: string,
  name: string,
  producer: [id: string, name: string],
  commune: string,
  groupCode: string,
  stage: Product['stage'] = 'product',
): Product {
  return {
    id,
    name,
    description: null,
    stage,
    productGroup: { code: groupCode, name: productGroup1048(groupCode)!.name },
    producer: { id: producer[0], name: producer[1], type: 'ho-kinh-doanh' },
    commune: { code: '06322', name: commune },
    photos: [],
    version: 1,
  };
}

const PRODUCTS: Page<Product> = {
  items: [
    product(RUOU_MEN_LA, 'Rượu men lá Hữu Lễ', ['pr-1', 'Hộ Nông Thị Chỉ'], 'Xã Hữu Lễ', '15'),
    product(TINH_DAU_HOI, 'Tinh dầu hồi Văn Quan', ['pr-2', 'HTX Văn Quan Xanh'], 'Thị trấn Văn Quan', '22'),
    product(
      MAT_ONG_Y_TUONG,
      'Mật ong bạc hà',
      ['pr-2', 'HTX Văn Quan Xanh'],
      'Thị trấn Văn Quan',
      '4',
      'idea',
    ),
  ],
  total: 3,
};

function producer(id: string, name: string, registrationNumber: string | null): Producer {
  return {
    id,
    type: 'ho-kinh-doanh',
    name,
    registrationNumber,
    representativeName: null,
    representativePosition: null,
    address: null,
    commune: { code: '06322', name: 'Xã Hữu Lễ' },
    phone: null,
    email: null,
    version: 1,
  };
}

// Hộ Nông Thị Chỉ has no business registration: the 1048 list then has no registration item.
const PRODUCERS: Page<Producer> = {
  items: [producer('pr-1', 'Hộ Nông Thị Chỉ', null), producer('pr-2', 'HTX Văn Quan Xanh', '4900123456')],
  total: 2,
};

const USER = 'spec-new-dossier-user';
const DRAFT_KEY = `ocop-draft:${USER}:new-dossier`;
const THIS_YEAR = Number(vietnamDate(new Date()).slice(0, 4));

describe('NewDossierForm', () => {
  let fixture: ComponentFixture<NewDossierForm>;
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
    history.replaceState(history.state, '', '/ocop/dossiers/new');
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

  /** Creates the form and answers its producers request, leaving its products request open. */
  async function create(): Promise<TestRequest> {
    fixture = TestBed.createComponent(NewDossierForm);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
    http.expectOne((r) => r.url === '/api/producers').flush(PRODUCERS);
    return expectProducts();
  }

  async function open(): Promise<void> {
    (await create()).flush(PRODUCTS);
    await fixture.whenStable();
  }

  function expectProducts(): TestRequest {
    const req = http.expectOne((r) => r.url === '/api/products');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.get('limit')).toBe('200');
    return req;
  }

  async function choose(select: HTMLSelectElement, value: string): Promise<void> {
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  async function check(radio: HTMLInputElement): Promise<void> {
    radio.click();
    await fixture.whenStable();
  }

  async function search(text: string): Promise<void> {
    searchBox().value = text;
    searchBox().dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    saveButton().click();
    await fixture.whenStable();
    await nextTask();
  }

  const searchBox = (): HTMLInputElement => el.querySelector<HTMLInputElement>('#nd-search')!;
  const productSelect = (): HTMLSelectElement => el.querySelector<HTMLSelectElement>('#nd-product')!;
  const yearSelect = (): HTMLSelectElement => el.querySelector<HTMLSelectElement>('#nd-year')!;
  const quarterSelect = (): HTMLSelectElement => el.querySelector<HTMLSelectElement>('#nd-quarter')!;
  const radio = (name: string, value: string): HTMLInputElement =>
    el.querySelector<HTMLInputElement>(`input[name="${name}"][value="${value}"]`)!;
  const saveButton = (): HTMLButtonElement => el.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const productOptions = (): string[][] =>
    Array.from(productSelect().options).map((o) => [
      o.value,
      o.textContent!.trim(),
      o.disabled ? 'disabled' : '',
    ]);
  const checklistItems = (): string[] =>
    Array.from(el.querySelectorAll('.checklist li')).map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
  const button = (text: string): HTMLButtonElement =>
    Array.from(el.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent!.trim() === text)!;
  const storedDraft = (): { value: Record<string, unknown>; savedAt: string } | null => {
    const raw = localStorage.getItem(DRAFT_KEY);
    return raw ? (JSON.parse(raw) as { value: Record<string, unknown>; savedAt: string }) : null;
  };

  /** The Hữu Lễ case: the 2019 round's dossier, to be completed in Q1/2020. */
  async function fillHuuLe(): Promise<void> {
    await choose(productSelect(), RUOU_MEN_LA);
    await choose(yearSelect(), '2019');
    await choose(quarterSelect(), '2020-Q1');
  }

  describe('products', () => {
    it('lists the products with producer and commune; an idea is shown but cannot be chosen', async () => {
      const req = await create();
      expect(productSelect().disabled).toBeTrue();

      req.flush(PRODUCTS);
      await fixture.whenStable();

      expect(productSelect().disabled).toBeFalse();
      expect(productOptions()).toEqual([
        [RUOU_MEN_LA, 'Rượu men lá Hữu Lễ — Hộ Nông Thị Chỉ, Xã Hữu Lễ', ''],
        [TINH_DAU_HOI, 'Tinh dầu hồi Văn Quan — HTX Văn Quan Xanh, Thị trấn Văn Quan', ''],
        [
          MAT_ONG_Y_TUONG,
          'Mật ong bạc hà — HTX Văn Quan Xanh, Thị trấn Văn Quan (mới là ý tưởng, chưa lập hồ sơ được)',
          'disabled',
        ],
      ]);
    });

    it('finds products ignoring diacritics and case, by product, producer or commune', async () => {
      await open();

      await search('ruou men');
      expect(productOptions().map((o) => o[0])).toEqual([RUOU_MEN_LA]);

      await search('TINH DAU');
      expect(productOptions().map((o) => o[0])).toEqual([TINH_DAU_HOI]);

      await search('van quan xanh');
      expect(productOptions().map((o) => o[0])).toEqual([TINH_DAU_HOI, MAT_ONG_Y_TUONG]);

      await search('không có');
      expect(productOptions()).toEqual([]);
      expect(el.textContent).toContain('Không có sản phẩm nào phù hợp.');
    });

    it('keeps the chosen product in the list whatever the search', async () => {
      await open();
      await choose(productSelect(), RUOU_MEN_LA);

      await search('tinh dau');

      expect(productOptions().map((o) => o[0])).toEqual([RUOU_MEN_LA, TINH_DAU_HOI]);
      expect(productSelect().value).toBe(RUOU_MEN_LA);
      expect(el.querySelector('.selected')!.textContent!.trim()).toBe(
        'Đã chọn: Rượu men lá Hữu Lễ — Hộ Nông Thị Chỉ, Xã Hữu Lễ',
      );
    });

    it('explains a failed products request and retries it', async () => {
      (await create()).flush(
        { code: 'UPSTREAM_UNAVAILABLE', message: 'Máy chủ OCOP tạm thời không trả lời.' },
        { status: 502, statusText: 'Bad Gateway' },
      );
      await fixture.whenStable();

      const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.textContent).toContain('Không tải được danh sách sản phẩm.');
      expect(alert.textContent).toContain('Máy chủ OCOP tạm thời không trả lời.');
      alert.querySelector('button')!.click();
      await fixture.whenStable();
      await nextTask();
      expectProducts().flush(PRODUCTS);
      await fixture.whenStable();

      expect(el.querySelector('[role="alert"]')).toBeNull();
      expect(productOptions().length).toBe(3);
    });
  });

  describe('criteria set, round and quarter', () => {
    it('defaults to 148 for rounds from 2023 and to 1048 before', async () => {
      expect(defaultCriteriaSet(2019)).toBe('1048');
      expect(defaultCriteriaSet(2022)).toBe('1048');
      expect(defaultCriteriaSet(2023)).toBe('148');
      await open();
      expect(yearSelect().value).toBe(String(THIS_YEAR));
      expect(radio('criteriaSet', defaultCriteriaSet(THIS_YEAR)).checked).toBeTrue();

      await choose(yearSelect(), '2019');
      expect(radio('criteriaSet', '1048').checked).toBeTrue();
      expect(radio('criteriaSet', '148').checked).toBeFalse();

      await choose(yearSelect(), '2023');
      expect(radio('criteriaSet', '148').checked).toBeTrue();
    });

    it('keeps a criteria set the user chose when the year changes', async () => {
      await open();
      await choose(yearSelect(), '2023');

      await check(radio('criteriaSet', '1048'));
      await choose(yearSelect(), '2024');

      expect(radio('criteriaSet', '1048').checked).toBeTrue();
    });

    it('offers the quarters of the round year and the next, as officials write them', async () => {
      await open();
      await choose(yearSelect(), '2019');

      const options = Array.from(quarterSelect().options).map((o) => [o.value, o.textContent!.trim()]);
      expect(options).toEqual([
        ['', '— Không đặt —'],
        ['2019-Q1', 'Quý I/2019'],
        ['2019-Q2', 'Quý II/2019'],
        ['2019-Q3', 'Quý III/2019'],
        ['2019-Q4', 'Quý IV/2019'],
        ['2020-Q1', 'Quý I/2020'],
        ['2020-Q2', 'Quý II/2020'],
        ['2020-Q3', 'Quý III/2020'],
        ['2020-Q4', 'Quý IV/2020'],
      ]);
    });

    it('drops a target quarter the new round year no longer allows', async () => {
      await open();
      await choose(yearSelect(), '2019');
      await choose(quarterSelect(), '2020-Q1');

      await choose(yearSelect(), '2020');
      expect(quarterSelect().value).toBe('2020-Q1');

      await choose(yearSelect(), '2021');
      expect(quarterSelect().value).toBe('');
    });
  });

  describe('checklist preview', () => {
    it('asks for a product first', async () => {
      await open();
      expect(el.querySelector('.checklist')!.textContent).toContain(
        'Chọn sản phẩm để xem các thành phần hồ sơ.',
      );
      expect(checklistItems()).toEqual([]);
    });

    it('shows the items the dossier will get, mandatory ones marked in words', async () => {
      await open();
      await fillHuuLe();

      // Rượu trắng under 1048, a household without business registration.
      const expected = checklistFor('1048', '15', 'first-time', { hasBusinessRegistration: false });
      const mandatory = expected.filter((item) => item.mandatory);
      expect(checklistItems().length).toBe(expected.length);
      expect(checklistItems()).toEqual(
        expected.map((item) => `${item.number}. ${item.name}${item.mandatory ? ' (bắt buộc)' : ''}`),
      );
      expect(el.querySelectorAll('.checklist li.mandatory').length).toBe(mandatory.length);
      expect(el.querySelector('.checklist .summary')!.textContent!.trim()).toBe(
        `${expected.length} thành phần, trong đó ${mandatory.length} thành phần bắt buộc.`,
      );
      expect(expected.some((item) => item.id === 'business-registration')).toBeFalse();
    });

    it('follows the criteria set, the registration kind and the producer’s registration', async () => {
      await open();
      await choose(productSelect(), TINH_DAU_HOI);
      await choose(yearSelect(), '2023');
      expect(checklistItems().length).toBe(checklistFor('148', '22', 'first-time').length);

      await check(radio('registrationKind', 're-evaluation'));
      const light = checklistFor('148', '22', 're-evaluation');
      expect(el.querySelectorAll('.checklist li.mandatory').length).toBe(
        light.filter((item) => item.mandatory).length,
      );

      await check(radio('criteriaSet', '1048'));
      // HTX Văn Quan Xanh is registered: its registration is on the list.
      expect(checklistItems().length).toBe(checklistFor('1048', '22', 're-evaluation').length);
    });
  });

  describe('submit', () => {
    it('says what is missing in Vietnamese and sends nothing', async () => {
      await open();

      await submit();

      expect(submits).toEqual([true]);
      http.expectNone((r) => r.method === 'POST');
      expect(el.querySelector('#nd-product-error')!.textContent!.trim()).toBe('Chưa chọn sản phẩm');
      expect(productSelect().getAttribute('aria-invalid')).toBe('true');

      await choose(productSelect(), TINH_DAU_HOI);
      expect(el.querySelector('#nd-product-error')).toBeNull();
    });

    it('sends the dossier and opens its page', async () => {
      await open();
      await fillHuuLe();
      await check(radio('registrationKind', 'upgrade'));
      expect(storedDraft()).not.toBeNull();

      await submit();

      const req = http.expectOne('/api/dossiers');
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({
        productId: RUOU_MEN_LA,
        criteriaSet: '1048',
        registrationKind: 'upgrade',
        roundYear: 2019,
        targetQuarter: '2020-Q1',
      });
      req.flush({ id: NEW_DOSSIER_ID });
      await fixture.whenStable();

      expect(location.pathname).toBe(`/ocop/dossiers/${NEW_DOSSIER_ID}`);
      expect(storedDraft()).toBeNull();
    });

    it('sends no target quarter when none is chosen', async () => {
      await open();
      await choose(productSelect(), TINH_DAU_HOI);

      await submit();

      const req = http.expectOne('/api/dossiers');
      expect(req.request.body).toEqual({
        productId: TINH_DAU_HOI,
        criteriaSet: defaultCriteriaSet(THIS_YEAR),
        registrationKind: 'first-time',
        roundYear: THIS_YEAR,
        targetQuarter: null,
      });
      req.flush({ id: NEW_DOSSIER_ID });
      await fixture.whenStable();
    });

    it('creates one dossier for a double click: the button is disabled while it is being created', async () => {
      await open();
      await fillHuuLe();

      saveButton().click();
      saveButton().click();
      await fixture.whenStable();
      await nextTask();
      // Enter in a field submits the form too; it must not send a second request either.
      el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await nextTask();

      const req = http.expectOne('/api/dossiers');
      expect(saveButton().disabled).toBeTrue();
      expect(saveButton().textContent!.trim()).toBe('Đang tạo…');
      req.flush({ id: NEW_DOSSIER_ID });
      await fixture.whenStable();
      http.expectNone('/api/dossiers');
    });

    it('explains a 409 (already a dossier in this round) and lets the user change the round', async () => {
      await open();
      await fillHuuLe();
      await submit();

      http.expectOne('/api/dossiers').flush(
        {
          code: 'CONFLICT',
          message: '“Rượu men lá Hữu Lễ” đã có hồ sơ trong kỳ đánh giá năm 2019',
          details: [
            {
              field: 'productId',
              code: 'duplicate',
              message:
                'Mỗi sản phẩm chỉ có một hồ sơ trong một kỳ đánh giá; “Rượu men lá Hữu Lễ” đã có hồ sơ năm 2019',
            },
          ],
        },
        { status: 409, statusText: 'Conflict' },
      );
      await fixture.whenStable();

      expect(el.querySelector('.submit-error')!.textContent!.trim()).toBe(
        '“Rượu men lá Hữu Lễ” đã có hồ sơ trong kỳ đánh giá năm 2019',
      );
      expect(el.querySelector('#nd-product-error')!.textContent!.trim()).toBe(
        'Mỗi sản phẩm chỉ có một hồ sơ trong một kỳ đánh giá; “Rượu men lá Hữu Lễ” đã có hồ sơ năm 2019',
      );
      expect(saveButton().disabled).toBeFalse();
      expect(location.pathname).toBe('/ocop/dossiers/new');
    });

    it('puts the API’s 400 field errors next to their fields', async () => {
      await open();
      await fillHuuLe();
      await submit();

      http.expectOne('/api/dossiers').flush(
        {
          code: 'VALIDATION_FAILED',
          message: 'Dữ liệu không hợp lệ, vui lòng kiểm tra lại',
          details: [
            {
              field: 'productId',
              code: 'not_found',
              message: 'Không tìm thấy sản phẩm, hoặc sản phẩm không thuộc đơn vị của bạn',
            },
          ],
        },
        { status: 400, statusText: 'Bad Request' },
      );
      await fixture.whenStable();

      expect(el.querySelector('.submit-error')!.textContent!.trim()).toBe(
        'Dữ liệu không hợp lệ, vui lòng kiểm tra lại',
      );
      expect(el.querySelector('#nd-product-error')!.textContent!.trim()).toBe(
        'Không tìm thấy sản phẩm, hoặc sản phẩm không thuộc đơn vị của bạn',
      );
    });

    it('refuses a product idea (e.g. from an old draft) before asking the API', async () => {
      localStorage.setItem(
        DRAFT_KEY,
        JSON.stringify({
          value: {
            productId: MAT_ONG_Y_TUONG,
            criteriaSet: '',
            registrationKind: 'first-time',
            roundYear: '2025',
            targetQuarter: '',
          },
          savedAt: new Date().toISOString(),
        }),
      );
      await open();
      button('Khôi phục bản nháp').click();
      await fixture.whenStable();

      await submit();

      http.expectNone((r) => r.method === 'POST');
      expect(el.querySelector('#nd-product-error')!.textContent!.trim()).toBe(
        '“Mật ong bạc hà” mới ở bước đăng ký ý tưởng: hoàn thiện đăng ký sản phẩm trước khi lập hồ sơ',
      );
    });

    it('"Hủy" goes back to the dossier list', async () => {
      await open();

      button('Hủy').click();

      expect(location.pathname).toBe('/ocop/dossiers');
    });
  });

  describe('local draft', () => {
    it('keeps what the user chose, and offers it back after a new visit (an expired session)', async () => {
      await open();
      await fillHuuLe();
      await check(radio('registrationKind', 'upgrade'));
      expect(storedDraft()!.value).toEqual({
        productId: RUOU_MEN_LA,
        criteriaSet: '',
        registrationKind: 'upgrade',
        roundYear: '2019',
        targetQuarter: '2020-Q1',
      });
      fixture.destroy();

      await open();
      expect(el.querySelector('.draft')!.textContent).toContain('Bạn có một bản nháp chưa lưu lúc');
      expect(productSelect().value).toBe('');

      button('Khôi phục bản nháp').click();
      await fixture.whenStable();

      expect(el.querySelector('.draft')).toBeNull();
      expect(productSelect().value).toBe(RUOU_MEN_LA);
      expect(yearSelect().value).toBe('2019');
      expect(quarterSelect().value).toBe('2020-Q1');
      expect(radio('registrationKind', 'upgrade').checked).toBeTrue();
      expect(radio('criteriaSet', '1048').checked).toBeTrue();
    });

    it('"Bỏ bản nháp" removes it and leaves the form empty', async () => {
      localStorage.setItem(
        DRAFT_KEY,
        JSON.stringify({
          value: {
            productId: TINH_DAU_HOI,
            criteriaSet: '148',
            registrationKind: 'first-time',
            roundYear: '2020',
            targetQuarter: '',
          },
          savedAt: new Date().toISOString(),
        }),
      );
      await open();

      button('Bỏ bản nháp').click();
      await fixture.whenStable();

      expect(el.querySelector('.draft')).toBeNull();
      expect(storedDraft()).toBeNull();
      expect(productSelect().value).toBe('');
    });

    it('offers no draft that holds nothing chosen', async () => {
      localStorage.setItem(
        DRAFT_KEY,
        JSON.stringify({
          value: {
            productId: '',
            criteriaSet: '',
            registrationKind: 'first-time',
            roundYear: '2020',
            targetQuarter: '',
          },
          savedAt: new Date().toISOString(),
        }),
      );
      await open();

      expect(el.querySelector('.draft')).toBeNull();
    });

    it('saves nothing while the user only searches', async () => {
      await open();
      await search('ruou');
      expect(storedDraft()).toBeNull();
    });
  });

  describe('in English', () => {
    beforeEach(() => TestBed.inject(TestHost).locale.set('en'));

    it('labels the form in English and translates the API’s conflict', async () => {
      await open();
      expect(el.querySelector('h2')!.textContent).toBe('New product evaluation dossier');
      expect(saveButton().textContent!.trim()).toBe('Create dossier');
      expect(radio('registrationKind', 're-evaluation').parentElement!.textContent!.trim()).toBe(
        'Re-evaluation',
      );

      await fillHuuLe();
      await submit();
      http.expectOne('/api/dossiers').flush(
        {
          code: 'CONFLICT',
          message: '“Rượu men lá Hữu Lễ” đã có hồ sơ trong kỳ đánh giá năm 2019',
          details: [{ field: 'productId', code: 'duplicate', message: 'Mỗi sản phẩm…' }],
        },
        { status: 409, statusText: 'Conflict' },
      );
      await fixture.whenStable();

      expect(el.querySelector('.submit-error')!.textContent!.trim()).toBe(
        '“Rượu men lá Hữu Lễ” already has a dossier in the 2019 evaluation round',
      );
      expect(el.querySelector('#nd-product-error')!.textContent!.trim()).toBe(
        'A product has one dossier per evaluation round; “Rượu men lá Hữu Lễ” already has one in 2019',
      );
    });
  });
});
