/**
 * A plan (kế hoạch): the annual OCOP plan a unit issues — a district now, the province or a commune later —
 * with its legal bases, purposes, targets and funding as the document states them. Its duties are tasks.
 */
export interface Plan {
  id: string;
  /** The issuing district (3 digits), province (2) or commune (5), under the name it bore when issued. */
  unit: { code: string; name: string };
  year: number;
  /** Số ký hiệu as issued, e.g. '45/KH-UBND'; null while a draft. */
  number: string | null;
  title: string;
  /** 'yyyy-MM-dd'; null while a draft. */
  issuedOn: string | null;
  version: number;
}

/** A section of the plan a task comes from: 'II.1', 'III.7' (the document's own numbering). */
export interface PlanSection {
  code: string;
  title: string;
}

/**
 * A target of the plan (mục tiêu), measurable: "complete 01 dossier" is `{ quantity: 1, measure: 'hồ sơ' }`.
 * Tasks link to the target they serve; the target's roll-up is computed from those tasks.
 */
export interface PlanTarget {
  id: string;
  /** Short stable code within the plan: 'MT1', 'MT2'. */
  code: string;
  title: string;
  /** How the target is measured, as the plan says it: "01 hồ sơ được hoàn thiện, nộp tỉnh". */
  indicator: string;
  quantity: number;
  /** The unit of `quantity`: 'hồ sơ', 'sản phẩm'. */
  measure: string;
  /** 'yyyy-Qn' when the plan dates the target; null otherwise. */
  dueQuarter: string | null;
  productId: string | null;
  dossierId: string | null;
}

export interface PlanDetail extends Plan {
  legalBases: string[];
  purposes: string[];
  requirements: string[];
  fundingSources: string[];
  sections: PlanSection[];
  targets: PlanTarget[];
  /** Who signed: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hoàng Văn Quân"; null while a draft. */
  signer: string | null;
  /** The plan this one was copied from (last year's), if any. */
  copiedFromId: string | null;
}

/** POST /api/tasks/plans. Targets are sent without ids (the API gives them); `code` must be unique. */
export interface NewPlan {
  unitCode: string;
  year: number;
  number: string | null;
  title: string;
  issuedOn: string | null;
  legalBases: string[];
  purposes: string[];
  requirements: string[];
  fundingSources: string[];
  sections: PlanSection[];
  targets: (Omit<PlanTarget, 'id'> & { id?: string })[];
  signer: string | null;
}

/** PUT /api/tasks/plans/:id: the whole plan header as the user saw it, with that version. */
export interface PlanChange extends Omit<NewPlan, 'unitCode' | 'year'> {
  version: number;
}

/** POST /api/tasks/plans/:id/copy: start next year's plan from this one (tasks reset, dates moved on). */
export interface PlanCopyRequest {
  year: number;
}
