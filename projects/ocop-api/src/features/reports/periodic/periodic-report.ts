import {
  periodicReportTitle,
  type IssueReportRequest,
  type IssuedReport,
  type IssuedReportSummary,
  type PeriodicReportDraft,
  type Principal,
  type ReportPeriod,
} from '@ocop/domain';
import { UNIQUE_VIOLATION, sqlErrorOf, type Db, type Queryable } from '../../../db/db';
import { notFound } from '../../../http/api-http-error';
import { forbidden } from '../../auth/access';
import type { UnitScope } from '../../auth/scope';
import { periodicReportUnit, provinceUnit, reportLevelOf } from '../report-units';
import { periodicFigures } from './periodic-figures';

/**
 * The standing unit's periodic report (issue #8, part A): the live draft, issuing a version whose figures are
 * frozen, and reading issued versions. Province officers reach every unit; a district officer their district.
 */

export const ISSUED_REPORT_NOT_FOUND_MESSAGE =
  'Không tìm thấy báo cáo đã ban hành, hoặc báo cáo không thuộc đơn vị của bạn.';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DISTRICT_PREFIXES = ['Huyện ', 'Thành phố ', 'Thị xã ', 'Quận '];
const PROVINCE_PREFIXES = ['Tỉnh ', 'Thành phố '];

function withoutPrefix(name: string, prefixes: readonly string[]): string {
  const prefix = prefixes.find((p) => name.startsWith(p));
  return prefix === undefined ? name : name.slice(prefix.length);
}

function recordsOf(unit: { code: string; level: 'province' | 'district' }): UnitScope {
  return unit.level === 'province'
    ? { wholeProvince: true, districtCodes: [], communeCodes: [] }
    : { wholeProvince: false, districtCodes: [unit.code], communeCodes: [] };
}

async function draftOf(
  db: Queryable,
  unit: { code: string; level: 'province' | 'district' },
  period: ReportPeriod,
  today: string,
): Promise<PeriodicReportDraft> {
  const figures = await periodicFigures(db, unit, recordsOf(unit), period, today);
  const province = await provinceUnit(db);
  const provinceBody = `UBND ${province.name.toLocaleUpperCase('vi')}`;
  const district = figures.unit.level === 'district';
  return {
    figures,
    title: periodicReportTitle(period),
    issuingBody: district
      ? { parent: provinceBody, name: `UBND ${figures.unit.name.toLocaleUpperCase('vi')}` }
      : { parent: '', name: provinceBody },
    suggestedIssue: {
      place: district
        ? withoutPrefix(figures.unit.name, DISTRICT_PREFIXES)
        : withoutPrefix(province.name, PROVINCE_PREFIXES),
      signerTitle: 'KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH',
      signerName: '',
      recipients: [
        'UBND tỉnh (b/c)',
        'Sở Nông nghiệp và PTNT (b/c)',
        'Văn phòng Điều phối NTM tỉnh',
        'Lưu: VT',
      ],
    },
  };
}

/**
 * GET /api/reports/periodic: the live draft of the province (districtCode null, province officers) or of a
 * district. 403 FORBIDDEN for a role without reports, 403 FORBIDDEN_UNIT for another district.
 */
export async function periodicReportDraft(
  db: Queryable,
  caller: Principal,
  period: ReportPeriod,
  districtCode: string | null,
  today: string,
): Promise<PeriodicReportDraft> {
  const unit = await periodicReportUnit(db, caller, districtCode);
  return draftOf(db, unit, period, today);
}

function issuedReportOf(id: string, document: string): IssuedReport {
  const stored = JSON.parse(document) as Omit<IssuedReport, 'id'>;
  return { id, ...stored };
}

/**
 * POST /api/reports/periodic: the figures computed now and frozen with the texts and the issue details, as the
 * next version of the unit's report for the period. `request` has passed @ocop/domain parseIssueReport.
 */
