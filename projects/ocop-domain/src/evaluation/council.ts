import type { CriteriaSheet } from '../criteria/criteria-sheet';
import type { SheetAnswers, SheetScore } from '../criteria/score-sheet';
import type { CriteriaSetId } from '../dossiers/checklist/checklist-types';
import type { Certificate } from './certificates';
import type { ScoreResult } from './session-result';
import type { Stars } from './stars';

/** Councils (Hội đồng đánh giá, phân hạng sản phẩm OCOP), their sessions and scores, as the API sends them. */

export type CouncilLevel = 'district' | 'province';
export type CouncilPosition = 'chair' | 'vice-chair' | 'member' | 'secretary';

export const COUNCIL_POSITION_NAMES: Readonly<Record<CouncilPosition, string>> = {
  chair: 'Chủ tịch Hội đồng',
  'vice-chair': 'Phó Chủ tịch Hội đồng',
  member: 'Ủy viên',
  secretary: 'Thư ký',
};

export interface CouncilMember {
  id: string;
  fullName: string;
  position: CouncilPosition;
  /** Office and unit, e.g. "Phó Chủ tịch UBND huyện". */
  title: string;
  /** The member's sign-in name, so they can score in the browser; null for a member who scores on paper. */
  username: string | null;
}

export interface Council {
  id: string;
  level: CouncilLevel;
  /** District code (3 digits) for a district council, province code (2 digits) for the province's. */
  unitCode: string;
  name: string;
  /** "Quyết định số 123/QĐ-UBND" establishing it, and its date 'yyyy-MM-dd'. */
  decisionNumber: string;
  decisionDate: string;
  /** 'yyyy-MM-dd'; `termTo` null while it serves. */
  termFrom: string;
  termTo: string | null;
  members: CouncilMember[];
  version: number;
}

export type SessionStatus = 'open' | 'closed';

/** My sheet's state for one dossier. `none` = not opened yet. */
export type ScoreSheetStatus = 'none' | 'draft' | 'submitted';

/** One dossier on a session's agenda. */
export interface SessionAgendaItem {
  dossierId: string;
  product: { id: string; name: string };
  producer: { id: string; name: string };
  commune: { code: string; name: string };
  criteriaSet: CriteriaSetId;
  subgroupCode: string;
  sheetTitle: string;
  /** Submitted sheets / members present. */
  submitted: number;
  expected: number;
  /** The caller's own sheet, when the caller is a member present. */
  mySheet: ScoreSheetStatus | null;
  /** Visible to the session's managers always, to a member once their own sheet is submitted; else null. */
  result: ScoreResult | null;
  /** After closing: whether the dossier went up to the province. */
  forwarded: boolean | null;
}

export interface CouncilSession {
  id: string;
  council: { id: string; name: string; level: CouncilLevel; unitCode: string };
  title: string;
  /** 'yyyy-MM-dd'. */
  date: string;
  place: string;
  status: SessionStatus;
  closedAt: string | null;
  closedBy: string | null;
  /** Members present (they score). */
  attendees: CouncilMember[];
  agenda: SessionAgendaItem[];
  /** The caller may reopen, close, edit: the council's organiser (district or province officer). */
  canManage: boolean;
  version: number;
}

/** A member's sheet for one dossier of a session (GET/PUT …/sheets/mine). */
export interface MyScoreSheet {
  sessionId: string;
  dossierId: string;
  sheet: CriteriaSheet;
  answers: SheetAnswers;
  score: SheetScore;
  status: Exclude<ScoreSheetStatus, 'none'>;
  submittedAt: string | null;
  /** How many times the secretary reopened it for discussion. */
  reopenedCount: number;
  /** The session is closed: nothing can change. */
  locked: boolean;
  version: number;
}

/** Every member's sheet for one dossier (managers; members only after submitting their own). */
export interface MemberScore {
  member: CouncilMember;
  status: ScoreSheetStatus;
  /** Null while not submitted (drafts are private to their member). */
  total: number | null;
  parts: { code: string; score: number }[] | null;
  answers: SheetAnswers | null;
  submittedAt: string | null;
}

export interface DossierScores {
  sessionId: string;
  dossierId: string;
  members: MemberScore[];
  result: ScoreResult | null;
}

/** The district council's result of a dossier, fixed when its session closed. */
export interface DistrictResult {
  sessionId: string;
  councilName: string;
  sessionDate: string;
  mean: number;
  spread: number;
  stars: Stars;
  forwarded: boolean;
}

/** What the province recorded for a forwarded dossier. */
export interface ProvinceResult {
  score: number;
  stars: Stars;
  decisionNumber: string;
  decisionDate: string;
  recordedBy: string;
  recordedAt: string;
}

/** One evaluation in a product's history (newest first in GET /api/products/:id/evaluations). */
export interface ProductEvaluation {
  dossierId: string;
  roundYear: number;
  criteriaSet: CriteriaSetId;
  registrationKind: string;
  state: string;
  districtResult: DistrictResult | null;
  provinceResult: ProvinceResult | null;
  certificate: Certificate | null;
  previousDossierId: string | null;
}

/** A product's current OCOP rank: the stars of its latest certificate that is not expired or revoked. */
export interface CurrentStars {
  stars: Stars;
  certificateId: string;
  expiresOn: string;
}
