import { TestBed } from '@angular/core/testing';
import { provideTestElement, TestHost } from '@ocop/common/testing';
import { Certificate, DossierDetail, DossierEvaluation, Me } from '@ocop/domain';
import { COMMUNE_OFFICER, DISTRICT_OFFICER, DOSSIER_ID, dossier } from '../testing/dossier-fixtures';
import { DossierPageHarness, specAuth } from '../testing/dossier-page-harness';

const NEW_ID = '0c0b2023-0000-4000-8000-0000000000d2';
const PREVIOUS_ID = '0c0b2019-0000-4000-8000-0000000000d0';

const CERTIFICATE: Certificate = {
  id: 'c-1',
  dossierId: DOSSIER_ID,
  product: { id: 'p-ruou', name: 'Rượu men lá Hữu Lễ' },
  producer: { id: 'pr-1', name: 'HTX Nông nghiệp Hữu Lễ' },
  commune: { code: '06322', name: 'Xã Hữu Lễ' },
  districtCode: '184',
  stars: 3,
  number: '15/GCN-UBND',
  decisionNumber: '868/QĐ-UBND',
  decisionDate: '2020-05-22',
  issuedOn: '2020-05-22',
  expiresOn: '2023-05-22',
  revokedOn: null,
  revokedReason: null,
  status: 'valid',
};

const EVALUATION: DossierEvaluation = {
  districtResult: {
    sessionId: 's-1',
    councilName: 'Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Văn Quan',
    sessionDate: '2020-05-08',
    mean: 62.833333,
    spread: 3,
    stars: 3,
    forwarded: true,
  },
  provinceResult: {
    score: 63.5,
    stars: 3,
    decisionNumber: '868/QĐ-UBND',
    decisionDate: '2020-05-22',
    recordedBy: 'so.nongnghiep',
    recordedAt: '2020-05-22T03:00:00Z',
  },
  certificate: CERTIFICATE,
  previousDossierId: PREVIOUS_ID,
  nextDossierId: null,
};

function certified(overrides: Partial<DossierDetail> = {}): DossierDetail {
  return dossier({
    state: 'certified',
    problems: [],
    evaluation: EVALUATION,
    currentStars: { stars: 3, certificateId: 'c-1', expiresOn: '2023-05-22' },
    ...overrides,
  });
}

