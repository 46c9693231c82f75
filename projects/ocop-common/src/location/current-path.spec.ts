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
