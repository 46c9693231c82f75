import type { AuditEntry, DossierDetail, DossierSummary, Page } from '@ocop/domain';
import { startTestApp, type TestApp } from '../testing/test-app';
import { HUU_LE_DOSSIER_ID, STAR_ANISE_DOSSIER_ID } from './demo-dossiers';

describe('demo dossiers of the seed plan', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp('seeded');
  });

  afterAll(async () => {
    await t.close();
  });

  it("has Hữu Lễ's 2019 dossier returned with reasons per item, resubmitted in Q1/2020 (then evaluated)", async () => {
    const dossier = (
      await t.inject('vq.nongnghiep', `/api/dossiers/${HUU_LE_DOSSIER_ID}`)
    ).json<DossierDetail>();
    expect(dossier).toEqual(
      jasmine.objectContaining({
        // The evaluation demo data (demo-evaluation.ts) takes it on to its 2020 certificate.
        state: 'certified',
        roundYear: 2019,
        targetQuarter: '2020-Q1',
        criteriaSet: '1048',
      }),
    );
    expect(dossier.product.name).toBe('Rượu men lá Hữu Lễ');

    const timeline = (await t.inject('vq.nongnghiep', `/api/dossiers/${HUU_LE_DOSSIER_ID}/timeline`)).json<
      AuditEntry[]
    >();
    const transitions = timeline.filter((e) => ['create', 'submit', 'return', 'resubmit'].includes(e.action));
    expect(transitions.map((e) => `${e.action} ${e.at.slice(0, 10)}`)).toEqual([
      'create 2019-06-10',
      'submit 2019-08-15',
      'return 2019-09-05',
      'resubmit 2020-03-20',
    ]);
    const returned = timeline.find((e) => e.action === 'return');
    expect(returned?.actor.username).toBe('vq.nongnghiep');
    const reasons = (returned?.to as { returnedItems: { itemId: string; reason: string }[] }).returnedItems;
    expect(reasons.map((r) => r.itemId)).toEqual(['phuong-an-kinh-doanh', 'giay-du-dieu-kien-san-xuat']);
    expect(reasons.every((r) => r.reason.length > 20)).toBeTrue();
  });

  it("has Tinh dầu hồi's dossier opened for Q3/2020, its checklist completed later in 2020", async () => {
    const dossier = (
      await t.inject('xa.vanquan', `/api/dossiers/${STAR_ANISE_DOSSIER_ID}`)
    ).json<DossierDetail>();
    // Accepted in November 2020 (demo-evaluation.ts); certified once the 2021 scores are loaded.
    expect(dossier).toEqual(jasmine.objectContaining({ state: 'certified', targetQuarter: '2020-Q3' }));
    // Its mandatory items (two of them in June 2020, the rest in September) and none of the optional ones.
    expect(dossier.checklist.provided).toBe(4);
    expect(dossier.checklist.missing).toBeGreaterThan(0);
    const timeline = (await t.inject('xa.vanquan', `/api/dossiers/${STAR_ANISE_DOSSIER_ID}/timeline`)).json<
      AuditEntry[]
    >();
    expect(timeline[0]?.to).toEqual(jasmine.objectContaining({ state: 'draft', targetQuarter: '2020-Q3' }));
    const list = (await t.inject('vq.nongnghiep', '/api/dossiers?q=tinh%20dau%20hoi')).json<
      Page<DossierSummary>
    >();
    expect(list.items.map((d) => d.id)).toContain(STAR_ANISE_DOSSIER_ID);
  });
});