describe('EvaluationPanel', () => {
  let page: DossierPageHarness | undefined;
  let original: string;

  beforeEach(() => {
    original = location.pathname + location.search + location.hash;
    history.replaceState(history.state, '', `/ocop/dossiers/${DOSSIER_ID}`);
    TestBed.configureTestingModule({
      providers: provideTestElement({ auth: specAuth('spec-evaluation-panel') }),
    });
  });

  afterEach(() => {
    page?.http.verify();
    page?.destroy();
    page = undefined;
    history.replaceState(history.state, '', original);
  });

  async function open(me: Me, d: DossierDetail): Promise<DossierPageHarness> {
    page = await DossierPageHarness.open(me, d);
    return page;
  }

  it('says there is no result yet for a dossier the council has not scored', async () => {
    const p = await open(COMMUNE_OFFICER, dossier({ evaluation: undefined }));
    expect(p.text('.evaluation h3')).toBe('Kết quả đánh giá');
    expect(p.text('.evaluation .none')).toBe('Hồ sơ chưa có kết quả đánh giá của Hội đồng.');
    expect(p.query('.evaluation .district')).toBeNull();
    expect(p.query('button.re-evaluate')).toBeNull();
  });

  it('shows the district result: council, dd/MM/yyyy date, mean with a decimal comma, stars in words', async () => {
    const p = await open(COMMUNE_OFFICER, certified());
    expect(p.text('.district .council')).toBe('Hội đồng đánh giá, phân hạng sản phẩm OCOP huyện Văn Quan');
    expect(p.text('.district .session-date')).toBe('08/05/2020');
    expect(p.text('.district .mean')).toBe('62,83');
    expect(p.text('.district .stars')).toBe('★★★☆☆ 3 sao');
    expect(p.query('.district .stars .stars-badge')!.getAttribute('aria-label')).toBe('3 sao');
    expect(p.text('.district .forwarded')).toBe('Đã chuyển cấp tỉnh đánh giá');
  });

  it('says when the district did not forward the dossier', async () => {
    const p = await open(
      COMMUNE_OFFICER,
      dossier({
        state: 'not-forwarded',
        evaluation: {
          ...EVALUATION,
          districtResult: { ...EVALUATION.districtResult!, mean: 42, stars: 2, forwarded: false },
          provinceResult: null,
          certificate: null,
          previousDossierId: null,
        },
      }),
    );
    expect(p.text('.district .forwarded')).toBe('Không đủ điểm chuyển cấp tỉnh');
    expect(p.text('.district .stars')).toBe('★★☆☆☆ 2 sao');
    expect(p.query('.province')).toBeNull();
    expect(p.query('.certificate')).toBeNull();
    expect(p.query('a.previous')).toBeNull();
  });

  it('shows the province result and the certificate with its validity and status', async () => {
    const p = await open(COMMUNE_OFFICER, certified());
    expect(p.text('.province .score')).toBe('63,50');
    expect(p.text('.province .stars')).toBe('★★★☆☆ 3 sao');
    expect(p.text('.province .decision')).toBe('Số 868/QĐ-UBND ngày 22/05/2020');
    expect(p.text('.certificate .certificate-number')).toBe('15/GCN-UBND');
    expect(p.text('.certificate .issued-on')).toBe('22/05/2020');
    expect(p.text('.certificate .valid-until')).toBe('Hiệu lực đến 22/05/2023');
    expect(p.text('.certificate .certificate-status')).toBe('Còn hiệu lực');
  });

  it('names a revoked certificate’s date and reason', async () => {
    const revoked = {
      ...CERTIFICATE,
      status: 'revoked' as const,
      revokedOn: '2021-03-01',
      revokedReason: 'Vi phạm',
    };
    const p = await open(COMMUNE_OFFICER, certified({ evaluation: { ...EVALUATION, certificate: revoked } }));
    expect(p.text('.certificate .certificate-status')).toBe('Đã thu hồi Thu hồi ngày 01/03/2021: Vi phạm');
    expect(p.query('.certificate-status')!.dataset['status']).toBe('revoked');
  });

  it('shows the product’s current stars in the header', async () => {
    const p = await open(COMMUNE_OFFICER, certified());
    expect(p.text('.header .current-stars')).toBe('★★★☆☆ 3 sao đến 22/05/2023');
  });

  it('links the previous dossier, the next one and the product’s evaluation history', async () => {
    const p = await open(
      COMMUNE_OFFICER,
      certified({ evaluation: { ...EVALUATION, nextDossierId: NEW_ID } }),
    );
    expect(p.query<HTMLAnchorElement>('a.previous')!.getAttribute('href')).toBe(
      `/ocop/dossiers/${PREVIOUS_ID}`,
    );
    expect(p.query<HTMLAnchorElement>('a.next')!.getAttribute('href')).toBe(`/ocop/dossiers/${NEW_ID}`);
    const history = p.query<HTMLAnchorElement>('a.history')!;
    expect(history.textContent!.trim()).toBe('Lịch sử đánh giá');
    expect(history.getAttribute('href')).toBe('/ocop/reports/products/p-ruou/evaluations');
    // Already re-evaluated: no second new dossier.
    expect(p.query('button.re-evaluate')).toBeNull();
  });

  it('writes English labels when the host switches language', async () => {
    const p = await open(COMMUNE_OFFICER, certified());
    TestBed.inject(TestHost).locale.set('en');
    await p.settle();
    expect(p.text('.evaluation h3')).toBe('Evaluation results');
    expect(p.text('.district .mean')).toBe('62.83');
    expect(p.text('.certificate .valid-until')).toBe('Valid until 22/05/2023');
    expect(p.text('.certificate .certificate-status')).toBe('Valid');
    expect(p.text('.district .stars')).toBe('★★★☆☆ 3 stars');
  });

  it('offers re-evaluation of a certified dossier only to commune and district officers', async () => {
    const p = await open({ ...DISTRICT_OFFICER, roles: ['province-officer'] }, certified());
    expect(p.query('button.re-evaluate')).toBeNull();
    p.destroy();
    page = undefined;

    const q = await open(COMMUNE_OFFICER, dossier({ state: 'accepted', evaluation: EVALUATION }));
    expect(q.query('button.re-evaluate')).toBeNull();
  });

  it('asks the round year, then creates the re-evaluation dossier and opens it', async () => {
    const p = await open(DISTRICT_OFFICER, certified());
    p.button('Đánh giá lại')!.click();
    await p.settle();

    const dialog = p.query<HTMLDialogElement>('dialog.re-evaluate-dialog')!;
    expect(dialog.open).toBeTrue();
    expect(dialog.textContent).toContain('“Rượu men lá Hữu Lễ”');
    const year = p.query<HTMLInputElement>('#re-evaluate-year')!;
    // The certificate runs out in 2023: the default round.
    expect(year.value).toBe('2023');
    expect(document.activeElement === year || dialog.contains(document.activeElement)).toBeTrue();

    p.button('Tạo hồ sơ đánh giá lại', dialog)!.click();
    await p.settle();
    const request = p.expect('POST', `/api/dossiers/${DOSSIER_ID}/re-evaluation`);
    expect(request.request.body).toEqual({ roundYear: 2023 });
    request.flush(dossier({ id: NEW_ID, registrationKind: 're-evaluation', roundYear: 2023 }), {
      status: 201,
      statusText: 'Created',
    });
    await p.settle();

    expect(dialog.open).toBeFalse();
    expect(location.pathname).toBe(`/ocop/dossiers/${NEW_ID}`);
  });

  it('refuses a year that is not after the dossier’s round, without calling the API', async () => {
    const p = await open(COMMUNE_OFFICER, certified());
    p.button('Đánh giá lại')!.click();
    await p.settle();
    await p.type(p.query<HTMLInputElement>('#re-evaluate-year')!, '2020');
    p.button('Tạo hồ sơ đánh giá lại')!.click();
    await p.settle();

    expect(p.text('#re-evaluate-year-error')).toMatch(/^Năm đánh giá phải từ 2021 đến \d{4}\.$/);
    expect(p.query('#re-evaluate-year')!.getAttribute('aria-invalid')).toBe('true');
    p.http.expectNone(`/api/dossiers/${DOSSIER_ID}/re-evaluation`);
  });

  it('shows the API’s refusal in the dialog and stays on the page; cancel closes it', async () => {
    const p = await open(COMMUNE_OFFICER, certified());
    p.button('Đánh giá lại')!.click();
    await p.settle();
    p.button('Tạo hồ sơ đánh giá lại')!.click();
    await p.settle();
    p.expect('POST', `/api/dossiers/${DOSSIER_ID}/re-evaluation`).flush(
      { code: 'NOT_ALLOWED_IN_STATE', message: 'Hồ sơ chưa được công nhận.', details: null },
      { status: 409, statusText: 'Conflict' },
    );
    await p.settle();

    const dialog = p.query<HTMLDialogElement>('dialog.re-evaluate-dialog')!;
    expect(dialog.querySelector('[role="alert"]')!.textContent!.trim()).not.toBe('');
    expect(location.pathname).toBe(`/ocop/dossiers/${DOSSIER_ID}`);
    p.button('Hủy', dialog)!.click();
    await p.settle();
    expect(dialog.open).toBeFalse();
  });
});
