import { TestBed } from '@angular/core/testing';
import { Translator } from '@ocop/common';
import { provideTestElement } from '@ocop/common/testing';
import { ApiError } from '@ocop/domain';
import { of, Subject, throwError } from 'rxjs';
import { isNotFound, PageLoad } from './page-load';

describe('PageLoad', () => {
  let page: PageLoad;
  let i18n: Translator;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestElement() });
    i18n = TestBed.inject(Translator);
    page = new PageLoad(i18n);
  });

  it('shows "loading" until the records come, hands them over, then shows them', () => {
    const records = new Subject<string>();
    const seen: string[] = [];
    page.run(records, (value) => seen.push(`${value}:${page.status()}`));
    expect(page.status()).toBe('loading');
    records.next('plan');
    expect(seen).toEqual(['plan:loading']);
    expect(page.status()).toBe('loaded');
  });

  it('tells "not found" (any *_NOT_FOUND or a bare 404) from other failures, with the message in words', () => {
    const missing: ApiError = { code: 'PLAN_NOT_FOUND', message: 'Không tìm thấy kế hoạch' };
    page.run(
      throwError(() => missing),
      () => undefined,
    );
    expect(page.status()).toBe('not-found');
    expect(page.errorText()).toBe(i18n.apiError(missing));
    expect(page.errorText()).not.toBe('');

    page.run(
      throwError(() => ({ code: 'INTERNAL', message: 'Lỗi máy chủ' })),
      () => undefined,
    );
    expect(page.status()).toBe('error');
    expect(page.error()?.code).toBe('INTERNAL');
  });

  it('forgets the last error when loading again', () => {
    page.run(
      throwError(() => ({ code: 'INTERNAL', message: 'Lỗi' })),
      () => undefined,
    );
    page.run(of(1), () => undefined);
    expect(page.status()).toBe('loaded');
    expect(page.error()).toBeNull();
    expect(page.errorText()).toBe('');
  });

  it('reads HTTP_404, TASK_NOT_FOUND and NOT_FOUND as not found, FORBIDDEN as not', () => {
    const code = (c: string): ApiError => ({ code: c, message: '' });
    expect(['HTTP_404', 'TASK_NOT_FOUND', 'NOT_FOUND'].map((c) => isNotFound(code(c)))).toEqual([
      true,
      true,
      true,
    ]);
    expect(isNotFound(code('FORBIDDEN'))).toBeFalse();
  });
});
