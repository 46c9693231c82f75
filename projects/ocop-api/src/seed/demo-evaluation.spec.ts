import {
  DISTRICT_REGIME_1048,
  scoreResultOf,
  scoreSheet,
  type Certificate,
  type SheetAnswers,
} from '@ocop/domain';
import type { Db } from '../db/db';
import { UNRESTRICTED } from '../features/auth/scope';
import { listCertificates } from '../features/certificates/certificates.repository';
import { findDossier } from '../features/dossiers/dossiers.repository';
import { createTestDatabase, type TestDatabase } from '../testing/test-database';
import { HUU_LE_DOSSIER_ID, STAR_ANISE_DOSSIER_ID } from './demo-dossiers';
import {
  DEMO_EVALUATION_SCORES_DATA_SET,
  SESSION_2020,
  SESSION_2021,
  SESSION_2021_ID,
} from './demo-evaluation';
import { demoAnswers } from './demo-evaluation-sheets';
import { loadDemoData } from './load-demo-data';

const TODAY = '2021-06-01';

describe('the demo evaluation data', () => {
  let database: TestDatabase;
  let db: Db;

  beforeEach(async () => {
    database = await createTestDatabase('migrated');
    db = await database.open();
  });

  afterEach(async () => {
    await database.dispose();
  });

  /** Everything the evaluation data sets write, to compare two loads. */
  const snapshot = async () => ({
    councils: await db.query('select * from councils order by id'),
    members: await db.query('select * from council_members order by id'),
    sessions: await db.query('select * from council_sessions order by id'),
    agenda: await db.query('select * from session_dossiers order by session_id'),
    sheets: await db.query('select * from score_sheets order by session_id, member_id'),
    results: await db.query('select * from province_results order by dossier_id'),
    certificates: await db.query('select * from certificates order by id'),
    dossiers: await db.query('select id, state, version from dossiers order by id'),
    audit: await db.query<{ n: number }>('select count(*)::int as n from audit_log'),
  });

  const certificatesOf = async (): Promise<Certificate[]> => listCertificates(db, {}, UNRESTRICTED, TODAY);

  it('loads once: a second load changes nothing', async () => {
    expect(await loadDemoData(db)).toBeTrue();
    const first = await snapshot();
    expect(await loadDemoData(db)).toBeFalse();
    expect(await snapshot()).toEqual(first);
  });

  it('gives Hữu Lễ its 3★ certificate of 22/05/2020 and Tinh dầu hồi its 4★ of 28/01/2021', async () => {
    await loadDemoData(db);
    const certificates = await certificatesOf();
    expect(
      certificates.map((c) => [c.dossierId, c.stars, c.issuedOn, c.expiresOn, c.decisionDate, c.status]),
    ).toEqual([
      [STAR_ANISE_DOSSIER_ID, 4, '2021-01-28', '2024-01-28', '2021-01-28', 'valid'],
      [HUU_LE_DOSSIER_ID, 3, '2020-05-22', '2023-05-22', '2020-05-22', 'valid'],
    ]);
    for (const dossierId of [HUU_LE_DOSSIER_ID, STAR_ANISE_DOSSIER_ID]) {
      const dossier = await findDossier(db, dossierId, UNRESTRICTED, TODAY);
      expect(dossier?.state).withContext(dossierId).toBe('certified');
      expect(dossier?.evaluation?.districtResult?.forwarded).toBeTrue();
      expect(dossier?.currentStars?.stars).toBe(dossierId === HUU_LE_DOSSIER_ID ? 3 : 4);
    }
  });

  it('stores sheets whose totals scoreSheet gives, and session results scoreResultOf gives (3★ and 4★)', async () => {
    await loadDemoData(db);
    for (const [session, stars] of [
      [SESSION_2020, 3],
      [SESSION_2021, 4],
    ] as const) {
      const sheets = await db.query<{ answers: string; total: string; status: string }>(
        `select answers::text as answers, total::text as total, status from score_sheets
         where session_id = $1 order by member_id`,
        [session.id],
      );
      const totals = sheets.map(
        (s) => scoreSheet(session.sheet, JSON.parse(s.answers) as SheetAnswers).total,
      );
      expect(totals).toEqual([...session.totals]);
      expect(sheets.map((s) => [Number(s.total), s.status])).toEqual(totals.map((t) => [t, 'submitted']));
      const expected = scoreResultOf(totals);
      const [stored] = await db.query<{ mean: string; spread: string; stars: number; forwarded: boolean }>(
        'select mean::text as mean, spread::text as spread, stars, forwarded from session_dossiers where session_id = $1',
        [session.id],
      );
      expect([Number(stored?.mean), Number(stored?.spread), stored?.stars, stored?.forwarded]).toEqual([
        Number(expected?.mean),
        Number(expected?.spread),
        stars,
        true,
      ]);
    }
  });

  it("writes each demo dossier's history as transitions the workflow defines, ending in its state", async () => {
    await loadDemoData(db);
    for (const dossierId of [HUU_LE_DOSSIER_ID, STAR_ANISE_DOSSIER_ID]) {
      const moves = await db.query<{ action: string; from_state: string | null; to_state: string }>(
        `select action, from_value ->> 'state' as from_state, to_value ->> 'state' as to_state from audit_log
         where entity_type = 'dossier' and entity_id = $1 and to_value ? 'state' and action <> 'create'
         order by at, id`,
        [dossierId],
      );
      let state = 'draft';
      for (const move of moves) {
        const action = DISTRICT_REGIME_1048.actions.find((a) => a.id === move.action);
        expect(action?.from).withContext(`${dossierId} ${move.action}`).toContain(state);
        expect(move.from_state).toBe(state);
        expect(move.to_state).toBe(action?.to ?? '');
        state = move.to_state;
      }
      expect(state).toBe('certified');
    }
  });

  it('leaves the 2021 session open with no sheets when its scores are skipped', async () => {
    await loadDemoData(db, { skip: [DEMO_EVALUATION_SCORES_DATA_SET] });
    const [session] = await db.query<{ status: string }>(
      'select status from council_sessions where id = $1',
      [SESSION_2021_ID],
    );
    expect(session?.status).toBe('open');
    const [sheets] = await db.query<{ n: number }>(
      'select count(*)::int as n from score_sheets where session_id = $1',
      [SESSION_2021_ID],
    );
    expect(sheets?.n).toBe(0);
    const starAnise = await findDossier(db, STAR_ANISE_DOSSIER_ID, UNRESTRICTED, TODAY);
    expect(starAnise?.state).toBe('accepted');
    expect(
      starAnise?.items.filter((i) => i.definition.mandatory).every((i) => i.status === 'provided'),
    ).toBeTrue();
    expect((await certificatesOf()).map((c) => c.dossierId)).toEqual([HUU_LE_DOSSIER_ID]);
    // A later start without the skip loads the scores.
    expect(await loadDemoData(db)).toBeTrue();
    expect((await certificatesOf()).length).toBe(2);
  });

  it('builds every demo sheet from the real options, for any reachable total', () => {
    for (const target of [30, 50, 64, 76, 100]) {
      expect(scoreSheet(SESSION_2020.sheet, demoAnswers(SESSION_2020.sheet, target, 1)).total).toBe(target);
    }
    expect(() => demoAnswers(SESSION_2021.sheet, 101, 0)).toThrowError(RangeError);
  });
});
