import {
  criteriaSheetFor,
  missingSheetMessage,
  parseNewSession,
  productGroupByCode,
  scoreResultOf,
  type CouncilSession,
  type CriteriaSetId,
  type Principal,
  type ScoreSheetStatus,
  type SessionAgendaItem,
  type SessionStatus,
  type SessionSummary,
} from '@ocop/domain';
import type { Db, Queryable } from '../../db/db';
import { ApiHttpError, validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import { readCouncil } from './councils';
import {
  managesCouncil,
  readsCouncil,
  scoringUsername,
  SESSION_COLUMNS,
  sessionAccess,
  type SessionAccess,
  type SessionRow,
} from './evaluation-access';
import { attendeesOf, sheetRowsOf, type SheetRow } from './score-sheet-rows';

export interface SessionQuery {
  councilId?: string;
  status?: SessionStatus;
}

/** The sheet's name of a sub-group, for the message naming a missing sheet. */
export function subgroupName(setId: CriteriaSetId, code: string): string {
  const group = productGroupByCode(code);
  return group?.setId === setId ? group.name : code;
}

export function criteriaSheetMissing(
  setId: CriteriaSetId,
  subgroupCode: string,
  details: Record<string, unknown> = {},
  status = 422,
): ApiHttpError {
  return new ApiHttpError(
    status,
    'CRITERIA_SHEET_MISSING',
    missingSheetMessage(setId, subgroupName(setId, subgroupCode)),
    {
      criteriaSet: setId,
      subgroupCode,
      ...details,
    },
  );
}

interface AgendaRow {
  dossier_id: string;
  forwarded: boolean | null;
  criteria_set: CriteriaSetId;
  product_group_code: string;
  product_id: string;
  product_name: string;
  producer_id: string;
  producer_name: string;
  commune_code: string;
  commune_name: string;
}

export async function agendaRowsOf(db: Queryable, sessionId: string): Promise<AgendaRow[]> {
  return db.query<AgendaRow>(
    `select sd.dossier_id, sd.forwarded, d.criteria_set, pr.product_group_code, pr.id as product_id,
            pr.name as product_name, p.id as producer_id, p.name as producer_name, d.commune_code,
            coalesce(unit_name_at(d.commune_code, 'commune', d.created_at::date), d.commune_code) as commune_name
     from session_dossiers sd
     join dossiers d on d.id = sd.dossier_id
     join products pr on pr.id = d.product_id
     join producers p on p.id = pr.producer_id
     where sd.session_id = $1 order by sd.sort`,
    [sessionId],
  );
}

/** Whether the caller may see the results and other members' sheets of this dossier now. */
export function seesScores(access: SessionAccess, sheets: readonly SheetRow[], dossierId: string): boolean {
  if (access.canRead) return true;
  return sheets.some(
    (s) => s.dossier_id === dossierId && s.member_id === access.memberId && s.status === 'submitted',
  );
}

/** The session as its page shows it, the results visible as the access rules allow. */
export async function sessionView(db: Queryable, access: SessionAccess): Promise<CouncilSession> {
  const { session } = access;
  const attendees = await attendeesOf(db, session.id);
  const agendaRows = await agendaRowsOf(db, session.id);
  const sheets = await sheetRowsOf(db, session.id);
  const agenda: SessionAgendaItem[] = agendaRows.map((row) => {
    const submitted = sheets.filter((s) => s.dossier_id === row.dossier_id && s.status === 'submitted');
    const mine = sheets.find((s) => s.dossier_id === row.dossier_id && s.member_id === access.memberId);
    const mySheet: ScoreSheetStatus | null = access.memberId === null ? null : (mine?.status ?? 'none');
    return {
      dossierId: row.dossier_id,
      product: { id: row.product_id, name: row.product_name },
      producer: { id: row.producer_id, name: row.producer_name },
      commune: { code: row.commune_code, name: row.commune_name },
      criteriaSet: row.criteria_set,
      subgroupCode: row.product_group_code,
      sheetTitle: criteriaSheetFor(row.criteria_set, row.product_group_code)?.title ?? '',
      submitted: submitted.length,
      expected: attendees.length,
      mySheet,
      result: seesScores(access, sheets, row.dossier_id)
        ? scoreResultOf(submitted.map((s) => s.total))
        : null,
      forwarded: row.forwarded,
    };
  });
  return {
    id: session.id,
    council: {
      id: session.council_id,
      name: session.council_name,
      level: session.level,
      unitCode: session.unit_code,
    },
    title: session.title,
    date: session.session_date,
    place: session.place,
    status: session.status,
    closedAt: session.closed_at,
    closedBy: session.closed_by,
    attendees,
    agenda,
    canManage: access.canManage,
    version: session.version,
  };
}

export async function readSession(
  db: Queryable,
  caller: Principal,
  sessionId: string,
): Promise<CouncilSession> {
  return sessionView(db, await sessionAccess(db, caller, sessionId));
}

/** GET /api/sessions: managers and readers their councils' sessions, members the sessions they attend. */
export async function listSessions(
  db: Queryable,
  caller: Principal,
  query: SessionQuery,
): Promise<SessionSummary[]> {
  const rows = await db.query<
    SessionRow & {
      dossier_count: number;
      attendee_count: number;
      my_member_id: string | null;
      my_submitted: number;
    }
  >(
    `select ${SESSION_COLUMNS},
            (select count(*)::int from session_dossiers sd where sd.session_id = s.id) as dossier_count,
            (select count(*)::int from session_attendees a where a.session_id = s.id) as attendee_count,
            (select m.id from session_attendees a join council_members m on m.id = a.member_id
             where a.session_id = s.id and m.username = $1) as my_member_id,
            (select count(*)::int from score_sheets sh join council_members m on m.id = sh.member_id
             where sh.session_id = s.id and m.username = $1 and sh.status = 'submitted') as my_submitted
     from council_sessions s join councils c on c.id = s.council_id
     order by s.session_date desc, s.created_at desc`,
    [scoringUsername(caller) ?? ''],
  );
  return rows
    .filter((r) => query.councilId === undefined || r.council_id === query.councilId)
    .filter((r) => query.status === undefined || r.status === query.status)
    .filter((r) => readsCouncil(caller, { level: r.level, unitCode: r.unit_code }) || r.my_member_id !== null)
    .map((r) => ({
      id: r.id,
      council: { id: r.council_id, name: r.council_name, level: r.level, unitCode: r.unit_code },
      title: r.title,
      date: r.session_date,
      place: r.place,
      status: r.status,
      dossierCount: r.dossier_count,
      attendeeCount: r.attendee_count,
      mySheetsToDo:
        r.my_member_id === null ? null : r.status === 'closed' ? 0 : r.dossier_count - r.my_submitted,
    }));
}

interface CandidateDossier {
  id: string;
  state: string;
  district_code: string;
  criteria_set: CriteriaSetId;
  product_group_code: string;
}

/** POST /api/sessions. */
export async function createSession(
  db: Db,
  caller: Principal,
  fields: Record<string, unknown>,
): Promise<CouncilSession> {
  const parsed = parseNewSession(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const request = parsed.value;
  const council = await readCouncil(db, caller, request.councilId);
  if (!managesCouncil(caller, council)) {
    throw new ApiHttpError(403, 'FORBIDDEN', 'Chỉ cơ quan thường trực của hội đồng được lập phiên họp.');
  }

  const errors = request.attendeeIds.flatMap((id, i) => {
    const member = council.members.find((m) => m.id === id);
    if (member === undefined) {
      return [
        { field: `attendeeIds[${i}]`, code: 'not_found', message: 'Không phải thành viên của hội đồng' },
      ];
    }
    if (member.username === null) {
      return [
        {
          field: `attendeeIds[${i}]`,
          code: 'no_account',
          message: `${member.fullName} chưa có tài khoản để chấm trên máy`,
        },
      ];
    }
    return [];
  });

  const wantedState = council.level === 'district' ? 'accepted' : 'forwarded';
  const candidates = await db.query<CandidateDossier>(
    `select d.id, d.state, d.district_code, d.criteria_set, pr.product_group_code
     from dossiers d join products pr on pr.id = d.product_id
     where d.id in (${request.dossierIds.map((_, i) => `$${i + 1}`).join(', ')})`,
    request.dossierIds,
  );
  const dossiers: CandidateDossier[] = [];
  request.dossierIds.forEach((id, i) => {
    const dossier = candidates.find((d) => d.id === id);
    if (
      dossier === undefined ||
      (council.level === 'district' && dossier.district_code !== council.unitCode)
    ) {
      errors.push({
        field: `dossierIds[${i}]`,
        code: 'not_found',
        message: 'Không tìm thấy hồ sơ, hoặc hồ sơ không thuộc đơn vị của hội đồng',
      });
    } else if (dossier.state !== wantedState) {
      errors.push({
        field: `dossierIds[${i}]`,
        code: 'invalid_state',
        message:
          council.level === 'district'
            ? 'Hồ sơ chưa được huyện tiếp nhận để đánh giá'
            : 'Hồ sơ chưa được hội đồng cấp huyện chuyển lên tỉnh',
      });
    } else dossiers.push(dossier);
  });
  if (errors.length > 0) throw validationFailed(errors);

  const unscorable = dossiers.find((d) => criteriaSheetFor(d.criteria_set, d.product_group_code) === null);
  if (unscorable !== undefined) {
    throw criteriaSheetMissing(unscorable.criteria_set, unscorable.product_group_code, {
      dossierId: unscorable.id,
    });
  }

  const id = await db.transaction(async (tx) => {
    const busy = await tx.query<{ dossier_id: string }>(
      `select sd.dossier_id from session_dossiers sd join council_sessions s on s.id = sd.session_id
       where s.status = 'open' and sd.dossier_id in (${request.dossierIds.map((_, i) => `$${i + 1}`).join(', ')})`,
      request.dossierIds,
    );
    if (busy.length > 0) {
      throw new ApiHttpError(
        409,
        'DOSSIER_ON_OTHER_SESSION',
        'Hồ sơ đã có trong một phiên họp khác chưa kết thúc.',
        { dossierIds: busy.map((b) => b.dossier_id) },
      );
    }
    const [row] = await tx.query<{ id: string }>(
      `insert into council_sessions (council_id, title, session_date, place) values ($1, $2, $3::date, $4)
       returning id`,
      [council.id, request.title, request.date, request.place],
    );
    if (row === undefined) throw new Error('session not inserted');
    for (const [sort, dossierId] of request.dossierIds.entries()) {
      await tx.query('insert into session_dossiers (session_id, dossier_id, sort) values ($1, $2, $3)', [
        row.id,
        dossierId,
        sort,
      ]);
    }
    for (const memberId of request.attendeeIds) {
      await tx.query('insert into session_attendees (session_id, member_id) values ($1, $2)', [
        row.id,
        memberId,
      ]);
    }
    await appendAudit(tx, {
      actor: caller,
      entityType: 'council-session',
      entityId: row.id,
      action: 'create',
      from: null,
      to: request,
      comment: null,
    });
    return row.id;
  });
  return readSession(db, caller, id);
}
