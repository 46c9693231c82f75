import { stateName, workflowDefinition, type DossierSummary } from '@ocop/domain';

import { catalogReadScope } from '../../auth/scope';
import { DOSSIER_LIST_QUERY } from '../../dossiers/dossier-schemas';
import { listDossiers, type DossierListQuery } from '../../dossiers/dossiers.repository';
import {
  CRITERIA_SET_NAMES,
  EXPORT_BATCH,
  exportFileName,
  issuingUnitOf,
  requireModule,
  unitName,
  XLSX_CONTENT_TYPE,
} from '../export-common';
import type { ExportKindDef } from '../export-kind';
import { exportParams } from '../export-params';
import { nextTurn } from '../next-turn';
import { writeReportWorkbook, type XlsxColumn } from '../xlsx/report-workbook';
import {
  anyStateName,
  DEADLINE_FLAG_NAMES,
  PRODUCER_TYPE_NAMES,
  productGroupName,
  REGISTRATION_KIND_NAMES,
} from './list-labels';

type Row = DossierSummary & { index: number };

const COLUMNS: XlsxColumn<Row>[] = [
  { header: 'STT', width: 6, type: 'integer', value: (d) => d.index },
  { header: 'Sản phẩm', width: 32, type: 'text', value: (d) => d.product.name },
  { header: 'Nhóm sản phẩm', width: 28, type: 'text', value: (d) => d.product.productGroup.name },
  { header: 'Chủ thể', width: 30, type: 'text', value: (d) => d.producer.name },
  { header: 'Loại chủ thể', width: 15, type: 'text', value: (d) => PRODUCER_TYPE_NAMES[d.producer.type] },
  { header: 'Xã', width: 20, type: 'text', value: (d) => d.commune.name },
  { header: 'Năm đánh giá', width: 10, type: 'integer', value: (d) => d.roundYear },
  { header: 'Bộ tiêu chí', width: 16, type: 'text', value: (d) => CRITERIA_SET_NAMES[d.criteriaSet] ?? null },
  {
    header: 'Hình thức',
    width: 13,
    type: 'text',
    value: (d) => REGISTRATION_KIND_NAMES[d.registrationKind],
  },
  {
    header: 'Trạng thái',
    width: 28,
    type: 'text',
    value: (d) => stateName(workflowDefinition(d.workflowId), d.state),
  },
  { header: 'Từ ngày', width: 12, type: 'date', value: (d) => d.stateSince },
  { header: 'Hạn xử lý', width: 12, type: 'date', value: (d) => d.deadline },
  {
    header: 'Cảnh báo hạn',
    width: 13,
    type: 'text',
    value: (d) => (d.deadlineFlag === null ? null : (DEADLINE_FLAG_NAMES[d.deadlineFlag] ?? null)),
  },
  {
    header: 'Hồ sơ đã có / tổng số',
    width: 12,
    type: 'text',
    value: (d) => `${d.checklist.provided}/${d.checklist.total}`,
  },
  { header: 'Số sao hiện tại', width: 9, type: 'integer', value: (d) => d.currentStars?.stars ?? null },
  { header: 'Cập nhật', width: 12, type: 'date', value: (d) => d.updatedAt },
  { header: 'Mã hồ sơ', width: 38, type: 'text', value: (d) => d.id },
];

/**
 * The dossier list (GET /api/dossiers) as a spreadsheet: the same filters, sort and scope (a commune officer
 * naming another commune gets no rows, as the list shows none), every matching row (no paging).
 */
export const dossiersExport: ExportKindDef = {
  kind: 'dossiers',
  async prepare(ctx, _format, params) {
    await requireModule(ctx, 'dossier');
    const query = exportParams<DossierListQuery>(DOSSIER_LIST_QUERY, params);
    const scope = catalogReadScope(ctx.caller);
    const first = await listDossiers(ctx.db, { ...query, limit: 1, offset: 0 }, scope, ctx.today);

    const filters: { label: string; value: string }[] = [];
    if (query.state !== undefined) filters.push({ label: 'Trạng thái', value: anyStateName(query.state) });
    if (query.communeCode !== undefined) {
      filters.push({ label: 'Xã', value: await unitName(ctx.db, query.communeCode, 'commune', ctx.today) });
    }
    if (query.productGroupCode !== undefined) {
      filters.push({ label: 'Nhóm sản phẩm', value: productGroupName(query.productGroupCode) });
    }
    if (query.flag !== undefined) {
      filters.push({ label: 'Hạn xử lý', value: DEADLINE_FLAG_NAMES[query.flag] ?? query.flag });
    }
    if (query.q !== undefined && query.q.trim() !== '') filters.push({ label: 'Từ khóa', value: query.q });
    const issuingUnit = await issuingUnitOf(ctx.db, ctx.caller, ctx.today);

    return {
      fileName: exportFileName('ho-so-ocop', ctx.today),
      contentType: XLSX_CONTENT_TYPE,
      total: first.total,
      async build(progress) {
        const rows: Row[] = [];
        let total = first.total;
        for (let offset = 0; offset < total; offset += EXPORT_BATCH) {
          const page = await listDossiers(
            ctx.db,
            { ...query, limit: EXPORT_BATCH, offset },
            scope,
            ctx.today,
          );
          // Rows added meanwhile move the end; the file is one consistent-enough reading, ended on an empty page.
          total = Math.max(page.total, offset + page.items.length);
          for (const item of page.items) rows.push({ ...item, index: rows.length + 1 });
          progress(rows.length, total);
          if (page.items.length === 0) break;
          await nextTurn();
        }
        return writeReportWorkbook([
          {
            name: 'Hồ sơ',
            header: {
              issuingUnit,
              title: 'DANH SÁCH HỒ SƠ ĐÁNH GIÁ, PHÂN HẠNG SẢN PHẨM OCOP',
              period: query.roundYear === undefined ? null : `Năm ${query.roundYear}`,
              filters,
              criteriaSet: null,
              exportedOn: ctx.today,
            },
            columns: COLUMNS,
            rows,
          },
        ]);
      },
    };
  },
};
