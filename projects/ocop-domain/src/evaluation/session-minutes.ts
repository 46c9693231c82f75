import type { CouncilLevel, CouncilSession, Council, SessionStatus } from './council';
import type { Stars } from './stars';

/** One line of GET /api/sessions: a session as lists show it. */
export interface SessionSummary {
  id: string;
  council: { id: string; name: string; level: CouncilLevel; unitCode: string };
  title: string;
  /** 'yyyy-MM-dd'. */
  date: string;
  place: string;
  status: SessionStatus;
  dossierCount: number;
  attendeeCount: number;
  /** For a member present: their sheets not yet submitted while the session is open; null for others. */
  mySheetsToDo: number | null;
}

/** A member's total on one dossier, as the minutes print it (only submitted sheets; null otherwise). */
export interface MinutesMemberTotal {
  memberId: string;
  fullName: string;
  total: number | null;
}

/** One dossier of the minutes (biên bản) and of the summary table (bảng tổng hợp kết quả). */
export interface MinutesRow {
  dossierId: string;
  product: string;
  producer: string;
  commune: string;
  sheetTitle: string;
  memberTotals: MinutesMemberTotal[];
  /** Null while nobody has submitted (an open session). */
  mean: number | null;
  spread: number | null;
  stars: Stars | null;
  /** Fixed when the session closed; null before. */
  forwarded: boolean | null;
}

/** GET /api/sessions/:id/minutes. */
export interface SessionMinutes {
  session: CouncilSession;
  council: Council;
  rows: MinutesRow[];
  /** What the council noted about results more than SPREAD_LIMIT apart when it closed the session. */
  spreadNote: string | null;
}
