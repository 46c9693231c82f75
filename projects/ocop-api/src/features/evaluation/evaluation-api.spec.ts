import { randomUUID } from 'node:crypto';
import type {
  ApiError,
  AuditEntry,
  Council,
  CouncilSession,
  CriteriaSheet,
  DossierScores,
  MyScoreSheet,
  SessionMinutes,
  SessionSummary,
} from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { HUU_LE_LIQUOR, insertDossier } from '../dossiers/testing/dossier-fixtures';
import { answersFor, createCouncil, createSession, memberId, score } from './testing/evaluation-fixtures';

describe('evaluation API: councils, sessions and scoring', () => {
  let t: TestApp;
  let council: Council;

  beforeAll(async () => {
    t = await startTestApp();
    council = await createCouncil(t);
  });

  afterAll(async () => {
    await t.close();
  });

  const accepted = () => insertDossier(t.db, { state: 'accepted', complete: true });
  const mineUrl = (sessionId: string, dossierId: string) =>
    `/api/sessions/${sessionId}/dossiers/${dossierId}/sheets/mine`;
  const sheetsUrl = (sessionId: string, dossierId: string) =>
    `/api/sessions/${sessionId}/dossiers/${dossierId}/sheets`;
  const stateOf = async (dossierId: string) =>
    (await t.db.query<{ state: string }>('select state from dossiers where id = $1', [dossierId]))[0]?.state;

  describe('criteria sheets', () => {
    it('serves the Rượu trắng sheet of sub-group 15 and names a missing sheet', async () => {
      const res = await t.inject('hoidong.1', '/api/criteria-sheets/1048/15');
      expect(res.statusCode).withContext(res.body).toBe(200);
      const sheet = res.json<CriteriaSheet>();
      expect(sheet.subgroupCode).toBe('15');
      expect(sheet.title).toContain('Rượu trắng');
      expect(sheet.parts.map((p) => p.max)).toEqual([35, 25, 40]);

      const missing = await t.inject('vq.nongnghiep', '/api/criteria-sheets/1048/1');
      expect(missing.statusCode).toBe(404);
      expect(missing.json<ApiError>().code).toBe('CRITERIA_SHEET_MISSING');
      expect(missing.json<ApiError>().message).toContain('Rau, củ, quả, hạt tươi');
    });
  });

  describe('councils', () => {
    it('are created by the standing unit with their members, and read by their members only', async () => {
      expect(council.members.map((m) => m.position)).toEqual([
        'chair',
        'secretary',
        'member',
        'member',
        'member',
      ]);
      expect(council.version).toBe(1);
      const ids = async (user: Parameters<TestApp['inject']>[0]) =>
        (await t.inject(user, '/api/councils')).json<Council[]>().map((c) => c.id);
      expect(await ids('hoidong.2')).toContain(council.id);
      expect(await ids('so.nongnghiep')).toContain(council.id);
      expect(await ids('vq.yte')).toEqual([]);
      expect(await ids('cl.nongnghiep')).toEqual([]);
      expect((await t.inject('xa.huule', `/api/councils/${council.id}`)).statusCode).toBe(404);
    });

    it('refuses a council of another district and a council without a secretary', async () => {
      const body = { ...(await t.inject('vq.nongnghiep', `/api/councils/${council.id}`)).json<Council>() };
      const other = await t.inject('cl.nongnghiep', { method: 'POST', url: '/api/councils', payload: body });
      expect(other.statusCode).toBe(403);
      const members = body.members.map((m) => ({ ...m, id: undefined, position: 'member' }));
      members[0] = { ...members[0]!, position: 'chair' };
      const res = await t.inject('vq.nongnghiep', {
        method: 'POST',
        url: '/api/councils',
        payload: { ...body, members },
      });
      expect(res.statusCode).toBe(400);
      expect(JSON.stringify(res.json<ApiError>().details)).toContain('one_secretary');
    });

    it('keeps member ids on a change and refuses a stale version', async () => {
      const created = await createCouncil(t);
      const change = { ...created, name: 'Hội đồng (sửa)', members: created.members.slice(0, 4) };
      const res = await t.inject('vq.nongnghiep', {
        method: 'PUT',
        url: `/api/councils/${created.id}`,
        payload: change,
      });
      expect(res.statusCode).withContext(res.body).toBe(200);
      const changed = res.json<Council>();
      expect(changed.name).toBe('Hội đồng (sửa)');
      expect(changed.members.map((m) => m.id)).toEqual(created.members.slice(0, 4).map((m) => m.id));
      const stale = await t.inject('vq.nongnghiep', {
        method: 'PUT',
        url: `/api/councils/${created.id}`,
        payload: change,
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<ApiError>().details).toEqual({ currentVersion: 2 });
    });
  });

  describe('session creation', () => {
    it('refuses a dossier without a sheet (422 naming it), not accepted, or of another district', async () => {
      const fresh = await insertDossier(t.db, {
        product: { ...HUU_LE_LIQUOR, productGroupCode: '1' },
        state: 'accepted',
      });
      const post = (dossierIds: string[]) =>
        t.inject('vq.nongnghiep', {
          method: 'POST',
          url: '/api/sessions',
          payload: {
            councilId: council.id,
            title: 'Phiên thử',
            date: '2020-05-08',
            place: 'UBND huyện',
            dossierIds,
            attendeeIds: [memberId(council, 'hoidong.1')],
          },
        });
      const noSheet = await post([fresh]);
      expect(noSheet.statusCode).toBe(422);
      expect(noSheet.json<ApiError>().code).toBe('CRITERIA_SHEET_MISSING');
      expect(noSheet.json<ApiError>().message).toBe(
        'Chưa có phiếu đánh giá theo QĐ 1048 cho phân nhóm "Rau, củ, quả, hạt tươi".',
      );

      const draft = await insertDossier(t.db, { state: 'submitted' });
      const elsewhere = await accepted();
      await t.db.query(`update dossiers set district_code = '183' where id = $1`, [elsewhere]);
      const refused = await post([draft, elsewhere]);
      expect(refused.statusCode).toBe(400);
      expect(refused.json<ApiError>().details).toEqual([
        jasmine.objectContaining({ field: 'dossierIds[0]', code: 'invalid_state' }),
        jasmine.objectContaining({ field: 'dossierIds[1]', code: 'not_found' }),
      ]);

      const onAgenda = await accepted();
      await createSession(t, council, [onAgenda]);
      const twice = await post([onAgenda]);
      expect(twice.statusCode).toBe(409);
      expect(twice.json<ApiError>().code).toBe('DOSSIER_ON_OTHER_SESSION');

      const chair = council.members.find((m) => m.position === 'chair')!;
      const noAccount = await t.inject('vq.nongnghiep', {
        method: 'POST',
        url: '/api/sessions',
        payload: {
          councilId: council.id,
          title: 'x',
          date: '2020-05-08',
          place: 'y',
          dossierIds: [await accepted()],
          attendeeIds: [chair.id],
        },
      });
      expect(noAccount.statusCode).toBe(400);
      expect(noAccount.json<ApiError>().message).toBeDefined();
      expect(JSON.stringify(noAccount.json<ApiError>().details)).toContain(
        'chưa có tài khoản để chấm trên máy',
      );
    });

    it('is the manager’s: another district officer and a member cannot hold one', async () => {
      const payload = {
        councilId: council.id,
        title: 'x',
        date: '2020-05-08',
        place: 'y',
        dossierIds: [await accepted()],
        attendeeIds: [memberId(council, 'hoidong.1')],
      };
      expect(
        (await t.inject('cl.nongnghiep', { method: 'POST', url: '/api/sessions', payload })).statusCode,
      ).toBe(404);
      expect(
        (await t.inject('hoidong.1', { method: 'POST', url: '/api/sessions', payload })).statusCode,
      ).toBe(403);
    });
  });

  describe('who sees what', () => {
    it('hides the others’ scores until the member submitted, and drafts from everybody', async () => {
      const dossier = await accepted();
      const session = await createSession(t, council, [dossier]);
      await score(t, 'hoidong.1', session.id, dossier, 64);
      await score(t, 'hoidong.2', session.id, dossier, 60, false);

      const hidden = await t.inject('hoidong.3', sheetsUrl(session.id, dossier));
      expect(hidden.statusCode).toBe(403);
      expect(hidden.json<ApiError>().code).toBe('SCORES_HIDDEN');
      expect(hidden.json<ApiError>().message).toBe(
        'Bạn cần nộp phiếu chấm của mình trước khi xem điểm của các thành viên khác.',
      );
      expect((await t.inject('hoidong.2', sheetsUrl(session.id, dossier))).statusCode).toBe(403);
      const view = (await t.inject('hoidong.3', `/api/sessions/${session.id}`)).json<CouncilSession>();
      expect(view.agenda[0]?.result).toBeNull();
      expect(view.agenda[0]?.mySheet).toBe('none');
      expect(view.canManage).toBeFalse();

      const seen = await t.inject('hoidong.1', sheetsUrl(session.id, dossier));
      expect(seen.statusCode).withContext(seen.body).toBe(200);
      const scores = seen.json<DossierScores>();
      const byUser = (u: string) => scores.members.find((m) => m.member.username === u);
      expect(byUser('hoidong.1')?.total).toBe(64);
      expect(byUser('hoidong.2')?.status).toBe('draft');
      expect(byUser('hoidong.2')?.total).toBeNull();
      expect(byUser('hoidong.2')?.answers).toBeNull();
      expect(byUser('hoidong.3')?.status).toBe('none');
      expect(scores.result?.mean).toBe(64);

      const managers = (
        await t.inject('vq.nongnghiep', sheetsUrl(session.id, dossier))
      ).json<DossierScores>();
      expect(managers.members.find((m) => m.member.username === 'hoidong.2')?.total).toBeNull();
      const province = await t.inject('so.nongnghiep', sheetsUrl(session.id, dossier));
      expect(province.statusCode).toBe(200);
    });

    it('answers 404 to a member not present and to non-members', async () => {
      const dossier = await accepted();
      const session = await createSession(t, council, [dossier], ['hoidong.1', 'hoidong.2']);
      for (const user of ['hoidong.3', 'vq.yte', 'xa.huule', 'cl.nongnghiep'] as const) {
        expect((await t.inject(user, `/api/sessions/${session.id}`)).statusCode)
          .withContext(user)
          .toBe(404);
        expect((await t.inject(user, mineUrl(session.id, dossier))).statusCode)
          .withContext(user)
          .toBe(404);
        const put = await t.inject(user, {
          method: 'PUT',
          url: mineUrl(session.id, dossier),
          payload: { answers: { choices: {}, gates: [] }, version: 0 },
        });
        expect(put.statusCode).withContext(user).toBe(404);
        expect((await t.inject(user, sheetsUrl(session.id, dossier))).statusCode)
          .withContext(user)
          .toBe(404);
      }
      const [row] = await t.db.query<{ n: number }>(
        'select count(*)::int as n from score_sheets where session_id = $1',
        [session.id],
      );
      expect(row?.n).toBe(0);
      const list = (await t.inject('hoidong.3', '/api/sessions')).json<SessionSummary[]>();
      expect(list.map((s) => s.id)).not.toContain(session.id);
      const mine = (await t.inject('hoidong.1', '/api/sessions')).json<SessionSummary[]>();
      expect(mine.find((s) => s.id === session.id)?.mySheetsToDo).toBe(1);
    });
  });

  describe('a member’s sheet', () => {
    it('autosaves with the version, refuses stale versions, bad answers and incomplete submits', async () => {
      const dossier = await accepted();
      const session = await createSession(t, council, [dossier]);
      const url = mineUrl(session.id, dossier);
      const empty = (await t.inject('hoidong.1', url)).json<MyScoreSheet>();
      expect(empty.version).toBe(0);
      expect(empty.status).toBe('draft');
      expect(empty.score.complete).toBeFalse();

      const firstCode = Object.keys(answersFor(empty.sheet, 50).choices)[0]!;
      const partial = { choices: { [firstCode]: 0 }, gates: [] };
      const saved = await t.inject('hoidong.1', {
        method: 'PUT',
        url,
        payload: { answers: partial, version: 0 },
      });
      expect(saved.statusCode).withContext(saved.body).toBe(200);
      expect(saved.json<MyScoreSheet>().version).toBe(1);

      const stale = await t.inject('hoidong.1', {
        method: 'PUT',
        url,
        payload: { answers: { choices: {}, gates: [] }, version: 0 },
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<ApiError>()).toEqual(
        jasmine.objectContaining({ code: 'STALE_VERSION', details: { currentVersion: 1 } }),
      );
      expect((await t.inject('hoidong.1', url)).json<MyScoreSheet>().answers).toEqual(partial);

      const invalid = await t.inject('hoidong.1', {
        method: 'PUT',
        url,
        payload: { answers: { choices: { '99.9': 0, [firstCode]: 42 }, gates: [] }, version: 1 },
      });
      expect(invalid.statusCode).toBe(400);
      expect(invalid.json<ApiError>().code).toBe('VALIDATION_FAILED');
      expect((invalid.json<ApiError>().details as { field: string }[]).map((e) => e.field)).toEqual(
        jasmine.arrayWithExactContents(['choices.99.9', `choices.${firstCode}`]),
      );

      const incomplete = await t.inject('hoidong.1', {
        method: 'POST',
        url: `${url}/submit`,
        payload: { version: 1 },
      });
      expect(incomplete.statusCode).toBe(400);
      expect(incomplete.json<ApiError>().code).toBe('SHEET_INCOMPLETE');
      const unanswered = (incomplete.json<ApiError>().details as { unanswered: string[] }).unanswered;
      expect(unanswered.length).toBeGreaterThan(0);
      expect(unanswered).not.toContain(firstCode);
      expect((await t.inject('hoidong.1', url)).json<MyScoreSheet>().status).toBe('draft');

      const submitted = await score(t, 'hoidong.1', session.id, dossier, 55);
      expect(submitted.status).toBe('submitted');
      expect(submitted.score.total).toBe(55);
      const again = await t.inject('hoidong.1', {
        method: 'PUT',
        url,
        payload: { answers: partial, version: submitted.version },
      });
      expect(again.statusCode).toBe(409);
      expect(again.json<ApiError>().code).toBe('SHEET_SUBMITTED');
    });
  });

  describe('results, reopening and closing', () => {
    it('averages, flags a spread above 10, reopens, re-scores, closes and forwards', async () => {
      const high = await accepted();
      const low = await accepted();
      const session = await createSession(t, council, [high, low]);

      await score(t, 'hoidong.1', session.id, high, 64);
      await score(t, 'hoidong.2', session.id, high, 61);
      const close = (payload: Record<string, unknown>) =>
        t.inject('vq.nongnghiep', { method: 'POST', url: `/api/sessions/${session.id}/close`, payload });

      const incomplete = await close({ version: 1 });
      expect(incomplete.statusCode).toBe(409);
      expect(incomplete.json<ApiError>().code).toBe('SESSION_INCOMPLETE');
      expect(incomplete.json<ApiError>().details).toContain({
        dossierId: high,
        missingMemberIds: [memberId(council, 'hoidong.3')],
      });

      await score(t, 'hoidong.3', session.id, high, 80);
      const flagged = (await t.inject('vq.nongnghiep', sheetsUrl(session.id, high))).json<DossierScores>()
        .result;
      expect(flagged).toEqual(
        jasmine.objectContaining({ count: 3, mean: 68.33, spread: 19, spreadFlagged: true, stars: 3 }),
      );
      for (const user of ['hoidong.1', 'hoidong.2', 'hoidong.3'] as const) {
        await score(t, user, session.id, low, 40);
      }
      const noNote = await close({ version: 1 });
      expect(noNote.statusCode).toBe(400);
      expect(noNote.json<ApiError>().code).toBe('SPREAD_NOTE_REQUIRED');

      const memberReopen = await t.inject('hoidong.1', {
        method: 'POST',
        url: `/api/sessions/${session.id}/dossiers/${high}/reopen`,
        payload: { reason: 'x' },
      });
      expect(memberReopen.statusCode).toBe(403);
      const reopened = await t.inject('vq.nongnghiep', {
        method: 'POST',
        url: `/api/sessions/${session.id}/dossiers/${high}/reopen`,
        payload: {
          reason: 'Chênh lệch trên 10 điểm, hội đồng thảo luận',
          memberIds: [memberId(council, 'hoidong.3')],
        },
      });
      expect(reopened.statusCode).withContext(reopened.body).toBe(200);
      const after = reopened.json<DossierScores>();
      expect(after.members.find((m) => m.member.username === 'hoidong.3')?.status).toBe('draft');
      expect(after.result?.count).toBe(2);
      const audit = (
        await t.inject('admin.tinh', `/api/admin/audit?entityType=council-session&entityId=${session.id}`)
      ).json<{ items: AuditEntry[] }>().items;
      expect(audit.find((e) => e.action === 'reopen-scores')?.comment).toBe(
        'Chênh lệch trên 10 điểm, hội đồng thảo luận',
      );
      const reopenedSheet = (await t.inject('hoidong.3', mineUrl(session.id, high))).json<MyScoreSheet>();
      expect(reopenedSheet.reopenedCount).toBe(1);

      await t.inject('hoidong.3', {
        method: 'PUT',
        url: mineUrl(session.id, high),
        payload: { answers: answersFor(reopenedSheet.sheet, 63), version: reopenedSheet.version },
      });
      const resubmitted = await t.inject('hoidong.3', {
        method: 'POST',
        url: `${mineUrl(session.id, high)}/submit`,
        payload: { version: reopenedSheet.version + 1 },
      });
      expect(resubmitted.statusCode).withContext(resubmitted.body).toBe(200);

      const stale = await close({ version: 7 });
      expect(stale.statusCode).toBe(409);
      expect(stale.json<ApiError>().code).toBe('STALE_VERSION');
      const closed = await close({ version: 1 });
      expect(closed.statusCode).withContext(closed.body).toBe(200);
      const view = closed.json<CouncilSession>();
      expect(view.status).toBe('closed');
      expect(view.closedBy).toBe('vq.nongnghiep');
      expect(view.agenda.map((a) => [a.result?.mean, a.result?.stars, a.forwarded])).toEqual([
        [62.67, 3, true],
        [40, 2, false],
      ]);
      expect(await stateOf(high)).toBe('forwarded');
      expect(await stateOf(low)).toBe('not-forwarded');
      const dossierAudit = (
        await t.inject('admin.tinh', `/api/admin/audit?entityType=dossier&entityId=${high}`)
      ).json<{ items: AuditEntry[] }>().items;
      expect(dossierAudit[0]?.action).toBe('forward');
      expect(dossierAudit[0]?.actor.username).toBe('vq.nongnghiep');

      const minutes = await t.inject('hoidong.2', `/api/sessions/${session.id}/minutes`);
      expect(minutes.statusCode).withContext(minutes.body).toBe(200);
      const rows = minutes.json<SessionMinutes>().rows;
      expect(rows.map((r) => [r.mean, r.spread, r.stars, r.forwarded])).toEqual([
        [62.67, 3, 3, true],
        [40, 0, 2, false],
      ]);
      expect(rows[0]?.memberTotals.map((m) => m.total)).toEqual([64, 61, 63]);
    });

    it('locks everything once closed, down to the database', async () => {
      const dossier = await accepted();
      const session = await createSession(t, council, [dossier]);
      const sheets: MyScoreSheet[] = [];
      for (const user of ['hoidong.1', 'hoidong.2', 'hoidong.3'] as const) {
        sheets.push(await score(t, user, session.id, dossier, 70));
      }
      const beforeClose = await t.inject('hoidong.1', `/api/sessions/${session.id}/minutes`);
      expect(beforeClose.statusCode).toBe(403);
      const closed = await t.inject('vq.nongnghiep', {
        method: 'POST',
        url: `/api/sessions/${session.id}/close`,
        payload: { version: 1 },
      });
      expect(closed.statusCode).withContext(closed.body).toBe(200);
      expect(await stateOf(dossier)).toBe('forwarded');

      const url = mineUrl(session.id, dossier);
      const put = await t.inject('hoidong.1', {
        method: 'PUT',
        url,
        payload: { answers: sheets[0]!.answers, version: sheets[0]!.version },
      });
      expect(put.statusCode).toBe(409);
      expect(put.json<ApiError>().code).toBe('SESSION_CLOSED');
      const submit = await t.inject('hoidong.1', {
        method: 'POST',
        url: `${url}/submit`,
        payload: { version: 1 },
      });
      expect(submit.json<ApiError>().code).toBe('SESSION_CLOSED');
      const reopen = await t.inject('vq.nongnghiep', {
        method: 'POST',
        url: `/api/sessions/${session.id}/dossiers/${dossier}/reopen`,
        payload: { reason: 'Thử mở lại' },
      });
      expect(reopen.statusCode).toBe(409);
      expect(reopen.json<ApiError>().code).toBe('SESSION_CLOSED');
      expect((await t.inject('hoidong.1', url)).json<MyScoreSheet>().locked).toBeTrue();

      await expectAsync(
        t.db.query(`update score_sheets set total = 99 where session_id = $1`, [session.id]),
      ).toBeRejected();
      await expectAsync(
        t.db.query(`delete from score_sheets where session_id = $1`, [session.id]),
      ).toBeRejected();
      await expectAsync(
        t.db.query(`update council_sessions set status = 'open' where id = $1`, [session.id]),
      ).toBeRejected();
      const [row] = await t.db.query<{ totals: string }>(
        `select string_agg(total::text, ',' order by total) as totals from score_sheets where session_id = $1`,
        [session.id],
      );
      expect(row?.totals).toBe('70.00,70.00,70.00');
    });
  });

  it('lets the province officer read a district session but not manage it, and managers read the minutes early', async () => {
    const dossier = await accepted();
    const session = await createSession(t, council, [dossier], ['hoidong.1']);
    await score(t, 'hoidong.1', session.id, dossier, 52);

    const read = await t.inject('so.nongnghiep', `/api/sessions/${session.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json<CouncilSession>().canManage).toBeFalse();
    expect(read.json<CouncilSession>().agenda[0]?.result?.mean).toBe(52);
    const close = await t.inject('so.nongnghiep', {
      method: 'POST',
      url: `/api/sessions/${session.id}/close`,
      payload: { version: 1 },
    });
    expect(close.statusCode).toBe(403);

    const minutes = await t.inject('vq.nongnghiep', `/api/sessions/${session.id}/minutes`);
    expect(minutes.statusCode).withContext(minutes.body).toBe(200);
    const body = minutes.json<SessionMinutes>();
    expect(body.council.id).toBe(council.id);
    expect(body.rows[0]?.memberTotals).toEqual([
      { memberId: memberId(council, 'hoidong.1'), fullName: 'Đinh Thị Giang', total: 52 },
    ]);
    expect(body.rows[0]?.forwarded).toBeNull();
    expect(body.spreadNote).toBeNull();
    const listed = (
      await t.inject('so.nongnghiep', `/api/sessions?councilId=${council.id}&status=open`)
    ).json<SessionSummary[]>();
    expect(listed.find((s) => s.id === session.id)?.mySheetsToDo).toBeNull();
  });

  it('the dossier action route refuses the steps the council session takes', async () => {
    const dossier = await accepted();
    const res = await t.inject('vq.nongnghiep', {
      method: 'POST',
      url: `/api/dossiers/${dossier}/actions/forward`,
      payload: { version: 1, requestId: randomUUID() },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json<ApiError>().code).toBe('UNKNOWN_ACTION');
    expect(res.json<ApiError>().message).toContain('phiên họp');
    expect(await stateOf(dossier)).toBe('accepted');
  });
});