export async function issuePeriodicReport(
  db: Db,
  caller: Principal,
  request: IssueReportRequest,
  today: string,
): Promise<IssuedReport> {
  const unit = await periodicReportUnit(db, caller, request.districtCode ?? null);
  const period: ReportPeriod = { year: request.year, quarter: request.quarter };
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction(async (tx) => {
        const draft = await draftOf(tx, unit, period, today);
        const [last] = await tx.query<{ version: number | null }>(
          `select max(version) as version from issued_reports
           where unit_code = $1 and year = $2 and coalesce(quarter, 0) = $3`,
          [unit.code, period.year, period.quarter ?? 0],
        );
        const issuedAt = new Date().toISOString();
        const document: Omit<IssuedReport, 'id'> = {
          version: (last?.version ?? 0) + 1,
          title: draft.title,
          issuingBody: draft.issuingBody,
          figures: draft.figures,
          texts: request.texts,
          issue: request.issue,
          issuedBy: { username: caller.username, fullName: caller.name },
          issuedAt,
        };
        const [row] = await tx.query<{ id: string }>(
          `insert into issued_reports (unit_code, year, quarter, version, number, title, document, issued_by, issued_at)
           values ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9::timestamptz) returning id`,
          [
            unit.code,
            period.year,
            period.quarter,
            document.version,
            request.issue.number,
            document.title,
            JSON.stringify(document),
            caller.username,
            issuedAt,
          ],
        );
        if (row === undefined) throw new Error('insert into issued_reports returned no id');
        return { id: row.id, ...document };
      });
    } catch (error) {
      // Another officer issued the same version at the same moment: take the next number.
      if (attempt < 3 && sqlErrorOf(error)?.code === UNIQUE_VIOLATION) continue;
      throw error;
    }
  }
}

/** The unit codes whose issued reports the caller reads: null = every unit (province officers); 403 otherwise. */
function readableUnits(caller: Principal): string[] | null {
  const level = reportLevelOf(caller);
  if (level === 'province') return null;
  if (level === 'district' && caller.districtCode !== null) return [caller.districtCode];
  throw forbidden();
}

/** An issued version; 404 when missing or outside the caller's units (403 for roles without the report). */
export async function findIssuedReport(db: Queryable, caller: Principal, id: string): Promise<IssuedReport> {
  const units = readableUnits(caller);
  if (!UUID.test(id)) throw notFound(ISSUED_REPORT_NOT_FOUND_MESSAGE);
  const [row] = await db.query<{ id: string; unit_code: string; document: string }>(
    `select id, unit_code, document::text as document from issued_reports where id = $1`,
    [id],
  );
  if (row === undefined || (units !== null && !units.includes(row.unit_code))) {
    throw notFound(ISSUED_REPORT_NOT_FOUND_MESSAGE);
  }
  return issuedReportOf(row.id, row.document);
}

/**
 * GET /api/reports/periodic/issued: the versions of `year`, newest first — of every unit for a province officer
 * (or of one district when asked), of their own district for a district officer.
 */
export async function listIssuedReports(
  db: Queryable,
  caller: Principal,
  year: number,
  districtCode: string | null,
): Promise<IssuedReportSummary[]> {
  const level = reportLevelOf(caller);
  const unit = await periodicReportUnit(db, caller, districtCode);
  const everyUnit = level === 'province' && districtCode === null;
  const rows = await db.query<{ id: string; unit_code: string; document: string }>(
    `select id, unit_code, document::text as document from issued_reports
     where year = $1 and ($2::text is null or unit_code = $2)
     order by issued_at desc, version desc, id`,
    [year, everyUnit ? null : unit.code],
  );
  return rows.map((row) => {
    const report = issuedReportOf(row.id, row.document);
    return {
      id: report.id,
      version: report.version,
      title: report.title,
      issuedBy: report.issuedBy,
      issuedAt: report.issuedAt,
      period: report.figures.period,
      unitCode: row.unit_code,
      number: report.issue.number,
    };
  });
}
