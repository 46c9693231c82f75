import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { navigateTo } from '@ocop/common';
import { FakeOcopAuth, nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { AdminUnit, DossierSummary, Page, productGroup1048 } from '@ocop/domain';
import { DossierList } from './dossier-list';

const HUU_LE_ID = '0d0c2019-0000-4000-8000-000000000001';
const TINH_DAU_ID = '0d0c2020-0000-4000-8000-000000000002';

function dossier(
  id: string,
  product: string,
  producer: string,
  commune: [code: string, name: string],
  change: Partial<DossierSummary> = {},
): DossierSummary {
  const groupCode = change.product?.productGroup.code ?? '15';
  return {
    id,
    product: {
      id: `p-${id}`,
      name: product,
      productGroup: { code: groupCode, name: productGroup1048(groupCode)?.name ?? '' },
    },
    producer: { id: `pr-${id}`, name: producer, type: 'ho-kinh-doanh' },
    commune: { code: commune[0], name: commune[1] },
    districtCode: '184',
    workflowId: 'district-1048',
    criteriaSet: '1048',
    registrationKind: 'first-time',
    roundYear: 2019,
    targetQuarter: '2020-Q1',
    state: 'resubmitted',
    stateSince: '2020-03-02T05:00:00Z',
    deadline: '2020-03-16',
    deadlineFlag: null,
    checklist: { missing: 0, provided: 18, returned: 0, total: 18 },
    version: 4,
    updatedAt: '2020-03-02T05:00:00Z',
    ...change,
  };
}

const HUU_LE = dossier(HUU_LE_ID, 'Rượu men lá Hữu Lễ', 'Hộ Nông Thị Chỉ', ['06322', 'Xã Hữu Lễ'], {
  state: 'returned',
  deadline: '2020-01-15',
  deadlineFlag: 'overdue',
});
const TINH_DAU = dossier(
  TINH_DAU_ID,
  'Tinh dầu hồi Văn Quan',
  'HTX Văn Quan Xanh',
  ['06253', 'Thị trấn Văn Quan'],
  {
    product: {
      id: 'p-2',
      name: 'Tinh dầu hồi Văn Quan',
      productGroup: { code: '22', name: 'Thảo dược khác' },
    },
    criteriaSet: '148',
    roundYear: 2020,
    targetQuarter: '2020-Q3',
    state: 'draft',
    deadline: '2020-09-30',
    deadlineFlag: 'due-soon',
    updatedAt: '2020-06-10T05:00:00Z',
  },
);

/** `count` dossiers in a row, for paging. */
function many(count: number, start = 1): DossierSummary[] {
  return Array.from({ length: count }, (_, i) => {
    const n = String(start + i).padStart(12, '0');
    return dossier(`0d0c0000-0000-4000-8000-${n}`, `Sản phẩm ${start + i}`, 'HTX', [
      '06253',
      'Thị trấn Văn Quan',
    ]);
  });
}

const unit = (code: string, name: string, validTo: string | null = null): AdminUnit => ({
  code,
  name,
  level: 'commune',
  parentCode: '184',
  validFrom: '2020-01-01',
  validTo,
});

const UNITS: AdminUnit[] = [
  unit('06253', 'Thị trấn Văn Quan'),
  // Two versions of one commune: the later one names it.
  unit('06286', 'Xã Khánh Khê cũ', '2019-12-31'),
  unit('06286', 'Xã Khánh Khê'),
  unit('06295', 'Xã Đồng Giáp', '2024-10-31'),
  unit('06322', 'Xã Hữu Lễ'),
];

describe('DossierList', () => {
  let fixture: ComponentFixture<DossierList>;
  let http: HttpTestingController;
  let el: HTMLElement;
  let original: string;

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    history.replaceState(history.state, '', '/ocop/dossiers');
    const auth = new FakeOcopAuth();
    auth.user = {
      username: 'vq.nongnghiep',
      name: 'Phòng NN&PTNT Văn Quan',
      roles: ['district-officer'],
      districtCode: '184',
    };
    TestBed.configureTestingModule({ providers: provideTestElement({ auth }) });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    fixture?.destroy();
    history.replaceState(history.state, '', original);
  });

  /** Creates the page at `url`, answers its communes request and returns its (unanswered) list request. */
  async function create(url = '/ocop/dossiers'): Promise<TestRequest> {
    history.replaceState(history.state, '', url);
    fixture = TestBed.createComponent(DossierList);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
    const units = http.expectOne((r) => r.url === '/api/units');
    expect(units.request.params.get('level')).toBe('commune');
    expect(units.request.params.get('parentCode')).toBe('184');
    units.flush(UNITS);
    return expectList();
  }

  /** Creates the page and answers its list request with `page`. */
  async function open(page: Page<DossierSummary> = { items: [HUU_LE, TINH_DAU], total: 2 }, url?: string) {
    (await create(url)).flush(page);
    await fixture.whenStable();
  }

  function expectList(): TestRequest {
    const req = http.expectOne((r) => r.url === '/api/dossiers');
    expect(req.request.method).toBe('GET');
    return req;
  }

  /** The list request's parameters, without the ones every request has. */
  function params(req: TestRequest): Record<string, string> {
    const p = req.request.params;
    return Object.fromEntries(p.keys().map((key) => [key, p.get(key)!]));
  }

  async function answer(page: Page<DossierSummary>): Promise<void> {
    expectList().flush(page);
    await fixture.whenStable();
  }

  async function choose(id: string, value: string): Promise<void> {
    const select = el.querySelector<HTMLSelectElement>(`#${id}`)!;
    select.value = value;
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    await nextTask();
  }

  async function type(text: string): Promise<void> {
    const input = searchBox();
    input.value = text;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  const searchBox = (): HTMLInputElement => el.querySelector<HTMLInputElement>('#dl-q')!;
  const rows = (): HTMLTableRowElement[] => Array.from(el.querySelectorAll('tbody tr'));
  const squash = (node: Element): string => node.textContent!.replace(/\s+/g, ' ').trim();
  /** The text a screen reader reads: without what is aria-hidden (the badges' symbols). */
  const spoken = (node: Element): string => {
    const copy = node.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return squash(copy);
  };
  /** A cell's text; a deadline with a badge as "date | badge as spoken". */
  const cell = (row: number, name: string): string => {
    const td = rows()[row].querySelector(`td.${name}`)!;
    const date = td.querySelector('.date');
    const badge = td.querySelector('.badge');
    return date && badge ? `${squash(date)} | ${spoken(badge)}` : squash(td);
  };
  const range = (): string => el.querySelector('.range')!.textContent!.trim();
  const header = (sort: string): HTMLTableCellElement =>
    el.querySelector(`button[data-sort="${sort}"]`)!.closest('th')!;
  const sortButton = (sort: string): HTMLButtonElement =>
    el.querySelector<HTMLButtonElement>(`button[data-sort="${sort}"]`)!;
  const statusPanel = (): HTMLElement | null => el.querySelector('ocop-status-panel [role]');
  const link = (selector: string): HTMLAnchorElement => el.querySelector<HTMLAnchorElement>(selector)!;

  describe('loading and showing', () => {
    it('asks for the first 50 dossiers, latest change first, and shows loading until they come', async () => {
      const req = await create();

      expect(params(req)).toEqual({ sort: 'updated', dir: 'desc', limit: '50', offset: '0' });
      expect(statusPanel()?.getAttribute('aria-busy')).toBe('true');
      expect(statusPanel()?.textContent).toContain('Đang tải…');
      expect(el.querySelector('table')).toBeNull();

      req.flush({ items: [HUU_LE, TINH_DAU], total: 2 });
      await fixture.whenStable();
      expect(statusPanel()).toBeNull();
      expect(rows().length).toBe(2);
    });

    it('shows product, producer, commune, sub-group, criteria set, round and quarter, state, deadline, update', async () => {
      await open();

      const headers = Array.from(el.querySelectorAll('thead th')).map((th) =>
        th.textContent!.replace(/[▲▼↕]/g, '').trim(),
      );
      expect(headers).toEqual([
        'Sản phẩm',
        'Chủ thể',
        'Xã, thị trấn',
        'Phân nhóm',
        'Bộ tiêu chí',
        'Năm đánh giá / quý mục tiêu',
        'Trạng thái',
        'Hạn xử lý',
        'Cập nhật',
      ]);
      const first = [
        'product',
        'producer',
        'commune',
        'group',
        'criteria-set',
        'round',
        'state',
        'deadline',
        'updated',
      ];
      expect(first.map((name) => cell(0, name))).toEqual([
        'Rượu men lá Hữu Lễ',
        'Hộ Nông Thị Chỉ',
        'Xã Hữu Lễ',
        'Rượu trắng',
        'QĐ 1048',
        '2019 Quý I/2020',
        'Trả lại để bổ sung',
        '15/01/2020 | Quá hạn',
        '02/03/2020',
      ]);
      expect(first.map((name) => cell(1, name))).toEqual([
        'Tinh dầu hồi Văn Quan',
        'HTX Văn Quan Xanh',
        'Thị trấn Văn Quan',
        'Thảo dược khác',
        'QĐ 148',
        '2020 Quý III/2020',
        'Đang chuẩn bị',
        '30/09/2020 | Sắp đến hạn',
        '10/06/2020',
      ]);
      expect(range()).toBe('Hiển thị 1–2 trong 2 hồ sơ');
    });

    it('marks overdue and due-soon deadlines with words, not only colour, and nothing else', async () => {
      const none = dossier(
        '0d0c0000-0000-4000-8000-000000000009',
        'Chè',
        'HTX',
        ['06253', 'Thị trấn Văn Quan'],
        {
          deadline: null,
          deadlineFlag: null,
        },
      );
      await open({ items: [HUU_LE, TINH_DAU, none], total: 3 });

      const badge = (row: number): HTMLElement | null => rows()[row].querySelector('.badge');
      expect(badge(0)!.classList).toContain('overdue');
      expect(spoken(badge(0)!)).toBe('Quá hạn');
      expect(badge(1)!.classList).toContain('due-soon');
      expect(spoken(badge(1)!)).toBe('Sắp đến hạn');
      expect(badge(2)).toBeNull();
      expect(cell(2, 'deadline')).toBe('—');
    });

    it('shows the product’s current stars beside a certified product, with the count in words', async () => {
      const certified = {
        ...HUU_LE,
        state: 'certified',
        currentStars: { stars: 3 as const, certificateId: 'c-1', expiresOn: '2023-05-22' },
      };
      await open({ items: [certified, { ...TINH_DAU, currentStars: null }], total: 2 });

      const stars = rows()[0].querySelector<HTMLElement>('.product .current-stars .stars-badge')!;
      expect(stars.textContent!.replace(/\s+/g, ' ').trim()).toBe('★★★☆☆ 3 sao');
      expect(stars.getAttribute('aria-label')).toBe('3 sao');
      expect(rows()[1].querySelector('.current-stars')).toBeNull();
      expect(cell(0, 'state')).toBe('Đã công nhận sản phẩm OCOP');
    });

    it('shows "none yet" for an empty unfiltered list and "no match" for an empty filtered one', async () => {
      await open({ items: [], total: 0 });
      expect(el.querySelector('table')).toBeNull();
      expect(statusPanel()!.textContent).toContain('Chưa có hồ sơ nào.');
      expect(range()).toBe('');

      await choose('dl-flag', 'overdue');
      await answer({ items: [], total: 0 });
      expect(statusPanel()!.textContent).toContain('Không có hồ sơ nào phù hợp với điều kiện tìm, lọc.');
    });

    it('shows the API’s error with a retry that asks again with the same query', async () => {
      (await create('/ocop/dossiers?state=submitted')).flush(
        { code: 'INTERNAL', message: 'Đã có lỗi trong máy chủ. Vui lòng thử lại sau.' },
        { status: 500, statusText: 'Internal Server Error' },
      );
      await fixture.whenStable();

      const alert = el.querySelector<HTMLElement>('[role="alert"]')!;
      expect(alert.textContent).toContain('Không tải được danh sách hồ sơ.');
      expect(alert.textContent).toContain('Đã có lỗi trong máy chủ. Vui lòng thử lại sau.');
      alert.querySelector('button')!.click();
      await fixture.whenStable();
      await nextTask();

      const retry = expectList();
      expect(params(retry)['state']).toBe('submitted');
      retry.flush({ items: [HUU_LE], total: 1 });
      await fixture.whenStable();
      expect(el.querySelector('[role="alert"]')).toBeNull();
      expect(rows().length).toBe(1);
    });
  });

  describe('filters', () => {
    it('offers the district’s communes once each, by name, a former one with its end date', async () => {
      await open();

      const options = Array.from(el.querySelectorAll<HTMLOptionElement>('#dl-commune option')).map((o) => [
        o.value,
        o.textContent!.trim(),
      ]);
      expect(options).toEqual([
        ['', 'Tất cả'],
        ['06253', 'Thị trấn Văn Quan'],
        ['06295', 'Xã Đồng Giáp (đến 31/10/2024)'],
        ['06322', 'Xã Hữu Lễ'],
        ['06286', 'Xã Khánh Khê'],
      ]);
    });

    it('offers the states of the workflow definition and the 26 sub-groups of 1048', async () => {
      await open();

      const states = Array.from(el.querySelectorAll<HTMLOptionElement>('#dl-state option')).map((o) => [
        o.value,
        o.textContent!.trim(),
      ]);
      expect(states).toEqual([
        ['', 'Tất cả'],
        ['draft', 'Đang chuẩn bị'],
        ['submitted', 'Đã gửi huyện'],
        ['returned', 'Trả lại để bổ sung'],
        ['resubmitted', 'Đã nộp lại'],
        ['accepted', 'Đã tiếp nhận để đánh giá'],
        ['forwarded', 'Đã chuyển cấp tỉnh'],
        ['not-forwarded', 'Không đủ điểm chuyển cấp tỉnh'],
        ['certified', 'Đã công nhận sản phẩm OCOP'],
        ['not-certified', 'Không được công nhận ở cấp tỉnh'],
        ['withdrawn', 'Đã rút'],
      ]);
      const groups = el.querySelectorAll<HTMLOptionElement>('#dl-group option');
      expect(groups.length).toBe(27);
      expect(groups[15].textContent!.trim()).toBe('15. Rượu trắng');
    });

    it('sends each filter to the API, back on page 1, and keeps them all in the URL', async () => {
      await open({ items: many(50), total: 120 });
      el.querySelector<HTMLButtonElement>('.paging .next')!.click();
      await fixture.whenStable();
      await nextTask();
      expect(params(expectList())['offset']).toBe('50');
      // (left unanswered: the next filter cancels it)

      await choose('dl-commune', '06322');
      let req = expectList();
      expect(params(req)).toEqual({
        communeCode: '06322',
        sort: 'updated',
        dir: 'desc',
        limit: '50',
        offset: '0',
      });
      req.flush({ items: [HUU_LE], total: 1 });

      await choose('dl-state', 'returned');
      expectList().flush({ items: [HUU_LE], total: 1 });
      await choose('dl-group', '15');
      expectList().flush({ items: [HUU_LE], total: 1 });
      await choose('dl-year', '2019');
      expectList().flush({ items: [HUU_LE], total: 1 });
      await choose('dl-flag', 'overdue');
      req = expectList();
      expect(params(req)).toEqual({
        communeCode: '06322',
        state: 'returned',
        productGroupCode: '15',
        roundYear: '2019',
        flag: 'overdue',
        sort: 'updated',
        dir: 'desc',
        limit: '50',
        offset: '0',
      });
      req.flush({ items: [HUU_LE], total: 1 });
      await fixture.whenStable();

      expect(location.pathname).toBe('/ocop/dossiers');
      expect(location.search).toBe('?commune=06322&state=returned&group=15&year=2019&flag=overdue');
    });

    it('"Bỏ lọc" clears search and filters but keeps the order', async () => {
      await open(undefined, '/ocop/dossiers?q=ruou&state=returned&sort=product');

      el.querySelector<HTMLButtonElement>('button.clear')!.click();
      await fixture.whenStable();
      await nextTask();

      expect(params(expectList())).toEqual({ sort: 'product', dir: 'asc', limit: '50', offset: '0' });
      expect(searchBox().value).toBe('');
      expect(location.search).toBe('?sort=product');
      expect(el.querySelector('button.clear')).toBeNull();
    });

    it('a newer query cancels the older request, so a late answer cannot overwrite it', async () => {
      await open();

      await choose('dl-state', 'draft');
      const older = expectList();
      await choose('dl-state', 'returned');

      expect(older.cancelled).toBeTrue();
      const newer = expectList();
      expect(params(newer)['state']).toBe('returned');
      newer.flush({ items: [HUU_LE], total: 1 });
      await fixture.whenStable();
      expect(rows().length).toBe(1);
    });
  });

  describe('search', () => {
    it('waits for a 300 ms pause in typing, then asks once for the latest text', async () => {
      await open();

      await type('h');
      await type('huu');
      await type('huu le');
      await nextTask(150);
      http.expectNone((r) => r.url === '/api/dossiers');
      // The URL follows the box at once, so leaving now would come back to the same search.
      expect(location.search).toBe('?q=huu+le');

      await nextTask(250);
      const req = expectList();
      expect(params(req)).toEqual({ q: 'huu le', sort: 'updated', dir: 'desc', limit: '50', offset: '0' });
      req.flush({ items: [HUU_LE], total: 1 });
      await fixture.whenStable();

      expect(rows().length).toBe(1);
      expect(range()).toBe('Hiển thị 1–1 trong 1 hồ sơ');
    });

    it('asks nothing for text that only adds blanks', async () => {
      await open(undefined, '/ocop/dossiers?q=tinh+dau');

      await type('tinh dau ');
      await nextTask(400);

      http.expectNone((r) => r.url === '/api/dossiers');
    });
  });

  describe('sort', () => {
    it('orders by a column header, toggles on a second click and says so with aria-sort', async () => {
      await open();
      expect(header('updated').getAttribute('aria-sort')).toBe('descending');
      expect(header('product').hasAttribute('aria-sort')).toBeFalse();
      // Real buttons: reachable with Tab, pressed with Enter or Space.
      expect(sortButton('product').type).toBe('button');
      expect(el.querySelectorAll('th > button.sort').length).toBe(5);

      sortButton('product').click();
      await fixture.whenStable();
      await nextTask();
      let req = expectList();
      expect(params(req)).toEqual({ sort: 'product', dir: 'asc', limit: '50', offset: '0' });
      req.flush({ items: [HUU_LE, TINH_DAU], total: 2 });
      await fixture.whenStable();
      expect(header('product').getAttribute('aria-sort')).toBe('ascending');
      expect(header('updated').hasAttribute('aria-sort')).toBeFalse();
      expect(location.search).toBe('?sort=product');

      sortButton('product').click();
      await fixture.whenStable();
      await nextTask();
      req = expectList();
      expect(params(req)).toEqual({ sort: 'product', dir: 'desc', limit: '50', offset: '0' });
      req.flush({ items: [TINH_DAU, HUU_LE], total: 2 });
      await fixture.whenStable();
      expect(header('product').getAttribute('aria-sort')).toBe('descending');
      expect(location.search).toBe('?sort=product&dir=desc');

      sortButton('deadline').click();
      await fixture.whenStable();
      await nextTask();
      expect(params(expectList())).toEqual({ sort: 'deadline', dir: 'asc', limit: '50', offset: '0' });
    });

    it('keeps the table (and the focused header button) while the new order loads', async () => {
      await open();
      sortButton('state').focus();

      sortButton('state').click();
      await fixture.whenStable();

      const table = el.querySelector('table')!;
      expect(table.getAttribute('aria-busy')).toBe('true');
      expect((el.getRootNode() as Document).activeElement).toBe(sortButton('state'));
      await nextTask();
      expectList().flush({ items: [HUU_LE, TINH_DAU], total: 2 });
      await fixture.whenStable();
      expect(table.getAttribute('aria-busy')).toBe('false');
    });
  });

  describe('paging', () => {
    it('pages by 50 with "Hiển thị 1–50 trong 73 hồ sơ" counts', async () => {
      await open({ items: many(50), total: 73 });
      expect(range()).toBe('Hiển thị 1–50 trong 73 hồ sơ');
      expect(el.querySelector('.paging .page')!.textContent).toBe('Trang 1/2');
      expect(el.querySelector<HTMLButtonElement>('.paging .previous')!.disabled).toBeTrue();

      el.querySelector<HTMLButtonElement>('.paging .next')!.click();
      await fixture.whenStable();
      await nextTask();
      const req = expectList();
      expect(params(req)).toEqual({ sort: 'updated', dir: 'desc', limit: '50', offset: '50' });
      req.flush({ items: many(23, 51), total: 73 });
      await fixture.whenStable();

      expect(range()).toBe('Hiển thị 51–73 trong 73 hồ sơ');
      expect(rows().length).toBe(23);
      expect(el.querySelector('.paging .page')!.textContent).toBe('Trang 2/2');
      expect(el.querySelector<HTMLButtonElement>('.paging .next')!.disabled).toBeTrue();
      expect(location.search).toBe('?page=2');

      el.querySelector<HTMLButtonElement>('.paging .previous')!.click();
      await fixture.whenStable();
      await nextTask();
      expect(params(expectList())['offset']).toBe('0');
    });

    it('has no paging for one page', async () => {
      await open();
      expect(el.querySelector('.paging')).toBeNull();
    });

    it('moves to the last page when a kept page is past the end', async () => {
      (await create('/ocop/dossiers?page=4')).flush({ items: [], total: 73 });
      await fixture.whenStable();

      const req = expectList();
      expect(params(req)['offset']).toBe('50');
      req.flush({ items: many(23, 51), total: 73 });
      await fixture.whenStable();
      expect(range()).toBe('Hiển thị 51–73 trong 73 hồ sơ');
      expect(location.search).toBe('?page=2');
    });
  });

  describe('state in the URL', () => {
    it('restores search, filters, order and page from the URL it is created at (back navigation, reload)', async () => {
      const req = await create(
        '/ocop/dossiers?q=huu+le&commune=06322&state=returned&group=15&year=2019&flag=overdue&sort=deadline&dir=desc&page=2',
      );

      expect(params(req)).toEqual({
        q: 'huu le',
        communeCode: '06322',
        state: 'returned',
        productGroupCode: '15',
        roundYear: '2019',
        flag: 'overdue',
        sort: 'deadline',
        dir: 'desc',
        limit: '50',
        offset: '50',
      });
      req.flush({ items: many(3, 51), total: 53 });
      await fixture.whenStable();

      expect(searchBox().value).toBe('huu le');
      const value = (id: string): string => el.querySelector<HTMLSelectElement>(`#${id}`)!.value;
      expect([
        value('dl-commune'),
        value('dl-state'),
        value('dl-group'),
        value('dl-year'),
        value('dl-flag'),
      ]).toEqual(['06322', 'returned', '15', '2019', 'overdue']);
      expect(header('deadline').getAttribute('aria-sort')).toBe('descending');
      expect(range()).toBe('Hiển thị 51–53 trong 53 hồ sơ');
    });

    it('replaces the history entry instead of adding one', async () => {
      const push = spyOn(history, 'pushState').and.callThrough();
      const length = history.length;
      await open();

      await choose('dl-state', 'draft');
      expectList().flush({ items: [TINH_DAU], total: 1 });
      await type('tinh');

      expect(push).not.toHaveBeenCalled();
      expect(history.length).toBe(length);
      expect(location.search).toBe('?q=tinh&state=draft');
      await nextTask(350);
      expectList().flush({ items: [TINH_DAU], total: 1 });
    });

    it('follows a navigation to the bare list (the shell’s "Hồ sơ" link) by dropping its filters', async () => {
      await open(undefined, '/ocop/dossiers?state=returned&q=ruou');

      navigateTo('/ocop/dossiers');
      await fixture.whenStable();
      await nextTask();

      expect(params(expectList())).toEqual({ sort: 'updated', dir: 'desc', limit: '50', offset: '0' });
      expect(searchBox().value).toBe('');
      expect(el.querySelector<HTMLSelectElement>('#dl-state')!.value).toBe('');
    });

    it('leaves the URL of the next page alone while it is being left (another module, its own query)', async () => {
      await open(undefined, '/ocop/dossiers?state=returned');

      navigateTo('/ocop/tasks?plan=2025');
      await fixture.whenStable();
      await nextTask();
      await type('chè');
      await nextTask(350);

      expect(location.pathname + location.search).toBe('/ocop/tasks?plan=2025');
      expect(el.querySelector<HTMLSelectElement>('#dl-state')!.value).toBe('returned');
      // The search still runs (the list is on screen until removed), but the URL is no longer the list's.
      expect(params(expectList())['q']).toBe('chè');
    });
  });

  describe('links', () => {
    const guardClicks = (run: () => void): void => {
      // Karma's page must stay where it is, whatever the link did.
      const guard = (event: Event): void => event.preventDefault();
      document.addEventListener('click', guard);
      try {
        run();
      } finally {
        document.removeEventListener('click', guard);
      }
    };

    it('links to the new-dossier form, products and producers below the base path', async () => {
      await open();
      expect(link('a.add').textContent!.trim()).toBe('Tạo hồ sơ');
      expect(link('a.add').getAttribute('href')).toBe('/ocop/dossiers/new');
      expect(link('a.products').textContent!.trim()).toBe('Sản phẩm');
      expect(link('a.products').getAttribute('href')).toBe('/ocop/dossiers/products');
      expect(link('a.producers').textContent!.trim()).toBe('Chủ thể');
      expect(link('a.producers').getAttribute('href')).toBe('/ocop/dossiers/producers');
      expect(link('td.product a').getAttribute('href')).toBe(`/ocop/dossiers/${HUU_LE_ID}`);

      TestBed.inject(TestHost).basePath.set('/cong-dich-vu/ocop/');
      await fixture.whenStable();
      expect(link('a.add').getAttribute('href')).toBe('/cong-dich-vu/ocop/dossiers/new');
      expect(link('td.product a').getAttribute('href')).toBe(`/cong-dich-vu/ocop/dossiers/${HUU_LE_ID}`);
    });

    it('opens a dossier in the page, leaving the list’s URL with its state behind in the history', async () => {
      await open(undefined, '/ocop/dossiers?state=returned');
      const push = spyOn(history, 'pushState').and.callThrough();

      guardClicks(() => link('td.product a').click());

      expect(location.pathname).toBe(`/ocop/dossiers/${HUU_LE_ID}`);
      expect(push).toHaveBeenCalledTimes(1);
      expect(push.calls.mostRecent().args[2]).toBe(`/ocop/dossiers/${HUU_LE_ID}`);
    });

    it('opens the new-dossier form on a plain click', async () => {
      await open();

      guardClicks(() => link('a.add').click());

      expect(location.pathname).toBe('/ocop/dossiers/new');
    });
  });

  describe('in English', () => {
    beforeEach(() => TestBed.inject(TestHost).locale.set('en'));

    it('labels the page in English, names and state names staying as written', async () => {
      await open({ items: [HUU_LE], total: 1 });

      expect(el.querySelector('h2')!.textContent).toBe('OCOP evaluation dossiers');
      expect(range()).toBe('Showing 1–1 of 1 dossier');
      expect(cell(0, 'group')).toBe('White spirits');
      expect(cell(0, 'criteria-set')).toBe('Decision 1048');
      expect(cell(0, 'state')).toBe('Trả lại để bổ sung');
      expect(cell(0, 'deadline')).toBe('15/01/2020 | Overdue');
      expect(link('a.add').textContent!.trim()).toBe('New dossier');
    });

    it('counts in the plural with English digit grouping', async () => {
      await open({ items: many(50), total: 1234 });

      expect(range()).toBe('Showing 1–50 of 1,234 dossiers');
      expect(el.querySelector('.paging .page')!.textContent).toBe('Page 1 of 25');
    });
  });
});
