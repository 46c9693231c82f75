import { foldForSearch } from '@ocop/domain';
import type { Queryable, SqlParam } from '../../../db/db';

/**
 * A small known data set for the dashboard specs, in Cao Lộc (183), where the demo has no records, and for
 * round and plan year 2030, far from the demo's 2020: two communes of its own, four products, dossiers with
 * their audit trails, certificates and a plan with tasks. The expected figures are computed by hand in
 * dashboard.spec.ts.
 */

export const COMMUNE_ONE = '99001';
export const COMMUNE_TWO = '99002';

async function one<T>(db: Queryable, sql: string, params: SqlParam[]): Promise<T> {
  const [row] = await db.query<T>(sql, params);
  if (row === undefined) throw new Error(`fixture not inserted: ${sql}`);
  return row;
}

async function producer(db: Queryable, name: string, commune: string): Promise<string> {
  const row = await one<{ id: string }>(
    db,
    `insert into producers (type, name, commune_code, search_text) values ('ho-kinh-doanh', $1, $2, $3)
     returning id`,
    [name, commune, foldForSearch(name)],
  );
  return row.id;
}

async function product(db: Queryable, name: string, group: string, producerId: string, commune: string) {
  const row = await one<{ id: string }>(
    db,
    `insert into products (name, product_group_code, producer_id, commune_code, search_text)
     values ($1, $2, $3, $4, $5) returning id`,
    [name, group, producerId, commune, foldForSearch(name)],
  );
  return row.id;
}

interface DossierSpec {
  productId: string;
  commune: string;
  year: number;
  criteriaSet?: '1048' | '148';
  quarter?: string | null;
  state: string;
  deadline?: string | null;
  /** The state-changing audit entries: [instant, action, from state, to state]. */
  history: [string, string, string | null, string][];
}

async function dossier(db: Queryable, spec: DossierSpec): Promise<string> {
  const row = await one<{ id: string }>(
    db,
    `insert into dossiers (product_id, commune_code, district_code, workflow_id, criteria_set, registration_kind,
                           round_year, target_quarter, state, state_deadline, search_text, created_by)
     values ($1, $2, '183', 'district-1048', $3, 'first-time', $4, $5, $6, $7::date, 'fixture', 'fixture')
     returning id`,
    [
      spec.productId,
      spec.commune,
      spec.criteriaSet ?? '1048',
      spec.year,
      spec.quarter ?? null,
      spec.state,
      spec.deadline ?? null,
    ],
  );
  for (const [at, action, from, to] of spec.history) {
    await db.query(
      `insert into audit_log (at, actor_username, actor_name, actor_roles, entity_type, entity_id, action,
                              from_value, to_value)
       values ($1::timestamptz, 'fixture', 'Fixture', array['district-officer'], 'dossier', $2, $3, $4::jsonb,
               $5::jsonb)`,
      [
        at,
        row.id,
        action,
        from === null ? null : JSON.stringify({ state: from }),
        JSON.stringify({ state: to }),
      ],
    );
  }
  return row.id;
}

async function certificate(
  db: Queryable,
  dossierId: string,
  productId: string,
  stars: number,
  issuedOn: string,
  expiresOn: string,
  revokedOn: string | null = null,
): Promise<void> {
  await db.query(
    `insert into certificates (dossier_id, product_id, stars, number, decision_number, decision_date, issued_on,
                               expires_on, revoked_on, revoked_reason)
     values ($1, $2, $3, $4, $4, $5::date, $5::date, $6::date, $7::date, $8)`,
    [
      dossierId,
      productId,
      stars,
      `GCN-${dossierId}`,
      issuedOn,
      expiresOn,
      revokedOn,
      revokedOn && 'Thu hồi thử',
    ],
  );
}

async function plan(db: Queryable, unitCode: string, year: number): Promise<string> {
  const row = await one<{ id: string }>(
    db,
    `insert into plans (unit_code, year, title) values ($1, $2, $3) returning id`,
    [unitCode, year, `Kế hoạch OCOP thử ${unitCode} năm ${year}`],
  );
  return row.id;
}

interface TaskSpec {
  lead: string;
  cooperating?: string[];
  dueDate?: string | null;
  dueQuarter?: string | null;
  status: string;
}

async function task(db: Queryable, planId: string, spec: TaskSpec): Promise<void> {
  await db.query(
    `insert into tasks (plan_id, section_code, title, lead_unit, cooperating_units, due_date, due_quarter,
                        recurrence, status, created_by)
     values ($1, 'III.3', 'Nhiệm vụ thử', $2, array(select jsonb_array_elements_text($3::jsonb)), $4::date, $5, 'once', $6, 'fixture')`,
    [
      planId,
      spec.lead,
      JSON.stringify(spec.cooperating ?? []),
      spec.dueDate ?? null,
      spec.dueQuarter ?? null,
      spec.status,
    ],
  );
}

