import type { MinutesRow, SessionMinutes } from '@ocop/domain';
import { CRITERIA_SET_NAMES } from '../export-common';
import { dayText } from '../pdf/document-numbers';
import { recommendation } from '../pdf/minutes-document';
import type { XlsxColumn, XlsxHeaderBlock, XlsxSheet } from '../xlsx/report-workbook';

type Row = MinutesRow & { index: number };

/**
 * The summary table (bảng tổng hợp kết quả) of a session as a sheet: a column per member present with their
 * total, the mean, stars and the council's recommendation. `members` are the columns, in the minutes' order.
 */
export function sessionSummaryColumns(
  members: readonly { memberId: string; fullName: string }[],
  level: 'district' | 'province',
): XlsxColumn<Row>[] {
  return [
    { header: 'STT', width: 6, type: 'integer', value: (r) => r.index },
    { header: 'Tên sản phẩm', width: 30, type: 'text', value: (r) => r.product },
    { header: 'Chủ thể', width: 28, type: 'text', value: (r) => r.producer },
    { header: 'Xã, thị trấn', width: 20, type: 'text', value: (r) => r.commune },
    { header: 'Phiếu đánh giá', width: 28, type: 'text', value: (r) => r.sheetTitle },
    ...members.map((m): XlsxColumn<Row> => ({
      header: m.fullName,
      width: 12,
      type: 'decimal',
      value: (r) => r.memberTotals.find((t) => t.memberId === m.memberId)?.total ?? null,
    })),
    { header: 'Điểm trung bình', width: 11, type: 'decimal', value: (r) => r.mean },
    { header: 'Hạng sao', width: 9, type: 'integer', value: (r) => r.stars },
    { header: 'Đề nghị', width: 26, type: 'text', value: (r) => recommendation(r, level) },
  ];
}

export function indexedRows(rows: readonly MinutesRow[]): Row[] {
  return rows.map((row, i) => ({ ...row, index: i + 1 }));
}

/** The one sheet of the session-minutes XLSX export. */
export function sessionMinutesSheet(minutes: SessionMinutes, today: string): XlsxSheet<Row> {
  const { session, council } = minutes;
  const sets = [...new Set(session.agenda.map((a) => a.criteriaSet))];
  const header: XlsxHeaderBlock = {
    issuingUnit: council.name,
    title: 'Bảng tổng hợp kết quả đánh giá, phân hạng sản phẩm OCOP',
    period: `Phiên họp ngày ${dayText(session.date)}`,
    filters: [{ label: 'Phiên họp', value: session.title }],
    criteriaSet: sets.length === 1 ? (CRITERIA_SET_NAMES[sets[0]!] ?? null) : null,
    exportedOn: today,
  };
  const notes = [
    session.status === 'closed' ? null : 'Phiên họp chưa kết thúc — kết quả trên là tạm tính.',
    minutes.spreadNote
      ? `Ý kiến của Hội đồng về các kết quả chênh lệch trên 10 điểm: ${minutes.spreadNote}`
      : null,
  ].filter((n): n is string => n !== null);
  return {
    name: 'Bảng tổng hợp',
    header,
    columns: sessionSummaryColumns(
      session.attendees.map((m) => ({ memberId: m.id, fullName: m.fullName })),
      council.level,
    ),
    rows: indexedRows(minutes.rows),
    ...(notes.length > 0 ? { note: notes.join(' ') } : {}),
  };
}
