import {
  answerProblems,
  criteriaSheetFor,
  EMPTY_ANSWERS,
  parseScoresReopening,
  parseSheetChange,
  parseSheetSubmit,
  scoreResultOf,
  scoreSheet,
  type CriteriaSheet,
  type DossierScores,
  type MemberScore,
  type MyScoreSheet,
  type Principal,
  type SheetAnswers,
} from '@ocop/domain';
import type { Db, Queryable } from '../../db/db';
import { ApiHttpError, notFound, validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import {
  requireManager,
  SESSION_NOT_FOUND_MESSAGE,
  sessionAccess,
  sessionClosed,
  staleVersion,
  type SessionAccess,
} from './evaluation-access';
import { attendeesOf, lockSheetRow, sheetRowsOf, type SheetRow } from './score-sheet-rows';
import { criteriaSheetMissing, seesScores } from './sessions';

/**
 * A member's own sheet (read, autosave, submit), everybody's sheets of a dossier, and reopening them. A member
 * reaches only their own sheet (the path says "mine": there is no way to name another member's), sees the
 * others' only after submitting their own, and never sees a draft but their own.
 */

const DOSSIER_NOT_ON_AGENDA = 'Hồ sơ không có trong chương trình của phiên họp.';

/** The dossier's sheet, when the dossier is on the session's agenda; 404 otherwise. */
async function agendaSheet(db: Queryable, sessionId: string, dossierId: string): Promise<CriteriaSheet> {
  const [row] = await db.query<{ criteria_set: '1048' | '148'; product_group_code: string }>(
    `select d.criteria_set, pr.product_group_code from session_dossiers sd
     join dossiers d on d.id = sd.dossier_id join products pr on pr.id = d.product_id
     where sd.session_id = $1 and sd.dossier_id = $2`,
    [sessionId, dossierId],
  );
  if (row === undefined) throw notFound(DOSSIER_NOT_ON_AGENDA);
  const sheet = criteriaSheetFor(row.criteria_set, row.product_group_code);
  if (sheet === null) throw criteriaSheetMissing(row.criteria_set, row.product_group_code, { dossierId });
  return sheet;
}

/** The caller's member id: only a member present scores; everyone else gets the session's 404. */
function scoringMember(access: SessionAccess): string {
  if (access.memberId === null) throw notFound(SESSION_NOT_FOUND_MESSAGE);
  return access.memberId;
}

function mySheet(
  access: SessionAccess,
  dossierId: string,
  sheet: CriteriaSheet,
  row: SheetRow | undefined,
): MyScoreSheet {
  const answers: SheetAnswers = row?.answers ?? EMPTY_ANSWERS;
  return {
    sessionId: access.session.id,
    dossierId,
    sheet,
    answers,
    score: scoreSheet(sheet, answers),
    status: row?.status ?? 'draft',
    submittedAt: row?.submitted_at ?? null,
    reopenedCount: row?.reopened_count ?? 0,
    locked: access.session.status === 'closed',
    version: row?.version ?? 0,
  };
}

/** GET …/sheets/mine: no row yet reads as an empty draft of version 0. */
export async function readMySheet(
  db: Queryable,
  caller: Principal,
  sessionId: string,
  dossierId: string,
): Promise<MyScoreSheet> {
  const access = await sessionAccess(db, caller, sessionId);
  const memberId = scoringMember(access);
  const sheet = await agendaSheet(db, sessionId, dossierId);
  const [row] = (await sheetRowsOf(db, sessionId, dossierId)).filter((s) => s.member_id === memberId);
  return mySheet(access, dossierId, sheet, row);
}

function sheetSubmitted(): ApiHttpError {
  return new ApiHttpError(
    409,
    'SHEET_SUBMITTED',
    'Phiếu chấm đã nộp. Chỉ có thể sửa khi thư ký hội đồng mở lại việc chấm điểm.',
  );
}

/** PUT …/sheets/mine: the autosave of a draft, its total computed here with the domain's scoreSheet. */
export async function saveMySheet(
  db: Db,
  caller: Principal,
  sessionId: string,
  dossierId: string,
  fields: Record<string, unknown>,
): Promise<MyScoreSheet> {
  const parsed = parseSheetChange(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const { answers, version } = parsed.value;
  return db.transaction(async (tx) => {
    const access = await sessionAccess(tx, caller, sessionId, 'share');
    const memberId = scoringMember(access);
    const sheet = await agendaSheet(tx, sessionId, dossierId);
    if (access.session.status === 'closed') throw sessionClosed();
    const row = await lockSheetRow(tx, sessionId, dossierId, memberId);
    if (version !== (row?.version ?? 0)) throw staleVersion(row?.version ?? 0, 'Phiếu chấm');
    if (row?.status === 'submitted') throw sheetSubmitted();
    const problems = answerProblems(sheet, answers);
    if (problems.length > 0) throw validationFailed(problems);
    const score = scoreSheet(sheet, answers);
    const parts = JSON.stringify(score.parts.map((p) => ({ code: p.code, score: p.score })));
    await tx.query(
      `insert into score_sheets (session_id, dossier_id, member_id, answers, total, parts, status)
       values ($1, $2, $3, $4::jsonb, $5, $6::jsonb, 'draft')
       on conflict (session_id, dossier_id, member_id) do update
       set answers = excluded.answers, total = excluded.total, parts = excluded.parts,
           version = score_sheets.version + 1, updated_at = now()`,
      [sessionId, dossierId, memberId, JSON.stringify(answers), score.total, parts],
    );
    return mySheet(access, dossierId, sheet, await lockSheetRow(tx, sessionId, dossierId, memberId));
  });
}

/** POST …/sheets/mine/submit: only a complete sheet (every criterion answered or skipped by a gate). */
export async function submitMySheet(
  db: Db,
  caller: Principal,
  sessionId: string,
  dossierId: string,
  fields: Record<string, unknown>,
): Promise<MyScoreSheet> {
  const parsed = parseSheetSubmit(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  return db.transaction(async (tx) => {
    const access = await sessionAccess(tx, caller, sessionId, 'share');
    const memberId = scoringMember(access);
    const sheet = await agendaSheet(tx, sessionId, dossierId);
    if (access.session.status === 'closed') throw sessionClosed();
    const row = await lockSheetRow(tx, sessionId, dossierId, memberId);
    if (parsed.value.version !== (row?.version ?? 0)) throw staleVersion(row?.version ?? 0, 'Phiếu chấm');
    if (row === undefined) throw new Error('unreachable: version 0 is refused by parseSheetSubmit');
    if (row.status === 'submitted') throw sheetSubmitted();
    const score = scoreSheet(sheet, row.answers);
    if (!score.complete) {
      throw new ApiHttpError(
        400,
        'SHEET_INCOMPLETE',
        `Phiếu chấm còn ${score.unanswered.length} tiêu chí chưa chọn điểm.`,
        { unanswered: score.unanswered },
      );
    }
    await tx.query(
      `update score_sheets set status = 'submitted', submitted_at = now(), version = version + 1,
              updated_at = now()
       where session_id = $1 and dossier_id = $2 and member_id = $3`,
      [sessionId, dossierId, memberId],
    );
    return mySheet(access, dossierId, sheet, await lockSheetRow(tx, sessionId, dossierId, memberId));
  });
}

async function dossierScores(
  db: Queryable,
  access: SessionAccess,
  dossierId: string,
): Promise<DossierScores> {
  const attendees = await attendeesOf(db, access.session.id);
  const sheets = await sheetRowsOf(db, access.session.id, dossierId);
  const members: MemberScore[] = attendees.map((member) => {
    const row = sheets.find((s) => s.member_id === member.id);
    const shown = row?.status === 'submitted' ? row : undefined;
    return {
      member,
      status: row?.status ?? 'none',
      total: shown?.total ?? null,
      parts: shown?.parts ?? null,
      answers: shown?.answers ?? null,
      submittedAt: shown?.submitted_at ?? null,
    };
  });
  const totals = sheets.filter((s) => s.status === 'submitted').map((s) => s.total);
  return { sessionId: access.session.id, dossierId, members, result: scoreResultOf(totals) };
}

/** GET …/sheets: managers and readers; a member once their own sheet of this dossier is submitted. */
export async function readDossierScores(
  db: Queryable,
  caller: Principal,
  sessionId: string,
  dossierId: string,
): Promise<DossierScores> {
  const access = await sessionAccess(db, caller, sessionId);
  await agendaSheet(db, sessionId, dossierId);
  if (!seesScores(access, await sheetRowsOf(db, sessionId, dossierId), dossierId)) {
    throw new ApiHttpError(
      403,
      'SCORES_HIDDEN',
      'Bạn cần nộp phiếu chấm của mình trước khi xem điểm của các thành viên khác.',
    );
  }
  return dossierScores(db, access, dossierId);
}

/** POST …/reopen: submitted sheets go back to draft for discussion (all, or the members chosen). */
export async function reopenScores(
  db: Db,
  caller: Principal,
  sessionId: string,
  dossierId: string,
  fields: Record<string, unknown>,
): Promise<DossierScores> {
  const parsed = parseScoresReopening(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const { reason, memberIds } = parsed.value;
  return db.transaction(async (tx) => {
    const access = await sessionAccess(tx, caller, sessionId, 'update');
    requireManager(access);
    await agendaSheet(tx, sessionId, dossierId);
    if (access.session.status === 'closed') throw sessionClosed();
    const submitted = (await sheetRowsOf(tx, sessionId, dossierId)).filter((s) => s.status === 'submitted');
    const chosen = memberIds ?? submitted.map((s) => s.member_id);
    const notSubmitted = chosen.flatMap((id, i) =>
      submitted.some((s) => s.member_id === id)
        ? []
        : [
            {
              field: `memberIds[${i}]`,
              code: 'not_submitted',
              message: 'Thành viên này chưa nộp phiếu chấm',
            },
          ],
    );
    if (notSubmitted.length > 0) throw validationFailed(notSubmitted);
    if (chosen.length === 0) {
      throw new ApiHttpError(409, 'NOTHING_TO_REOPEN', 'Chưa có phiếu chấm nào được nộp để mở lại.');
    }
    for (const memberId of chosen) {
      await tx.query(
        `update score_sheets set status = 'draft', submitted_at = null, reopened_count = reopened_count + 1,
                version = version + 1, updated_at = now()
         where session_id = $1 and dossier_id = $2 and member_id = $3`,
        [sessionId, dossierId, memberId],
      );
    }
    await appendAudit(tx, {
      actor: caller,
      entityType: 'council-session',
      entityId: sessionId,
      action: 'reopen-scores',
      from: {
        dossierId,
        totals: submitted
          .filter((s) => chosen.includes(s.member_id))
          .map((s) => ({ memberId: s.member_id, total: s.total })),
      },
      to: { dossierId, memberIds: chosen, status: 'draft' },
      comment: reason,
    });
    return dossierScores(tx, access, dossierId);
  });
}
