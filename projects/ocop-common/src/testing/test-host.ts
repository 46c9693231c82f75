import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { EnvironmentProviders, Provider, signal, WritableSignal } from '@angular/core';
import { ApiClient } from '../api/api-client';
import { FormDrafts } from '../drafts/form-draft';
import { OcopAuth } from '../host/ocop-auth';
import { OcopHost, OcopLocale } from '../host/ocop-host';
import { Translator } from '../i18n/translator';
import { CurrentPath } from '../location/current-path';

/** Test-only. What a test may set up front; everything else takes the element defaults. */
export interface TestHostInit {
  auth?: OcopAuth;
  apiBaseUrl?: string;
  basePath?: string;
  locale?: OcopLocale;
}

/**
 * Test-only stand-in for an element root: the same four host inputs, as writable signals, so a test can
 * change the locale or the session the way a page would set the element's properties.
 */
export class TestHost implements OcopHost {
  readonly auth: WritableSignal<OcopAuth | undefined>;
  readonly apiBaseUrl: WritableSignal<string>;
  readonly basePath: WritableSignal<string>;
  readonly locale: WritableSignal<OcopLocale>;

  constructor(init: TestHostInit = {}) {
    this.auth = signal(init.auth);
    this.apiBaseUrl = signal(init.apiBaseUrl ?? '/api');
    this.basePath = signal(init.basePath ?? '/ocop');
    this.locale = signal(init.locale ?? 'vi');
  }
}

/**
 * Provides OcopHost as a fresh TestHost per injector; a test controls it through `TestBed.inject(TestHost)`.
 */
export function provideTestHost(init: TestHostInit = {}): Provider[] {
  return [
    { provide: TestHost, useFactory: () => new TestHost(init) },
    { provide: OcopHost, useExisting: TestHost },
  ];
}

/**
 * What provideOcopElement() gives an element's components, with a TestHost as the host and HttpClient
 * backed by HttpTestingController.
 */
export function provideTestElement(init: TestHostInit = {}): (Provider | EnvironmentProviders)[] {
  return [
    ...provideTestHost(init),
    ApiClient,
    Translator,
    CurrentPath,
    FormDrafts,
    provideHttpClient(),
    provideHttpClientTesting(),
  ];
}

/** Resolves after the current macrotask, i.e. after every promise already settled has run its callbacks. */
export function nextTask(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Resolves once `condition()` holds (checked every task), or rejects after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs = 2000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`waitUntil: condition still false after ${timeoutMs} ms`);
    await nextTask(5);
  }
}
