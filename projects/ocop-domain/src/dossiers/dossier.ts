import type { AuditEntry } from '../access/module-settings';
import type { ProducerType, ProductGroupRef, UnitRef } from '../catalog/catalog';
import type { Certificate } from '../evaluation/certificates';
import type { CurrentStars, DistrictResult, ProvinceResult } from '../evaluation/council';
import type { ChecklistProblem } from './checklist/checklist-rules';
import { isDueSoon, isOverdue } from './workflow/workflow-deadline';
import type {
  ChecklistItemDefinition,
  ChecklistItemStatus,
  CriteriaSetId,
  FileKind,
  RegistrationKind,
} from './checklist/checklist-types';

/** Types of evaluation dossiers (hồ sơ đánh giá, phân hạng) as the API sends them and the browser reads them. */

export const CRITERIA_SETS: readonly CriteriaSetId[] = ['1048', '148'];
export const REGISTRATION_KINDS: readonly RegistrationKind[] = ['first-time', 'upgrade', 're-evaluation'];

/** How an evaluation dossier is flagged in lists, from its current deadline and today's date. */
export type DeadlineFlag = 'overdue' | 'due-soon' | null;

/** One uploaded file of a checklist item. */
export interface AttachmentInfo {
  id: string;
  /** The original file name, NFC, as the user's computer had it (Vietnamese kept). */
  fileName: string;
  /** Detected from the content (magic bytes), not from the name. */
  kind: FileKind;
  /** Bytes. */
  size: number;
  /** Hex SHA-256 of the stored bytes. */
  sha256: string;
  /** ISO 8601 instant. */
  uploadedAt: string;
  uploadedBy: string;
}

/** One checklist item of one dossier: its definition (from the criteria set) and where it stands. */
export interface DossierItem {
  definition: ChecklistItemDefinition;
  status: ChecklistItemStatus;
  /** 'yyyy-MM-dd' printed on the document, or null. */
  documentDate: string | null;
  /** Reviewer's remarks; when the item is returned, the reason. */
  remarks: string | null;
  attachments: AttachmentInfo[];
}

/** A dossier as lists show it. */
export interface DossierSummary {
  id: string;
  product: { id: string; name: string; productGroup: ProductGroupRef };
  producer: { id: string; name: string; type: ProducerType };
  commune: UnitRef;
  districtCode: string;
  /** Id of the workflow definition that runs the dossier (e.g. 'district-1048'). */
  workflowId: string;
  criteriaSet: CriteriaSetId;
  registrationKind: RegistrationKind;
  /** The evaluation round: one dossier per product per round. */
  roundYear: number;
  /** Target quarter from the plan, 'yyyy-Qn' (e.g. '2020-Q1'); null when the plan gives none. */
  targetQuarter: string | null;
  state: string;
  /** ISO 8601 instant the dossier entered its state. */
  stateSince: string;
  /**
   * 'yyyy-MM-dd': the deadline of whoever must act next — the district's check period, the producer's
   * supplementation deadline — or, in draft, the end of the target quarter; null when none applies.
   */
  deadline: string | null;
  /** From `deadline` and today (Vietnam), computed by the API so every list agrees. */
  deadlineFlag: DeadlineFlag;
  /** Checklist items per status, untouched items counted as missing. */
  checklist: { missing: number; provided: number; returned: number; total: number };
  /** The product's OCOP rank now (not this dossier's result). Always sent by the API. */
  currentStars?: CurrentStars | null;
  version: number;
  /** ISO 8601 instant of the last change. */
  updatedAt: string;
}

/** What the evaluation of one dossier gave, and the dossiers before and after it (re-evaluation). */
export interface DossierEvaluation {
  districtResult: DistrictResult | null;
  provinceResult: ProvinceResult | null;
  certificate: Certificate | null;
  previousDossierId: string | null;
  nextDossierId: string | null;
}

/** A dossier as its page shows it. */
export interface DossierDetail extends DossierSummary {
  items: DossierItem[];
  /** What stands in the way of submission/acceptance today (checklistProblems). */
  problems: ChecklistProblem[];
  /** Attachment limits, shown before an upload. */
  limits: AttachmentLimits;
  /** Bytes stored for the dossier, all items together. */
  storedBytes: number;
  /** Always sent by the API. */
  evaluation?: DossierEvaluation;
}

