import {
  CERTIFICATE_STATUS_NAMES,
  parseReportPeriod,
  type CertifiedProductRow,
  type DashboardCount,
  type EvaluationResultsReport,
} from '@ocop/domain';
import { validationFailed } from '../../../http/api-http-error';
import { evaluationResultsReport } from '../../reports/evaluation-results/evaluation-results';
import {
  CRITERIA_SET_NAMES,
  exportFileName,
  issuingUnitOf,
  requireModule,
  XLSX_CONTENT_TYPE,
} from '../export-common';
import type { ExportKindDef } from '../export-kind';
import { exportParams } from '../export-params';
import { dayText } from '../pdf/document-numbers';
import {
  writeReportWorkbook,
  type XlsxColumn,
  type XlsxHeaderBlock,
  type XlsxSheet,
} from '../xlsx/report-workbook';
import { indexedRows, sessionSummaryColumns } from './session-minutes-sheet';

export const EVALUATION_RESULTS_PARAMS = {
  type: 'object' as const,
  required: ['year'],
  properties: { year: { type: 'string' }, districtCode: { type: 'string' } },
};

type Certified = CertifiedProductRow & { index: number };

const CERTIFIED: XlsxColumn<Certified>[] = [
  { header: 'STT', width: 6, type: 'integer', value: (r) => r.index },
  { header: 'Sản phẩm', width: 30, type: 'text', value: (r) => r.product },
  { header: 'Chủ thể', width: 28, type: 'text', value: (r) => r.producer },
  { header: 'Xã, thị trấn', width: 20, type: 'text', value: (r) => r.commune },
  { header: 'Huyện', width: 16, type: 'text', value: (r) => r.district },
  { header: 'Nhóm sản phẩm', width: 24, type: 'text', value: (r) => r.productGroup },
  {
    header: 'Bộ tiêu chí',
    width: 18,
    type: 'text',
    value: (r) => CRITERIA_SET_NAMES[r.criteriaSet] ?? r.criteriaSet,
  },
  { header: 'Điểm', width: 9, type: 'decimal', value: (r) => r.score },
  { header: 'Hạng sao', width: 9, type: 'integer', value: (r) => r.stars },
  { header: 'Quyết định công nhận', width: 20, type: 'text', value: (r) => r.decisionNumber },
  { header: 'Ngày công nhận', width: 13, type: 'date', value: (r) => r.certifiedOn },
  { header: 'Ngày hết hạn', width: 13, type: 'date', value: (r) => r.expiresOn },
  { header: 'Tình trạng', width: 14, type: 'text', value: (r) => CERTIFICATE_STATUS_NAMES[r.status] },
];

const BY_STARS: XlsxColumn<DashboardCount>[] = [
  { header: 'Hạng sao', width: 16, type: 'text', value: (r) => r.label },
  { header: 'Số sản phẩm', width: 14, type: 'integer', value: (r) => r.count },
];

/**
 * The workbook of the evaluation results report: a sheet per closed session (its summary table), the products
 * certified in the year and their count by stars.
 */
export function evaluationResultsSheets(
  report: EvaluationResultsReport,
  issuingUnit: string,
  today: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- each sheet has its own row type
): XlsxSheet<any>[] {
  const header = (title: string, extra: XlsxHeaderBlock['filters'] = []): XlsxHeaderBlock => ({
    issuingUnit,
    title,
    period: `Năm ${report.year}`,
    filters: [
      ...(report.scope.districtCode !== null ? [{ label: 'Đơn vị', value: report.scope.unitName }] : []),
      ...extra,
    ],
    criteriaSet: null,
    exportedOn: today,
  });
  const sessions = report.sessions.map(({ session, rows }, i) => ({
    name: `Phiên ${i + 1} (${dayText(session.date).replace(/\//g, '-')})`,
    header: header(`Bảng tổng hợp kết quả đánh giá, phân hạng — ${session.council.name}`, [
      { label: 'Phiên họp', value: `${session.title}, ngày ${dayText(session.date)}` },
    ]),
    columns: sessionSummaryColumns(rows[0]?.memberTotals ?? [], session.council.level),
    rows: indexedRows(rows),
  }));
  return [
    ...sessions,
    {
      name: 'Sản phẩm được công nhận',
      header: header(`Sản phẩm được công nhận OCOP năm ${report.year}`),
      columns: CERTIFIED,
      rows: report.certified.map((row, i) => ({ ...row, index: i + 1 })),
    },
    {
      name: 'Theo hạng sao',
      header: header(`Sản phẩm được công nhận theo hạng sao năm ${report.year}`),
      columns: BY_STARS,
      rows: report.certifiedByStars,
    },
  ];
}

/** The evaluation results report of a year, in the caller's scope, as XLSX. */
export const evaluationResultsExport: ExportKindDef = {
  kind: 'evaluation-results',
  async prepare(ctx, _format, params) {
    await requireModule(ctx, 'reports');
    const query = exportParams<{ year: string; districtCode?: string }>(EVALUATION_RESULTS_PARAMS, params);
    const parsed = parseReportPeriod({ year: query.year });
    if (!parsed.ok) throw validationFailed(parsed.errors.map((e) => ({ ...e, field: `params.${e.field}` })));
    const year = parsed.period.year;
    const report = await evaluationResultsReport(
      ctx.db,
      ctx.caller,
      year,
      query.districtCode ?? null,
      ctx.today,
    );
    const sheets = evaluationResultsSheets(
      report,
      await issuingUnitOf(ctx.db, ctx.caller, ctx.today),
      ctx.today,
    );
    const total = report.certified.length + report.sessions.reduce((n, s) => n + s.rows.length, 0);
    const unit = query.districtCode ? `-${query.districtCode}` : '';
    return {
      fileName: exportFileName(`ket-qua-danh-gia-ocop${unit}-${year}`, ctx.today),
      contentType: XLSX_CONTENT_TYPE,
      total,
      async build(progress) {
        const file = await writeReportWorkbook(sheets);
        progress(total, total);
        return file;
      },
    };
  },
};
