import { foldForSearch } from '@ocop/domain';
import type { Queryable, SqlParam } from '../../../db/db';
import { COMMUNE_ONE, COMMUNE_TWO, insertCaoLocDataSet } from '../../dashboard/testing/dashboard-fixtures';

/**
 * The data set of the report specs: the dashboard's Cao Lộc 2030 data set (its plan, six tasks, four dossiers
 * of round 2030) plus two targets and five more tasks with dated reports and an audit trail, a district council
 * with two closed sessions in 2030 (one open, one in 2029) and the certificates of 2030; and in Văn Quan, year
 * 2031, a session and certificates in two communes, for the commune officers' view. The expected figures are
 * computed by hand in periodic-report.spec.ts and evaluation-results.spec.ts.
 */

export const HUU_LE = '06322';
export const VAN_QUAN_TOWN = '06253';

async function one<T>(db: Queryable, sql: string, params: SqlParam[]): Promise<T> {
  const [row] = await db.query<T>(sql, params);
  if (row === undefined) throw new Error(`fixture not inserted: ${sql}`);
  return row;
}

async function productIn(db: Queryable, name: string, group: string, commune: string): Promise<string> {
  const producer = await one<{ id: string }>(
    db,
    `insert into producers (type, name, commune_code, search_text) values ('ho-kinh-doanh', $1, $2, $3)
     returning id`,
    [`Hộ ${name}`, commune, foldForSearch(`Hộ ${name}`)],
  );
  const product = await one<{ id: string }>(
    db,
    `insert into products (name, product_group_code, producer_id, commune_code, search_text)
     values ($1, $2, $3, $4, $5) returning id`,
    [name, group, producer.id, commune, foldForSearch(name)],
  );
  return product.id;
}

async function dossierOf(
  db: Queryable,
  productId: string,
  commune: string,
  district: string,
  year: number,
  state: string,
): Promise<string> {
  const row = await one<{ id: string }>(
    db,
    `insert into dossiers (product_id, commune_code, district_code, workflow_id, criteria_set, registration_kind,
                           round_year, state, search_text, created_by)
     values ($1, $2, $3, 'district-1048', '1048', 'first-time', $4, $5, 'fixture', 'fixture') returning id`,
    [productId, commune, district, year, state],
  );
  return row.id;
}

async function council(
  db: Queryable,
  unitCode: string,
  members: string[],
): Promise<{ id: string; members: string[] }> {
  const row = await one<{ id: string }>(
    db,
    `insert into councils (level, unit_code, name, decision_number, decision_date, term_from)
     values ('district', $1, $2, '1/QĐ-UBND', '2029-01-02', '2029-01-02') returning id`,
    [unitCode, `Hội đồng OCOP thử ${unitCode}`],
  );
  const ids: string[] = [];
  for (const [i, fullName] of members.entries()) {
    const member = await one<{ id: string }>(
      db,
      `insert into council_members (council_id, full_name, position, title, sort)
       values ($1, $2, $3, 'Thành viên', $4) returning id`,
      [row.id, fullName, i === 0 ? 'chair' : 'member', i],
    );
    ids.push(member.id);
  }
  return { id: row.id, members: ids };
}

/**
 * A session with each dossier scored by every member (totals in member order), its results stored as closing
 * stores them, then closed unless `open`.
 */
