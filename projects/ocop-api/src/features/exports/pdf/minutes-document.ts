import {
  COUNCIL_POSITION_NAMES,
  formatScore,
  type CouncilMember,
  type CouncilPosition,
  type MinutesRow,
  type SessionMinutes,
} from '@ocop/domain';
import type { AdministrativeDocument, DocumentBlock } from './administrative-document';
import { dayText } from './document-numbers';

/** The council's unit on the session's day: 'Huyện Văn Quan', 'Tỉnh Lạng Sơn'. */
export interface MinutesUnit {
  name: string;
}

const UNIT_PREFIXES = ['Huyện ', 'Thành phố ', 'Thị xã ', 'Quận ', 'Tỉnh '];

function lowerFirst(text: string): string {
  return text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
}

/** 'Hội đồng … huyện Văn Quan' without its unit: the unit is the line above it. */
function councilBody(councilName: string, unit: MinutesUnit): string {
  const suffix = ` ${lowerFirst(unit.name)}`;
  const name = councilName.trim();
  return name.toLocaleLowerCase('vi').endsWith(suffix.toLocaleLowerCase('vi'))
    ? name.slice(0, name.length - suffix.length)
    : name;
}

/** The member holding `position`, those present first (the UI's printable minutes choose alike). */
function memberAt(position: CouncilPosition, minutes: SessionMinutes): CouncilMember | null {
  return (
    minutes.session.attendees.find((m) => m.position === position) ??
    minutes.council.members.find((m) => m.position === position) ??
    null
  );
}

/** What the council recommends for a row, as the minutes write it ('' while the session is open). */
export function recommendation(row: Pick<MinutesRow, 'forwarded'>, level: 'district' | 'province'): string {
  if (row.forwarded === null) return '';
  if (level === 'province') return row.forwarded ? 'Đề nghị công nhận' : 'Không đề nghị công nhận';
  return row.forwarded ? 'Đề nghị chuyển cấp tỉnh đánh giá' : 'Không chuyển cấp tỉnh';
}

/** 'yyyy-MM-ddTHH:mm…Z' → 'HH giờ mm ngày dd/MM/yyyy' in Vietnam (UTC+7, no daylight saving). */
function closedAtText(instant: string): string {
  const local = new Date(Date.parse(instant) + 7 * 3600 * 1000).toISOString();
  return `${local.slice(11, 13)} giờ ${local.slice(14, 16)} ngày ${dayText(local.slice(0, 10))}`;
}

/**
 * The council session's minutes (biên bản họp Hội đồng) as an administrative document (pure), following the
 * printable minutes of the reports module: legal basis, opening, members present, the results table (each
 * mean, stars, recommendation; then each member's total as 'TV1'…), the spread note, the conclusion, and the
 * secretary's and chair's signatures. An open session prints as a draft with provisional results.
 */