/** Cao Lộc's data set (see dashboard.spec.ts for the figures it gives on 15/10/2030). */
export async function insertCaoLocDataSet(db: Queryable): Promise<void> {
  await db.query(
    `insert into admin_units (code, name, level, parent_code)
     values ($1, 'Xã Thử Nhất', 'commune', '183'), ($2, 'Xã Thử Hai', 'commune', '183')`,
    [COMMUNE_ONE, COMMUNE_TWO],
  );
  const first = await producer(db, 'Hộ thử Nhất', COMMUNE_ONE);
  const second = await producer(db, 'Hộ thử Hai', COMMUNE_TWO);
  // Group 15 (Rượu trắng): A, B, D in Xã Thử Nhất; group 22 (Thảo dược khác): C in Xã Thử Hai.
  const a = await product(db, 'Rượu thử A', '15', first, COMMUNE_ONE);
  const b = await product(db, 'Rượu thử B', '15', first, COMMUNE_ONE);
  const c = await product(db, 'Thảo dược thử C', '22', second, COMMUNE_TWO);
  const d = await product(db, 'Rượu thử D', '15', first, COMMUNE_ONE);

  // Round 2030. dA: draft 2 d, submitted 5 d, returned 3 d, resubmitted 1 d, then accepted.
  await dossier(db, {
    productId: a,
    commune: COMMUNE_ONE,
    year: 2030,
    quarter: '2030-Q1',
    state: 'accepted',
    history: [
      ['2030-01-01T00:00:00Z', 'create', null, 'draft'],
      ['2030-01-03T00:00:00Z', 'submit', 'draft', 'submitted'],
      ['2030-01-08T00:00:00Z', 'return', 'submitted', 'returned'],
      ['2030-01-11T00:00:00Z', 'resubmit', 'returned', 'resubmitted'],
      ['2030-01-12T00:00:00Z', 'accept', 'resubmitted', 'accepted'],
    ],
  });
  // dB: draft 4 d, submitted since, its check deadline passed (01/10/2030).
  await dossier(db, {
    productId: b,
    commune: COMMUNE_ONE,
    year: 2030,
    quarter: '2030-Q1',
    state: 'submitted',
    deadline: '2030-10-01',
    history: [
      ['2030-02-01T00:00:00Z', 'create', null, 'draft'],
      ['2030-02-05T00:00:00Z', 'submit', 'draft', 'submitted'],
    ],
  });
  // dC (QĐ 148): draft 1 d, submitted 10 d, returned with a deadline still ahead (20/10/2030).
  await dossier(db, {
    productId: c,
    commune: COMMUNE_TWO,
    year: 2030,
    criteriaSet: '148',
    quarter: '2030-Q2',
    state: 'returned',
    deadline: '2030-10-20',
    history: [
      ['2030-03-01T00:00:00Z', 'create', null, 'draft'],
      ['2030-03-02T00:00:00Z', 'submit', 'draft', 'submitted'],
      ['2030-03-12T00:00:00Z', 'return', 'submitted', 'returned'],
    ],
  });
  // dD (no target quarter): draft 3 d, submitted 7 d, accepted without a return.
  await dossier(db, {
    productId: d,
    commune: COMMUNE_ONE,
    year: 2030,
    state: 'accepted',
    history: [
      ['2030-04-01T00:00:00Z', 'create', null, 'draft'],
      ['2030-04-04T00:00:00Z', 'submit', 'draft', 'submitted'],
      ['2030-04-11T00:00:00Z', 'accept', 'submitted', 'accepted'],
    ],
  });

  // Earlier rounds, which the 2030 figures must not count, and the certificates they gave.
  const earlierA = await dossier(db, {
    productId: a,
    commune: COMMUNE_ONE,
    year: 2027,
    state: 'certified',
    history: [
      ['2027-01-01T00:00:00Z', 'create', null, 'draft'],
      ['2027-01-11T00:00:00Z', 'submit', 'draft', 'submitted'],
      ['2027-01-21T00:00:00Z', 'return', 'submitted', 'returned'],
    ],
  });
  const earlierC = await dossier(db, {
    productId: c,
    commune: COMMUNE_TWO,
    year: 2028,
    state: 'certified',
    history: [],
  });
  const earlierD = await dossier(db, {
    productId: d,
    commune: COMMUNE_ONE,
    year: 2028,
    state: 'certified',
    history: [],
  });
  // A: 4★ expiring 01/11/2030 (17 days after 15/10/2030); C: 3★ valid; D: 5★ revoked on 01/01/2030.
  await certificate(db, earlierA, a, 4, '2027-11-01', '2030-11-01');
  await certificate(db, earlierC, c, 3, '2029-06-01', '2032-06-01');
  await certificate(db, earlierD, d, 5, '2029-01-01', '2032-01-01', '2030-01-01');

  const caoLoc = await plan(db, '183', 2030);
  await task(db, caoLoc, { lead: 'department:NNPTNT', dueDate: '2030-03-31', status: 'accepted' });
  await task(db, caoLoc, { lead: 'department:NNPTNT', dueDate: '2030-06-30', status: 'in_progress' });
  await task(db, caoLoc, { lead: 'department:TTYT', dueQuarter: '2030-Q4', status: 'assigned' });
  await task(db, caoLoc, { lead: 'department:TTYT', dueQuarter: '2030-Q1', status: 'returned' });
  await task(db, caoLoc, { lead: 'department:TTYT', status: 'cancelled' });
  await task(db, caoLoc, { lead: `commune:${COMMUNE_ONE}`, dueDate: '2030-02-15', status: 'reported_done' });

  // Văn Quan's plan of 2030, for the scope of its department officers.
  const vanQuan = await plan(db, '184', 2030);
  await task(db, vanQuan, { lead: 'department:TTYT', dueDate: '2030-05-31', status: 'assigned' });
  await task(db, vanQuan, {
    lead: 'department:NNPTNT',
    cooperating: ['department:TTYT'],
    dueDate: '2030-05-31',
    status: 'accepted',
  });
  await task(db, vanQuan, { lead: 'department:KTHT', dueDate: '2030-05-31', status: 'assigned' });
}