async function session(
  db: Queryable,
  owner: { id: string; members: string[] },
  title: string,
  date: string,
  scored: {
    dossierId: string;
    totals: number[];
    mean: number;
    spread: number;
    stars: number;
    forwarded: boolean;
  }[],
  open = false,
): Promise<string> {
  const row = await one<{ id: string }>(
    db,
    `insert into council_sessions (council_id, title, session_date, place) values ($1, $2, $3::date, 'Hội trường')
     returning id`,
    [owner.id, title, date],
  );
  for (const member of owner.members) {
    await db.query(`insert into session_attendees (session_id, member_id) values ($1, $2)`, [row.id, member]);
  }
  for (const [sort, item] of scored.entries()) {
    await db.query(
      `insert into session_dossiers (session_id, dossier_id, sort, mean, spread, stars, forwarded)
       values ($1, $2, $3, $4, $5, $6, $7)`,
      [
        row.id,
        item.dossierId,
        sort,
        open ? null : item.mean,
        open ? null : item.spread,
        open ? null : item.stars,
        open ? null : item.forwarded,
      ],
    );
    for (const [i, total] of item.totals.entries()) {
      await db.query(
        `insert into score_sheets (session_id, dossier_id, member_id, answers, total, parts, status, submitted_at)
         values ($1, $2, $3, '{}'::jsonb, $4, '[]'::jsonb, 'submitted', $5::timestamptz)`,
        [row.id, item.dossierId, owner.members[i] ?? '', total, `${date}T03:00:00Z`],
      );
    }
  }
  if (!open) {
    await db.query(
      `update council_sessions set status = 'closed', closed_at = $2::timestamptz, closed_by = 'fixture' where id = $1`,
      [row.id, `${date}T09:00:00Z`],
    );
  }
  return row.id;
}

async function certify(
  db: Queryable,
  dossierId: string,
  productId: string,
  score: number,
  stars: number,
  decision: string,
  issuedOn: string,
  expiresOn: string,
): Promise<void> {
  await db.query(
    `insert into province_results (dossier_id, score, stars, decision_number, decision_date, recorded_by)
     values ($1, $2, $3, $4, $5::date, 'fixture')`,
    [dossierId, score, stars, decision, issuedOn],
  );
  await db.query(
    `insert into certificates (dossier_id, product_id, stars, number, decision_number, decision_date, issued_on,
                               expires_on)
     values ($1, $2, $3, $4, $5, $6::date, $6::date, $7::date)`,
    [dossierId, productId, stars, `GCN-${decision}`, decision, issuedOn, expiresOn],
  );
}

interface ReportTask {
  lead: string;
  targetId: string;
  dueDate?: string;
  dueQuarter?: string;
  status: string;
}

async function task(db: Queryable, planId: string, spec: ReportTask): Promise<string> {
  const row = await one<{ id: string }>(
    db,
    `insert into tasks (plan_id, section_code, title, lead_unit, target_id, due_date, due_quarter, recurrence,
                        status, created_by)
     values ($1, 'III.3', 'Nhiệm vụ của chỉ tiêu', $2, $3, $4::date, $5, 'once', $6, 'fixture') returning id`,
    [planId, spec.lead, spec.targetId, spec.dueDate ?? null, spec.dueQuarter ?? null, spec.status],
  );
  return row.id;
}

/** A progress report: accepted at `reviewedAt` when given, else pending. */
async function report(
  db: Queryable,
  taskId: string,
  percent: number,
  reportedAt: string,
  reviewedAt?: string,
) {
  await db.query(
    `insert into task_reports (task_id, percent, text, reported_by, reported_by_name, reported_by_unit, reported_at,
                               review, reviewed_by, reviewed_at)
     values ($1, $2, 'Báo cáo thử', 'fixture', 'Fixture', 'fixture', $3::timestamptz, $4, $5, $6::timestamptz)`,
    [
      taskId,
      percent,
      reportedAt,
      reviewedAt === undefined ? 'pending' : 'accepted',
      reviewedAt === undefined ? null : 'fixture',
      reviewedAt ?? null,
    ],
  );
}

async function statusChange(db: Queryable, taskId: string, at: string, from: string | null, to: string) {
  await db.query(
    `insert into audit_log (at, actor_username, actor_name, actor_roles, entity_type, entity_id, action, from_value,
                            to_value)
     values ($1::timestamptz, 'fixture', 'Fixture', array['district-officer'], 'task', $2, 'task.fixture', $3::jsonb,
             $4::jsonb)`,
    [at, taskId, from === null ? null : JSON.stringify({ status: from }), JSON.stringify({ status: to })],
  );
}

