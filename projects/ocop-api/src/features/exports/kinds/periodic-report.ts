import { parseReportPeriod, REPORT_TEXT_MAX, type PeriodicReportTexts } from '@ocop/domain';
import { validationFailed } from '../../../http/api-http-error';
import { findIssuedReport, periodicReportDraft } from '../../reports/periodic/periodic-report';
import { exportFileName, requireModule, XLSX_CONTENT_TYPE } from '../export-common';
import type { ExportKindDef } from '../export-kind';
import { exportParams } from '../export-params';
import { pdfExport } from '../pdf/pdf-export';
import { draftReportDocument, issuedReportDocument } from '../pdf/periodic-report-document';
import { writeReportWorkbook } from '../xlsx/report-workbook';
import { periodicReportSheets, type PeriodicReportExportSource } from './periodic-report-sheets';

const UUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const TEXT = { type: 'string', maxLength: REPORT_TEXT_MAX };

/** Either `id` (an issued version) or the draft's period, unit and texts. */
export const PERIODIC_EXPORT_PARAMS = {
  type: 'object' as const,
  properties: {
    id: { type: 'string', pattern: UUID },
    year: { type: 'string' },
    quarter: { type: 'string' },
    districtCode: { type: 'string' },
    summary: TEXT,
    difficulties: TEXT,
    proposals: TEXT,
  },
};

interface PeriodicExportParams extends Partial<PeriodicReportTexts> {
  id?: string;
  year?: string;
  quarter?: string;
  districtCode?: string;
}

async function sourceOf(
  ctx: Parameters<ExportKindDef['prepare']>[0],
  params: PeriodicExportParams,
): Promise<PeriodicReportExportSource> {
  if (params.id !== undefined) {
    const extra = (
      ['year', 'quarter', 'districtCode', 'summary', 'difficulties', 'proposals'] as const
    ).filter((name) => params[name] !== undefined);
    if (extra.length > 0) {
      throw validationFailed(
        extra.map((name) => ({
          field: `params.${name}`,
          code: 'not_allowed',
          message: 'Báo cáo đã ban hành được xuất theo mã (id), không kèm kỳ báo cáo hay nội dung',
        })),
      );
    }
    return { issued: await findIssuedReport(ctx.db, ctx.caller, params.id) };
  }
  const parsed = parseReportPeriod({ year: params.year, quarter: params.quarter });
  if (!parsed.ok) {
    throw validationFailed(parsed.errors.map((e) => ({ ...e, field: `params.${e.field}` })));
  }
  const draft = await periodicReportDraft(
    ctx.db,
    ctx.caller,
    parsed.period,
    params.districtCode ?? null,
    ctx.today,
  );
  return {
    draft,
    texts: {
      summary: params.summary ?? '',
      difficulties: params.difficulties ?? '',
      proposals: params.proposals ?? '',
    },
  };
}

/** 'bao-cao-ocop-quy-1-2020-v2' (issued) or 'bao-cao-ocop-nam-2020-du-thao' (draft). */
export function periodicReportSlug(source: PeriodicReportExportSource): string {
  const report = 'issued' in source ? source.issued : source.draft;
  const { year, quarter } = report.figures.period;
  const unit = report.figures.unit.level === 'district' ? `-${report.figures.unit.code}` : '';
  const period = quarter === null ? `nam-${year}` : `quy-${quarter}-${year}`;
  return `bao-cao-ocop${unit}-${period}${'issued' in source ? `-v${source.issued.version}` : '-du-thao'}`;
}

/**
 * The standing unit's periodic report: PDF in the Nghị định 30/2020 layout, or XLSX with a sheet per table
 * and a sheet of the texts. Scope and roles are those of the report's own routes (403/404 right away).
 */
export const periodicReportExport: ExportKindDef = {
  kind: 'periodic-report',
  async prepare(ctx, format, params) {
    await requireModule(ctx, 'reports');
    const source = await sourceOf(ctx, exportParams<PeriodicExportParams>(PERIODIC_EXPORT_PARAMS, params));
    const slug = periodicReportSlug(source);
    if (format === 'pdf') {
      const document =
        'issued' in source
          ? issuedReportDocument(source.issued)
          : draftReportDocument(source.draft, source.texts);
      return pdfExport(exportFileName(slug, ctx.today, 'pdf'), document);
    }
    const sheets = periodicReportSheets(source, ctx.today);
    return {
      fileName: exportFileName(slug, ctx.today),
      contentType: XLSX_CONTENT_TYPE,
      total: sheets.length,
      async build(progress) {
        const file = await writeReportWorkbook(sheets);
        progress(sheets.length, sheets.length);
        return file;
      },
    };
  },
};
