import {
  parseCouncilChange,
  parseNewCouncil,
  type Council,
  type CouncilLevel,
  type CouncilMember,
  type CouncilPosition,
  type NewCouncil,
  type Principal,
} from '@ocop/domain';
import type { Db, Queryable } from '../../db/db';
import { ApiHttpError, notFound, validationFailed } from '../../http/api-http-error';
import { appendAudit } from '../audit/audit.repository';
import {
  COUNCIL_NOT_FOUND_MESSAGE,
  managesCouncil,
  readsCouncil,
  scoringUsername,
  staleVersion,
} from './evaluation-access';

/** Councils: read (managers, province officers, their members) and written by their manager only. */

interface CouncilRow {
  id: string;
  level: CouncilLevel;
  unit_code: string;
  name: string;
  decision_number: string;
  decision_date: string;
  term_from: string;
  term_to: string | null;
  version: number;
}

interface MemberRow {
  id: string;
  council_id: string;
  full_name: string;
  position: CouncilPosition;
  title: string;
  username: string | null;
}

const COUNCIL_COLUMNS = `c.id, c.level, c.unit_code, c.name, c.decision_number,
  to_char(c.decision_date, 'YYYY-MM-DD') as decision_date, to_char(c.term_from, 'YYYY-MM-DD') as term_from,
  to_char(c.term_to, 'YYYY-MM-DD') as term_to, c.version`;

export function memberOf(row: MemberRow): CouncilMember {
  return {
    id: row.id,
    fullName: row.full_name,
    position: row.position,
    title: row.title,
    username: row.username,
  };
}

export const MEMBER_COLUMNS = 'm.id, m.council_id, m.full_name, m.position, m.title, m.username';

async function withMembers(db: Queryable, rows: CouncilRow[]): Promise<Council[]> {
  if (rows.length === 0) return [];
  const members = await db.query<MemberRow>(
    `select ${MEMBER_COLUMNS} from council_members m
     where m.council_id in (${rows.map((_, i) => `$${i + 1}`).join(', ')}) order by m.sort`,
    rows.map((r) => r.id),
  );
  return rows.map((row) => ({
    id: row.id,
    level: row.level,
    unitCode: row.unit_code,
    name: row.name,
    decisionNumber: row.decision_number,
    decisionDate: row.decision_date,
    termFrom: row.term_from,
    termTo: row.term_to,
    members: members.filter((m) => m.council_id === row.id).map(memberOf),
    version: row.version,
  }));
}

/** The councils the caller may read: managers theirs, province officers all, members those they sit on. */
export async function listCouncils(db: Queryable, caller: Principal): Promise<Council[]> {
  const rows = await db.query<CouncilRow>(
    `select ${COUNCIL_COLUMNS} from councils c order by c.level, c.unit_code, c.decision_date desc, c.name`,
  );
  const username = scoringUsername(caller);
  const memberOfIds = new Set(
    username === null
      ? []
      : (
          await db.query<{ council_id: string }>(
            'select council_id from council_members where username = $1',
            [username],
          )
        ).map((r) => r.council_id),
  );
  const visible = rows.filter(
    (r) => readsCouncil(caller, { level: r.level, unitCode: r.unit_code }) || memberOfIds.has(r.id),
  );
  return withMembers(db, visible);
}

/** A council whatever the caller, for code that has already checked access (a session's minutes). */
export async function readCouncilUnchecked(db: Queryable, councilId: string): Promise<Council> {
  const [row] = await db.query<CouncilRow>(`select ${COUNCIL_COLUMNS} from councils c where c.id = $1`, [
    councilId,
  ]);
  const [council] = row === undefined ? [] : await withMembers(db, [row]);
  if (council === undefined) throw notFound(COUNCIL_NOT_FOUND_MESSAGE);
  return council;
}

/** One council the caller may read; 404 otherwise. */
export async function readCouncil(db: Queryable, caller: Principal, councilId: string): Promise<Council> {
  const council = await readCouncilUnchecked(db, councilId);
  const username = scoringUsername(caller);
  const isMember = username !== null && council.members.some((m) => m.username === username);
  if (!readsCouncil(caller, council) && !isMember) throw notFound(COUNCIL_NOT_FOUND_MESSAGE);
  return council;
}

function notManager(): ApiHttpError {
  return new ApiHttpError(
    403,
    'FORBIDDEN',
    'Chỉ cơ quan thường trực của huyện (hội đồng cấp huyện) hoặc của tỉnh (hội đồng cấp tỉnh) được lập và ' +
      'sửa hội đồng.',
  );
}

