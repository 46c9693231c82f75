import { TestBed } from '@angular/core/testing';
import { provideTestElement } from '@ocop/common/testing';
import { queryInUrl, type QueryInUrl } from './query-in-url';

interface YearQuery {
  year: number;
}

describe('queryInUrl', () => {
  let karmaAddress = '';
  let show: jasmine.Spy<(query: YearQuery) => void>;

  beforeEach(() => {
    karmaAddress = location.pathname + location.search + location.hash;
    show = jasmine.createSpy('show');
    TestBed.configureTestingModule({ providers: provideTestElement() });
  });
  afterEach(() => history.replaceState(history.state, '', karmaAddress));

  /** As when the portal shows `address` (the test host's basePath is /ocop). */
  function at(address: string): void {
    history.replaceState(history.state, '', address);
  }

  /** As when back navigation brings `address`. */
  function navigateBack(address: string): void {
    at(address);
    window.dispatchEvent(new PopStateEvent('popstate'));
    TestBed.tick();
  }

  function start(): QueryInUrl<YearQuery> {
    return TestBed.runInInjectionContext(() =>
      queryInUrl<YearQuery>({
        page: 'demo',
        parse: (search) => ({ year: Number(new URLSearchParams(search).get('year') ?? 2020) }),
        same: (a, b) => a.year === b.year,
        toSearch: (query) => `?year=${query.year}`,
        show,
      }),
    );
  }

  it('reads the filters from the URL and writes the shown ones back without a history entry', () => {
    at('/ocop/reports/demo?year=2019');
    const url = start();
    expect(url.fromUrl()).toEqual({ year: 2019 });

    const entries = history.length;
    url.shown({ year: 2021 });
    expect(location.search).toBe('?year=2021');
    expect(history.length).toBe(entries);
  });

  it('takes the page path with a trailing slash as the page', () => {
    at('/ocop/reports/demo/');
    start().shown({ year: 2018 });
    expect(location.search).toBe('?year=2018');
  });

  it('shows the page again when the URL comes to other filters, and only then', () => {
    at('/ocop/reports/demo?year=2019');
    const url = start();
    url.shown(url.fromUrl());
    TestBed.tick();
    expect(show).not.toHaveBeenCalled();

    navigateBack('/ocop/reports/demo?year=2017');
    expect(show).toHaveBeenCalledOnceWith({ year: 2017 });
    url.shown({ year: 2017 });

    // Other parameters the page does not read change nothing it shows.
    navigateBack('/ocop/reports/demo?year=2017&other=1');
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('leaves the URL alone once it is another page', () => {
    at('/ocop/reports/demo?year=2019');
    const url = start();
    url.shown(url.fromUrl());
    TestBed.tick();

    navigateBack('/ocop/reports/other?year=2015');
    expect(show).not.toHaveBeenCalled();
    url.shown({ year: 2016 });
    expect(location.pathname + location.search).toBe('/ocop/reports/other?year=2015');
  });
});
