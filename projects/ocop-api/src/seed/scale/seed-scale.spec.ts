import { DISTRICT_REGIME_1048, checkTransition, type Dashboard, type OcopRole } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { fixBusinessDate } from '../../features/units/commune-check';
import { SCALE_TODAY, scaleCounts } from './scale-plan';
import { seedScale, ScaleDataPresentError, type SeedScaleResult } from './seed-scale';

/**
 * The synthetic province at a tiny scale (the generator is the same at every scale): its counts follow the
 * scale, every dossier's history is a legal walk through the district workflow ending in its stored state,
 * every task belongs to a plan of the district of its lead unit, and the dashboard counts what was generated.
 */
describe('seed:scale (synthetic province)', () => {
  const SCALE = 0.002;
  const SCALE_IDS = `'5ca1e0%'`;
  let t: TestApp;
  let result: SeedScaleResult;

  beforeAll(async () => {
    t = await startTestApp();
    result = await seedScale(t.db, { scale: SCALE });
  });

  afterAll(async () => {
    fixBusinessDate(null);
    await t.close();
  });

  const count = async (sql: string): Promise<number> => {
    const [row] = await t.db.query<{ n: number }>(`select count(*)::int as n from (${sql}) x`);
    return row?.n ?? -1;
  };

  it('writes the counts of the scale: 11 districts, 200 communes, and records in proportion', async () => {
    const expected = scaleCounts(SCALE);
    expect(expected).toEqual({ producers: 12, products: 20, dossiers: 60, tasks: 200 });
    expect(await count(`select distinct code from admin_units where level = 'district'`)).toBe(11);
    expect(await count(`select distinct code from admin_units where level = 'commune'`)).toBe(200);
    expect(await count(`select 1 from producers where id::text like ${SCALE_IDS}`)).toBe(expected.producers);
    expect(await count(`select 1 from products where id::text like ${SCALE_IDS}`)).toBe(expected.products);
    expect(await count(`select 1 from dossiers where id::text like ${SCALE_IDS}`)).toBe(expected.dossiers);
    expect(await count(`select 1 from tasks where id::text like ${SCALE_IDS}`)).toBe(expected.tasks);
    expect(result.rows['tasks']).toBe(expected.tasks);
    // Rounds 2019–2024, no product twice in a round, every round represented.
    expect(await count(`select distinct round_year from dossiers where id::text like ${SCALE_IDS}`)).toBe(6);
    expect(
      await count(`select product_id, round_year from dossiers where id::text like ${SCALE_IDS}
                   group by 1, 2 having count(*) > 1`),
    ).toBe(0);
    // Finished rounds produced closed sessions and certificates; nothing is dated after the business date.
    expect(result.rows['sessions']).toBeGreaterThan(0);
    expect(result.rows['certificates']).toBeGreaterThan(0);
    expect(
      await count(
        `select 1 from audit_log where entity_id like ${SCALE_IDS} and at > '${SCALE_TODAY}T23:59:59Z'`,
      ),
    ).toBe(0);
  });

  it('refuses a second run on the same database (the audit trail cannot be undone)', async () => {
    await expectAsync(seedScale(t.db, { scale: SCALE })).toBeRejectedWithError(ScaleDataPresentError);
  });

  it("replays every dossier's audit history through the district workflow to its current state", async () => {
    const dossiers = await t.db.query<{
      id: string;
      state: string;
      commune_code: string;
      district_code: string;
    }>(`select id::text, state, commune_code, district_code from dossiers where id::text like ${SCALE_IDS}`);
    const entries = await t.db.query<{
      entity_id: string;
      action: string;
      at: Date;
      roles: OcopRole[];
      district: string | null;
      commune: string | null;
      from_state: string | null;
      to_state: string;
      deadline: string | null;
    }>(
      `select entity_id, action, at, actor_roles as roles, actor_district_code as district,
              actor_commune_code as commune, from_value ->> 'state' as from_state, to_value ->> 'state' as to_state,
              to_value ->> 'deadline' as deadline
       from audit_log where entity_type = 'dossier' and entity_id like ${SCALE_IDS}
         and to_value ->> 'state' is not null
       order by entity_id, at, id`,
    );
    const problems: string[] = [];
    for (const dossier of dossiers) {
      const history = entries.filter((e) => e.entity_id === dossier.id);
      const [create, ...steps] = history;
      if (create?.action !== 'create' || create.to_state !== 'draft') {
        problems.push(`${dossier.id}: does not start with its creation`);
        continue;
      }
      const subject = {
        state: 'draft',
        communeCode: dossier.commune_code,
        districtCode: dossier.district_code,
      };
      for (const step of steps) {
        const check = checkTransition(
          DISTRICT_REGIME_1048,
          subject,
          { roles: step.roles, districtCode: step.district, communeCode: step.commune },
          step.action,
          { 'mandatory-items-present': true, 'reason-per-returned-item': true, 'deadline-given': true },
          { today: step.at.toISOString().slice(0, 10), givenDeadline: step.deadline ?? undefined },
        );
        if (!check.ok || check.to !== step.to_state || step.from_state !== subject.state) {
          problems.push(`${dossier.id}: ${step.action} from ${subject.state} refused or elsewhere`);
          break;
        }
        subject.state = check.to;
      }
      if (subject.state !== dossier.state)
        problems.push(`${dossier.id}: replay ends in ${subject.state}, stored ${dossier.state}`);
    }
    expect(problems).toEqual([]);
    expect(dossiers.length).toBe(60);
    // The walk reaches the ends of the workflow, not only its first steps.
    expect(new Set(dossiers.map((d) => d.state)).size).toBeGreaterThanOrEqual(4);
  });

  it('puts every task in a plan of the district its lead unit belongs to', async () => {
    const outside = await count(
      `select 1 from tasks t join plans p on p.id = t.plan_id
       left join producers pr on t.lead_unit = 'producer:' || pr.id::text
       where t.id::text like ${SCALE_IDS}
         and (p.unit_code !~ '^[0-9]{3}$'
              or (t.lead_unit like 'commune:%' and not exists (
                    select 1 from admin_units u where u.level = 'commune' and u.code = substr(t.lead_unit, 9)
                      and u.parent_code = p.unit_code))
              or (t.lead_unit like 'producer:%' and not exists (
                    select 1 from admin_units u where u.level = 'commune' and u.code = pr.commune_code
                      and u.parent_code = p.unit_code)))`,
    );
    expect(outside).toBe(0);
    // Occurrences of a series share its plan.
    expect(
      await count(`select 1 from tasks o join tasks s on s.id = o.series_id
                   where o.id::text like ${SCALE_IDS} and o.plan_id <> s.plan_id`),
    ).toBe(0);
    expect(await count(`select 1 from task_reports where task_id::text like ${SCALE_IDS}`)).toBeGreaterThan(
      0,
    );
  });

  it('answers the province dashboard with the generated totals', async () => {
    fixBusinessDate(SCALE_TODAY);
    const res = await t.inject('so.nongnghiep', '/api/dashboard?year=2024');
    expect(res.statusCode).withContext(res.body).toBe(200);
    const dashboard = res.json<Dashboard>();
    const dossiers2024 = await count(`select 1 from dossiers where round_year = 2024`);
    const tasks2024 = await count(
      `select 1 from tasks t join plans p on p.id = t.plan_id where p.year = 2024 and t.status is not null`,
    );
    expect(dossiers2024).toBeGreaterThan(0);
    expect(dashboard.funnel.reduce((sum, f) => sum + f.count, 0)).toBe(dossiers2024);
    expect(dashboard.tasksByUnit.reduce((sum, u) => sum + u.total, 0)).toBe(tasks2024);
    expect(dashboard.productsByStars.reduce((sum, s) => sum + s.count, 0)).toBe(
      await count('select 1 from products'),
    );
  });
});
