import type { OcopProfile } from '@ocop/common';
import { FakeOcopAuth, provideTestElement } from '@ocop/common/testing';
import type { DossierDetail } from '@ocop/domain';
import { ProvinceResultPage } from './province-result-page';
import { PageUnderTest } from '../../testing/page-under-test';
import { DISTRICT_OFFICER, PROVINCE_OFFICER } from '../../testing/users';

const DOSSIER_ID = '33333333-3333-4333-8333-333333333333';

function dossier(patch: Partial<DossierDetail> = {}): DossierDetail {
  return {
    id: DOSSIER_ID,
    product: {
      id: 'p1',
      name: 'Tinh dầu hồi Văn Quan',
      productGroup: { code: '22', name: 'Thảo dược khác' },
    },
    producer: { id: 'pr1', name: 'HTX Nông nghiệp Văn Quan', type: 'cooperative' },
    state: 'forwarded',
    version: 9,
    evaluation: {
      districtResult: {
        sessionId: 's1',
        councilName: 'Hội đồng OCOP huyện Văn Quan',
        sessionDate: '2021-01-15',
        mean: 76.33,
        spread: 5,
        stars: 4,
        forwarded: true,
      },
      provinceResult: null,
      certificate: null,
      previousDossierId: null,
      nextDossierId: null,
    },
    ...patch,
  } as unknown as DossierDetail;
}

describe('ProvinceResultPage', () => {
  let page: PageUnderTest<ProvinceResultPage>;
  let el: HTMLElement;

  afterEach(() => page.close());

  async function open(record = dossier(), user: OcopProfile = PROVINCE_OFFICER): Promise<void> {
    const auth = new FakeOcopAuth();
    auth.user = user;
    page = await PageUnderTest.open(ProvinceResultPage, provideTestElement({ auth }), {
      dossierId: DOSSIER_ID,
    });
    el = page.el;
    await page.answer(`/api/dossiers/${DOSSIER_ID}`, record);
  }

  async function type(name: string, value: string): Promise<void> {
    const input = el.querySelector<HTMLInputElement>(`input[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await page.settle();
  }

  const text = (selector: string): string =>
    (el.querySelector(selector)?.textContent ?? '').replace(/\s+/g, ' ').trim();

  it('shows the stars and the expiry live, and the errors next to their fields', async () => {
    await open();
    expect(text('.district-result')).toBe('Kết quả cấp huyện: 76,33 điểm, ★★★★☆ 4 sao');

    await type('score', '76,33');
    expect(text('.live-stars')).toBe('Hạng: ★★★★☆ 4 sao');
    el.querySelector<HTMLButtonElement>('button.save-result')!.click();
    await page.settle();
    expect(text('[data-field="decisionNumber"] .error')).toBe('Nhập số quyết định công nhận kết quả');
    expect(text('[data-field="certificateNumber"] .error')).toBe(
      'Sản phẩm đạt từ 3 sao: nhập số giấy chứng nhận',
    );

    await type('certificateDate', '28/01/2021');
    expect(text('.expiry')).toBe('Hiệu lực đến 28/01/2024');
    await type('decisionDate', '28/13/2021');
    expect(text('[data-field="decisionDate"] .error')).toBe('Ngày quyết định không phải là một ngày hợp lệ');
    expect(el.querySelector<HTMLDialogElement>('dialog')!.open).toBeFalse();

    await type('score', '45');
    expect(text('.no-certificate')).toBe('Dưới 3 sao: sản phẩm không được cấp giấy chứng nhận.');
    expect(el.querySelector<HTMLFieldSetElement>('fieldset.certificate')!.disabled).toBeTrue();
  });

  it('records the result after confirmation and links to the product’s history', async () => {
    await open();
    await type('score', '76,33');
    await type('decisionNumber', '125/QĐ-UBND');
    await type('decisionDate', '28/01/2021');
    await type('certificateNumber', '05/GCN-UBND');
    await type('certificateDate', '28/01/2021');
    el.querySelector<HTMLButtonElement>('button.save-result')!.click();
    await page.settle();

    const dialog = el.querySelector<HTMLDialogElement>('dialog.confirm-result-dialog')!;
    expect(dialog.open).toBeTrue();
    expect(text('.confirm-text')).toBe(
      'Tinh dầu hồi Văn Quan: 76,33 điểm, ★★★★☆ 4 sao. Cấp giấy chứng nhận số 05/GCN-UBND, hiệu lực đến 28/01/2024.',
    );
    dialog.querySelector<HTMLButtonElement>('button.confirm-result')!.click();
    await page.settle();
    const post = page.http.expectOne({ method: 'POST', url: `/api/dossiers/${DOSSIER_ID}/province-result` });
    expect(post.request.body).toEqual({
      score: 76.33,
      decisionNumber: '125/QĐ-UBND',
      decisionDate: '2021-01-28',
      certificateNumber: '05/GCN-UBND',
      certificateDate: '2021-01-28',
      version: 9,
    });
    const base = dossier();
    post.flush({
      ...base,
      state: 'certified',
      evaluation: {
        ...base.evaluation!,
        provinceResult: {
          score: 76.33,
          stars: 4,
          decisionNumber: '125/QĐ-UBND',
          decisionDate: '2021-01-28',
          recordedBy: 'so.nongnghiep',
          recordedAt: '2021-01-28T02:00:00Z',
        },
        certificate: { expiresOn: '2024-01-28' },
      },
    });
    await page.settle();

    expect(dialog.open).toBeFalse();
    expect(text('.recorded')).toContain('Đã ghi kết quả cấp tỉnh.');
    expect(text('.recorded')).toContain('Hiệu lực đến 28/01/2024');
    expect(el.querySelector('a.history')!.getAttribute('href')).toBe('/ocop/reports/products/p1/evaluations');
  });

  it('puts the API’s field errors next to their fields', async () => {
    await open();
    await type('score', '45');
    await type('decisionNumber', '125/QĐ-UBND');
    await type('decisionDate', '28/01/2021');
    el.querySelector<HTMLButtonElement>('button.save-result')!.click();
    await page.settle();
    el.querySelector<HTMLButtonElement>('button.confirm-result')!.click();
    await page.settle();
    page.http.expectOne({ method: 'POST', url: `/api/dossiers/${DOSSIER_ID}/province-result` }).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ',
        details: [{ field: 'decisionNumber', code: 'duplicate', message: 'Số quyết định đã được dùng' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await page.settle();
    expect(text('[data-field="decisionNumber"] .error')).toBe('Số quyết định đã được dùng');
  });

  it('shows no form to anyone but the province officer', async () => {
    await open(dossier(), DISTRICT_OFFICER);
    expect(text('.province-only')).toBe('Chỉ cán bộ Sở (cấp tỉnh) ghi được kết quả đánh giá cấp tỉnh.');
    expect(el.querySelector('form')).toBeNull();
  });

  it('refuses a dossier that was not forwarded', async () => {
    await open(dossier({ state: 'not-forwarded' }));
    expect(text('.not-forwarded')).toContain('chưa được Hội đồng cấp huyện chuyển lên tỉnh');
    expect(el.querySelector('form')).toBeNull();
  });
});
