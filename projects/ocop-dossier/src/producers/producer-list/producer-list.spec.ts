import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { Page, Producer } from '@ocop/domain';
import { ProducerList } from './producer-list';
import { PRODUCER_SEARCH_DEBOUNCE_MS } from './producer-list.store';

function producer(id: string, name: string, extra: Partial<Producer> = {}): Producer {
  return {
    id,
    type: 'ho-kinh-doanh',
    name,
    registrationNumber: null,
    representativeName: null,
    representativePosition: null,
    address: null,
    commune: { code: '06322', name: 'Xã Hữu Lễ' },
    phone: null,
    email: null,
    version: 1,
    ...extra,
  };
}

const HTX = producer('1', 'HTX Văn Quan Xanh', {
  type: 'hop-tac-xa',
  registrationNumber: '4900123456',
  representativeName: 'Lương Thị Hoa',
  representativePosition: 'Giám đốc',
  address: 'Khối phố 1',
  commune: { code: '06253', name: 'Thị trấn Văn Quan' },
  phone: '02050000102',
  email: 'htx.vanquanxanh@example.com',
});
const HOANG = producer('2', 'Hộ kinh doanh Hoàng Văn Lợi', {
  representativeName: 'Hoàng Văn Lợi',
  phone: '0912345678',
});
const DOAN = producer('3', 'Công ty TNHH Đoàn Kết', { type: 'doanh-nghiep' });

const PRODUCERS: Page<Producer> = { items: [HTX, HOANG, DOAN], total: 3 };