/** POST /api/councils. */
export async function createCouncil(
  db: Db,
  caller: Principal,
  fields: Record<string, unknown>,
): Promise<Council> {
  const parsed = parseNewCouncil(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const council = parsed.value;
  if (!managesCouncil(caller, council)) throw notManager();
  if (council.members.some((m) => m.id !== null)) {
    throw validationFailed([
      { field: 'members', code: 'not_found', message: 'Hội đồng mới chưa có thành viên nào để sửa' },
    ]);
  }
  const id = await db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: string }>(
      `insert into councils (level, unit_code, name, decision_number, decision_date, term_from, term_to)
       values ($1, $2, $3, $4, $5::date, $6::date, $7::date) returning id`,
      [
        council.level,
        council.unitCode,
        council.name,
        council.decisionNumber,
        council.decisionDate,
        council.termFrom,
        council.termTo,
      ],
    );
    if (row === undefined) throw new Error('council not inserted');
    await writeMembers(tx, row.id, council);
    await appendAudit(tx, {
      actor: caller,
      entityType: 'council',
      entityId: row.id,
      action: 'create',
      from: null,
      to: council,
      comment: null,
    });
    return row.id;
  });
  return readCouncil(db, caller, id);
}

/** PUT /api/councils/:id: members sent with their id keep it; members left out leave the council if unused. */
export async function updateCouncil(
  db: Db,
  caller: Principal,
  councilId: string,
  fields: Record<string, unknown>,
): Promise<Council> {
  const parsed = parseCouncilChange(fields);
  if (!parsed.ok) throw validationFailed(parsed.errors);
  const change = parsed.value;
  await db.transaction(async (tx) => {
    const [row] = await tx.query<CouncilRow>(
      `select ${COUNCIL_COLUMNS} from councils c where c.id = $1 for update`,
      [councilId],
    );
    if (row === undefined) throw notFound(COUNCIL_NOT_FOUND_MESSAGE);
    const current = { level: row.level, unitCode: row.unit_code };
    if (!managesCouncil(caller, current)) {
      if (readsCouncil(caller, current)) throw notManager();
      throw notFound(COUNCIL_NOT_FOUND_MESSAGE);
    }
    if (change.version !== row.version) throw staleVersion(row.version, 'Hội đồng');
    if (change.level !== row.level || change.unitCode !== row.unit_code) {
      throw validationFailed([
        { field: 'unitCode', code: 'immutable', message: 'Không thể đổi cấp hoặc đơn vị của hội đồng' },
      ]);
    }
    const existing = await tx.query<{ id: string; used: boolean }>(
      `select m.id, exists (select 1 from session_attendees a where a.member_id = m.id) as used
       from council_members m where m.council_id = $1`,
      [councilId],
    );
    const known = new Set(existing.map((m) => m.id));
    const errors = change.members.flatMap((m, i) =>
      m.id !== null && !known.has(m.id)
        ? [{ field: `members[${i}].id`, code: 'not_found', message: 'Thành viên không thuộc hội đồng này' }]
        : [],
    );
    const kept = new Set(change.members.map((m) => m.id));
    if (existing.some((m) => m.used && !kept.has(m.id))) {
      errors.push({
        field: 'members',
        code: 'in_use',
        message: 'Không thể bỏ thành viên đã tham dự phiên họp của hội đồng',
      });
    }
    if (errors.length > 0) throw validationFailed(errors);
    await tx.query(
      `update councils set name = $2, decision_number = $3, decision_date = $4::date, term_from = $5::date,
              term_to = $6::date, version = version + 1, updated_at = now() where id = $1`,
      [councilId, change.name, change.decisionNumber, change.decisionDate, change.termFrom, change.termTo],
    );
    const removed = existing.filter((m) => !kept.has(m.id)).map((m) => m.id);
    for (const id of removed) await tx.query('delete from council_members where id = $1', [id]);
    // Usernames are unique per council: clear them first so members may swap accounts in one change.
    await tx.query('update council_members set username = null where council_id = $1', [councilId]);
    await writeMembers(tx, councilId, change);
    await appendAudit(tx, {
      actor: caller,
      entityType: 'council',
      entityId: councilId,
      action: 'update',
      from: { version: row.version },
      to: change,
      comment: null,
    });
  });
  return readCouncil(db, caller, councilId);
}

async function writeMembers(tx: Queryable, councilId: string, council: NewCouncil): Promise<void> {
  for (const [sort, m] of council.members.entries()) {
    if (m.id === null) {
      await tx.query(
        `insert into council_members (council_id, full_name, position, title, username, sort)
         values ($1, $2, $3, $4, $5, $6)`,
        [councilId, m.fullName, m.position, m.title, m.username, sort],
      );
    } else {
      await tx.query(
        `update council_members set full_name = $3, position = $4, title = $5, username = $6, sort = $7
         where id = $1 and council_id = $2`,
        [m.id, councilId, m.fullName, m.position, m.title, m.username, sort],
      );
    }
  }
}
