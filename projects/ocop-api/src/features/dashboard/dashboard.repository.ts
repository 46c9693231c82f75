import {
  EXPIRY_WARNING_DAYS,
  STAR_CLASSES,
  dashboardPeriod,
  dashboardStates,
  productGroupByCode,
  rate,
  roundDays,
  type Dashboard,
  type DashboardCount,
  type DashboardQuery,
  type DashboardTaskUnit,
  type Principal,
} from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import type { Queryable } from '../../db/db';
import { restrictToScope } from '../auth/scope';
import { restrictTasksToCaller } from '../tasks/task-scope';
import { compareUnits } from '../tasks/task-views';
import { taskUnitsOf, unitOf } from '../tasks/task-units.repository';
import { unitNamesDay } from '../tasks/tasks.repository';
import type { DashboardScope } from './dashboard-scope';

/**
 * The dashboard's figures, each one aggregated by the database (group by / count / avg) over the records of the
 * caller's scope, so the answer stays small however many records a province holds. Day rules are those of
 * @ocop/domain, written as SQL: deadlineFlagOf (overdue after the due day), certificateStatus (valid through the
 * expiry day, expiring within EXPIRY_WARNING_DAYS, revoked from the revocation day), taskDeadlineFlag (only
 * tasks still waiting for their unit) and taskDue (a quarter is due on its last day).
 */

/** The dossiers of the query in the scope, as conditions on `dossiers d`. */
function dossierConditions(query: DashboardQuery, scope: DashboardScope): Conditions {
  const where = restrictToScope(new Conditions(), scope.records, 'd.commune_code');
  where.and(`d.round_year = ${where.param(query.year)}`);
  if (query.quarter !== null)
    where.and(`d.target_quarter = ${where.param(`${query.year}-Q${query.quarter}`)}`);
  if (query.criteriaSet !== null) where.and(`d.criteria_set = ${where.param(query.criteriaSet)}`);
  return where;
}

export async function funnel(
  db: Queryable,
  query: DashboardQuery,
  scope: DashboardScope,
): Promise<DashboardCount[]> {
  const where = dossierConditions(query, scope);
  const rows = await db.query<{ state: string; n: number }>(
    `select d.state, count(*)::int as n from dossiers d ${where.where} group by d.state`,
    where.params,
  );
  const counts = new Map(rows.map((r) => [r.state, r.n]));
  return dashboardStates().map((s) => ({ key: s.id, label: s.name, count: counts.get(s.id) ?? 0 }));
}

/**
 * From the dossier audit trail: every entry that changed the state (its `to` names one) closes the stay in the
 * state it left, which began at the dossier's previous state-changing entry.
 */
async function stepDays(
  db: Queryable,
  query: DashboardQuery,
  scope: DashboardScope,
): Promise<Dashboard['stepDays']> {
  const where = dossierConditions(query, scope);
  const rows = await db.query<{ state: string; n: number; days: number | string }>(
    `select e.from_state as state, count(*)::int as n,
            avg(extract(epoch from (e.at - e.entered_at)) / 86400)::float8 as days
     from dossiers d
     cross join lateral (
       select a.from_value ->> 'state' as from_state, a.at,
              lag(a.at) over (order by a.at, a.id) as entered_at
       from audit_log a
       where a.entity_type = 'dossier' and a.entity_id = d.id::text and a.to_value ->> 'state' is not null) e
     ${where.where} ${where.where === '' ? 'where' : 'and'} e.from_state is not null and e.entered_at is not null
     group by e.from_state`,
    where.params,
  );
  const byState = new Map(rows.map((r) => [r.state, r]));
  return dashboardStates()
    .filter((s) => !s.terminal)
    .map((s) => {
      const row = byState.get(s.id);
      return {
        key: s.id,
        label: s.name,
        averageDays: row === undefined ? null : roundDays(Number(row.days)),
        count: row?.n ?? 0,
      };
    });
}

async function dossierFlags(
  db: Queryable,
  query: DashboardQuery,
  scope: DashboardScope,
  today: string,
): Promise<{ overdue: number; returned: number; decided: number }> {
  const where = dossierConditions(query, scope);
  const day = where.param(today);
  const audited = (actions: string) =>
    `exists (select 1 from audit_log a where a.entity_type = 'dossier' and a.entity_id = d.id::text
             and a.action in (${actions}))`;
  const [row] = await db.query<{ overdue: number; returned: number; decided: number }>(
    `select count(*) filter (where d.state_deadline < ${day}::date)::int as overdue,
            count(*) filter (where ${audited("'return'")})::int as returned,
            count(*) filter (where ${audited("'return', 'accept'")})::int as decided
     from dossiers d ${where.where}`,
    where.params,
  );
  return row ?? { overdue: 0, returned: 0, decided: 0 };
}

