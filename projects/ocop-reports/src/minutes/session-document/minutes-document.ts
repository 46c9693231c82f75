import { Council, CouncilMember, CouncilPosition, MinutesRow } from '@ocop/domain';

/**
 * The parts of the minutes' administrative header and closing lines, the way a Vietnamese administrative
 * document writes them (Nghị định 30/2020/NĐ-CP). Pure, so the page and its spec agree. The council's name
 * ends with its unit ("… huyện Văn Quan"); the document is issued in that unit's name.
 */

const UNIT = /\s+(huyện|quận|thị xã|thành phố|tỉnh)\s+([^,]+)$/i;

/** The unit at the end of the council's name: { kind: 'huyện', name: 'Văn Quan' }, or null. */
export function councilUnit(councilName: string): { kind: string; name: string } | null {
  const match = UNIT.exec(councilName.trim());
  return match ? { kind: match[1]!, name: match[2]!.trim() } : null;
}

/** The two lines top left: "UBND HUYỆN VĂN QUAN" and "HỘI ĐỒNG ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP". */
export function issuerLines(council: Pick<Council, 'name' | 'level'>): [string, string] {
  const unit = councilUnit(council.name);
  const upper = (text: string): string => text.toLocaleUpperCase('vi');
  const issuer = unit
    ? `UBND ${upper(unit.kind)} ${upper(unit.name)}`
    : council.level === 'province'
      ? 'UBND TỈNH LẠNG SƠN'
      : '';
  return [issuer, upper(unit ? council.name.trim().replace(UNIT, '') : council.name.trim())];
}

/**
 * "Văn Quan, ngày 08 tháng 5 năm 2020": the unit's name, days below 10 and the months 1 and 2 with a leading
 * zero, other months without.
 */
export function placeDateLine(council: Pick<Council, 'name' | 'level'>, isoDay: string): string {
  const place = councilUnit(council.name)?.name ?? (council.level === 'province' ? 'Lạng Sơn' : '');
  const [year, month, day] = isoDay.slice(0, 10).split('-');
  const m = Number(month);
  const date = `ngày ${day} tháng ${m <= 2 ? month : m} năm ${year}`;
  return place ? `${place}, ${date}` : date.charAt(0).toUpperCase() + date.slice(1);
}

/** What the council recommends for a dossier, as the minutes write it ('' while the session is open). */
export function recommendation(row: Pick<MinutesRow, 'forwarded'>, level: Council['level']): string {
  if (row.forwarded === null) return '';
  if (level === 'province') return row.forwarded ? 'Đề nghị công nhận' : 'Không đề nghị công nhận';
  return row.forwarded ? 'Đề nghị chuyển cấp tỉnh đánh giá' : 'Không chuyển cấp tỉnh';
}

/** The member holding `position` (the present ones first), for the signature blocks. */
export function memberAt(
  position: CouncilPosition,
  attendees: readonly CouncilMember[],
  members: readonly CouncilMember[],
): CouncilMember | null {
  return (
    attendees.find((m) => m.position === position) ?? members.find((m) => m.position === position) ?? null
  );
}

/** A member's total in a row, or null when they have not submitted. */
export function totalOf(row: MinutesRow, memberId: string): number | null {
  return row.memberTotals.find((t) => t.memberId === memberId)?.total ?? null;
}
