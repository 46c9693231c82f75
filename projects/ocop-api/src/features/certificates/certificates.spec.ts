import type { ApiError, Certificate } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';
import { HUU_LE_LIQUOR, STAR_ANISE_OIL } from '../dossiers/testing/dossier-fixtures';
import { insertCertified } from '../evaluation/results/testing/results-fixtures';
import { fixBusinessDate } from '../units/commune-check';

describe('certificates', () => {
  let t: TestApp;
  let ids: { valid: string; expiring: string; expired: string; revoked: string; town: string };

  beforeAll(async () => {
    t = await startTestApp();
    ids = {
      valid: (await insertCertified(t.db, { issuedOn: '2021-01-28', number: 'T-valid' })).certificateId,
      // Expires 20/05/2023: 19 days after the business date below.
      expiring: (await insertCertified(t.db, { issuedOn: '2020-05-20', number: 'T-expiring' })).certificateId,
      expired: (await insertCertified(t.db, { issuedOn: '2020-01-10', number: 'T-expired' })).certificateId,
      revoked: (
        await insertCertified(t.db, { issuedOn: '2021-06-01', number: 'T-revoked', revokedOn: '2022-10-01' })
      ).certificateId,
      town: (
        await insertCertified(t.db, { product: STAR_ANISE_OIL, issuedOn: '2021-02-01', number: 'T-town' })
      ).certificateId,
    };
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(() => fixBusinessDate('2023-05-01'));
  afterEach(() => fixBusinessDate(null));

  const mine = (list: Certificate[]) => list.filter((c) => Object.values(ids).includes(c.id));

  async function list(user: DemoUser, query = ''): Promise<Certificate[]> {
    const res = await t.inject(user, `/api/certificates${query}`);
    expect(res.statusCode).withContext(res.body).toBe(200);
    return mine(res.json<Certificate[]>());
  }

  it('computes each status on the business date: valid, expiring within 30 days, expired, revoked', async () => {
    const byId = new Map((await list('so.nongnghiep')).map((c) => [c.id, c.status]));
    expect([ids.valid, ids.expiring, ids.expired, ids.revoked, ids.town].map((id) => byId.get(id))).toEqual([
      'valid',
      'expiring',
      'expired',
      'revoked',
      'valid',
    ]);
    expect((await list('so.nongnghiep', '?status=expiring')).map((c) => c.id)).toEqual([ids.expiring]);
  });

  it('shows each caller the certificates of their units only; council members none', async () => {
    const huuLe = await list('xa.huule');
    expect(huuLe.length).toBe(4);
    expect(huuLe.every((c) => c.commune.code === HUU_LE_LIQUOR.communeCode)).toBeTrue();
    expect((await list('xa.vanquan')).map((c) => c.id)).toEqual([ids.town]);
    expect((await list('vq.yte')).length).toBe(5);
    expect((await list('cl.nongnghiep')).length).toBe(0);
    const member = await t.inject('hoidong.1', '/api/certificates');
    expect(member.json<Certificate[]>()).toEqual([]);
    expect((await t.inject('xa.vanquan', `/api/certificates/${ids.valid}`)).statusCode).toBe(404);
    expect((await t.inject('xa.huule', `/api/certificates/${ids.valid}`)).json<Certificate>().number).toBe(
      'T-valid',
    );
  });

  it('searches product and producer names without diacritics', async () => {
    const town = await list('so.nongnghiep', `?q=${encodeURIComponent('van quan xanh')}`);
    expect(town.map((c) => c.id)).toEqual([ids.town]);
  });

  it('lets the province officer revoke a certificate, once, with a reason', async () => {
    const { certificateId } = await insertCertified(t.db, { issuedOn: '2022-01-10' });
    const revoke = (user: DemoUser, payload: object) =>
      t.inject(user, { method: 'POST', url: `/api/certificates/${certificateId}/revoke`, payload });

    const byDistrict = await revoke('vq.nongnghiep', { reason: 'Vi phạm', revokedOn: '2023-04-01' });
    expect(byDistrict.statusCode).toBe(403);
    expect((await revoke('cl.nongnghiep', { reason: 'Vi phạm', revokedOn: '2023-04-01' })).statusCode).toBe(
      404,
    );
    const noReason = await revoke('so.nongnghiep', { reason: ' ', revokedOn: '2023-04-01' });
    expect(noReason.json<ApiError>().code).toBe('VALIDATION_FAILED');
    const beforeIssue = await revoke('so.nongnghiep', { reason: 'Vi phạm', revokedOn: '2021-01-01' });
    expect(beforeIssue.statusCode).toBe(400);

    const res = await revoke('so.nongnghiep', {
      reason: 'Vi phạm an toàn thực phẩm',
      revokedOn: '2023-04-01',
    });
    expect(res.statusCode).withContext(res.body).toBe(200);
    expect(res.json<Certificate>()).toEqual(
      jasmine.objectContaining({
        status: 'revoked',
        revokedOn: '2023-04-01',
        revokedReason: 'Vi phạm an toàn thực phẩm',
      }),
    );
    const again = await revoke('so.nongnghiep', { reason: 'Lần hai', revokedOn: '2023-04-02' });
    expect(again.statusCode).toBe(409);
    expect(again.json<ApiError>().code).toBe('ALREADY_REVOKED');
    const [audit] = await t.db.query<{ n: number }>(
      "select count(*)::int as n from audit_log where entity_type = 'certificate' and entity_id = $1",
      [certificateId],
    );
    expect(audit?.n).toBe(1);
  });
});
