import { computed } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideTestHost, TestHost } from '@ocop/common/testing';
import {
  FieldError,
  MAX_NAME_LENGTH,
  parseNewProduct,
  PRODUCT_SUBGROUPS_1048,
  validateNewProduct,
} from '@ocop/domain';
import { OcopLocale } from '../host/ocop-host';
import { CATALOG_MESSAGES } from './messages-catalog';
import { DOSSIER_DETAIL_MESSAGES } from './messages-dossier-detail';
import { DOSSIER_LIST_MESSAGES } from './messages-dossier-list';
import {
  FeatureMessages,
  isMessageKey,
  MESSAGES_EN,
  MESSAGES_VI,
  MessageKey,
  registerMessages,
} from './messages';
import { Translator } from './translator';

describe('Translator', () => {
  let host: TestHost;
  let i18n: Translator;
  let t: Translator['t'];

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestHost(), Translator] });
    host = TestBed.inject(TestHost);
    i18n = TestBed.inject(Translator);
    t = i18n.t;
  });

  it('speaks Vietnamese by default', () => {
    expect(i18n.locale()).toBe('vi');
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

  it('reads the portal’s other spellings of a locale, and falls back to Vietnamese', () => {
    const cases: [string, string][] = [
      ['en-GB', 'Dossiers'],
      ['EN', 'Dossiers'],
      ['en_US', 'Dossiers'],
      ['vi-VN', 'Hồ sơ'],
      ['fr', 'Hồ sơ'],
      ['', 'Hồ sơ'],
      ['english', 'Hồ sơ'],
    ];
    for (const [locale, text] of cases) {
      host.locale.set(locale as OcopLocale);
      expect(t('module.dossier')).withContext(locale).toBe(text);
    }
  });

  it('fills in {params}, numbers (written the locale’s way) and zero included', () => {
    expect(t('module.loadFailed', { name: 'Hồ sơ' })).toBe('Không tải được phân hệ Hồ sơ.');
    expect(t('draft.offer', { time: '01/06/2025 14:05' })).toBe(
      'Bạn có một bản nháp chưa lưu lúc 01/06/2025 14:05.',
    );
    expect(t('validation.product.name.too_long', { max: 0 })).toBe('Tên sản phẩm không được dài quá 0 ký tự');
    expect(t('validation.product.name.too_long', { max: 1200 })).toBe(
      'Tên sản phẩm không được dài quá 1.200 ký tự',
    );
    host.locale.set('en');
    expect(t('validation.product.name.too_long', { max: 1200 })).toBe(
      'Product name must not be longer than 1,200 characters',
    );
  });

  it('leaves a placeholder without a param as it is', () => {
    expect(t('module.loadFailed')).toBe('Không tải được phân hệ {name}.');
  });

  it('tracks the locale signal when read inside a computed (templates re-render)', () => {
    const title = computed(() => t('shell.title'));
    const count = computed(() => i18n.count('products.count', 1234));
    expect(title()).toBe('Chương trình OCOP');
    expect(count()).toBe('1.234 sản phẩm');

    host.locale.set('en');
    expect(title()).toBe('OCOP programme');
    expect(count()).toBe('1,234 products');
  });

  it('has English text for every Vietnamese key, and the same placeholders in both, in every table', () => {
    const placeholders = (text: string): string[] => (text.match(/\{\w+\}/g) ?? []).sort();
    const tables: [string, FeatureMessages][] = [
      ['core', { vi: MESSAGES_VI, en: MESSAGES_EN }],
      ['catalog', CATALOG_MESSAGES],
      ['dossier list', DOSSIER_LIST_MESSAGES],
      ['dossier page', DOSSIER_DETAIL_MESSAGES],
    ];
    const seen = new Set<string>();
    for (const [name, { vi, en }] of tables) {
      for (const [key, text] of Object.entries(vi)) {
        expect(en[key]).withContext(`${name}: ${key}`).toBeTruthy();
        expect(placeholders(en[key] ?? ''))
          .withContext(`${name}: ${key}`)
          .toEqual(placeholders(text));
        // A key in two tables would show whichever loaded first: each key lives in one table only.
        expect(seen.has(key)).withContext(`${name}: ${key} is also in another table`).toBeFalse();
        seen.add(key);
      }
      expect(Object.keys(en).length).withContext(name).toBe(Object.keys(vi).length);
    }
  });

  it("shows a page's messages once the page has registered them", () => {
    const [key, text] = Object.entries(DOSSIER_DETAIL_MESSAGES.vi)[0] ?? ['', ''];
    registerMessages(DOSSIER_DETAIL_MESSAGES);
    expect(i18n.t(key as MessageKey)).toBe(text);
    expect(isMessageKey(key)).toBeTrue();
    expect(isMessageKey('dossierDetail.no-such-key')).toBeFalse();
  });

  describe('count', () => {
    it('uses the singular for exactly one in English', () => {
      host.locale.set('en');

      expect(i18n.count('products.count', 0)).toBe('0 products');
      expect(i18n.count('products.count', 1)).toBe('1 product');
      expect(i18n.count('products.count', 2)).toBe('2 products');
    });

    it('does not inflect in Vietnamese', () => {
      expect(i18n.count('products.count', 0)).toBe('0 sản phẩm');
      expect(i18n.count('products.count', 1)).toBe('1 sản phẩm');
      expect(i18n.count('products.count', 2)).toBe('2 sản phẩm');
    });
  });

  describe('number, date and dateTime', () => {
    it('writes numbers the locale’s way', () => {
      expect(i18n.number(1234.5)).toBe('1.234,5');
      host.locale.set('en');
      expect(i18n.number(1234.5)).toBe('1,234.5');
    });

    it('keeps dd/MM/yyyy (HH:mm) in English too', () => {
      const iso = new Date(2025, 5, 1, 14, 5).toISOString();
      expect(i18n.date(iso)).toBe('01/06/2025');
      expect(i18n.dateTime(iso)).toBe('01/06/2025 14:05');

      host.locale.set('en');
      expect(i18n.date(iso)).toBe('01/06/2025');
      expect(i18n.dateTime(iso)).toBe('01/06/2025 14:05');
    });
  });

  describe('fieldError', () => {
    /** Inputs that make parseNewProduct report each code the product form knows. */
    const INVALID_PRODUCTS = [
      {},
      { name: '   ', productGroupCode: '', producerId: '', communeCode: '' },
      { name: 1, productGroupCode: 2, producerId: 3, communeCode: 4 },
      {
        name: 'x'.repeat(MAX_NAME_LENGTH + 1),
        productGroupCode: '27',
        producerId: 'không-phải-uuid',
        communeCode: '123',
      },
    ];
    const domainErrors = (): FieldError[] => INVALID_PRODUCTS.flatMap((input) => validateNewProduct(input));
    const params = { max: MAX_NAME_LENGTH };

    it('says in Vietnamese exactly what the domain says, for every code parseNewProduct gives', () => {
      const errors = domainErrors();
      const codes = new Set(errors.map((e) => `${e.field}.${e.code}`));
      expect(codes).toEqual(
        new Set([
          'name.required',
          'name.invalid_type',
          'name.too_long',
          'productGroupCode.required',
          'productGroupCode.invalid_type',
          'productGroupCode.invalid_choice',
          'producerId.required',
          'producerId.invalid_type',
          'producerId.invalid_format',
          'communeCode.required',
          'communeCode.invalid_type',
          'communeCode.invalid_format',
        ]),
      );
      for (const error of errors) {
        const key = `validation.product.${error.field}.${error.code}`;
        expect(Object.keys(MESSAGES_VI)).withContext(key).toContain(key);
        expect(i18n.fieldError('product', error, params))
          .withContext(key)
          .toBe(error.message);
      }
    });

    it('translates every one of them into English', () => {
      host.locale.set('en');

      for (const error of domainErrors()) {
        const text = i18n.fieldError('product', error, params);
        expect(text).withContext(error.code).not.toBe(error.message);
        // English only: nothing of Vietnamese's letters with diacritics.
        expect(text).withContext(text).not.toMatch(/[À-ỹ]/);
      }
      const empty = parseNewProduct({});
      expect(empty.ok).toBeFalse();
      const byField = Object.fromEntries(
        (empty.ok ? [] : empty.errors).map((e) => [e.field, i18n.fieldError('product', e)]),
      );
      expect(byField).toEqual({
        name: 'Product name is required',
        productGroupCode: 'Product sub-group is required',
        producerId: 'Producer is required',
        communeCode: 'Commune is required',
      });
    });

    it('translates the API’s own codes with what was sent, Vietnamese being the API’s wording', () => {
      const duplicate = {
        field: 'name',
        code: 'duplicate',
        message: 'Chủ thể này đã có sản phẩm "Tinh dầu hồi"',
      };
      const commune = { field: 'communeCode', code: 'not_found', message: 'Không có xã nào mang mã 99999' };
      const producer = { field: 'producerId', code: 'not_found', message: 'Không tìm thấy chủ thể này' };
      const sent = { name: 'Tinh dầu hồi', code: '99999' };

      for (const error of [duplicate, commune, producer]) {
        expect(i18n.fieldError('product', error, sent)).toBe(error.message);
      }
      host.locale.set('en');
      expect(i18n.fieldError('product', duplicate, sent)).toBe(
        'This producer already has a product "Tinh dầu hồi"',
      );
      expect(i18n.fieldError('product', commune, sent)).toBe('There is no commune with code 99999');
      expect(i18n.fieldError('product', producer, sent)).toBe('This producer cannot be found');
    });

    it('shows the source’s message for an unknown code, and rather than a half-filled text', () => {
      host.locale.set('en');
      const merged = {
        field: 'communeCode',
        code: 'no_longer_exists',
        message: 'Xã Hữu Lễ (mã 06322) không còn tồn tại sau ngày 30/06/2025',
      };
      const duplicate = { field: 'name', code: 'duplicate', message: 'Chủ thể này đã có sản phẩm "Chè"' };

      expect(i18n.fieldError('product', merged)).toBe(merged.message);
      expect(i18n.fieldError('product', { ...merged, field: 'other' })).toBe(merged.message);
      expect(i18n.fieldError('product', duplicate)).toBe(duplicate.message);
    });
  });

  describe('apiError', () => {
    it('translates the errors made in the browser, and the API’s fixed ones', () => {
      const network = { code: 'NETWORK', message: 'Không kết nối được với máy chủ OCOP.' };
      const http = { code: 'HTTP_502', message: 'Máy chủ OCOP trả lời lỗi 502.' };
      const invalid = { code: 'VALIDATION_FAILED', message: 'Dữ liệu không hợp lệ, vui lòng kiểm tra lại' };
      for (const error of [network, http, invalid]) expect(i18n.apiError(error)).toBe(error.message);

      host.locale.set('en');
      expect(i18n.apiError(network)).toBe('The OCOP server cannot be reached.');
      expect(i18n.apiError(http)).toBe('The OCOP server answered with error 502.');
      expect(i18n.apiError(invalid)).toBe('Some data is not valid; please check it');
      expect(i18n.apiError({ code: 'CLIENT', message: 'Đã xảy ra lỗi không mong muốn.' })).toBe(
        'Something unexpected went wrong.',
      );
    });

    it('shows the API’s message for other codes', () => {
      host.locale.set('en');
      const forbidden = { code: 'FORBIDDEN_UNIT', message: 'Bạn không được đăng ký sản phẩm cho xã này.' };

      expect(i18n.apiError(forbidden)).toBe(forbidden.message);
    });
  });

  describe('productGroup', () => {
    it('names every phân nhóm of QĐ 1048 in Vietnamese as the domain does, and in English', () => {
      for (const group of PRODUCT_SUBGROUPS_1048) {
        host.locale.set('vi');
        expect(i18n.productGroup(group.code)).withContext(group.code).toBe(group.name);
        host.locale.set('en');
        const english = i18n.productGroup(group.code);
        expect(english).withContext(group.code).toBeTruthy();
        expect(english).withContext(english).not.toMatch(/[À-ỹ]/);
      }
      expect(i18n.productGroup('15')).toBe('White spirits');
    });

    it('falls back to the given name for an unknown code', () => {
      host.locale.set('en');
      expect(i18n.productGroup('99', 'Nhóm mới')).toBe('Nhóm mới');
      expect(i18n.productGroup('constructor')).toBe('');
    });
  });
});
