import {
  forwardsToProvince,
  parseSessionClosing,
  scoreResultOf,
  type CouncilSession,
  type Principal,
  type ScoreResult,
} from '@ocop/domain';
import type { Db } from '../../db/db';
import { ApiHttpError, validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import { lockDossier } from '../dossiers/dossier-write';
import { transitionDossier } from '../dossiers/transition-dossier';
import { todayInVietnam } from '../units/commune-check';
import { requireManager, sessionAccess, sessionClosed, staleVersion } from './evaluation-access';
import { attendeesOf, sheetRowsOf } from './score-sheet-rows';
import { agendaRowsOf, readSession } from './sessions';

/**
 * POST /api/sessions/:id/close: the council's decision. Every member present must have submitted every
 * dossier; a result whose spread is flagged needs the council's note. The results are stored on the agenda,
 * the session is closed (from then on the database refuses any change of its sheets), and a district
 * council's dossiers move to `forwarded` or `not-forwarded` through the workflow engine, with the closing
 * officer as the actor — all in one transaction.
 */
export async function closeSession(
  db: Db,
  caller: Principal,
  sessionId: string,
  fields: Record<string, unknown>,
  today = todayInVietnam(),
): Promise<CouncilSession> {
  const parsed = parseSessionClosing(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const { version, spreadNote } = parsed.value;

  await db.transaction(async (tx) => {
    const access = await sessionAccess(tx, caller, sessionId, 'update');
    requireManager(access);
    const { session } = access;
    if (session.status === 'closed') throw sessionClosed();
    if (version !== session.version) throw staleVersion(session.version, 'Phiên họp');

    const attendees = await attendeesOf(tx, sessionId);
    const agenda = await agendaRowsOf(tx, sessionId);
    const sheets = await sheetRowsOf(tx, sessionId);
    const missing = agenda
      .map((item) => ({
        dossierId: item.dossier_id,
        missingMemberIds: attendees
          .filter(
            (m) =>
              !sheets.some(
                (s) => s.dossier_id === item.dossier_id && s.member_id === m.id && s.status === 'submitted',
              ),
          )
          .map((m) => m.id),
      }))
      .filter((m) => m.missingMemberIds.length > 0);
    if (missing.length > 0) {
      throw new ApiHttpError(
        409,
        'SESSION_INCOMPLETE',
        'Chưa thể kết thúc phiên họp: còn thành viên chưa nộp phiếu chấm.',
        missing,
      );
    }

    const results = agenda.map((item) => {
      const result = scoreResultOf(
        sheets.filter((s) => s.dossier_id === item.dossier_id).map((s) => s.total),
      ) as ScoreResult;
      return { item, result };
    });
    const flagged = results.filter((r) => r.result.spreadFlagged).map((r) => r.item.dossier_id);
    if (flagged.length > 0 && spreadNote === null) {
      throw new ApiHttpError(
        400,
        'SPREAD_NOTE_REQUIRED',
        'Có hồ sơ mà điểm của các thành viên chênh lệch trên 10 điểm: ghi lại ý kiến thống nhất của hội đồng ' +
          'trước khi kết thúc phiên họp.',
        { dossierIds: flagged },
      );
    }

    for (const { item, result } of results) {
      const forwarded =
        session.level === 'district' ? forwardsToProvince(item.criteria_set, result.mean) : null;
      await tx.query(
        `update session_dossiers set mean = $3, spread = $4, stars = $5, forwarded = $6
         where session_id = $1 and dossier_id = $2`,
        [sessionId, item.dossier_id, result.mean, result.spread, result.stars, forwarded],
      );
      if (forwarded !== null) {
        const dossier = await lockDossier(tx, caller, item.dossier_id);
        await transitionDossier(
          tx,
          caller,
          dossier,
          forwarded ? 'forward' : 'not-forward',
          {},
          { today },
          {
            comment: `${session.council_name}: ${session.title}`,
            auditDetails: { sessionId, mean: result.mean, stars: result.stars },
          },
        );
      }
    }
    await tx.query(
      `update council_sessions set status = 'closed', closed_at = now(), closed_by = $2, spread_note = $3,
              version = version + 1
       where id = $1`,
      [sessionId, caller.username, spreadNote],
    );
    await appendAudit(tx, {
      actor: caller,
      entityType: 'council-session',
      entityId: sessionId,
      action: 'close',
      from: { status: 'open', version: session.version },
      to: {
        status: 'closed',
        results: results.map(({ item, result }) => ({
          dossierId: item.dossier_id,
          mean: result.mean,
          spread: result.spread,
          stars: result.stars,
        })),
      },
      comment: spreadNote,
    });
  });
  return readSession(db, caller, sessionId);
}
