import {
  periodName,
  type DashboardCount,
  type DashboardTaskUnit,
  type IssuedReport,
  type PeriodicReportDraft,
  type PeriodicReportTexts,
  type ReportEvaluationRow,
  type ReportTargetRow,
} from '@ocop/domain';
import { quarterText } from '../pdf/document-numbers';
import type { XlsxColumn, XlsxHeaderBlock, XlsxSheet } from '../xlsx/report-workbook';

/** What both formats are made of: an issued version, or the live draft with the officer's texts. */
export type PeriodicReportExportSource =
  { issued: IssuedReport } | { draft: PeriodicReportDraft; texts: PeriodicReportTexts };

/** 'Quý I năm 2020' as the header block names the period. */
export function periodLabel(source: PeriodicReportExportSource): string {
  const name = periodName(('issued' in source ? source.issued : source.draft).figures.period);
  return name.charAt(0).toLocaleUpperCase('vi') + name.slice(1);
}

type Indexed<T> = T & { index: number };
const indexed = <T>(rows: readonly T[]): Indexed<T>[] => rows.map((row, i) => ({ ...row, index: i + 1 }));
const STT = { header: 'STT', width: 6, type: 'integer' as const, value: (r: { index: number }) => r.index };

const TARGETS: XlsxColumn<Indexed<ReportTargetRow>>[] = [
  STT,
  { header: 'Mã', width: 8, type: 'text', value: (r) => r.code },
  { header: 'Chỉ tiêu', width: 40, type: 'text', value: (r) => r.title },
  { header: 'Chỉ số', width: 24, type: 'text', value: (r) => r.indicator },
  { header: 'Số lượng', width: 10, type: 'integer', value: (r) => r.quantity },
  { header: 'Đơn vị tính', width: 12, type: 'text', value: (r) => r.measure },
  { header: 'Thời hạn', width: 12, type: 'text', value: (r) => quarterText(r.dueQuarter) },
  { header: 'Nhiệm vụ', width: 10, type: 'integer', value: (r) => r.tasksCounted },
  { header: 'Đã nghiệm thu', width: 12, type: 'integer', value: (r) => r.tasksAccepted },
  { header: 'Tỷ lệ hoàn thành', width: 12, type: 'percent', value: (r) => r.acceptedPercent / 100 },
];

const TASK_UNITS: XlsxColumn<Indexed<DashboardTaskUnit>>[] = [
  STT,
  { header: 'Đơn vị chủ trì', width: 44, type: 'text', value: (r) => r.label },
  { header: 'Tổng số', width: 10, type: 'integer', value: (r) => r.total },
  { header: 'Đã hoàn thành', width: 12, type: 'integer', value: (r) => r.done },
  { header: 'Quá hạn', width: 10, type: 'integer', value: (r) => r.overdue },
];

const COUNTS = (label: string): XlsxColumn<Indexed<DashboardCount>>[] => [
  STT,
  { header: label, width: 36, type: 'text', value: (r) => r.label },
  { header: 'Số lượng', width: 12, type: 'integer', value: (r) => r.count },
];

const EVALUATIONS: XlsxColumn<Indexed<ReportEvaluationRow>>[] = [
  STT,
  { header: 'Sản phẩm', width: 32, type: 'text', value: (r) => r.product },
  { header: 'Chủ thể', width: 30, type: 'text', value: (r) => r.producer },
  { header: 'Xã, thị trấn', width: 20, type: 'text', value: (r) => r.commune },
  { header: 'Điểm', width: 9, type: 'decimal', value: (r) => r.score },
  { header: 'Hạng sao', width: 9, type: 'integer', value: (r) => r.stars },
  { header: 'Quyết định công nhận', width: 20, type: 'text', value: (r) => r.decisionNumber },
  { header: 'Ngày công nhận', width: 13, type: 'date', value: (r) => r.certifiedOn },
  { header: 'Ngày hết hạn', width: 13, type: 'date', value: (r) => r.expiresOn },
];

interface TextRow {
  part: string;
  text: string;
}
const TEXTS: XlsxColumn<TextRow>[] = [
  { header: 'Mục', width: 24, type: 'text', value: (r) => r.part },
  { header: 'Nội dung', width: 100, type: 'text', value: (r) => r.text },
];

function textRows(source: PeriodicReportExportSource): TextRow[] {
  const texts: PeriodicReportTexts = 'issued' in source ? source.issued.texts : source.texts;
  const rows: TextRow[] = [
    { part: 'II. Đánh giá chung', text: texts.summary },
    { part: 'III. Khó khăn, vướng mắc', text: texts.difficulties },
    { part: 'IV. Đề xuất, kiến nghị', text: texts.proposals },
  ];
  if ('issued' in source) {
    const { issue, issuedBy, issuedAt, version } = source.issued;
    rows.push(
      { part: 'Số, ký hiệu', text: issue.number },
      { part: 'Địa danh, ngày', text: `${issue.place}, ${issue.issuedOn.split('-').reverse().join('/')}` },
      { part: 'Người ký', text: `${issue.signerTitle.replace(/\n/g, ' ')} ${issue.signerName}`.trim() },
      { part: 'Nơi nhận', text: issue.recipients.join('; ') },
      {
        part: 'Phiên bản',
        text: `${version} — ban hành bởi ${issuedBy.fullName} (${issuedBy.username}) lúc ${issuedAt}`,
      },
    );
  }
  return rows;
}

/**
 * The periodic report's workbook: a sheet per table of part I (as the PDF prints them) and 'Nội dung' with
 * the texts (and, for an issued version, its number, date, signer, recipients and version).
 */
export function periodicReportSheets(
  source: PeriodicReportExportSource,
  today: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each sheet has its own row type
): XlsxSheet<any>[] {
  const report = 'issued' in source ? source.issued : source.draft;
  const { figures } = report;
  const header: XlsxHeaderBlock = {
    issuingUnit: report.issuingBody.name,
    title: 'issued' in source ? report.title : `${report.title} (dự thảo)`,
    period: periodLabel(source),
    filters:
      'issued' in source
        ? [
            { label: 'Số', value: source.issued.issue.number },
            { label: 'Phiên bản', value: String(source.issued.version) },
          ]
        : [],
    criteriaSet: null,
    exportedOn: today,
  };
  return [
    {
      name: 'Chỉ tiêu kế hoạch',
      header,
      columns: TARGETS,
      rows: indexed(figures.targets),
      note: figures.plan
        ? `Kế hoạch: ${figures.plan.title}${figures.plan.number ? ` (số ${figures.plan.number})` : ''}`
        : `Đơn vị chưa ban hành kế hoạch năm ${figures.period.year}.`,
    },
    { name: 'Nhiệm vụ theo đơn vị', header, columns: TASK_UNITS, rows: indexed(figures.tasksByUnit) },
    {
      name: 'Hồ sơ theo bước',
      header,
      columns: COUNTS('Bước xử lý'),
      rows: indexed(figures.dossiersByStage),
    },
    { name: 'Đánh giá, phân hạng', header, columns: EVALUATIONS, rows: indexed(figures.evaluations) },
    {
      name: 'Công nhận theo hạng sao',
      header,
      columns: COUNTS('Hạng sao'),
      rows: indexed(figures.certifiedByStars),
    },
    { name: 'Nội dung', header, columns: TEXTS, rows: textRows(source) },
  ];
}