describe('ProducerList', () => {
  let fixture: ComponentFixture<ProducerList>;
  let http: HttpTestingController;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestElement() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    fixture?.destroy();
  });

  async function create(): Promise<TestRequest> {
    fixture = TestBed.createComponent(ProducerList);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
    return expectList('');
  }

  function expectList(q: string): TestRequest {
    const req = http.expectOne((r) => r.url === '/api/producers');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.get('limit')).toBe('200');
    expect(req.request.params.get('q')).toBe(q === '' ? null : q);
    return req;
  }

  async function open(page: Page<Producer> = PRODUCERS): Promise<void> {
    (await create()).flush(page);
    await fixture.whenStable();
  }

  async function type(text: string): Promise<void> {
    const input = el.querySelector<HTMLInputElement>('#producer-search')!;
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  const rows = (): string[][] =>
    Array.from(el.querySelectorAll('tbody tr')).map((row) =>
      Array.from((row as HTMLTableRowElement).cells).map((cell) =>
        cell.textContent!.replace(/\s+/g, ' ').trim(),
      ),
    );
  const names = (): string[] => rows().map((r) => r[0]);
  const statusPanel = (): HTMLElement | null => el.querySelector('ocop-status-panel [role]');

  it('shows a loading status, then one row per producer with every detail', async () => {
    const req = await create();
    expect(statusPanel()?.getAttribute('aria-busy')).toBe('true');

    req.flush(PRODUCERS);
    await fixture.whenStable();

    const headers = Array.from(el.querySelectorAll('thead th')).map((th) => th.textContent!.trim());
    expect(headers).toEqual([
      'Tên chủ thể',
      'Loại hình',
      'Số đăng ký',
      'Người đại diện',
      'Địa chỉ',
      'Liên hệ',
    ]);
    expect(rows().map((row) => row.slice(0, 5))).toEqual([
      [
        'HTX Văn Quan Xanh',
        'Hợp tác xã',
        '4900123456',
        'Lương Thị Hoa, Giám đốc',
        'Khối phố 1, Thị trấn Văn Quan',
      ],
      ['Hộ kinh doanh Hoàng Văn Lợi', 'Hộ kinh doanh', '', 'Hoàng Văn Lợi', 'Xã Hữu Lễ'],
      ['Công ty TNHH Đoàn Kết', 'Doanh nghiệp', '', '', 'Xã Hữu Lễ'],
    ]);
    // Phone numbers grouped for reading, each contact a link of its own.
    const contacts = Array.from(el.querySelectorAll('td.contacts')).map((cell) =>
      Array.from(cell.querySelectorAll('a')).map((a) => [a.textContent!.trim(), a.getAttribute('href')]),
    );
    expect(contacts).toEqual([
      [
        ['0205 0000 102', 'tel:02050000102'],
        ['htx.vanquanxanh@example.com', 'mailto:htx.vanquanxanh@example.com'],
      ],
      [['0912 345 678', 'tel:0912345678']],
      [],
    ]);
    expect(el.querySelector('.count')!.textContent).toBe('3 chủ thể');
  });

  it('filters as the user types, ignoring diacritics and case, without asking the API for a complete list', async () => {
    await open();

    await type('VAN QUAN');
    expect(names()).toEqual(['HTX Văn Quan Xanh']);
    expect(el.querySelector('.count')!.textContent).toBe('1 chủ thể');

    await type('doan ket');
    expect(names()).toEqual(['Công ty TNHH Đoàn Kết']);

    // NFD typed (a macOS keyboard) finds the NFC name too.
    await type('hoàng lợi'.normalize('NFD'));
    expect(names()).toEqual(['Hộ kinh doanh Hoàng Văn Lợi']);

    await type('');
    expect(names().length).toBe(3);
    await nextTask(PRODUCER_SEARCH_DEBOUNCE_MS + 50);
    http.expectNone('/api/producers');
  });

  it('says so when no name matches, quoting the search', async () => {
    await open();

    await type('chè shan');

    expect(el.querySelector('table')).toBeNull();
    expect(statusPanel()!.textContent).toContain('Không có chủ thể nào có tên phù hợp với “chè shan”.');
  });

  it('asks the API (once typing pauses) when the loaded page holds only part of the list', async () => {
    await open({ items: [HTX, HOANG], total: 250 });
    expect(el.querySelector('.count')!.textContent).toBe('250 chủ thể');

    await type('doan');
    await type('doan ket');
    // At once: what the loaded page has.
    expect(el.querySelector('table')).toBeNull();
    http.expectNone('/api/producers');

    await nextTask(PRODUCER_SEARCH_DEBOUNCE_MS + 50);
    expectList('doan ket').flush({ items: [DOAN], total: 1 });
    await fixture.whenStable();

    expect(names()).toEqual(['Công ty TNHH Đoàn Kết']);
    expect(el.querySelector('.count')!.textContent).toBe('1 chủ thể');

    // Clearing the search brings the whole list back from the API.
    await type('');
    await nextTask(PRODUCER_SEARCH_DEBOUNCE_MS + 50);
    expectList('').flush({ items: [HTX, HOANG], total: 250 });
    await fixture.whenStable();
    expect(names().length).toBe(2);
  });

  it('shows the empty state, and an error with a retry', async () => {
    await open({ items: [], total: 0 });
    expect(statusPanel()!.textContent).toContain('Chưa có chủ thể nào.');

    fixture.destroy();
    (await create()).flush({ code: 'INTERNAL', message: 'x' }, { status: 500, statusText: 'Error' });
    await fixture.whenStable();
    const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
    expect(alert.textContent).toContain('Không tải được danh sách chủ thể.');
    alert.querySelector('button')!.click();
    await nextTask();
    expectList('').flush(PRODUCERS);
    await fixture.whenStable();
    expect(rows().length).toBe(3);
  });

  describe('links', () => {
    let original: string;

    beforeEach(() => {
      original = location.pathname + location.search + location.hash;
    });

    afterEach(() => {
      history.replaceState(history.state, '', original);
    });

    const link = (text: string): HTMLAnchorElement =>
      Array.from(el.querySelectorAll<HTMLAnchorElement>('a')).find((a) => a.textContent!.trim() === text)!;

    it('"Đăng ký chủ thể" opens the form below the base path in the page', async () => {
      await open();
      expect(link('Đăng ký chủ thể').getAttribute('href')).toBe('/ocop/dossiers/producers/new');
      expect(link('Hồ sơ').getAttribute('href')).toBe('/ocop/dossiers');
      expect(link('Sản phẩm').getAttribute('href')).toBe('/ocop/dossiers/products');

      const prevented: boolean[] = [];
      const guard = (event: Event): void => {
        prevented.push(event.defaultPrevented);
        event.preventDefault();
      };
      document.addEventListener('click', guard);
      try {
        link('Đăng ký chủ thể').click();
      } finally {
        document.removeEventListener('click', guard);
      }
      expect(prevented).toEqual([true]);
      expect(location.pathname).toBe('/ocop/dossiers/producers/new');

      TestBed.inject(TestHost).basePath.set('/cong/ocop/');
      await fixture.whenStable();
      expect(link('Đăng ký chủ thể').getAttribute('href')).toBe('/cong/ocop/dossiers/producers/new');
    });
  });

  it('speaks English, data staying as written', async () => {
    TestBed.inject(TestHost).locale.set('en');
    await open();

    expect(el.querySelector('h2')!.textContent).toBe('OCOP producers');
    expect(el.querySelector('label[for="producer-search"]')!.textContent!.trim()).toBe(
      'Search by producer name',
    );
    expect(rows()[0].slice(0, 2)).toEqual(['HTX Văn Quan Xanh', 'Cooperative']);
    expect(el.querySelector('.count')!.textContent).toBe('3 producers');
  });
});
