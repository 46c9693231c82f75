import { PlanDetail } from '@ocop/domain';
import { dayParts } from '../plan-list/plan-dates';

/**
 * The parts of a plan's administrative header and title as a Vietnamese document writes them (Nghị định
 * 30/2020/NĐ-CP on administrative documents): pure, so the print view and its spec agree.
 */

const UNIT_KINDS = /^(huyện|quận|thị xã|thành phố|tỉnh|xã|phường|thị trấn)\s+/i;

/** "UBND HUYỆN VĂN QUAN". */
export function issuerLine(unitName: string): string {
  return `UBND ${unitName.toLocaleUpperCase('vi')}`;
}

/** The place a document is dated at: the unit's name without its kind ("Huyện Văn Quan" → "Văn Quan"). */
export function placeName(unitName: string): string {
  return unitName.replace(UNIT_KINDS, '').trim();
}

/** "Số: 45/KH-UBND"; a draft leaves the number blank to be written in ("Số:      /KH-UBND"). */
export function numberLine(number: string | null): string {
  return number ? `Số: ${number}` : 'Số:\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0/KH-UBND';
}

/**
 * "Văn Quan, ngày 15 tháng 01 năm 2020": days below 10 and the months 1 and 2 take a leading zero, other
 * months do not ("tháng 7"). A draft leaves day and month blank ("ngày … tháng … năm 2020").
 */
export function placeDateLine(plan: Pick<PlanDetail, 'unit' | 'issuedOn' | 'year'>): string {
  const place = placeName(plan.unit.name);
  const parts = dayParts(plan.issuedOn);
  if (!parts) return `${place}, ngày\u00a0\u00a0\u00a0\u00a0 tháng\u00a0\u00a0\u00a0\u00a0 năm ${plan.year}`;
  const month = Number(parts.month);
  return `${place}, ngày ${parts.day} tháng ${month <= 2 ? parts.month : month} năm ${parts.year}`;
}

/**
 * The title under "KẾ HOẠCH": the plan's title without its leading "Kế hoạch" (the line above says it),
 * capitalised — "Thực hiện Chương trình mỗi xã một sản phẩm huyện Văn Quan năm 2020".
 */
export function documentSubtitle(title: string): string {
  const rest = title.replace(/^kế hoạch\s*/i, '').trim();
  return rest ? rest.charAt(0).toLocaleUpperCase('vi') + rest.slice(1) : title;
}
