import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { AdminUnit, Producer } from '@ocop/domain';
import { NewProducerForm } from './new-producer-form';

const USER = 'spec-new-producer-user';
const DRAFT_KEY = `ocop-draft:${USER}:new-producer`;

function commune(code: string, name: string, validTo: string | null = null): AdminUnit {
  return { code, name, level: 'commune', parentCode: '184', validFrom: '2020-01-01', validTo };
}

const COMMUNES: AdminUnit[] = [
  commune('06253', 'Thị trấn Văn Quan'),
  commune('06298', 'Xã Bình Phúc'),
  commune('06301', 'Xã Tràng Các', '2024-10-31'),
  commune('06322', 'Xã Hữu Lễ'),
];

describe('NewProducerForm', () => {
  let fixture: ComponentFixture<NewProducerForm>;
  let http: HttpTestingController;
  let el: HTMLElement;
  let auth: FakeOcopAuth;
  let original: string;
  /** Whether the component prevented each form submission (a real one would leave Karma's page). */
  let submits: boolean[];
  const stopSubmit = (event: Event): void => {
    submits.push(event.defaultPrevented);
    event.preventDefault();
  };

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    history.replaceState(history.state, '', '/ocop/dossiers/producers/new');
    submits = [];
    document.addEventListener('submit', stopSubmit);
    localStorage.removeItem(DRAFT_KEY);
    auth = new FakeOcopAuth();
    auth.user = {
      username: USER,
      name: 'Hoàng Văn Nam',
      roles: ['district-officer'],
      districtCode: '184',
    };
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

  /** Creates the form, leaving its communes request unanswered. */
  async function create(): Promise<void> {
    fixture = TestBed.createComponent(NewProducerForm);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
  }

  function expectCommunes(parentCode = '184'): TestRequest {
    const req = http.expectOne((r) => r.url === '/api/units');
    expect(req.request.params.get('level')).toBe('commune');
    expect(req.request.params.get('parentCode')).toBe(parentCode);
    return req;
  }

  async function open(): Promise<void> {
    await create();
    expectCommunes().flush(COMMUNES);
    await fixture.whenStable();
  }

  const control = <T extends HTMLElement>(id: string): T => el.querySelector<T>(`#${id}`)!;

  async function fill(id: string, value: string): Promise<void> {
    const input = control<HTMLInputElement | HTMLSelectElement>(id);
    input.value = value;
    input.dispatchEvent(new Event(input instanceof HTMLSelectElement ? 'change' : 'input'));
    await fixture.whenStable();
  }

  async function submit(): Promise<void> {
    saveButton().click();
    await fixture.whenStable();
    await nextTask();
  }

  async function fillValid(): Promise<void> {
    await fill('pr-type', 'hop-tac-xa');
    await fill('pr-name', 'HTX Hồi Bình Phúc');
    await fill('pr-commune', '06298');
  }

  const saveButton = (): HTMLButtonElement => el.querySelector<HTMLButtonElement>('button[type="submit"]')!;
  const errorOf = (id: string): string | undefined =>
    control(id).closest('.field')!.querySelector('.error')?.textContent?.trim();
  const notices = (): string[] =>
    Array.from(el.querySelectorAll('.notice')).map((n) => n.textContent!.trim());
  const draftOffer = (): HTMLElement | null => el.querySelector<HTMLElement>('.draft');
  const button = (text: string): HTMLButtonElement =>
    Array.from(el.querySelectorAll<HTMLButtonElement>('button')).find((b) => b.textContent!.trim() === text)!;
  const storedDraft = (): { value: Record<string, string>; savedAt: string } | null => {
    const raw = localStorage.getItem(DRAFT_KEY);
    return raw ? (JSON.parse(raw) as { value: Record<string, string>; savedAt: string }) : null;
  };
  const label = (id: string): string =>
    el.querySelector(`label[for="${id}"]`)!.textContent!.replace('*', '').trim();

  describe('fields', () => {
    it('has every field of the phiếu đăng ký, grouped, with the four producer types', async () => {
      await open();

      expect(el.querySelector('h2')!.textContent).toBe('Đăng ký chủ thể OCOP');
      expect(
        [
          'pr-type',
          'pr-name',
          'pr-registration',
          'pr-representative-name',
          'pr-representative-position',
          'pr-address',
          'pr-commune',
          'pr-phone',
          'pr-email',
        ].map(label),
      ).toEqual([
        'Loại hình chủ thể',
        'Tên chủ thể',
        'Số đăng ký kinh doanh / mã số thuế',
        'Họ và tên',
        'Chức vụ',
        'Số nhà, đường, thôn, bản',
        'Xã, thị trấn',
        'Số điện thoại',
        'Email',
      ]);
      expect(Array.from(el.querySelectorAll('legend')).map((l) => l.textContent!.trim())).toEqual([
        'Người đại diện theo pháp luật',
        'Địa chỉ',
        'Liên hệ',
      ]);
      const types = Array.from(control<HTMLSelectElement>('pr-type').options).map((o) => [
        o.value,
        o.textContent!.trim(),
      ]);
      expect(types).toEqual([
        ['', '— Chọn —'],
        ['doanh-nghiep', 'Doanh nghiệp'],
        ['hop-tac-xa', 'Hợp tác xã'],
        ['to-hop-tac', 'Tổ hợp tác'],
        ['ho-kinh-doanh', 'Hộ kinh doanh'],
      ]);
      expect(control<HTMLInputElement>('pr-phone').type).toBe('tel');
      expect(control<HTMLInputElement>('pr-email').type).toBe('email');
    });

    it('offers the district’s communes that exist today, by name, while loading first', async () => {
      await create();
      expect(control<HTMLSelectElement>('pr-commune').disabled).toBeTrue();

      expectCommunes().flush(COMMUNES);
      await fixture.whenStable();

      const options = Array.from(control<HTMLSelectElement>('pr-commune').options).map((o) =>
        o.textContent!.trim(),
      );
      // Tràng Các was merged into Khánh Khê in 2024: no new producer goes there.
      expect(options).toEqual(['— Chọn —', 'Thị trấn Văn Quan', 'Xã Bình Phúc', 'Xã Hữu Lễ']);
    });

    it('gives a commune officer their own commune, already chosen', async () => {
      auth.user = { ...auth.user, roles: ['commune-officer'], communeCode: '06322' };
      await open();

      const select = control<HTMLSelectElement>('pr-commune');
      expect(Array.from(select.options).map((o) => o.value)).toEqual(['', '06322']);
      expect(select.value).toBe('06322');
      // Nothing typed yet: no draft.
      expect(storedDraft()).toBeNull();
    });

    it('explains a failed communes request and retries it', async () => {
      await create();
      expectCommunes().flush({ code: 'INTERNAL', message: 'x' }, { status: 500, statusText: 'Error' });
      await fixture.whenStable();

      const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.textContent).toContain('Không tải được danh sách xã.');
      alert.querySelector('button')!.click();
      await nextTask();
      expectCommunes().flush(COMMUNES);
      await fixture.whenStable();
      expect(control<HTMLSelectElement>('pr-commune').options.length).toBe(4);
    });

    it('explains the registration number for the chosen type', async () => {
      await open();
      const hint = (): string => control('pr-registration-hint').textContent!.trim();
      expect(hint()).toContain('giấy chứng nhận đăng ký hợp tác xã');

      await fill('pr-type', 'doanh-nghiep');

      expect(hint()).toBe(
        'Mã số doanh nghiệp (cũng là mã số thuế): 10 chữ số; đơn vị phụ thuộc thêm dấu gạch ngang và 3 chữ số.',
      );
      expect(control('pr-registration').getAttribute('aria-describedby')).toBe('pr-registration-hint');
    });

    it('recommends a representative and a contact, and stops recommending once they are given', async () => {
      await open();

      expect(notices()).toEqual([
        'Nên ghi người đại diện theo pháp luật: phiếu đăng ký sản phẩm cần thông tin này',
        'Nên có ít nhất số điện thoại hoặc email để xã, huyện liên hệ với chủ thể',
      ]);
      expect(control('pr-email').getAttribute('aria-describedby')).toBe('pr-contacts-notice');

      await fill('pr-representative-name', 'Lương Thị Hoa');
      await fill('pr-email', 'htx@example.com');

      expect(notices()).toEqual([]);
    });
  });

  describe('submit', () => {
    it('shows the domain’s Vietnamese errors for an empty form and sends nothing', async () => {
      await open();

      await submit();

      expect(submits).toEqual([true]);
      http.expectNone((r) => r.method === 'POST');
      expect(errorOf('pr-type')).toBe('Loại chủ thể không được để trống');
      expect(errorOf('pr-name')).toBe('Tên chủ thể không được để trống');
      expect(errorOf('pr-commune')).toBe('Xã không được để trống');
      expect(control('pr-name').getAttribute('aria-invalid')).toBe('true');
      expect(control('pr-name').getAttribute('aria-describedby')).toBe('pr-name-hint pr-name-error');
    });

    it('checks the formats before sending: tax code, phone, e-mail, a position without a name', async () => {
      await open();
      await fillValid();
      await fill('pr-type', 'doanh-nghiep');
      await fill('pr-registration', '12345');
      await fill('pr-representative-position', 'Giám đốc');
      await fill('pr-phone', '0912 34');
      await fill('pr-email', 'htx@');

      await submit();

      http.expectNone((r) => r.method === 'POST');
      expect(errorOf('pr-registration')).toBe(
        'Mã số doanh nghiệp phải gồm 10 chữ số (đơn vị phụ thuộc: thêm dấu gạch ngang và 3 chữ số)',
      );
      expect(errorOf('pr-representative-name')).toBe(
        'Họ tên người đại diện không được để trống khi đã có chức vụ',
      );
      expect(errorOf('pr-phone')).toBe(
        'Số điện thoại không đúng định dạng Việt Nam (di động 10 chữ số như 0912 345 678, cố định 11 chữ số như 0205 3812 345)',
      );
      expect(errorOf('pr-email')).toBe('Email không đúng định dạng (ví dụ: lienhe@htxvanquan.vn)');
      // An error replaces the recommendation about the same field.
      expect(notices()).toEqual([]);

      await fill('pr-phone', '0912 345 678');
      expect(errorOf('pr-phone')).toBeUndefined();
      expect(errorOf('pr-email')).toBe('Email không đúng định dạng (ví dụ: lienhe@htxvanquan.vn)');
    });

    it('posts the normalised producer in NFC, shows saving, then clears the draft and goes to the list', async () => {
      await open();
      await fill('pr-type', 'hop-tac-xa');
      await fill('pr-name', '  HTX  Hồi Bình Phúc '.normalize('NFD'));
      expect(control<HTMLInputElement>('pr-name').value).toBe('  HTX  Hồi Bình Phúc ');
      await fill('pr-registration', '14.07/0123');
      await fill('pr-representative-name', 'Lương Thị Hoa');
      await fill('pr-representative-position', 'Giám đốc');
      await fill('pr-address', 'Thôn Bình Phúc');
      await fill('pr-commune', '06298');
      await fill('pr-phone', '+84 912 345 678');
      await fill('pr-email', 'HTX@Example.com');
      expect(storedDraft()).not.toBeNull();

      await submit();

      const req = http.expectOne('/api/producers');
      expect(req.request.method).toBe('POST');
      expect(req.request.body).toEqual({
        type: 'hop-tac-xa',
        name: 'HTX Hồi Bình Phúc',
        registrationNumber: '14.07/0123',
        representativeName: 'Lương Thị Hoa',
        representativePosition: 'Giám đốc',
        address: 'Thôn Bình Phúc',
        communeCode: '06298',
        phone: '0912345678',
        email: 'htx@example.com',
      });
      expect(saveButton().textContent!.trim()).toBe('Đang lưu…');
      expect(saveButton().disabled).toBeTrue();

      // A second submission while saving sends nothing more.
      el.querySelector('form')!.dispatchEvent(new Event('submit', { cancelable: true }));
      await nextTask();
      http.expectNone('/api/producers');

      req.flush({ id: 'pr-1' } as Partial<Producer>, { status: 201, statusText: 'Created' });
      await fixture.whenStable();

      expect(storedDraft()).toBeNull();
      expect(location.pathname).toBe('/ocop/dossiers/producers');
    });

    it('puts a duplicate registration number’s message, naming the producer that holds it, by the field', async () => {
      await open();
      await fillValid();
      await fill('pr-registration', '14.07/0099');
      await submit();

      const message = 'Số đăng ký 14.07/0099 đã được dùng cho chủ thể “HTX Chè Tân Đoàn” (Xã Tân Đoàn)';
      http.expectOne('/api/producers').flush(
        {
          code: 'CONFLICT',
          message,
          details: [{ field: 'registrationNumber', code: 'duplicate', message }],
        },
        { status: 409, statusText: 'Conflict' },
      );
      await fixture.whenStable();

      expect(errorOf('pr-registration')).toBe(message);
      expect(control('pr-registration').getAttribute('aria-invalid')).toBe('true');
      expect(el.querySelector('.submit-error')!.textContent!.trim()).toBe(
        'Dữ liệu trùng với một bản ghi đã có',
      );
      expect(saveButton().disabled).toBeFalse();
      expect(storedDraft()).not.toBeNull();
      expect(location.pathname).toBe('/ocop/dossiers/producers/new');
    });

    it('puts FORBIDDEN_UNIT by the commune, with the code that was sent', async () => {
      await open();
      await fillValid();
      await submit();

      http.expectOne('/api/producers').flush(
        {
          code: 'FORBIDDEN_UNIT',
          message: 'Bạn chỉ được đăng ký cho xã thuộc phạm vi quản lý của mình.',
          details: [
            {
              field: 'communeCode',
              code: 'out_of_scope',
              message: 'Xã mã 06298 không thuộc phạm vi của bạn',
            },
          ],
        },
        { status: 403, statusText: 'Forbidden' },
      );
      await fixture.whenStable();

      expect(errorOf('pr-commune')).toBe('Xã mã 06298 không thuộc phạm vi của bạn');
      expect(el.querySelector('[role="alert"]')!.textContent!.trim()).toBe(
        'Bạn chỉ được đăng ký cho xã thuộc phạm vi quản lý của mình.',
      );
    });

    it('cancel goes back to the producer list', async () => {
      await open();

      button('Hủy').click();

      expect(location.pathname).toBe('/ocop/dossiers/producers');
    });
  });

  describe('drafts', () => {
    it('stores every change as a draft of this user, and nothing for an untouched form', async () => {
      await open();
      await nextTask();
      expect(storedDraft()).toBeNull();

      await fill('pr-name', 'HTX Hồi');
      await fill('pr-phone', '0912');
      expect(storedDraft()?.value).toEqual(
        jasmine.objectContaining({ name: 'HTX Hồi', phone: '0912', type: '', communeCode: '' }),
      );
      expect(new Date(storedDraft()!.savedAt).getTime()).toBeGreaterThan(Date.now() - 60_000);
    });

    describe('found on open', () => {
      const savedAt = new Date(2025, 5, 1, 14, 5).toISOString();

      beforeEach(() => {
        localStorage.setItem(
          DRAFT_KEY,
          JSON.stringify({
            value: {
              type: 'hop-tac-xa',
              name: 'HTX Hồi'.normalize('NFD'),
              communeCode: '06298',
              phone: '0912 345 678',
            },
            savedAt,
          }),
        );
      });

      it('is offered with its time, the form staying empty until the user decides', async () => {
        await open();

        expect(draftOffer()!.getAttribute('role')).toBe('status');
        expect(draftOffer()!.textContent).toContain('Bạn có một bản nháp chưa lưu lúc 01/06/2025 14:05.');
        expect(control<HTMLInputElement>('pr-name').value).toBe('');
        expect(storedDraft()!.savedAt).toBe(savedAt);
      });

      it('"Khôi phục bản nháp" fills the fields in NFC, missing ones empty, and can be saved', async () => {
        await open();

        button('Khôi phục bản nháp').click();
        await fixture.whenStable();

        expect(draftOffer()).toBeNull();
        expect(control<HTMLInputElement>('pr-name').value).toBe('HTX Hồi');
        expect(control<HTMLSelectElement>('pr-type').value).toBe('hop-tac-xa');
        expect(control<HTMLSelectElement>('pr-commune').value).toBe('06298');
        expect(control<HTMLInputElement>('pr-email').value).toBe('');

        await submit();
        expect(http.expectOne('/api/producers').request.body).toEqual(
          jasmine.objectContaining({
            name: 'HTX Hồi',
            phone: '0912345678',
            email: null,
            communeCode: '06298',
          }),
        );
      });

      it('"Bỏ bản nháp" removes it and leaves the form empty', async () => {
        await open();

        button('Bỏ bản nháp').click();
        await fixture.whenStable();

        expect(draftOffer()).toBeNull();
        expect(storedDraft()).toBeNull();
        expect(control<HTMLInputElement>('pr-name').value).toBe('');
      });
    });

    it('offers no draft that holds nothing but a commune', async () => {
      localStorage.setItem(
        DRAFT_KEY,
        JSON.stringify({ value: { communeCode: '06322' }, savedAt: new Date().toISOString() }),
      );

      await open();

      expect(draftOffer()).toBeNull();
    });
  });

  describe('in English', () => {
    beforeEach(() => TestBed.inject(TestHost).locale.set('en'));

    it('labels the form in English and translates the domain’s errors', async () => {
      await open();

      expect(el.querySelector('h2')!.textContent).toBe('Register an OCOP producer');
      expect([label('pr-type'), label('pr-name'), label('pr-phone')]).toEqual([
        'Type of producer',
        'Producer name',
        'Phone',
      ]);
      expect(control<HTMLSelectElement>('pr-type').options[2].textContent!.trim()).toBe('Cooperative');

      await fill('pr-name', 'x'.repeat(201));
      await fill('pr-phone', '12');
      await submit();

      expect(errorOf('pr-type')).toBe('Type of producer is required');
      expect(errorOf('pr-name')).toBe('Producer name must not be longer than 200 characters');
      expect(errorOf('pr-phone')).toBe(
        'Not a Vietnamese phone number (mobiles have 10 digits like 0912 345 678, landlines 11 like 0205 3812 345)',
      );
      expect(saveButton().textContent!.trim()).toBe('Save');

      TestBed.inject(TestHost).locale.set('vi');
      await fixture.whenStable();
      expect(errorOf('pr-name')).toBe('Tên chủ thể không được dài quá 200 ký tự');
    });
  });
});
