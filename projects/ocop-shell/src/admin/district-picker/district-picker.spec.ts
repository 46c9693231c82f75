import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { ApiClient, ViewedDistrict } from '@ocop/common';
import { FakeOcopAuth, nextTask, provideTestElement } from '@ocop/common/testing';
import { AdminUnit } from '@ocop/domain';
import { DistrictPicker } from './district-picker';

const STORAGE_KEY = 'ocop-viewed-district';

const unit = (code: string, name: string): AdminUnit => ({
  code,
  name,
  level: 'district',
  parentCode: '20',
  validFrom: null,
  validTo: null,
});

const DISTRICTS = [unit('181', 'Huyện Tràng Định'), unit('184', 'Huyện Văn Quan')];

describe('DistrictPicker', () => {
  let fixture: ComponentFixture<DistrictPicker>;
  let el: HTMLElement;
  let http: HttpTestingController;
  let emitted: (string | null)[];

  beforeEach(() => {
    localStorage.removeItem(STORAGE_KEY);
    TestBed.configureTestingModule({ providers: [provideTestElement({ auth: new FakeOcopAuth() })] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    fixture?.destroy();
    http.verify();
    localStorage.removeItem(STORAGE_KEY);
  });

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await nextTask();
    await fixture.whenStable();
  }

  /** Creates the picker and answers its GET /api/units?level=district with `districts`. */
  async function create(districts: AdminUnit[] = DISTRICTS): Promise<void> {
    fixture = TestBed.createComponent(DistrictPicker);
    el = fixture.nativeElement as HTMLElement;
    emitted = [];
    fixture.componentInstance.changed.subscribe((code) => emitted.push(code));
    await settle();
    const req = http.expectOne((r) => r.url === '/api/units');
    expect(req.request.method).toBe('GET');
    expect(req.request.params.get('level')).toBe('district');
    req.flush(districts);
    await settle();
  }

  const select = (): HTMLSelectElement => el.querySelector('select')!;
  const options = (): string[][] => Array.from(select().options).map((o) => [o.value, o.textContent!.trim()]);

  function choose(code: string): void {
    select().value = code;
    select().dispatchEvent(new Event('change'));
  }

  it('lists the districts after “whole province”, which is chosen while nothing is stored', async () => {
    await create();

    expect(el.querySelector('label')!.textContent).toContain('Đang xem huyện');
    expect(options()).toEqual([
      ['', 'Toàn tỉnh'],
      ['181', 'Huyện Tràng Định'],
      ['184', 'Huyện Văn Quan'],
    ]);
    expect(select().value).toBe('');
  });

  it('stores the chosen district’s code (kept in the browser) and emits it', async () => {
    await create();

    choose('184');
    await settle();

    expect(TestBed.inject(ViewedDistrict).value()).toBe('184');
    expect(localStorage.getItem(STORAGE_KEY)).toBe('184');
    expect(emitted).toEqual(['184']);
    expect(select().value).toBe('184');

    choose('');
    await settle();

    expect(TestBed.inject(ViewedDistrict).value()).toBeNull();
    expect(localStorage.getItem(STORAGE_KEY)).toBeNull();
    expect(emitted).toEqual(['184', null]);
  });

  it('has the API requests name the chosen district (X-OCOP-District)', async () => {
    await create();
    choose('181');
    await settle();

    TestBed.inject(ApiClient).get('/me').subscribe();
    await nextTask();

    expect(http.expectOne('/api/me').request.headers.get('X-OCOP-District')).toBe('181');
  });

  it('shows the choice stored by an earlier visit as chosen', async () => {
    localStorage.setItem(STORAGE_KEY, '184');
    await create();

    expect(select().value).toBe('184');
    expect(select().selectedOptions[0].textContent!.trim()).toBe('Huyện Văn Quan');
    expect(emitted).toEqual([]);
  });

  it('offers only “whole province” when the districts cannot be loaded', async () => {
    fixture = TestBed.createComponent(DistrictPicker);
    el = fixture.nativeElement as HTMLElement;
    await settle();
    http
      .expectOne((r) => r.url === '/api/units')
      .flush({ code: 'UPSTREAM_UNAVAILABLE', message: 'x' }, { status: 503, statusText: 'Unavailable' });
    await settle();

    expect(options()).toEqual([['', 'Toàn tỉnh']]);
  });
});