export function minutesDocument(minutes: SessionMinutes, unit: MinutesUnit): AdministrativeDocument {
  const { session, council, rows } = minutes;
  const attendees = session.attendees;
  const closed = session.status === 'closed' && session.closedAt !== null;
  const prefix = UNIT_PREFIXES.find((p) => unit.name.startsWith(p));
  const place = prefix ? unit.name.slice(prefix.length) : unit.name;

  const body: DocumentBlock[] = [
    {
      type: 'paragraph',
      text: `Căn cứ Quyết định số ${council.decisionNumber} ngày ${dayText(council.decisionDate)} về việc thành lập ${council.name};`,
    },
    {
      type: 'paragraph',
      text:
        `Hôm nay, ngày ${dayText(session.date)}, tại ${session.place}, ${council.name} họp để đánh giá, ` +
        `phân hạng sản phẩm OCOP (${session.title}).`,
    },
    { type: 'heading', text: 'I. THÀNH PHẦN THAM DỰ' },
    ...attendees.map((m, i): DocumentBlock => ({
      type: 'paragraph',
      text: `${i + 1}. ${m.fullName} — ${m.title} — ${COUNCIL_POSITION_NAMES[m.position]}.`,
    })),
    { type: 'heading', text: 'II. NỘI DUNG VÀ KẾT QUẢ' },
    {
      type: 'paragraph',
      text:
        `Hội đồng đã xem xét ${rows.length} hồ sơ sản phẩm; từng thành viên chấm điểm độc lập theo phiếu ` +
        'đánh giá của Bộ tiêu chí. Điểm của sản phẩm là trung bình cộng điểm của các thành viên, làm tròn ' +
        'đến 2 chữ số thập phân. Kết quả như sau:',
    },
    {
      type: 'table',
      columns: [
        { header: 'STT', width: 0.07, align: 'center' },
        { header: 'Tên sản phẩm', width: 0.22 },
        { header: 'Chủ thể', width: 0.2 },
        { header: 'Xã, thị trấn', width: 0.14 },
        { header: 'Điểm trung bình', width: 0.12, align: 'right' },
        { header: 'Hạng sao', width: 0.08, align: 'center' },
        { header: 'Đề nghị', width: 0.17 },
      ],
      rows: rows.map((row, i) => [
        String(i + 1),
        row.product,
        row.producer,
        row.commune,
        row.mean === null ? '' : formatScore(row.mean),
        row.stars === null ? '' : String(row.stars),
        recommendation(row, council.level),
      ]),
    },
    // Each member's total in a table of its own: a column per member does not fit beside the texts on A4.
    {
      type: 'paragraph',
      text: `Điểm của từng thành viên Hội đồng (TV1…TV${attendees.length} theo thứ tự tại mục I):`,
    },
    {
      type: 'table',
      fontSize: attendees.length > 7 ? 12 : 13,
      columns: [
        { header: 'STT', width: 0.07, align: 'center' },
        { header: 'Tên sản phẩm', width: 0.25 },
        ...attendees.map((_, i) => ({
          header: `TV${i + 1}`,
          width: 0.68 / Math.max(attendees.length, 4),
          align: 'right' as const,
        })),
      ],
      rows: rows.map((row, i) => [
        String(i + 1),
        row.product,
        ...attendees.map((m) => {
          const total = row.memberTotals.find((t) => t.memberId === m.id)?.total ?? null;
          return total === null ? '' : formatScore(total);
        }),
      ]),
    },
  ];
  if (minutes.spreadNote) {
    body.push({
      type: 'paragraph',
      text: `Ý kiến của Hội đồng về các kết quả chênh lệch trên 10 điểm: ${minutes.spreadNote}`,
    });
  }
  body.push({ type: 'heading', text: 'III. KẾT LUẬN' });
  body.push({
    type: 'paragraph',
    text: closed
      ? 'Hội đồng thống nhất kết quả đánh giá, phân hạng nêu trên. Phiên họp kết thúc lúc ' +
        `${closedAtText(session.closedAt!)}. Biên bản được lập thành 02 bản, đã thông qua các thành viên ` +
        'Hội đồng tham dự./.'
      : '(Phiên họp chưa kết thúc — kết quả trên là tạm tính.)',
  });

  const chair = memberAt('chair', minutes);
  const secretary = memberAt('secretary', minutes);
  return {
    issuingBody: {
      parent: `UBND ${unit.name}`.toLocaleUpperCase('vi'),
      name: councilBody(council.name, unit).toLocaleUpperCase('vi'),
    },
    number: '',
    place,
    issuedOn: session.date,
    kind: 'BIÊN BẢN',
    title: 'Họp Hội đồng đánh giá, phân hạng sản phẩm OCOP',
    draft: !closed,
    body,
    signature: { title: 'CHỦ TỊCH HỘI ĐỒNG', name: chair?.fullName ?? '' },
    coSignature: { title: 'THƯ KÝ', name: secretary?.fullName ?? '' },
    recipients: [],
  };
}
