import { CERTIFICATE_STATUS_NAMES, type Certificate } from '@ocop/domain';

import { CERTIFICATE_LIST_QUERY } from '../../certificates/certificate-schemas';
import {
  certificateScope,
  listCertificates,
  type CertificateQuery,
} from '../../certificates/certificates.repository';
import { exportFileName, issuingUnitOf, requireModule, XLSX_CONTENT_TYPE } from '../export-common';
import type { ExportKindDef } from '../export-kind';
import { exportParams } from '../export-params';
import { writeReportWorkbook, type XlsxColumn } from '../xlsx/report-workbook';

type Row = Certificate & { index: number };

const COLUMNS: XlsxColumn<Row>[] = [
  { header: 'STT', width: 6, type: 'integer', value: (c) => c.index },
  { header: 'Số giấy chứng nhận', width: 16, type: 'text', value: (c) => c.number },
  { header: 'Sản phẩm', width: 32, type: 'text', value: (c) => c.product.name },
  { header: 'Chủ thể', width: 30, type: 'text', value: (c) => c.producer.name },
  { header: 'Xã', width: 20, type: 'text', value: (c) => c.commune.name },
  { header: 'Số sao', width: 8, type: 'integer', value: (c) => c.stars },
  { header: 'Quyết định', width: 20, type: 'text', value: (c) => c.decisionNumber },
  { header: 'Ngày quyết định', width: 12, type: 'date', value: (c) => c.decisionDate },
  { header: 'Ngày cấp', width: 12, type: 'date', value: (c) => c.issuedOn },
  { header: 'Hiệu lực đến', width: 12, type: 'date', value: (c) => c.expiresOn },
  { header: 'Tình trạng', width: 18, type: 'text', value: (c) => CERTIFICATE_STATUS_NAMES[c.status] },
  { header: 'Ngày thu hồi', width: 12, type: 'date', value: (c) => c.revokedOn },
  { header: 'Lý do thu hồi', width: 36, type: 'text', value: (c) => c.revokedReason },
];

/**
 * The certificate list (GET /api/certificates) as a spreadsheet. A province has hundreds of certificates,
 * read at once as the list does.
 */
export const certificatesExport: ExportKindDef = {
  kind: 'certificates',
  async prepare(ctx, _format, params) {
    await requireModule(ctx, 'reports');
    const query = exportParams<CertificateQuery>(CERTIFICATE_LIST_QUERY, params);
    const filters: { label: string; value: string }[] = [];
    if (query.status !== undefined) {
      filters.push({ label: 'Tình trạng', value: CERTIFICATE_STATUS_NAMES[query.status] });
    }
    if (query.q !== undefined && query.q.trim() !== '') filters.push({ label: 'Từ khóa', value: query.q });
    const issuingUnit = await issuingUnitOf(ctx.db, ctx.caller, ctx.today);
    return {
      fileName: exportFileName('giay-chung-nhan-ocop', ctx.today),
      contentType: XLSX_CONTENT_TYPE,
      total: 0,
      async build(progress) {
        const certificates = await listCertificates(ctx.db, query, certificateScope(ctx.caller), ctx.today);
        progress(certificates.length, certificates.length);
        return writeReportWorkbook([
          {
            name: 'Giấy chứng nhận',
            header: {
              issuingUnit,
              title: 'DANH SÁCH GIẤY CHỨNG NHẬN SẢN PHẨM OCOP',
              period: null,
              filters,
              criteriaSet: null,
              exportedOn: ctx.today,
            },
            columns: COLUMNS,
            rows: certificates.map((c, i) => ({ ...c, index: i + 1 })),
          },
        ]);
      },
    };
  },
};