export interface ReportDataSet {
  /** Cao Lộc's task T2 (NNPTNT, due 30/06/2030, in progress), which the frozen-version spec changes. */
  lateTaskId: string;
}

export async function insertReportDataSet(db: Queryable): Promise<ReportDataSet> {
  await insertCaoLocDataSet(db);
  const plan = await one<{ id: string }>(
    db,
    `select id from plans where unit_code = '183' and year = 2030`,
    [],
  );
  const [target1, target2] = [
    ['CT1', 'Sản phẩm đạt 3 sao trở lên', 'Số sản phẩm đạt 3 sao', 2, 'sản phẩm', '2030-Q4', 1],
    ['CT2', 'Tập huấn cho chủ thể OCOP', 'Số lớp tập huấn', 3, 'lớp', null, 2],
  ];
  const targetIds: string[] = [];
  for (const t of [target1, target2]) {
    const row = await one<{ id: string }>(
      db,
      `insert into plan_targets (plan_id, code, title, indicator, quantity, measure, due_quarter, position)
       values ($1, $2, $3, $4, $5, $6, $7, $8) returning id`,
      [plan.id, ...(t as SqlParam[])],
    );
    targetIds.push(row.id);
  }
  const [ct1, ct2] = targetIds as [string, string];

  // T7 (CT1, KTHT): accepted, 100 % reviewed at 23:30 on 31/03/2030 Vietnam time — still within Q1.
  const t7 = await task(db, plan.id, {
    lead: 'department:KTHT',
    targetId: ct1,
    dueDate: '2030-03-15',
    status: 'accepted',
  });
  await report(db, t7, 100, '2030-03-14T02:00:00Z', '2030-03-31T16:30:00Z');
  // T8 (CT1, NNPTNT): 40 % accepted in Q1, 100 % reported in August and accepted on 05/09/2030.
  const t8 = await task(db, plan.id, {
    lead: 'department:NNPTNT',
    targetId: ct1,
    dueDate: '2030-09-30',
    status: 'accepted',
  });
  await statusChange(db, t8, '2030-01-05T02:00:00Z', null, 'assigned');
  await statusChange(db, t8, '2030-03-18T02:00:00Z', 'assigned', 'in_progress');
  await statusChange(db, t8, '2030-08-20T02:00:00Z', 'in_progress', 'reported_done');
  await statusChange(db, t8, '2030-09-05T02:00:00Z', 'reported_done', 'accepted');
  await report(db, t8, 40, '2030-03-18T02:00:00Z', '2030-03-20T02:00:00Z');
  await report(db, t8, 100, '2030-08-20T02:00:00Z', '2030-09-05T02:00:00Z');
  // T9 (CT2, Xã Thử Hai): cancelled.
  await task(db, plan.id, {
    lead: `commune:${COMMUNE_TWO}`,
    targetId: ct2,
    dueQuarter: '2030-Q2',
    status: 'cancelled',
  });
  // T10 (CT2, TTYT): 50 % reported on 25/09, accepted on 01/10/2030 at 10:00 Vietnam time (after Q3); 70 % pending.
  const t10 = await task(db, plan.id, {
    lead: 'department:TTYT',
    targetId: ct2,
    dueDate: '2030-11-30',
    status: 'in_progress',
  });
  await report(db, t10, 50, '2030-09-25T02:00:00Z', '2030-10-01T03:00:00Z');
  await report(db, t10, 70, '2030-10-10T02:00:00Z');
  // T11 (CT2, KTHT): assigned, due 31/12/2030.
  await task(db, plan.id, {
    lead: 'department:KTHT',
    targetId: ct2,
    dueDate: '2030-12-31',
    status: 'assigned',
  });

  // Evaluations in Cao Lộc: products E and H in Xã Thử Nhất, F and G in Xã Thử Hai.
  const e = await productIn(db, 'Miến dong thử E', '15', COMMUNE_ONE);
  const f = await productIn(db, 'Trà thử F', '15', COMMUNE_TWO);
  const g = await productIn(db, 'Gừng thử G', '15', COMMUNE_TWO);
  const h = await productIn(db, 'Hồng thử H', '15', COMMUNE_ONE);
  const i = await productIn(db, 'Ích mẫu thử I', '15', COMMUNE_ONE);
  const dE = await dossierOf(db, e, COMMUNE_ONE, '183', 2030, 'certified');
  const dF = await dossierOf(db, f, COMMUNE_TWO, '183', 2030, 'not-forwarded');
  const dG = await dossierOf(db, g, COMMUNE_TWO, '183', 2030, 'certified');
  const dH = await dossierOf(db, h, COMMUNE_ONE, '183', 2030, 'accepted');
  const dI = await dossierOf(db, i, COMMUNE_ONE, '183', 2029, 'not-forwarded');
  const caoLoc = await council(db, '183', ['Chu Văn Chủ', 'Lý Thị Một']);
  await session(db, caoLoc, 'Phiên 2029', '2029-11-10', [
    { dossierId: dI, totals: [40, 42], mean: 41, spread: 2, stars: 2, forwarded: false },
  ]);
  // S1, 20/03/2030: E (80 + 84) / 2 = 82 → 4★, forwarded; F (60 + 66) / 2 = 63 → 3★, not forwarded.
  await session(db, caoLoc, 'Phiên quý I', '2030-03-20', [
    { dossierId: dE, totals: [80, 84], mean: 82, spread: 4, stars: 4, forwarded: true },
    { dossierId: dF, totals: [60, 66], mean: 63, spread: 6, stars: 3, forwarded: false },
  ]);
  // S2, 10/07/2030: G (55 + 57) / 2 = 56 → 3★.
  await session(db, caoLoc, 'Phiên quý III', '2030-07-10', [
    { dossierId: dG, totals: [55, 57], mean: 56, spread: 2, stars: 3, forwarded: true },
  ]);
  // S3, still open: H is not evaluated yet.
  await session(
    db,
    caoLoc,
    'Phiên đang họp',
    '2030-09-01',
    [{ dossierId: dH, totals: [70, 72], mean: 71, spread: 2, stars: 4, forwarded: true }],
    true,
  );
  await certify(db, dE, e, 82.5, 4, '15/QĐ-UBND', '2030-05-15', '2033-05-14');
  await certify(db, dG, g, 56, 3, '40/QĐ-UBND', '2030-10-05', '2033-10-04');

  // Văn Quan 2031: J in Hữu Lễ, K in Thị trấn Văn Quan, scored in one session and both certified.
  const j = await productIn(db, 'Chè thử J', '15', HUU_LE);
  const k = await productIn(db, 'Khâu nhục thử K', '15', VAN_QUAN_TOWN);
  const dJ = await dossierOf(db, j, HUU_LE, '184', 2031, 'certified');
  const dK = await dossierOf(db, k, VAN_QUAN_TOWN, '184', 2031, 'certified');
  const vanQuan = await council(db, '184', ['Nguyễn Văn Chủ', 'Hoàng Thị Hai']);
  await session(db, vanQuan, 'Phiên 2031', '2031-04-10', [
    { dossierId: dJ, totals: [50, 54], mean: 52, spread: 4, stars: 3, forwarded: true },
    { dossierId: dK, totals: [91, 93], mean: 92, spread: 2, stars: 5, forwarded: true },
  ]);
  await certify(db, dJ, j, 52, 3, '7/QĐ-UBND', '2031-06-01', '2034-05-31');
  await certify(db, dK, k, 90, 4, '8/QĐ-UBND', '2031-06-01', '2034-05-31');

  const late = await one<{ id: string }>(
    db,
    `select id from tasks where plan_id = $1 and lead_unit = 'department:NNPTNT' and due_date = '2030-06-30'`,
    [plan.id],
  );
  return { lateTaskId: late.id };
}
