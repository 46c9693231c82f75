import type { ChecklistItemDefinition, ChecklistItemState, ChecklistItemStatus } from './checklist-types';
import { addMonths, compareDates, formatVietnameseDate, parseIsoDate, type CalendarDate } from './iso-date';

export type ChecklistProblemCode =
  | 'MANDATORY_MISSING'
  | 'RETURNED_NOT_FIXED'
  | 'LAB_REPORT_TOO_OLD'
  | 'DOCUMENT_DATE_MISSING'
  | 'NO_ATTACHMENT';

export interface ChecklistProblem {
  itemId: string;
  code: ChecklistProblemCode;
  /** Vietnamese, names the item; shown to producer and reviewer as is. */
  message: string;
}

/** The workflow guard this checklist answers (see mandatoryItemsPresent). */
export const MANDATORY_ITEMS_PRESENT_GUARD = 'mandatory-items-present';

/** One state per definition, in definition order; an item nobody has touched yet is 'missing'. */
export function completeStates(
  definitions: readonly ChecklistItemDefinition[],
  states: readonly ChecklistItemState[],
): ChecklistItemState[] {
  const byId = new Map(states.map((s) => [s.itemId, s]));
  return definitions.map((d) => byId.get(d.id) ?? { itemId: d.id, status: 'missing', attachmentCount: 0 });
}

/**
 * Everything that stands in the way of accepting the dossier, in definition order. A missing supporting
 * item is no problem (it only costs points), but a supporting item that was returned, or provided in a
 * form the council cannot use, is: the reviewer must see it settled, fixed or withdrawn, before acceptance.
 * States of items not in `definitions` are ignored.
 *
 * Dated items count for `maxAgeMonths` from their date, the boundary day included: a report dated
 * 2019-03-31 is valid on 2020-03-31 and too old on 2020-04-01. A date that does not exist in the target
 * year falls back to the month's end: one dated 2020-02-29 is valid up to 2021-02-28.
 *
 * @param today 'yyyy-MM-dd' in Vietnam's calendar; passed in so that the rules stay pure and testable.
 */
export function checklistProblems(
  definitions: readonly ChecklistItemDefinition[],
  states: readonly ChecklistItemState[],
  today: string,
): ChecklistProblem[] {
  const todayDate = parseIsoDate(today);
  if (!todayDate) throw new RangeError(`Ngày hiện tại không hợp lệ: ${today}`);
  const statesInOrder = completeStates(definitions, states);
  return definitions.flatMap((definition, i) => problemsOf(definition, statesInOrder[i], todayDate));
}

function problemsOf(
  definition: ChecklistItemDefinition,
  state: ChecklistItemState,
  today: CalendarDate,
): ChecklistProblem[] {
  const problem = (code: ChecklistProblemCode, message: string): ChecklistProblem => ({
    itemId: definition.id,
    code,
    message,
  });
  const name = definition.name;

  if (state.status === 'missing') {
    return definition.mandatory ? [problem('MANDATORY_MISSING', `Thiếu hồ sơ bắt buộc: ${name}`)] : [];
  }
  if (state.status === 'returned') {
    const remarks = state.remarks?.trim();
    const why = remarks ? ` (ý kiến: ${remarks})` : '';
    return [problem('RETURNED_NOT_FIXED', `Hồ sơ bị trả lại chưa được bổ sung: ${name}${why}`)];
  }

  const problems: ChecklistProblem[] = [];
  if (definition.delivery === 'document' && state.attachmentCount < 1) {
    problems.push(problem('NO_ATTACHMENT', `Chưa đính kèm tệp: ${name}`));
  }
  if (definition.needsDocumentDate || definition.maxAgeMonths !== null) {
    const dated = state.documentDate ? parseIsoDate(state.documentDate) : null;
    if (!dated) {
      problems.push(problem('DOCUMENT_DATE_MISSING', `Chưa nhập ngày hợp lệ của tài liệu: ${name}`));
    } else if (definition.maxAgeMonths !== null) {
      const lastValidDay = addMonths(dated, definition.maxAgeMonths);
      if (compareDates(today, lastValidDay) > 0) {
        problems.push(
          problem(
            'LAB_REPORT_TOO_OLD',
            `${name} đã quá ${definition.maxAgeMonths} tháng: ngày ${formatVietnameseDate(dated)}, ` +
              `chỉ có giá trị đến hết ngày ${formatVietnameseDate(lastValidDay)}`,
          ),
        );
      }
    }
  }
  return problems;
}

/**
 * Value of the workflow guard 'mandatory-items-present': true, or the Vietnamese reason the dossier cannot
 * be accepted yet. Every problem blocks (see checklistProblems), so the reason lists all of them at once.
 */
export function mandatoryItemsPresent(
  definitions: readonly ChecklistItemDefinition[],
  states: readonly ChecklistItemState[],
  today: string,
): true | string {
  const problems = checklistProblems(definitions, states, today);
  if (problems.length === 0) return true;
  return `Chưa thể tiếp nhận hồ sơ: ${problems.map((p) => p.message).join('; ')}`;
}

export type ChecklistSummary = Record<ChecklistItemStatus, number> & { total: number };

/** Items per status. Pass completeStates(...) to count untouched items as missing. */
export function checklistSummary(states: readonly ChecklistItemState[]): ChecklistSummary {
  const summary: ChecklistSummary = { missing: 0, provided: 0, returned: 0, total: states.length };
  for (const state of states) summary[state.status] += 1;
  return summary;
}
