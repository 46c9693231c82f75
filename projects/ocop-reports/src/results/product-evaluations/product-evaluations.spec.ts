import type { OcopProfile } from '@ocop/common';
import { FakeOcopAuth, provideTestElement } from '@ocop/common/testing';
import type { Product, ProductEvaluation } from '@ocop/domain';
import { ProductEvaluationsPage } from './product-evaluations';
import { certificate } from '../../certificates/testing/certificate-fixtures';
import { PageUnderTest } from '../../testing/page-under-test';
import { COMMUNE_OFFICER, PROVINCE_OFFICER } from '../../testing/users';

const PRODUCT_ID = '44444444-4444-4444-8444-444444444444';

const product = {
  id: PRODUCT_ID,
  name: 'Rượu men lá Hữu Lễ',
  producer: { id: 'pr1', name: 'HTX Hữu Lễ', type: 'cooperative' },
  commune: { code: '06322', name: 'Xã Hữu Lễ' },
} as unknown as Product;

const first: ProductEvaluation = {
  dossierId: 'd2020',
  roundYear: 2020,
  criteriaSet: '1048',
  registrationKind: 'first-time',
  state: 'certified',
  districtResult: {
    sessionId: 's1',
    councilName: 'Hội đồng OCOP huyện Văn Quan',
    sessionDate: '2020-05-08',
    mean: 62.83,
    spread: 3,
    stars: 3,
    forwarded: true,
  },
  provinceResult: {
    score: 62.83,
    stars: 3,
    decisionNumber: '567/QĐ-UBND',
    decisionDate: '2020-05-22',
    recordedBy: 'so.nongnghiep',
    recordedAt: '2020-05-22T03:00:00Z',
  },
  certificate: certificate('c1', {
    dossierId: 'd2020',
    product: { id: PRODUCT_ID, name: 'Rượu men lá Hữu Lễ' },
    status: 'expired',
  }),
  previousDossierId: null,
};

const second: ProductEvaluation = {
  ...first,
  dossierId: 'd2023',
  roundYear: 2023,
  registrationKind: 're-evaluation',
  state: 'forwarded',
  districtResult: { ...first.districtResult!, sessionDate: '2023-04-10', mean: 71.5, stars: 4 },
  provinceResult: null,
  certificate: null,
  previousDossierId: 'd2020',
};

describe('ProductEvaluationsPage', () => {
  let page: PageUnderTest<ProductEvaluationsPage>;
  let el: HTMLElement;

  afterEach(() => page.close());

  async function open(evaluations: ProductEvaluation[], user: OcopProfile = PROVINCE_OFFICER): Promise<void> {
    const auth = new FakeOcopAuth();
    auth.user = user;
    page = await PageUnderTest.open(ProductEvaluationsPage, provideTestElement({ auth }), {
      productId: PRODUCT_ID,
    });
    el = page.el;
    await page.answer(`/api/products/${PRODUCT_ID}`, product);
    await page.answer(`/api/products/${PRODUCT_ID}/evaluations`, evaluations);
  }

  const text = (root: Element, selector: string): string =>
    (root.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('shows each evaluation newest first with its district and province results and certificate', async () => {
    await open([first, second]);

    expect(text(el, 'h2')).toBe('Lịch sử đánh giá sản phẩm — Rượu men lá Hữu Lễ');
    const items = Array.from(el.querySelectorAll('li.evaluation'));
    expect(items.map((li) => li.getAttribute('data-dossier'))).toEqual(['d2023', 'd2020']);
    const [newer, older] = items as [Element, Element];
    expect(text(older, 'h3')).toBe('Năm 2020 · Bộ tiêu chí 1048 · Đánh giá lần đầu');
    expect(text(older, '.district')).toBe(
      '62,83 điểm, ★★★☆☆ 3 sao Hội đồng OCOP huyện Văn Quan, phiên họp ngày 08/05/2020 Đã chuyển lên tỉnh',
    );
    expect(text(older, '.province')).toBe('62,83 điểm, ★★★☆☆ 3 sao, quyết định 567/QĐ-UBND ngày 22/05/2020');
    expect(text(older, '.certificate')).toContain(
      'Số 12/GCN-UBND, cấp ngày 22/05/2020, hiệu lực đến 22/05/2023',
    );
    expect(text(older, '.certificate')).toContain('Hết hạn');
    expect(text(newer, '.province')).toContain('Chưa có kết quả cấp tỉnh.');
  });

  it('links each dossier to the one before and after it, and offers the province result for a forwarded one', async () => {
    await open([second, first]);

    const [newer, older] = Array.from(el.querySelectorAll('li.evaluation')) as [Element, Element];
    expect(newer.querySelector('a.dossier')!.getAttribute('href')).toBe('/ocop/dossiers/d2023');
    expect(newer.querySelector('a.previous')!.getAttribute('href')).toBe('/ocop/dossiers/d2020');
    expect(newer.querySelector('a.next')).toBeNull();
    expect(older.querySelector('a.next')!.getAttribute('href')).toBe('/ocop/dossiers/d2023');
    expect(older.querySelector('a.previous')).toBeNull();
    const record = newer.querySelector('a.record-province')!;
    expect(record.textContent!.trim()).toBe('Ghi kết quả cấp tỉnh');
    expect(record.getAttribute('href')).toBe('/ocop/reports/dossiers/d2023/province-result');
    expect(older.querySelector('a.record-province')).toBeNull();
  });

  it('offers the province result to the province officer only', async () => {
    await open([second], COMMUNE_OFFICER);
    expect(el.querySelector('a.record-province')).toBeNull();
    expect(page.text('.province')).toBe('Chưa có kết quả cấp tỉnh.');
  });

  it('says when the product has not been evaluated yet', async () => {
    await open([]);
    expect(page.text('ocop-status-panel')).toContain('Sản phẩm chưa được đánh giá lần nào.');
  });
});
