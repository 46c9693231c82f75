import {
  certificateExpiry,
  type ApiError,
  type CurrentStars,
  type DossierDetail,
  type FieldError,
  type Product,
} from '@ocop/domain';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import type { DemoUser } from '../../../testing/tokens';
import { insertDossier, STAR_ANISE_OIL } from '../../dossiers/testing/dossier-fixtures';
import { dossierVersion } from './testing/results-fixtures';

describe('POST /api/dossiers/:id/province-result', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  async function post(user: DemoUser, dossierId: string, body: Record<string, unknown>) {
    return t.inject(user, {
      method: 'POST',
      url: `/api/dossiers/${dossierId}/province-result`,
      payload: { version: await dossierVersion(t.db, dossierId), ...body },
    });
  }

  const certified = {
    score: 63.17,
    decisionNumber: '456/QĐ-UBND',
    decisionDate: '2020-05-22',
    certificateNumber: '12/GCN-UBND',
    certificateDate: '2020-05-22',
  };

  it('certifies a forwarded dossier from 3★: certificate for 36 months, stars on the dossier and the product', async () => {
    const id = await insertDossier(t.db, { state: 'forwarded' });
    const res = await post('so.nongnghiep', id, certified);
    expect(res.statusCode).withContext(res.body).toBe(200);
    const dossier = res.json<DossierDetail>();
    expect(dossier.state).toBe('certified');
    expect(dossier.evaluation?.provinceResult).toEqual(
      jasmine.objectContaining({
        score: 63.17,
        stars: 3,
        decisionNumber: '456/QĐ-UBND',
        decisionDate: '2020-05-22',
      }),
    );
    const certificate = dossier.evaluation?.certificate;
    expect(certificate).toEqual(
      jasmine.objectContaining({
        stars: 3,
        number: '12/GCN-UBND',
        issuedOn: '2020-05-22',
        expiresOn: '2023-05-22',
        status: 'expired',
        revokedOn: null,
      }),
    );
    // Expired long ago: the product holds no current stars.
    expect(dossier.currentStars).toBeNull();

    const timeline = (await t.inject('so.nongnghiep', `/api/dossiers/${id}/timeline`)).json<
      { action: string; to: { state: string; stars: number } }[]
    >();
    expect(timeline.at(-1)).toEqual(
      jasmine.objectContaining({
        action: 'certify',
        to: jasmine.objectContaining({ state: 'certified', stars: 3 }),
      }),
    );
  });

  it('shows the current stars on the dossier and the product while the certificate is valid', async () => {
    const id = await insertDossier(t.db, { state: 'forwarded', product: STAR_ANISE_OIL });
    const today = new Date().toISOString().slice(0, 10);
    const res = await post('so.nongnghiep', id, {
      ...certified,
      score: 76.33,
      decisionDate: today,
      certificateDate: today,
    });
    expect(res.statusCode).withContext(res.body).toBe(200);
    const dossier = res.json<DossierDetail>();
    const expected: CurrentStars = {
      stars: 4,
      certificateId: String(dossier.evaluation?.certificate?.id),
      expiresOn: certificateExpiry(today),
    };
    expect(dossier.currentStars).toEqual(expected);

    const product = await t.inject('xa.vanquan', `/api/products/${dossier.product.id}`);
    expect(product.json<Product>().currentStars).toEqual(expected);
    const list = await t.inject('so.nongnghiep', `/api/dossiers?communeCode=06253&limit=200`);
    const summary = list.json<{ items: DossierDetail[] }>().items.find((d) => d.id === id);
    expect(summary?.currentStars).toEqual(expected);
  });

  it('gives 4★ to 76.33 and lets a certificate of 28/01/2021 expire on 28/01/2024', async () => {
    const id = await insertDossier(t.db, { state: 'forwarded' });
    const res = await post('so.nongnghiep', id, {
      score: 76.33,
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2021-01-28',
      certificateNumber: '05/GCN-UBND',
      certificateDate: '2021-01-28',
    });
    expect(res.statusCode).withContext(res.body).toBe(200);
    const certificate = res.json<DossierDetail>().evaluation?.certificate;
    expect([certificate?.stars, certificate?.issuedOn, certificate?.expiresOn]).toEqual([
      4,
      '2021-01-28',
      '2024-01-28',
    ]);
  });

  it('does not certify below 3★: no certificate, state not-certified', async () => {
    const id = await insertDossier(t.db, { state: 'forwarded' });
    const res = await post('so.nongnghiep', id, {
      score: 48.5,
      decisionNumber: '77/QĐ-UBND',
      decisionDate: '2021-01-28',
    });
    expect(res.statusCode).withContext(res.body).toBe(200);
    const dossier = res.json<DossierDetail>();
    expect(dossier.state).toBe('not-certified');
    expect(dossier.evaluation?.provinceResult?.stars).toBe(2);
    expect(dossier.evaluation?.certificate).toBeNull();
    const [count] = await t.db.query<{ n: number }>(
      'select count(*)::int as n from certificates where dossier_id = $1',
      [id],
    );
    expect(count?.n).toBe(0);
  });

  it('refuses the district officer (403) and a dossier not forwarded (409), changing nothing', async () => {
    const forwarded = await insertDossier(t.db, { state: 'forwarded' });
    const byDistrict = await post('vq.nongnghiep', forwarded, certified);
    expect(byDistrict.statusCode).withContext(byDistrict.body).toBe(403);
    expect(byDistrict.json<ApiError>().code).toBe('ROLE_NOT_ALLOWED');

    const accepted = await insertDossier(t.db, { state: 'accepted' });
    const tooEarly = await post('so.nongnghiep', accepted, certified);
    expect(tooEarly.statusCode).withContext(tooEarly.body).toBe(409);
    expect(tooEarly.json<ApiError>().code).toBe('NOT_ALLOWED_IN_STATE');

    const rows = await t.db.query<{ n: number }>(
      'select count(*)::int as n from province_results where dossier_id in ($1, $2)',
      [forwarded, accepted],
    );
    expect(rows[0]?.n).toBe(0);
  });

  it('requires the certificate number from 3★ (400 VALIDATION_FAILED naming the field)', async () => {
    const id = await insertDossier(t.db, { state: 'forwarded' });
    const res = await post('so.nongnghiep', id, { ...certified, certificateNumber: '' });
    expect(res.statusCode).toBe(400);
    const error = res.json<ApiError>();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect((error.details as FieldError[]).map((e) => e.field)).toEqual(['certificateNumber']);
  });

  it('refuses a stale version (409 STALE_VERSION) and a second result (409)', async () => {
    const id = await insertDossier(t.db, { state: 'forwarded' });
    const stale = await t.inject('so.nongnghiep', {
      method: 'POST',
      url: `/api/dossiers/${id}/province-result`,
      payload: { ...certified, version: 99 },
    });
    expect(stale.json<ApiError>().code).toBe('STALE_VERSION');
    expect((await post('so.nongnghiep', id, certified)).statusCode).toBe(200);
    const again = await post('so.nongnghiep', id, certified);
    expect(again.statusCode).toBe(409);
    expect(again.json<ApiError>().code).toBe('NOT_ALLOWED_IN_STATE');
  });

  it("answers 404 for a dossier outside the caller's units", async () => {
    const id = await insertDossier(t.db, { state: 'forwarded' });
    const res = await post('cl.nongnghiep', id, certified);
    expect(res.statusCode).toBe(404);
  });
});
