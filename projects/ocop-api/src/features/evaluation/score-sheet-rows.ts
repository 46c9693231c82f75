import type { CouncilMember, SheetAnswers } from '@ocop/domain';
import type { Queryable } from '../../db/db';
import { isoInstant } from '../audit/audit.repository';
import { MEMBER_COLUMNS, memberOf } from './councils';

/** The rows of score_sheets as the evaluation code reads them (jsonb parsed here, numbers as numbers). */
export interface SheetRow {
  dossier_id: string;
  member_id: string;
  answers: SheetAnswers;
  total: number;
  parts: { code: string; score: number }[];
  status: 'draft' | 'submitted';
  submitted_at: string | null;
  reopened_count: number;
  version: number;
}

interface RawSheetRow extends Omit<SheetRow, 'answers' | 'parts'> {
  answers: string;
  parts: string;
}

// jsonb leaves as text and is parsed here, so that both database drivers give the same values.
const SHEET_COLUMNS = `dossier_id, member_id, answers::text as answers, total::float8 as total, parts::text as parts,
  status, ${isoInstant('submitted_at')} as submitted_at, reopened_count, version`;

function sheetOf(row: RawSheetRow): SheetRow {
  return {
    ...row,
    answers: JSON.parse(row.answers) as SheetAnswers,
    parts: JSON.parse(row.parts) as SheetRow['parts'],
  };
}

export async function sheetRowsOf(db: Queryable, sessionId: string, dossierId?: string): Promise<SheetRow[]> {
  const rows = await db.query<RawSheetRow>(
    `select ${SHEET_COLUMNS} from score_sheets where session_id = $1 ${dossierId === undefined ? '' : 'and dossier_id = $2'}`,
    dossierId === undefined ? [sessionId] : [sessionId, dossierId],
  );
  return rows.map(sheetOf);
}

/** One member's sheet, locked for the change about to be made; undefined when not saved yet. */
export async function lockSheetRow(
  tx: Queryable,
  sessionId: string,
  dossierId: string,
  memberId: string,
): Promise<SheetRow | undefined> {
  const [row] = await tx.query<RawSheetRow>(
    `select ${SHEET_COLUMNS} from score_sheets where session_id = $1 and dossier_id = $2 and member_id = $3
     for update`,
    [sessionId, dossierId, memberId],
  );
  return row === undefined ? undefined : sheetOf(row);
}

/** The members present at the session, in the council's order. */
export async function attendeesOf(db: Queryable, sessionId: string): Promise<CouncilMember[]> {
  const rows = await db.query<Parameters<typeof memberOf>[0]>(
    `select ${MEMBER_COLUMNS} from session_attendees a join council_members m on m.id = a.member_id
     where a.session_id = $1 order by m.sort`,
    [sessionId],
  );
  return rows.map(memberOf);
}
