import { PlanDetail, PlanSection } from '@ocop/domain';

/** One target as the form edits it: text inputs, the quantity as typed. */
export interface TargetRow {
  /** The target's id once saved; null for a target added in this form. */
  id: string | null;
  code: string;
  title: string;
  indicator: string;
  quantity: string;
  measure: string;
  /** 'yyyy-Qn' or ''. */
  dueQuarter: string;
  productId: string;
  dossierId: string;
}

/**
 * The plan form's input: every text as typed, the list fields one item per line. It is also what the draft
 * keeps, so it stays plain JSON.
 */
export interface PlanFormValue {
  year: string;
  number: string;
  /** 'yyyy-MM-dd' or ''. */
  issuedOn: string;
  title: string;
  /** One line per line of the signature block: "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hoàng Văn Quân". */
  signer: string;
  legalBases: string;
  purposes: string;
  requirements: string;
  fundingSources: string;
  sections: PlanSection[];
  targets: TargetRow[];
}

export type PlanFormField = keyof PlanFormValue;

export const PLAN_FORM_FIELDS: readonly PlanFormField[] = [
  'year',
  'number',
  'issuedOn',
  'title',
  'signer',
  'legalBases',
  'purposes',
  'requirements',
  'fundingSources',
  'sections',
  'targets',
];

export function emptyPlanForm(year: number): PlanFormValue {
  return {
    year: String(year),
    number: '',
    issuedOn: '',
    title: '',
    signer: '',
    legalBases: '',
    purposes: '',
    requirements: '',
    fundingSources: '',
    sections: [],
    targets: [],
  };
}

export function emptyTarget(): TargetRow {
  return {
    id: null,
    code: '',
    title: '',
    indicator: '',
    quantity: '1',
    measure: '',
    dueQuarter: '',
    productId: '',
    dossierId: '',
  };
}

/** A saved plan as the form shows it. */
export function formValueOf(plan: PlanDetail): PlanFormValue {
  return {
    year: String(plan.year),
    number: plan.number ?? '',
    issuedOn: plan.issuedOn ?? '',
    title: plan.title,
    signer: signerLines(plan.signer).join('\n'),
    legalBases: plan.legalBases.join('\n'),
    purposes: plan.purposes.join('\n'),
    requirements: plan.requirements.join('\n'),
    fundingSources: plan.fundingSources.join('\n'),
    sections: plan.sections.map((s) => ({ code: s.code, title: s.title })),
    targets: plan.targets.map((t) => ({
      id: t.id,
      code: t.code,
      title: t.title,
      indicator: t.indicator,
      quantity: String(t.quantity),
      measure: t.measure,
      dueQuarter: t.dueQuarter ?? '',
      productId: t.productId ?? '',
      dossierId: t.dossierId ?? '',
    })),
  };
}

/**
 * The lines of a signature block. Stored with line breaks, or written on one line with " / " between the
 * lines as the seed plan's header gives it ("KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hoàng Văn Quân").
 */
export function signerLines(signer: string | null): string[] {
  return (signer ?? '')
    .split(/\s*\n\s*|\s+\/\s+/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

/** A list field's items: one per non-blank line. */
export function lines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
}

const blankToNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** A quantity as typed: a number when it reads as one, else the text, so the validation says what is wrong. */
function quantityOf(text: string): number | string | null {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : text;
}

/**
 * The request fields for parseNewPlan (with unitCode and year) or parsePlanChange (with version): trimmed
 * texts, empty optional texts as null, list fields split into lines.
 */
export function planFields(value: PlanFormValue): Record<string, unknown> {
  return {
    number: blankToNull(value.number),
    issuedOn: blankToNull(value.issuedOn),
    title: value.title.trim(),
    // One line in storage (the parsers fold line breaks): " / " between the block's lines, as the seed writes it.
    signer: lines(value.signer).join(' / ') || null,
    legalBases: lines(value.legalBases),
    purposes: lines(value.purposes),
    requirements: lines(value.requirements),
    fundingSources: lines(value.fundingSources),
    sections: value.sections.map((s) => ({ code: s.code.trim(), title: s.title.trim() })),
    targets: value.targets.map((t) => ({
      ...(t.id ? { id: t.id } : {}),
      code: t.code.trim(),
      title: t.title.trim(),
      indicator: t.indicator.trim(),
      quantity: quantityOf(t.quantity),
      measure: t.measure.trim(),
      dueQuarter: blankToNull(t.dueQuarter),
      productId: blankToNull(t.productId),
      dossierId: blankToNull(t.dossierId),
    })),
  };
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/**
 * The user's changes (from `base`, the plan they started from, to `mine`) applied on top of `theirs`, the
 * plan as it is now, field by field: a field the user changed takes their value, any other field takes the
 * current one. `overlapping` lists the fields both sides changed differently (the user's value is kept there;
 * the page says so, so they can check).
 */
export function reapplyChanges(
  base: PlanFormValue,
  mine: PlanFormValue,
  theirs: PlanFormValue,
): { value: PlanFormValue; overlapping: PlanFormField[] } {
  const value = { ...theirs };
  const overlapping: PlanFormField[] = [];
  for (const field of PLAN_FORM_FIELDS) {
    if (same(base[field], mine[field])) continue;
    (value as Record<PlanFormField, unknown>)[field] = mine[field];
    if (!same(base[field], theirs[field]) && !same(mine[field], theirs[field])) overlapping.push(field);
  }
  return { value, overlapping };
}

/**
 * A field error's place in the form: 'targets[2].code' and 'targets.2.code' both name the third target's
 * code; the parsers and the API may write either.
 */
export function errorPath(field: string): string {
  return field.replace(/\[(\d+)\]/g, '.$1');
}

/** A draft kept while the user edits: what they typed and, for an existing plan, what they started from. */
export interface PlanFormDraft {
  value: PlanFormValue;
  /** The plan as it was loaded (edit only): the draft's changes are re-applied on top of the plan as it is. */
  base: PlanFormValue | null;
  version: number | null;
}

/** A draft read back from storage, or null when it is not one this form wrote (an older form's shape). */
export function restoredDraft(raw: unknown): PlanFormDraft | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const draft = raw as Partial<PlanFormDraft>;
  if (!isFormValue(draft.value)) return null;
  return {
    value: draft.value,
    base: isFormValue(draft.base) ? draft.base : null,
    version: typeof draft.version === 'number' ? draft.version : null,
  };
}

function isFormValue(value: unknown): value is PlanFormValue {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    PLAN_FORM_FIELDS.every((f) => f in v) &&
    Array.isArray(v['sections']) &&
    Array.isArray(v['targets']) &&
    PLAN_FORM_FIELDS.filter((f) => f !== 'sections' && f !== 'targets').every((f) => typeof v[f] === 'string')
  );
}