/** One entry of a dossier's timeline: an audit entry of entity type 'dossier'. */
export type DossierTimelineEntry = AuditEntry;

export interface AttachmentLimits {
  /** Largest single file, bytes. */
  maxFileBytes: number;
  /** Largest total of one dossier, bytes. */
  maxDossierBytes: number;
}

/**
 * 10 MB per file covers a scanned multi-page certificate at 200 dpi; 50 MB per dossier covers the 18 items of
 * 1048 with photos. Both are data: a province that needs more changes them here.
 */
export const ATTACHMENT_LIMITS: AttachmentLimits = {
  maxFileBytes: 10 * 1024 * 1024,
  maxDossierBytes: 50 * 1024 * 1024,
};

export interface ProductPhotoLimits {
  /** Largest single photo, bytes. */
  maxFileBytes: number;
  /** Most photos one product may have. */
  maxPhotos: number;
}

/**
 * Product photos show the product, its packaging and label in lists and beside its dossier; they are
 * pictures, not scanned documents (those are attachments, above). 5 MB takes a phone camera's full-size JPEG
 * (a 12 MP photo is 3 to 5 MB) without asking commune officers to resize it, and six cover the product, the
 * packaging front and back, the label and the place of production, while a list of 200 products stays light
 * enough to show their thumbnails. Data, like ATTACHMENT_LIMITS: a province that needs more changes them here.
 */
export const PRODUCT_PHOTO_LIMITS: ProductPhotoLimits = {
  maxFileBytes: 5 * 1024 * 1024,
  maxPhotos: 6,
};

/** Body of POST /api/dossiers. */
export interface NewDossier {
  productId: string;
  criteriaSet: CriteriaSetId;
  registrationKind: RegistrationKind;
  roundYear: number;
  targetQuarter: string | null;
}

/** Body of PUT /api/dossiers/:id/items/:itemId. */
export interface DossierItemChange {
  version: number;
  status: ChecklistItemStatus;
  documentDate: string | null;
  remarks: string | null;
}

/** Body of POST /api/dossiers/:id/actions/:action. */
export interface DossierActionRequest {
  /** The dossier version the user saw; a stale one is refused with 409 STALE_VERSION. */
  version: number;
  /**
   * Chosen by the browser once per user intent (one click on "Gửi huyện"); a retry with the same id gets the
   * result of the first request instead of a second transition.
   */
  requestId: string;
  comment?: string | null;
  /** For 'return': 'yyyy-MM-dd', the supplementation deadline. */
  deadline?: string | null;
  /** For 'return': the items sent back, each with its reason. */
  returnedItems?: { itemId: string; reason: string }[];
}

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** Whether the text is a quarter written 'yyyy-Qn'. */
export function isQuarter(value: string): boolean {
  return QUARTER.test(value);
}

/** The last day of the quarter, 'yyyy-MM-dd' ('2020-Q1' → '2020-03-31'). */
export function quarterEnd(quarter: string): string {
  const match = QUARTER.exec(quarter);
  if (!match) throw new RangeError(`Quý không hợp lệ (cần dạng yyyy-Qn): ${quarter}`);
  const year = Number(match[1]);
  const lastMonth = Number(match[2]) * 3;
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return `${year}-${String(lastMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

/** As officials write it: '2020-Q1' → 'Quý I/2020'. */
export function formatQuarter(quarter: string): string {
  const match = QUARTER.exec(quarter);
  if (!match) return quarter;
  return `Quý ${['I', 'II', 'III', 'IV'][Number(match[2]) - 1]}/${match[1]}`;
}

/** Flags a deadline for lists: overdue once the day has passed, due soon within 7 days (the due day included). */
export function deadlineFlagOf(deadline: string | null, today: string): DeadlineFlag {
  if (deadline === null) return null;
  if (isOverdue(deadline, today)) return 'overdue';
  return isDueSoon(deadline, today) ? 'due-soon' : null;
}

/** Vietnam's date ('yyyy-MM-dd', UTC+7, no daylight saving) at an instant. */
export function vietnamDate(instant: Date): string {
  return new Date(instant.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
