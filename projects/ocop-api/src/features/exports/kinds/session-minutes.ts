import type { SessionMinutes } from '@ocop/domain';
import type { Queryable } from '../../../db/db';
import { readMinutes } from '../../evaluation/minutes';
import { provinceUnit } from '../../reports/report-units';
import { exportFileName, requireModule, unitName, XLSX_CONTENT_TYPE } from '../export-common';
import type { ExportKindDef } from '../export-kind';
import { exportParams } from '../export-params';
import { minutesDocument } from '../pdf/minutes-document';
import { pdfExport } from '../pdf/pdf-export';
import { writeReportWorkbook } from '../xlsx/report-workbook';
import { sessionMinutesSheet } from './session-minutes-sheet';

export const SESSION_MINUTES_PARAMS = {
  type: 'object' as const,
  required: ['sessionId'],
  properties: {
    sessionId: {
      type: 'string',
      pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
    },
  },
};

/** The council's unit on the session's day ('Huyện Văn Quan', 'Tỉnh Lạng Sơn'), heading the minutes. */
async function councilUnit(db: Queryable, minutes: SessionMinutes): Promise<{ name: string }> {
  const { council, session } = minutes;
  if (council.level === 'province') return { name: (await provinceUnit(db)).name };
  return { name: await unitName(db, council.unitCode, 'district', session.date) };
}

/**
 * A council session's minutes: PDF = the biên bản (Nghị định 30/2020 layout), XLSX = the summary table. Who
 * may read them is exactly who may read GET /api/sessions/:id/minutes (404 outside, 403 before publication).
 */
export const sessionMinutesExport: ExportKindDef = {
  kind: 'session-minutes',
  async prepare(ctx, format, params) {
    await requireModule(ctx, 'reports');
    const { sessionId } = exportParams<{ sessionId: string }>(SESSION_MINUTES_PARAMS, params);
    const minutes = await readMinutes(ctx.db, ctx.caller, sessionId);
    const slug = `bien-ban-hop-hoi-dong-${minutes.session.date}`;
    if (format === 'pdf') {
      const document = minutesDocument(minutes, await councilUnit(ctx.db, minutes));
      return pdfExport(exportFileName(slug, ctx.today, 'pdf'), document);
    }
    const sheet = sessionMinutesSheet(minutes, ctx.today);
    return {
      fileName: exportFileName(`bang-tong-hop-ket-qua-${minutes.session.date}`, ctx.today),
      contentType: XLSX_CONTENT_TYPE,
      total: sheet.rows.length,
      async build(progress) {
        const file = await writeReportWorkbook([sheet]);
        progress(sheet.rows.length, sheet.rows.length);
        return file;
      },
    };
  },
};
