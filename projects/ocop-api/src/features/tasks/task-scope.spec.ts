import type { OcopRole, Principal } from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { managesPlan, restrictTasksToCaller } from './task-scope';
import { createPlanViaApi, createTaskViaApi, HUU_LE_PRODUCER, TOWN_PRODUCER } from './testing/task-fixtures';

function principal(roles: OcopRole[], units: Partial<Principal> = {}): Principal {
  return {
    userId: 'u',
    username: 'someone',
    name: 'Người dùng thử',
    roles,
    districtCode: null,
    communeCode: null,
    departmentCode: null,
    ...units,
  };
}

describe('restrictTasksToCaller', () => {
  let t: TestApp;
  let planId: string;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    t = await startTestApp();
    ({ id: planId } = await createPlanViaApi(t, 2097));
    ids['health'] = await createTaskViaApi(t, planId, { lead: { kind: 'department', code: 'TTYT' } });
    ids['economyWithHealth'] = await createTaskViaApi(t, planId, {
      lead: { kind: 'department', code: 'KTHT' },
      cooperating: [{ kind: 'department', code: 'TTYT' }],
    });
    ids['huuLe'] = await createTaskViaApi(t, planId, { lead: { kind: 'commune', code: '06322' } });
    ids['huuLeProducer'] = await createTaskViaApi(t, planId, {
      lead: { kind: 'producer', code: HUU_LE_PRODUCER },
    });
    ids['townWithHuuLeProducer'] = await createTaskViaApi(t, planId, {
      lead: { kind: 'commune', code: '06253' },
      cooperating: [{ kind: 'producer', code: HUU_LE_PRODUCER }],
    });
    ids['townProducer'] = await createTaskViaApi(t, planId, {
      lead: { kind: 'producer', code: TOWN_PRODUCER },
    });
  });

  afterAll(async () => {
    await t.close();
  });

  /** The names of the plan's tasks `who` may see, sorted. */
  async function visible(who: Principal): Promise<string[]> {
    const where = new Conditions();
    where.and(`t.plan_id = ${where.param(planId)}`);
    restrictTasksToCaller(where, who, 't', 'p');
    const rows = await t.db.query<{ id: string }>(
      `select t.id from tasks t join plans p on p.id = t.plan_id ${where.where}`,
      where.params,
    );
    return rows.map((row) => Object.keys(ids).find((name) => ids[name] === row.id) ?? row.id).sort();
  }

  const ALL = [
    'economyWithHealth',
    'health',
    'huuLe',
    'huuLeProducer',
    'townProducer',
    'townWithHuuLeProducer',
  ];

  it("shows the province and the plan's district officer everything", async () => {
    expect(await visible(principal(['province-officer']))).toEqual(ALL);
    expect(await visible(principal(['district-officer'], { districtCode: '184' }))).toEqual(ALL);
  });

  it('shows a department the tasks it leads or cooperates in, in its own district only', async () => {
    const health = principal(['department-officer'], { districtCode: '184', departmentCode: 'TTYT' });
    expect(await visible(health)).toEqual(['economyWithHealth', 'health']);
    expect(await visible({ ...health, districtCode: '183' })).toEqual([]);
  });

  it('shows a commune the tasks of its commune and of its producers, leading or cooperating', async () => {
    const huuLe = principal(['commune-officer'], { districtCode: '184', communeCode: '06322' });
    expect(await visible(huuLe)).toEqual(['huuLe', 'huuLeProducer', 'townWithHuuLeProducer']);
    const town = principal(['commune-officer'], { districtCode: '184', communeCode: '06253' });
    expect(await visible(town)).toEqual(['townProducer', 'townWithHuuLeProducer']);
  });

  it('fails closed: a role without its unit claim, or outside the module, sees nothing', async () => {
    expect(await visible(principal(['district-officer']))).toEqual([]);
    expect(await visible(principal(['department-officer'], { districtCode: '184' }))).toEqual([]);
    expect(await visible(principal(['commune-officer'], { districtCode: '184' }))).toEqual([]);
    expect(await visible(principal(['council-member'], { districtCode: '184' }))).toEqual([]);
    expect(await visible(principal(['ocop-admin']))).toEqual([]);
    expect(await visible(principal([]))).toEqual([]);
    expect(await visible(principal(['district-officer'], { districtCode: '183' }))).toEqual([]);
  });

  it('unites what several roles grant', async () => {
    const both = principal(['department-officer', 'commune-officer'], {
      districtCode: '184',
      departmentCode: 'KTHT',
      communeCode: '06253',
    });
    expect(await visible(both)).toEqual(['economyWithHealth', 'townProducer', 'townWithHuuLeProducer']);
  });
});

describe('managesPlan', () => {
  it("is the district officer of the plan's district only", () => {
    expect(managesPlan(principal(['district-officer'], { districtCode: '184' }), '184')).toBeTrue();
    expect(managesPlan(principal(['district-officer'], { districtCode: '183' }), '184')).toBeFalse();
    expect(managesPlan(principal(['department-officer'], { districtCode: '184' }), '184')).toBeFalse();
    expect(managesPlan(principal(['province-officer']), '184')).toBeFalse();
    expect(
      managesPlan(principal(['commune-officer'], { districtCode: '184', communeCode: '06322' }), '184'),
    ).toBeFalse();
  });
});
