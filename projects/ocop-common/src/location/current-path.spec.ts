import { createEnvironmentInjector, EnvironmentInjector } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { CurrentPath } from './current-path';
import { navigateTo } from './navigation';

describe('CurrentPath', () => {
  let original: string;

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
  });

  afterEach(() => {
    history.replaceState(history.state, '', original);
  });

  function create(): { path: CurrentPath; injector: EnvironmentInjector } {
    const injector = createEnvironmentInjector([CurrentPath], TestBed.inject(EnvironmentInjector));
    return { path: injector.get(CurrentPath), injector };
  }

  it('starts with the current location.pathname', () => {
    history.replaceState(history.state, '', '/ocop/dossiers');
    const { path, injector } = create();

    expect(path.value()).toBe('/ocop/dossiers');
    injector.destroy();
  });

  it('follows popstate (history navigation and navigateTo)', () => {
    history.replaceState(history.state, '', '/ocop');
    const { path, injector } = create();

    navigateTo('/ocop/tasks');
    expect(path.value()).toBe('/ocop/tasks');

    history.replaceState(history.state, '', '/ocop/reports');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(path.value()).toBe('/ocop/reports');
    injector.destroy();
  });

  it('starts with the current location.search, and follows it on popstate', () => {
    history.replaceState(history.state, '', '/ocop/dossiers?state=returned&page=2');
    const { path, injector } = create();
    expect(path.search()).toBe('?state=returned&page=2');

    navigateTo('/ocop/dossiers/products');
    expect(path.search()).toBe('');

    history.replaceState(history.state, '', '/ocop/dossiers?q=huu%20le');
    window.dispatchEvent(new PopStateEvent('popstate'));
    expect(path.search()).toBe('?q=huu%20le');
    injector.destroy();
  });

  it('replaceSearch rewrites the query of the current entry without a new entry or a popstate', () => {
    history.replaceState(history.state, '', '/ocop/dossiers#top');
    const { path, injector } = create();
    const push = spyOn(history, 'pushState').and.callThrough();
    let popstates = 0;
    const count = (): number => popstates++;
    window.addEventListener('popstate', count);
    const length = history.length;
    try {
      path.replaceSearch('?flag=overdue');
      expect(location.pathname + location.search + location.hash).toBe('/ocop/dossiers?flag=overdue#top');
      expect(path.search()).toBe('?flag=overdue');

      path.replaceSearch('sort=deadline');
      expect(location.search).toBe('?sort=deadline');
      expect(path.search()).toBe('?sort=deadline');

      path.replaceSearch('');
      expect(location.search).toBe('');
      expect(path.search()).toBe('');
      expect(path.value()).toBe('/ocop/dossiers');
    } finally {
      window.removeEventListener('popstate', count);
    }
    expect(push).not.toHaveBeenCalled();
    expect(history.length).toBe(length);
    expect(popstates).toBe(0);
    injector.destroy();
  });

  it('removes its popstate listener when its injector is destroyed', () => {
    const removed = spyOn(window, 'removeEventListener').and.callThrough();
    history.replaceState(history.state, '', '/ocop');
    const { path, injector } = create();

    injector.destroy();
    navigateTo('/ocop/tasks');

    expect(path.value()).toBe('/ocop');
    expect(removed).toHaveBeenCalledWith('popstate', jasmine.any(Function));
  });
});
