import type { ApiError, DossierDetail, ProductEvaluation } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../../testing/test-app';
import type { DemoUser } from '../../../testing/tokens';
import { insertDossier } from '../../dossiers/testing/dossier-fixtures';
import { insertCertified } from './testing/results-fixtures';

describe('re-evaluation and the product history', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const reEvaluate = (user: DemoUser, dossierId: string, roundYear: number) =>
    t.inject(user, {
      method: 'POST',
      url: `/api/dossiers/${dossierId}/re-evaluation`,
      payload: { roundYear },
    });

  it('opens a new dossier linked to the certified one, shown in both directions', async () => {
    const old = await insertCertified(t.db, { roundYear: 2020, issuedOn: '2020-05-22', stars: 3 });
    const res = await reEvaluate('xa.huule', old.dossierId, 2023);
    expect(res.statusCode).withContext(res.body).toBe(201);
    const created = res.json<DossierDetail>();
    expect(res.headers['location']).toBe(`/api/dossiers/${created.id}`);
    expect(created).toEqual(
      jasmine.objectContaining({
        state: 'draft',
        registrationKind: 're-evaluation',
        roundYear: 2023,
        criteriaSet: '1048',
      }),
    );
    expect(created.product.id).toBe(old.productId);
    expect(created.evaluation?.previousDossierId).toBe(old.dossierId);
    expect(created.evaluation?.nextDossierId).toBeNull();

    const before = (await t.inject('vq.nongnghiep', `/api/dossiers/${old.dossierId}`)).json<DossierDetail>();
    expect(before.evaluation?.nextDossierId).toBe(created.id);
    expect(before.evaluation?.certificate?.stars).toBe(3);

    const second = await reEvaluate('vq.nongnghiep', old.dossierId, 2024);
    expect(second.statusCode).toBe(409);
  });

  it('is refused for a dossier that is not certified, and to callers who may not open dossiers', async () => {
    const notCertified = await insertDossier(t.db, { state: 'not-certified' });
    const refused = await reEvaluate('xa.huule', notCertified, 2031);
    expect(refused.statusCode).toBe(409);
    expect(refused.json<ApiError>().code).toBe('NOT_ALLOWED_IN_STATE');

    const old = await insertCertified(t.db, { roundYear: 2021 });
    expect((await reEvaluate('so.nongnghiep', old.dossierId, 2024)).statusCode).toBe(403);
    expect((await reEvaluate('vq.yte', old.dossierId, 2024)).statusCode).toBe(403);
    expect((await reEvaluate('xa.vanquan', old.dossierId, 2024)).statusCode).toBe(404);
    const sameYear = await reEvaluate('xa.huule', old.dossierId, 2021);
    expect(sameYear.statusCode).toBe(400);
    expect(sameYear.json<ApiError>().code).toBe('VALIDATION_FAILED');
  });

  it("lists a product's evaluations newest first, with results and certificates", async () => {
    const first = await insertCertified(t.db, { roundYear: 2020, issuedOn: '2020-05-22', stars: 3 });
    const next = (await reEvaluate('xa.huule', first.dossierId, 2023)).json<DossierDetail>();
    const res = await t.inject('vq.nongnghiep', `/api/products/${first.productId}/evaluations`);
    expect(res.statusCode).withContext(res.body).toBe(200);
    const history = res.json<ProductEvaluation[]>();
    expect(history.map((e) => [e.dossierId, e.roundYear, e.state, e.previousDossierId])).toEqual([
      [next.id, 2023, 'draft', first.dossierId],
      [first.dossierId, 2020, 'certified', null],
    ]);
    expect(history[1]?.provinceResult?.stars).toBe(3);
    expect(history[1]?.certificate?.expiresOn).toBe('2023-05-22');
    expect(history[0]?.certificate).toBeNull();

    expect((await t.inject('xa.vanquan', `/api/products/${first.productId}/evaluations`)).statusCode).toBe(
      404,
    );
    expect((await t.inject('cl.nongnghiep', `/api/products/${first.productId}/evaluations`)).statusCode).toBe(
      404,
    );
  });
});
