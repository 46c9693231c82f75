import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { By } from '@angular/platform-browser';
import { nextTask, provideTestElement, renderDeferred, TestHost } from '@ocop/common/testing';
import { DossierDetailPage } from '../dossiers/dossier-detail/dossier-detail';
import { DossierPages } from './dossier-pages';

const DOSSIER_ID = '0d0c2019-0000-4000-8000-000000000001';

/** What each list the pages load answers with here: nothing, the pages' own specs look at content. */
const EMPTY_ANSWERS: Record<string, object> = {
  '/api/dossiers': { items: [], total: 0 },
  '/api/units': [],
  '/api/products': { items: [], total: 0 },
  '/api/producers': { items: [], total: 0 },
};

describe('DossierPages', () => {
  let fixture: ComponentFixture<DossierPages>;
  let http: HttpTestingController;
  let el: HTMLElement;
  let original: string;

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    TestBed.configureTestingModule({ providers: provideTestElement() });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    fixture?.destroy();
    history.replaceState(history.state, '', original);
  });

  async function createAt(path: string): Promise<void> {
    history.replaceState(history.state, '', path);
    fixture = TestBed.createComponent(DossierPages);
    el = fixture.nativeElement as HTMLElement;
    await settle();
  }

  /** Stable, with every page's lazy chunk (@defer) loaded and rendered. */
  async function settle(): Promise<void> {
    await fixture.whenStable();
    await nextTask();
    await renderDeferred(fixture);
  }

  /** Answers the requests of the page shown, each exactly once, and returns the dossier list's query. */
  async function answer(...urls: (keyof typeof EMPTY_ANSWERS)[]): Promise<URLSearchParams | null> {
    let listQuery: URLSearchParams | null = null;
    for (const url of urls) {
      const req = http.expectOne((r) => r.url === url);
      if (url === '/api/dossiers') listQuery = new URLSearchParams(req.request.params.toString());
      req.flush(EMPTY_ANSWERS[url]);
    }
    await fixture.whenStable();
    return listQuery;
  }

  /** Leaves the requests of a page whose content another spec tests (the dossier page, the producer list). */
  function ignoreOpenRequests(): void {
    http.match((r) => r.url.startsWith('/api/'));
  }

  const shown = (selector: string): boolean => el.querySelector(selector) !== null;

  /** Which of the module's pages is shown. */
  function page(): string[] {
    return [
      'ocop-dossier-list',
      'ocop-new-dossier-form',
      'ocop-dossier-detail',
      'ocop-product-list',
      'ocop-new-product-form',
      'ocop-producer-list',
      'ocop-new-producer-form',
    ].filter(shown);
  }

  /** A link click in the page; Karma's page must stay where it is, whatever the link did. */
  function click(link: HTMLAnchorElement): void {
    const guard = (event: Event): void => event.preventDefault();
    document.addEventListener('click', guard);
    try {
      link.click();
    } finally {
      document.removeEventListener('click', guard);
    }
  }

  it('shows the dossier list on /ocop/dossiers', async () => {
    await createAt('/ocop/dossiers');
    await answer('/api/units', '/api/dossiers');

    expect(page()).toEqual(['ocop-dossier-list']);
  });

  it('shows the new-dossier form on /ocop/dossiers/new', async () => {
    await createAt('/ocop/dossiers/new');
    await answer('/api/producers', '/api/products');

    expect(page()).toEqual(['ocop-new-dossier-form']);
  });

  it('shows a dossier’s page on /ocop/dossiers/<uuid>, given its id', async () => {
    await createAt(`/ocop/dossiers/${DOSSIER_ID}`);

    expect(page()).toEqual(['ocop-dossier-detail']);
    const detail = fixture.debugElement.query(By.directive(DossierDetailPage));
    expect((detail.componentInstance as DossierDetailPage).dossierId()).toBe(DOSSIER_ID);
    ignoreOpenRequests();
  });

  it('shows the product list on /ocop/dossiers/products', async () => {
    await createAt('/ocop/dossiers/products');
    await answer('/api/products');

    expect(page()).toEqual(['ocop-product-list']);
  });

  it('shows the producer list on /ocop/dossiers/producers', async () => {
    await createAt('/ocop/dossiers/producers');

    expect(page()).toEqual(['ocop-producer-list']);
    ignoreOpenRequests();
  });

  it('shows the new-product form on /ocop/dossiers/products/new (a deep link)', async () => {
    await createAt('/ocop/dossiers/products/new');
    await answer('/api/producers');

    expect(page()).toEqual(['ocop-new-product-form']);
  });

  it('falls back to the dossier list for other paths of the module', async () => {
    await createAt('/ocop/dossiers/products/new/extra');
    await answer('/api/units', '/api/dossiers');

    expect(page()).toEqual(['ocop-dossier-list']);
  });

  it('goes from the list’s "Tạo hồ sơ" to the form, and back to the list with the filters it had', async () => {
    await createAt('/ocop/dossiers?state=returned&sort=deadline');
    const first = await answer('/api/units', '/api/dossiers');
    expect(first?.get('state')).toBe('returned');

    click(el.querySelector<HTMLAnchorElement>('ocop-dossier-list a.add')!);
    await settle();
    await answer('/api/producers', '/api/products');

    expect(location.pathname).toBe('/ocop/dossiers/new');
    expect(page()).toEqual(['ocop-new-dossier-form']);

    // What the browser's back button does: the list's entry kept its query string.
    history.replaceState(history.state, '', '/ocop/dossiers?state=returned&sort=deadline');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await settle();
    const back = await answer('/api/units', '/api/dossiers');

    expect(page()).toEqual(['ocop-dossier-list']);
    expect(back?.get('state')).toBe('returned');
    expect(back?.get('sort')).toBe('deadline');
    expect(el.querySelector<HTMLSelectElement>('#dl-state')!.value).toBe('returned');
  });

  it('goes from the list’s "Sản phẩm" link to the product list and on to its "Thêm sản phẩm" form', async () => {
    await createAt('/ocop/dossiers');
    await answer('/api/units', '/api/dossiers');

    click(el.querySelector<HTMLAnchorElement>('ocop-dossier-list a.products')!);
    await settle();
    await answer('/api/products');
    expect(location.pathname).toBe('/ocop/dossiers/products');
    expect(page()).toEqual(['ocop-product-list']);

    click(el.querySelector<HTMLAnchorElement>('ocop-product-list a.add')!);
    await settle();
    await answer('/api/producers');
    expect(location.pathname).toBe('/ocop/dossiers/products/new');
    expect(page()).toEqual(['ocop-new-product-form']);
  });

  it('goes from the list’s "Chủ thể" link to the producer list', async () => {
    await createAt('/ocop/dossiers');
    await answer('/api/units', '/api/dossiers');

    click(el.querySelector<HTMLAnchorElement>('ocop-dossier-list a.producers')!);
    await settle();

    expect(location.pathname).toBe('/ocop/dossiers/producers');
    expect(page()).toEqual(['ocop-producer-list']);
    ignoreOpenRequests();
  });

  it('reads its paths below the host’s base path', async () => {
    TestBed.inject(TestHost).basePath.set('/cong-dich-vu/ocop/');
    await createAt('/cong-dich-vu/ocop/dossiers/new');
    await answer('/api/producers', '/api/products');

    expect(page()).toEqual(['ocop-new-dossier-form']);
  });
});
