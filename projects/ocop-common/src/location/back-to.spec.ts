import { backTo } from './back-to';

describe('backTo', () => {
  let original: string;
  let back: jasmine.Spy;

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    history.replaceState(history.state, '', '/ocop/dossiers/0c0b2020-0000-4000-8000-000000000001');
    back = spyOn(history, 'back');
  });

  afterEach(() => history.replaceState(history.state, '', original));

  const entries = (...urls: string[]) => ({
    currentEntry: { index: urls.length - 1 },
    entries: () => urls.map((url) => ({ url })),
  });

  it('goes back in history when the previous page is the list, whatever its query', () => {
    backTo(
      '/ocop/dossiers',
      entries(`${location.origin}/ocop/dossiers?q=huu+le&sort=deadline`, location.href),
    );

    expect(back).toHaveBeenCalledTimes(1);
    expect(location.pathname).toBe('/ocop/dossiers/0c0b2020-0000-4000-8000-000000000001');
  });

  it('navigates forward to the list after a deep link or another page', () => {
    for (const before of [entries(location.href), entries(`${location.origin}/ocop/tasks`, location.href)]) {
      backTo('/ocop/dossiers', before);
      expect(location.pathname).toBe('/ocop/dossiers');
      history.replaceState(history.state, '', '/ocop/dossiers/x');
    }
    expect(back).not.toHaveBeenCalled();
  });

  it('navigates forward where the browser has no Navigation API', () => {
    backTo('/ocop/dossiers', undefined);

    expect(back).not.toHaveBeenCalled();
    expect(location.pathname).toBe('/ocop/dossiers');
  });

  it('does not go back to a list page of another site', () => {
    backTo('/ocop/dossiers', entries('https://other.example/ocop/dossiers', location.href));

    expect(back).not.toHaveBeenCalled();
    expect(location.pathname).toBe('/ocop/dossiers');
  });
});
