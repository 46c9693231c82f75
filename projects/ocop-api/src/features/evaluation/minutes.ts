import {
  criteriaSheetFor,
  scoreResultOf,
  type MinutesRow,
  type Principal,
  type SessionMinutes,
} from '@ocop/domain';
import type { Queryable } from '../../db/db';
import { ApiHttpError } from '../../http/api-http-error';
import { readCouncilUnchecked } from './councils';
import { sessionAccess } from './evaluation-access';
import { attendeesOf, sheetRowsOf } from './score-sheet-rows';
import { agendaRowsOf, sessionView } from './sessions';

/**
 * GET /api/sessions/:id/minutes: what the biên bản and the bảng tổng hợp kết quả print. Managers and readers
 * any time (a draft of the minutes while the session is open); members present once the session is closed.
 */
export async function readMinutes(
  db: Queryable,
  caller: Principal,
  sessionId: string,
): Promise<SessionMinutes> {
  const access = await sessionAccess(db, caller, sessionId);
  if (!access.canRead && access.session.status !== 'closed') {
    throw new ApiHttpError(
      403,
      'MINUTES_NOT_READY',
      'Biên bản phiên họp chỉ được công bố cho thành viên sau khi phiên họp kết thúc.',
    );
  }
  const session = await sessionView(db, access);
  const council = await readCouncilUnchecked(db, access.session.council_id);
  const rows = await minutesRowsOf(db, sessionId);
  return { session, council, rows, spreadNote: access.session.spread_note };
}

/** The rows of the minutes and of the summary table (bảng tổng hợp kết quả), without any access check. */
export async function minutesRowsOf(db: Queryable, sessionId: string): Promise<MinutesRow[]> {
  const attendees = await attendeesOf(db, sessionId);
  const sheets = await sheetRowsOf(db, sessionId);
  return (await agendaRowsOf(db, sessionId)).map((item) => {
    const submitted = sheets.filter((s) => s.dossier_id === item.dossier_id && s.status === 'submitted');
    const result = scoreResultOf(submitted.map((s) => s.total));
    return {
      dossierId: item.dossier_id,
      product: item.product_name,
      producer: item.producer_name,
      commune: item.commune_name,
      sheetTitle: criteriaSheetFor(item.criteria_set, item.product_group_code)?.title ?? '',
      memberTotals: attendees.map((m) => ({
        memberId: m.id,
        fullName: m.fullName,
        total: submitted.find((s) => s.member_id === m.id)?.total ?? null,
      })),
      mean: result?.mean ?? null,
      spread: result?.spread ?? null,
      stars: result?.stars ?? null,
      forwarded: item.forwarded,
    };
  });
}
