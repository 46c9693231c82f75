import type { CriteriaSetId } from '../dossiers/checklist/checklist-types';
import type { CriteriaSheet } from './criteria-sheet';
import { SHEET_1048_RUOU_TRANG } from './sheets/1048-ruou-trang';
import { SHEET_1048_THAO_DUOC_KHAC } from './sheets/1048-thao-duoc-khac';
import { validateCriteriaSheet } from './validate-sheet';

/**
 * Every sheet the system can score with. Validated when the module loads, so a broken data file stops the
 * API and the tests at start rather than giving a wrong total in a council session.
 * Adding a sheet = adding a data file under sheets/ and one line here.
 */
export const CRITERIA_SHEETS: readonly CriteriaSheet[] = [
  SHEET_1048_RUOU_TRANG,
  SHEET_1048_THAO_DUOC_KHAC,
].map(validateCriteriaSheet);

const BY_KEY = new Map(CRITERIA_SHEETS.map((sheet) => [`${sheet.setId}/${sheet.subgroupCode}`, sheet]));
if (BY_KEY.size !== CRITERIA_SHEETS.length) throw new Error('Có hai phiếu đánh giá cho cùng một phân nhóm');

/** The sheet of this set for this phân nhóm, or null when none has been entered yet. */
export function criteriaSheetFor(setId: CriteriaSetId, subgroupCode: string): CriteriaSheet | null {
  return BY_KEY.get(`${setId}/${subgroupCode}`) ?? null;
}

/** Why a product of this phân nhóm cannot be scored yet (Vietnamese, shown to the user). */
export function missingSheetMessage(setId: CriteriaSetId, subgroupName: string): string {
  return `Chưa có phiếu đánh giá theo QĐ ${setId} cho phân nhóm "${subgroupName}".`;
}
