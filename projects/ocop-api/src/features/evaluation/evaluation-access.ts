import type { CouncilLevel, Principal } from '@ocop/domain';
import type { Queryable } from '../../db/db';
import { ApiHttpError, notFound } from '../../http/api-http-error';

/**
 * Who may do what with a council and its sessions (design of issue 7, "Access"):
 * - the manager of a district council is the district officer of that district; of the province council, a
 *   province officer. Managers create sessions, reopen scores and close sessions;
 * - a province officer reads every council and session;
 * - a council member acts through their token: role council-member and a username that is a member's of the
 *   council (and, for a session, of a member present);
 * - anyone else learns nothing: 404, as for a record that does not exist.
 */

export const COUNCIL_NOT_FOUND_MESSAGE = 'Không tìm thấy hội đồng, hoặc hội đồng không thuộc đơn vị của bạn.';
export const SESSION_NOT_FOUND_MESSAGE = 'Không tìm thấy phiên họp, hoặc bạn không tham dự phiên họp này.';

export function managesCouncil(
  caller: Principal,
  council: { level: CouncilLevel; unitCode: string },
): boolean {
  if (council.level === 'district') {
    return caller.roles.includes('district-officer') && caller.districtCode === council.unitCode;
  }
  return caller.roles.includes('province-officer');
}

export function readsCouncil(caller: Principal, council: { level: CouncilLevel; unitCode: string }): boolean {
  return managesCouncil(caller, council) || caller.roles.includes('province-officer');
}

/** The caller's sign-in name when they may score (role council-member), else null. */
export function scoringUsername(caller: Principal): string | null {
  return caller.roles.includes('council-member') ? caller.username : null;
}

export interface SessionRow {
  id: string;
  council_id: string;
  council_name: string;
  level: CouncilLevel;
  unit_code: string;
  title: string;
  session_date: string;
  place: string;
  status: 'open' | 'closed';
  closed_at: string | null;
  closed_by: string | null;
  spread_note: string | null;
  version: number;
}

export interface SessionAccess {
  session: SessionRow;
  canManage: boolean;
  /** Managers and province officers: every result, every submitted sheet. */
  canRead: boolean;
  /** The caller's member id when they are a council member present at the session. */
  memberId: string | null;
}

export const SESSION_COLUMNS = `s.id, s.council_id, c.name as council_name, c.level, c.unit_code, s.title,
  to_char(s.session_date, 'YYYY-MM-DD') as session_date, s.place, s.status,
  to_char(s.closed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') as closed_at, s.closed_by,
  s.spread_note, s.version`;

/**
 * The session and what the caller may do with it; 404 when they may do nothing. `lock` takes the session's
 * row lock: 'update' for closing, 'share' for a member's change of a sheet, so that a sheet is never written
 * after the session closed (the trigger of 0009_councils.sql refuses it anyway).
 */
export async function sessionAccess(
  db: Queryable,
  caller: Principal,
  sessionId: string,
  lock: 'update' | 'share' | null = null,
): Promise<SessionAccess> {
  const [session] = await db.query<SessionRow>(
    `select ${SESSION_COLUMNS} from council_sessions s join councils c on c.id = s.council_id
     where s.id = $1 ${lock === null ? '' : `for ${lock} of s`}`,
    [sessionId],
  );
  if (session === undefined) throw notFound(SESSION_NOT_FOUND_MESSAGE);
  const council = { level: session.level, unitCode: session.unit_code };
  const canManage = managesCouncil(caller, council);
  const canRead = readsCouncil(caller, council);
  let memberId: string | null = null;
  const username = scoringUsername(caller);
  if (username !== null) {
    const [member] = await db.query<{ id: string }>(
      `select m.id from session_attendees a join council_members m on m.id = a.member_id
       where a.session_id = $1 and m.username = $2`,
      [sessionId, username],
    );
    memberId = member?.id ?? null;
  }
  if (!canRead && memberId === null) throw notFound(SESSION_NOT_FOUND_MESSAGE);
  return { session, canManage, canRead, memberId };
}

/** The caller must manage the session's council (reopen, close). */
export function requireManager(access: SessionAccess): void {
  if (!access.canManage) {
    throw new ApiHttpError(
      403,
      'FORBIDDEN',
      'Chỉ cơ quan thường trực của hội đồng được mở lại việc chấm điểm hoặc kết thúc phiên họp.',
    );
  }
}

export function sessionClosed(): ApiHttpError {
  return new ApiHttpError(
    409,
    'SESSION_CLOSED',
    'Phiên họp đã kết thúc: điểm đã được khóa và không thể thay đổi.',
  );
}

export function staleVersion(currentVersion: number, what: string): ApiHttpError {
  return new ApiHttpError(
    409,
    'STALE_VERSION',
    `${what} đã được cập nhật ở nơi khác. Hãy tải lại để xem thay đổi mới nhất rồi thực hiện lại.`,
    { currentVersion },
  );
}