/** Products of the scope with their current stars: the latest certificate neither expired nor revoked today. */
async function products(
  db: Queryable,
  scope: DashboardScope,
  today: string,
): Promise<Pick<Dashboard, 'productsByStars' | 'productsByGroup' | 'productsByCommune'>> {
  const where = restrictToScope(new Conditions(), scope.records, 'pr.commune_code');
  const day = where.param(today);
  const rows = await db.query<{
    stars: string | null;
    group_code: string;
    commune_code: string;
    commune: string;
    n: number;
  }>(
    `with g as (
       select cur.stars::text as stars, pr.product_group_code as group_code, pr.commune_code, count(*)::int as n
       from products pr
       left join (select distinct on (c.product_id) c.product_id, c.stars
                  from certificates c
                  where (c.revoked_on is null or c.revoked_on > ${day}::date) and c.expires_on >= ${day}::date
                  order by c.product_id, c.issued_on desc, c.created_at desc) cur on cur.product_id = pr.id
       ${where.where}
       group by 1, 2, 3),
     names as materialized (
       select u.commune_code, coalesce(unit_name_at(u.commune_code, 'commune', ${day}::date), u.commune_code) as commune
       from (select distinct commune_code from g) u)
     select g.stars, g.group_code, g.commune_code, names.commune, g.n
     from g join names on names.commune_code = g.commune_code`,
    where.params,
  );
  const sum = (key: (r: (typeof rows)[number]) => string) => {
    const totals = new Map<string, number>();
    for (const r of rows) totals.set(key(r), (totals.get(key(r)) ?? 0) + r.n);
    return totals;
  };
  const byCount = (a: DashboardCount, b: DashboardCount) =>
    b.count - a.count || a.label.localeCompare(b.label, 'vi') || a.key.localeCompare(b.key);
  const stars = sum((r) => r.stars ?? 'none');
  const communeNames = new Map(rows.map((r) => [r.commune_code, r.commune]));
  return {
    productsByStars: STAR_CLASSES.map((c) => ({ ...c, count: stars.get(c.key) ?? 0 })),
    productsByGroup: [...sum((r) => r.group_code)]
      .map(([key, count]) => ({ key, label: productGroupByCode(key)?.name ?? key, count }))
      .sort(byCount),
    productsByCommune: [...sum((r) => r.commune_code)]
      .map(([key, count]) => ({ key, label: communeNames.get(key) ?? key, count }))
      .sort(byCount),
  };
}

async function certificatesExpiringSoon(
  db: Queryable,
  scope: DashboardScope,
  today: string,
): Promise<number> {
  const where = restrictToScope(new Conditions(), scope.records, 'd.commune_code');
  const day = where.param(today);
  where
    .and(`(c.revoked_on is null or c.revoked_on > ${day}::date)`)
    .and(`c.expires_on >= ${day}::date`)
    .and(`c.expires_on <= ${day}::date + ${where.param(EXPIRY_WARNING_DAYS)}::int`);
  const [row] = await db.query<{ n: number }>(
    `select count(*)::int as n from certificates c join dossiers d on d.id = c.dossier_id ${where.where}`,
    where.params,
  );
  return row?.n ?? 0;
}

/** The day a task is due (@ocop/domain taskDue): its date, else the last day of its quarter. */
const TASK_DUE = `coalesce(t.due_date,
  (make_date(substr(t.due_quarter, 1, 4)::int, substr(t.due_quarter, 7, 1)::int * 3, 1)
   + interval '1 month' - interval '1 day')::date)`;

async function tasksByUnit(
  db: Queryable,
  caller: Principal,
  query: DashboardQuery,
  scope: DashboardScope,
  today: string,
): Promise<DashboardTaskUnit[]> {
  const where = restrictTasksToCaller(new Conditions(), caller, 't', 'p');
  where.and('t.status is not null').and(`p.year = ${where.param(query.year)}`);
  if (scope.districtCode !== null) where.and(`p.unit_code = ${where.param(scope.districtCode)}`);
  if (query.quarter !== null) {
    const period = dashboardPeriod(query);
    where.and(`${TASK_DUE} between ${where.param(period.from)}::date and ${where.param(period.to)}::date`);
  }
  const day = where.param(today);
  const rows = await db.query<{ lead_unit: string; total: number; done: number; overdue: number }>(
    `select t.lead_unit, count(*)::int as total,
            count(*) filter (where t.status = 'accepted')::int as done,
            count(*) filter (where t.status in ('assigned', 'in_progress', 'returned')
                               and ${TASK_DUE} < ${day}::date)::int as overdue
     from tasks t join plans p on p.id = t.plan_id
     ${where.where}
     group by t.lead_unit`,
    where.params,
  );
  const units = await taskUnitsOf(
    db,
    rows.map((r) => r.lead_unit),
    unitNamesDay(query.year),
  );
  return rows
    .map((r) => ({ unit: unitOf(units, r.lead_unit), row: r }))
    .sort((a, b) => compareUnits(a.unit, b.unit))
    .map(({ unit, row }) => ({
      key: row.lead_unit,
      label: unit.name,
      total: row.total,
      done: row.done,
      overdue: row.overdue,
    }));
}

/** GET /api/dashboard for `caller`, whose scope is already resolved (dashboardScope). */
export async function dashboardOf(
  db: Queryable,
  caller: Principal,
  query: DashboardQuery,
  scope: DashboardScope,
  today: string,
): Promise<Dashboard> {
  const flags = await dossierFlags(db, query, scope, today);
  return {
    query: { ...query, districtCode: scope.districtCode },
    scope: { level: scope.level, unitName: scope.unitName },
    funnel: await funnel(db, query, scope),
    stepDays: await stepDays(db, query, scope),
    overdueDossiers: flags.overdue,
    returns: { returned: flags.returned, decided: flags.decided, rate: rate(flags.returned, flags.decided) },
    ...(await products(db, scope, today)),
    certificatesExpiringSoon: await certificatesExpiringSoon(db, scope, today),
    tasksByUnit: await tasksByUnit(db, caller, query, scope, today),
  };
}
