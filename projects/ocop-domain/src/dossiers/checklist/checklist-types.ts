/** Types of an evaluation dossier's checklist (hồ sơ đánh giá, phân hạng sản phẩm OCOP). */

/** The decision whose criteria and dossier rules a round applies: QĐ 1048/QĐ-TTg (2019) or QĐ 148/QĐ-TTg (2023). */
export type CriteriaSetId = '1048' | '148';

/** "Lần đăng ký đánh giá" on the 148 phiếu đăng ký: Lần đầu / Nâng hạng / Đánh giá lại (ocop-reference §3.2). */
export type RegistrationKind = 'first-time' | 'upgrade' | 're-evaluation';

/** File kinds an upload may have; mp4/mp3 exist because the product story may be a film or a recording. */
export type FileKind = 'pdf' | 'jpeg' | 'png' | 'docx' | 'xlsx' | 'mp4' | 'mp3';

/**
 * How an item reaches the council. A product sample is handed over physically, so it needs no attachment;
 * every other item is a document that must be uploaded when marked provided.
 */
export type ItemDelivery = 'document' | 'physical-sample';

export interface ChecklistItemDefinition {
  /** Stable kebab-case key; stored in dossiers, so never rename one. Unique within a criteria set. */
  id: string;
  criteriaSet: CriteriaSetId;
  /** Row number in the reference list (1048: 1..18), to match the paper form; null where there is none. */
  number: number | null;
  /** Vietnamese name as the reference gives it; used verbatim in messages. */
  name: string;
  /** What the document must be (form number, copy, notarised copy…), shown to the producer. */
  guidance: string;
  /** Bắt buộc. checklistFor may raise a supporting item to mandatory for some product groups. */
  mandatory: boolean;
  delivery: ItemDelivery;
  /** Empty for a physical sample. */
  acceptedFileKinds: readonly FileKind[];
  /** Whether the producer must enter the document's date (the date printed on it). */
  needsDocumentDate: boolean;
  /** How many months after its date the document still counts; null when it does not age. */
  maxAgeMonths: number | null;
}

export type ChecklistItemStatus = 'missing' | 'provided' | 'returned';

/** One item of one dossier as the producer and the reviewer left it. */
export interface ChecklistItemState {
  itemId: string;
  status: ChecklistItemStatus;
  /** ISO date (yyyy-MM-dd) printed on the document; null or absent when not entered. */
  documentDate?: string | null;
  /** The reviewer's remarks (ý kiến người kiểm tra), e.g. why the item was returned. */
  remarks?: string | null;
  attachmentCount: number;
}
