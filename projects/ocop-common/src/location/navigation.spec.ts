import { followLink, navigateTo, pathBelow } from './navigation';

describe('pathBelow', () => {
  it('gives "/" for the base path itself, with or without a trailing slash on the base', () => {
    expect(pathBelow('/ocop', '/ocop')).toBe('/');
    expect(pathBelow('/ocop/', '/ocop')).toBe('/');
  });

  it('gives the part below the base, starting with "/"', () => {
    expect(pathBelow('/ocop', '/ocop/dossiers')).toBe('/dossiers');
    expect(pathBelow('/ocop/', '/ocop/dossiers/42')).toBe('/dossiers/42');
    expect(pathBelow('/ocop', '/ocop/')).toBe('/');
  });

  it('gives null outside the base, including paths that only share its prefix', () => {
    expect(pathBelow('/ocop', '/portal/home')).toBeNull();
    expect(pathBelow('/ocop', '/ocopx')).toBeNull();
    expect(pathBelow('/ocop', '/')).toBeNull();
  });

  it('treats "/" as a base that contains every path', () => {
    expect(pathBelow('/', '/')).toBe('/');
    expect(pathBelow('/', '/tasks')).toBe('/tasks');
  });
});

describe('navigateTo', () => {
  let original: string;
  let popstates: PopStateEvent[];
  const record = (event: PopStateEvent): void => {
    popstates.push(event);
  };

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    popstates = [];
    window.addEventListener('popstate', record);
  });

  afterEach(() => {
    window.removeEventListener('popstate', record);
    history.replaceState(history.state, '', original);
  });

  it('pushes a history entry and fires popstate once the URL has changed', () => {
    const state: unknown = history.state;
    const push = spyOn(history, 'pushState').and.callThrough();
    let pathSeenByListener = '';
    const listener = (): void => {
      pathSeenByListener = location.pathname;
    };
    window.addEventListener('popstate', listener);
    try {
      navigateTo('/ocop/tasks?plan=2025');
    } finally {
      window.removeEventListener('popstate', listener);
    }

    expect(location.pathname).toBe('/ocop/tasks');
    expect(location.search).toBe('?plan=2025');
    expect(push).toHaveBeenCalledOnceWith(state, '', '/ocop/tasks?plan=2025');
    expect(popstates.length).toBe(1);
    expect(popstates[0]).toEqual(jasmine.any(PopStateEvent));
    expect(pathSeenByListener).toBe('/ocop/tasks');
  });

  it('does nothing when the URL is already the current one', () => {
    navigateTo('/ocop/reports');
    popstates = [];
    const push = spyOn(history, 'pushState').and.callThrough();

    navigateTo('/ocop/reports');

    expect(push).not.toHaveBeenCalled();
    expect(popstates.length).toBe(0);
  });
});

describe('followLink', () => {
  let original: string;

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
  });

  afterEach(() => {
    history.replaceState(history.state, '', original);
  });

  const click = (init: MouseEventInit = {}): MouseEvent =>
    new MouseEvent('click', { bubbles: true, cancelable: true, button: 0, ...init });

  it('handles a plain left click in the page: no page load, the URL changes', () => {
    const event = click();

    followLink(event, '/ocop/dossiers/products/new');

    expect(event.defaultPrevented).toBeTrue();
    expect(location.pathname).toBe('/ocop/dossiers/products/new');
  });

  it('leaves modified and middle clicks to the browser (new tab, new window)', () => {
    history.replaceState(history.state, '', '/ocop/dossiers');
    const push = spyOn(history, 'pushState');

    for (const init of [
      { ctrlKey: true },
      { metaKey: true },
      { shiftKey: true },
      { altKey: true },
      { button: 1 },
    ]) {
      const event = click(init);
      followLink(event, '/ocop/dossiers/products/new');
      expect(event.defaultPrevented).withContext(JSON.stringify(init)).toBeFalse();
    }

    expect(push).not.toHaveBeenCalled();
    expect(location.pathname).toBe('/ocop/dossiers');
  });
});
