import { PRODUCT_STAGES, type Product } from '@ocop/domain';

import { PAGING_QUERY, SEARCH_QUERY } from '../../../http/schemas';
import { catalogReadScope } from '../../auth/scope';
import { listProducts, type ProductQuery } from '../../products/products.repository';
import {
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
import { PRODUCER_TYPE_NAMES } from './list-labels';

/** The query of GET /api/products (products.routes.ts), the same names and rules. */
const PRODUCT_LIST_QUERY = {
  type: 'object',
  properties: { ...SEARCH_QUERY, stage: { type: 'string', enum: [...PRODUCT_STAGES] }, ...PAGING_QUERY },
};

const STAGE_NAMES: Readonly<Record<string, string>> = { idea: 'Ý tưởng sản phẩm', product: 'Sản phẩm' };

type Row = Product & { index: number };

const COLUMNS: XlsxColumn<Row>[] = [
  { header: 'STT', width: 6, type: 'integer', value: (p) => p.index },
  { header: 'Tên sản phẩm', width: 34, type: 'text', value: (p) => p.name },
  { header: 'Giai đoạn', width: 16, type: 'text', value: (p) => STAGE_NAMES[p.stage] ?? p.stage },
  { header: 'Mã nhóm', width: 9, type: 'text', value: (p) => p.productGroup.code },
  { header: 'Nhóm sản phẩm', width: 30, type: 'text', value: (p) => p.productGroup.name },
  { header: 'Chủ thể', width: 30, type: 'text', value: (p) => p.producer.name },
  { header: 'Loại chủ thể', width: 15, type: 'text', value: (p) => PRODUCER_TYPE_NAMES[p.producer.type] },
  { header: 'Xã', width: 20, type: 'text', value: (p) => p.commune.name },
  { header: 'Số sao hiện tại', width: 9, type: 'integer', value: (p) => p.currentStars?.stars ?? null },
  {
    header: 'Chứng nhận hiệu lực đến',
    width: 13,
    type: 'date',
    value: (p) => p.currentStars?.expiresOn ?? null,
  },
  { header: 'Số ảnh', width: 8, type: 'integer', value: (p) => p.photos.length },
  { header: 'Mô tả', width: 50, type: 'text', value: (p) => p.description },
  { header: 'Mã sản phẩm', width: 38, type: 'text', value: (p) => p.id },
];

/** The product list (GET /api/products) as a spreadsheet: its filters and scope, every row. */
export const productsExport: ExportKindDef = {
  kind: 'products',
  async prepare(ctx, _format, params) {
    await requireModule(ctx, 'dossier');
    const query = exportParams<ProductQuery>(PRODUCT_LIST_QUERY, params);
    const scope = catalogReadScope(ctx.caller);
    const first = await listProducts(ctx.db, { ...query, limit: 1, offset: 0 }, scope);

    const filters: { label: string; value: string }[] = [];
    if (query.stage !== undefined)
      filters.push({ label: 'Giai đoạn', value: STAGE_NAMES[query.stage] ?? '' });
    if (query.communeCode !== undefined) {
      filters.push({ label: 'Xã', value: await unitName(ctx.db, query.communeCode, 'commune', ctx.today) });
    }
    if (query.q !== undefined && query.q.trim() !== '') filters.push({ label: 'Từ khóa', value: query.q });
    const issuingUnit = await issuingUnitOf(ctx.db, ctx.caller, ctx.today);

    return {
      fileName: exportFileName('san-pham-ocop', ctx.today),
      contentType: XLSX_CONTENT_TYPE,
      total: first.total,
      async build(progress) {
        const rows: Row[] = [];
        let total = first.total;
        for (let offset = 0; offset < total; offset += EXPORT_BATCH) {
          const page = await listProducts(ctx.db, { ...query, limit: EXPORT_BATCH, offset }, scope);
          total = Math.max(page.total, offset + page.items.length);
          for (const item of page.items) rows.push({ ...item, index: rows.length + 1 });
          progress(rows.length, total);
          if (page.items.length === 0) break;
          await nextTurn();
        }
        return writeReportWorkbook([
          {
            name: 'Sản phẩm',
            header: {
              issuingUnit,
              title: 'DANH SÁCH SẢN PHẨM, Ý TƯỞNG SẢN PHẨM OCOP',
              period: null,
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
