import { computed } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTestHost, TestHost } from '@ocop/common/testing';
import { MESSAGES_EN, MESSAGES_VI, MessageKey } from './messages';
import { Translator } from './translator';

describe('Translator', () => {
  let host: TestHost;
  let t: Translator['t'];

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestHost(), Translator] });
    host = TestBed.inject(TestHost);
    t = TestBed.inject(Translator).t;
  });

  it('speaks Vietnamese by default', () => {
    expect(t('module.dossier')).toBe('Hồ sơ');
    expect(t('products.empty')).toBe('Chưa có sản phẩm nào.');
  });

  it('speaks English once the host locale is en, and Vietnamese again after', () => {
    host.locale.set('en');
    expect(t('module.dossier')).toBe('Dossiers');
    expect(t('common.retry')).toBe('Retry');

    host.locale.set('vi');
    expect(t('common.retry')).toBe('Thử lại');
  });

  it('fills in {params}, numbers and zero included', () => {
    expect(t('module.loadFailed', { name: 'Hồ sơ' })).toBe('Không tải được phân hệ Hồ sơ.');
    expect(t('products.count', { count: 0 })).toBe('0 sản phẩm');
    host.locale.set('en');
    expect(t('products.count', { count: 12 })).toBe('12 products');
  });

  it('leaves a placeholder without a param as it is', () => {
    expect(t('module.loadFailed')).toBe('Không tải được phân hệ {name}.');
  });

  it('tracks the locale signal when read inside a computed (templates re-render)', () => {
    const title = computed(() => t('shell.title'));
    expect(title()).toBe('Chương trình OCOP');

    host.locale.set('en');
    expect(title()).toBe('OCOP programme');
  });

  it('has English text for every Vietnamese key', () => {
    for (const key of Object.keys(MESSAGES_VI) as MessageKey[]) {
      expect(MESSAGES_EN[key]).withContext(key).toBeTruthy();
    }
  });
});
