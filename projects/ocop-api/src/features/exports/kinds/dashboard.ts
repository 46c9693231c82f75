import { parseDashboardQuery, type DashboardCount, type DashboardQuery } from '@ocop/domain';

import { validationFailed } from '../../../http/api-http-error';
import { dashboardOf } from '../../dashboard/dashboard.repository';
import { dashboardScope } from '../../dashboard/dashboard-scope';
import {
  CRITERIA_SET_NAMES,
  exportFileName,
  issuingUnitOf,
  requireModule,
  unitName,
  XLSX_CONTENT_TYPE,
} from '../export-common';
import type { ExportKindDef } from '../export-kind';
import { nextTurn } from '../next-turn';
import {
  writeReportWorkbook,
  type XlsxColumn,
  type XlsxHeaderBlock,
  type XlsxSheet,
} from '../xlsx/report-workbook';

const PARAMS = ['year', 'quarter', 'districtCode', 'criteriaSet'];

function periodOf(query: DashboardQuery): string {
  return query.quarter === null ? `Năm ${query.year}` : `Quý ${query.quarter} năm ${query.year}`;
}

const countColumns = (label: string): XlsxColumn<DashboardCount>[] => [
  { header: label, width: 40, type: 'text', value: (r) => r.label },
  { header: 'Số lượng', width: 12, type: 'integer', value: (r) => r.count },
];

/**
 * The dashboard (GET /api/dashboard) as a workbook, one sheet per figure, with the same params, scope and
 * refusals (council member 403, another district 403 FORBIDDEN_UNIT).
 */
export const dashboardExport: ExportKindDef = {
  kind: 'dashboard',
  async prepare(ctx, _format, params) {
    await requireModule(ctx, 'reports');
    const unknown = Object.keys(params).filter((name) => !PARAMS.includes(name));
    if (unknown.length > 0) {
      throw validationFailed(
        unknown.map((name) => ({
          field: `params.${name}`,
          code: 'unknown_field',
          message: `Không chấp nhận trường ${name}`,
        })),
      );
    }
    const parsed = parseDashboardQuery(params, ctx.today);
    if (!parsed.ok) {
      throw validationFailed(parsed.errors.map((e) => ({ ...e, field: `params.${e.field}` })));
    }
    const query = parsed.query;
    const scope = await dashboardScope(ctx.db, ctx.caller, query, ctx.today);
    const filters: { label: string; value: string }[] = [];
    if (query.districtCode !== null) {
      filters.push({
        label: 'Huyện',
        value: await unitName(ctx.db, query.districtCode, 'district', ctx.today),
      });
    }
    const header: XlsxHeaderBlock = {
      issuingUnit: await issuingUnitOf(ctx.db, ctx.caller, ctx.today),
      title: `TỔNG QUAN CHƯƠNG TRÌNH OCOP – ${scope.unitName.toLocaleUpperCase('vi')}`,
      period: periodOf(query),
      filters,
      criteriaSet: query.criteriaSet === null ? null : (CRITERIA_SET_NAMES[query.criteriaSet] ?? null),
      exportedOn: ctx.today,
    };
    const withTitle = (title: string): XlsxHeaderBlock => ({
      ...header,
      title: `${header.title} – ${title}`,
    });

    return {
      fileName: exportFileName(`tong-quan-ocop-${query.year}`, ctx.today),
      contentType: XLSX_CONTENT_TYPE,
      total: 7,
      async build(progress) {
        const d = await dashboardOf(ctx.db, ctx.caller, query, scope, ctx.today);
        progress(1);
        await nextTurn();
        const indicators = [
          { label: 'Hồ sơ quá hạn xử lý', value: d.overdueDossiers, type: 'integer' as const },
          { label: 'Hồ sơ bị trả lại bổ sung', value: d.returns.returned, type: 'integer' as const },
          {
            label: 'Hồ sơ huyện đã xem xét (trả lại hoặc tiếp nhận)',
            value: d.returns.decided,
            type: 'integer' as const,
          },
          { label: 'Tỷ lệ trả lại', value: d.returns.rate, type: 'percent' as const },
          {
            label: 'Giấy chứng nhận sắp hết hạn (30 ngày)',
            value: d.certificatesExpiringSoon,
            type: 'integer' as const,
          },
        ];
        type Indicator = (typeof indicators)[number];
        const sheets: XlsxSheet<never>[] = [
          {
            name: 'Hồ sơ theo trạng thái',
            header: withTitle('HỒ SƠ THEO TRẠNG THÁI'),
            columns: countColumns('Trạng thái'),
            rows: d.funnel,
          },
          {
            name: 'Thời gian xử lý',
            header: withTitle('THỜI GIAN XỬ LÝ TRUNG BÌNH'),
            columns: [
              { header: 'Bước', width: 40, type: 'text', value: (r) => r.label },
              { header: 'Số ngày trung bình', width: 14, type: 'decimal', value: (r) => r.averageDays },
              { header: 'Số hồ sơ', width: 12, type: 'integer', value: (r) => r.count },
            ] satisfies XlsxColumn<(typeof d.stepDays)[number]>[],
            rows: d.stepDays,
            note: 'Số ngày lịch trung bình hồ sơ ở mỗi bước trước khi chuyển bước (theo nhật ký hồ sơ).',
          },
          {
            name: 'Chỉ số',
            header: withTitle('CHỈ SỐ CHÍNH'),
            columns: [
              { header: 'Chỉ số', width: 50, type: 'text', value: (r) => r.label },
              {
                header: 'Số lượng',
                width: 14,
                type: 'integer',
                value: (r) => (r.type === 'integer' ? r.value : null),
              },
              {
                header: 'Tỷ lệ',
                width: 12,
                type: 'percent',
                value: (r) => (r.type === 'percent' ? r.value : null),
              },
            ] satisfies XlsxColumn<Indicator>[],
            rows: indicators,
            note: 'Tỷ lệ trả lại = số hồ sơ bị trả lại / số hồ sơ huyện đã xem xét.',
          },
          {
            name: 'Sản phẩm theo số sao',
            header: withTitle('SẢN PHẨM THEO SỐ SAO'),
            columns: countColumns('Hạng sao'),
            rows: d.productsByStars,
          },
          {
            name: 'Sản phẩm theo nhóm',
            header: withTitle('SẢN PHẨM THEO NHÓM'),
            columns: countColumns('Nhóm sản phẩm'),
            rows: d.productsByGroup,
          },
          {
            name: 'Sản phẩm theo xã',
            header: withTitle('SẢN PHẨM THEO XÃ'),
            columns: countColumns('Xã'),
            rows: d.productsByCommune,
          },
          {
            name: 'Nhiệm vụ theo đơn vị',
            header: withTitle('NHIỆM VỤ THEO ĐƠN VỊ CHỦ TRÌ'),
            columns: [
              { header: 'Đơn vị chủ trì', width: 40, type: 'text', value: (r) => r.label },
              { header: 'Tổng số', width: 10, type: 'integer', value: (r) => r.total },
              { header: 'Đã nghiệm thu', width: 12, type: 'integer', value: (r) => r.done },
              { header: 'Quá hạn', width: 10, type: 'integer', value: (r) => r.overdue },
            ] satisfies XlsxColumn<(typeof d.tasksByUnit)[number]>[],
            rows: d.tasksByUnit,
          },
        ] as XlsxSheet<never>[];
        progress(7, 7);
        return writeReportWorkbook(sheets);
      },
    };
  },
};
