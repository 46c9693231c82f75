import {
  STAR_CLASSES,
  certificateStatus,
  productGroupByCode,
  type CertifiedProductRow,
  type EvaluationResultsReport,
  type Principal,
  type SessionSummary,
  type Stars,
} from '@ocop/domain';
import { Conditions } from '../../../db/conditions';
import type { Queryable } from '../../../db/db';
import { forbidden } from '../../auth/access';
import { restrictToScope, type UnitScope } from '../../auth/scope';
import { minutesRowsOf } from '../../evaluation/minutes';
import { districtOfCommune, otherDistrict, provinceUnit, reportLevelOf, unitNameOn } from '../report-units';

/**
 * The evaluation results report (issue #8, part A): the closed council sessions of a year with their summary
 * tables, and the products certified that year. The province sees every council (or one district's councils);
 * a district officer their district's councils; a commune officer the rows of their own commune only.
 */

interface ResultsScope {
  unitName: string;
  /** Null: the whole province. */
  districtCode: string | null;
  /** Where dossiers and certificates are counted. */
  records: UnitScope;
}

async function resultsScope(
  db: Queryable,
  caller: Principal,
  districtCode: string | null,
  day: string,
): Promise<ResultsScope> {
  const level = reportLevelOf(caller);
  if (level === 'province') {
    if (districtCode === null) {
      return {
        unitName: (await provinceUnit(db)).name,
        districtCode: null,
        records: { wholeProvince: true, districtCodes: [], communeCodes: [] },
      };
    }
    return {
      unitName: await unitNameOn(db, districtCode, 'district', day),
      districtCode,
      records: { wholeProvince: false, districtCodes: [districtCode], communeCodes: [] },
    };
  }
  if (level === 'district' && caller.districtCode !== null) {
    if (districtCode !== null && districtCode !== caller.districtCode) throw otherDistrict(districtCode);
    return {
      unitName: await unitNameOn(db, caller.districtCode, 'district', day),
      districtCode: caller.districtCode,
      records: { wholeProvince: false, districtCodes: [caller.districtCode], communeCodes: [] },
    };
  }
  if (level === 'commune' && caller.communeCode !== null) {
    const district = (await districtOfCommune(db, caller.communeCode)) ?? caller.districtCode;
    if (districtCode !== null && districtCode !== district) throw otherDistrict(districtCode);
    return {
      unitName: await unitNameOn(db, caller.communeCode, 'commune', day),
      districtCode: district,
      records: { wholeProvince: false, districtCodes: [], communeCodes: [caller.communeCode] },
    };
  }
  throw forbidden();
}

interface SessionSqlRow {
  id: string;
  council_id: string;
  council_name: string;
  level: 'district' | 'province';
  unit_code: string;
  title: string;
  session_date: string;
  place: string;
  attendee_count: number;
}

async function sessionsOf(
  db: Queryable,
  scope: ResultsScope,
  year: number,
): Promise<EvaluationResultsReport['sessions']> {
  const where = new Conditions();
  where.and(`s.status = 'closed'`).and(`extract(year from s.session_date) = ${where.param(year)}`);
  if (scope.districtCode !== null) {
    where.and(`c.level = 'district'`).and(`c.unit_code = ${where.param(scope.districtCode)}`);
  }
  const sessions = await db.query<SessionSqlRow>(
    `select s.id, c.id as council_id, c.name as council_name, c.level, c.unit_code, s.title,
            to_char(s.session_date, 'YYYY-MM-DD') as session_date, s.place,
            (select count(*)::int from session_attendees a where a.session_id = s.id) as attendee_count
     from council_sessions s join councils c on c.id = s.council_id
     ${where.where}
     order by s.session_date, s.created_at, s.id`,
    where.params,
  );
  if (sessions.length === 0) return [];
  const inScope = restrictToScope(new Conditions(), scope.records, 'd.commune_code');
  inScope.and(`sd.session_id in (${sessions.map((s) => inScope.param(s.id)).join(', ')})`);
  const visible = new Set(
    (
      await db.query<{ dossier_id: string }>(
        `select sd.dossier_id from session_dossiers sd join dossiers d on d.id = sd.dossier_id ${inScope.where}`,
        inScope.params,
      )
    ).map((r) => r.dossier_id),
  );
  const result: EvaluationResultsReport['sessions'] = [];
  for (const s of sessions) {
    const rows = (await minutesRowsOf(db, s.id)).filter((r) => visible.has(r.dossierId));
    if (rows.length === 0) continue;
    const session: SessionSummary = {
      id: s.id,
      council: { id: s.council_id, name: s.council_name, level: s.level, unitCode: s.unit_code },
      title: s.title,
      date: s.session_date,
      place: s.place,
      status: 'closed',
      dossierCount: rows.length,
      attendeeCount: s.attendee_count,
      mySheetsToDo: null,
    };
    result.push({ session, rows });
  }
  return result;
}

interface CertifiedSqlRow {
  id: string;
  product: string;
  producer: string;
  commune: string;
  district: string;
  product_group_code: string;
  criteria_set: '1048' | '148';
  score: string | number | null;
  stars: number;
  decision_number: string;
  issued_on: string;
  expires_on: string;
  revoked_on: string | null;
}

async function certifiedOf(
  db: Queryable,
  scope: ResultsScope,
  year: number,
  today: string,
): Promise<CertifiedProductRow[]> {
  const where = restrictToScope(new Conditions(), scope.records, 'd.commune_code');
  where.and(`extract(year from c.issued_on) = ${where.param(year)}`);
  const rows = await db.query<CertifiedSqlRow>(
    `select c.id, pr.name as product, p.name as producer,
            coalesce(unit_name_at(d.commune_code, 'commune', c.issued_on), d.commune_code) as commune,
            coalesce(unit_name_at(d.district_code, 'district', c.issued_on), d.district_code) as district,
            pr.product_group_code, d.criteria_set,
            coalesce(r.score,
                     (select sd.mean from session_dossiers sd join council_sessions s on s.id = sd.session_id
                      where sd.dossier_id = d.id and s.status = 'closed'
                      order by s.session_date desc, s.closed_at desc limit 1)) as score,
            c.stars, c.decision_number, to_char(c.issued_on, 'YYYY-MM-DD') as issued_on,
            to_char(c.expires_on, 'YYYY-MM-DD') as expires_on, to_char(c.revoked_on, 'YYYY-MM-DD') as revoked_on
     from certificates c
     join dossiers d on d.id = c.dossier_id
     join products pr on pr.id = c.product_id
     join producers p on p.id = pr.producer_id
     left join province_results r on r.dossier_id = d.id
     ${where.where}
     order by c.issued_on, c.stars desc, pr.name, c.id`,
    where.params,
  );
  return rows.map((row) => ({
    certificateId: row.id,
    product: row.product,
    producer: row.producer,
    commune: row.commune,
    district: row.district,
    productGroup: productGroupByCode(row.product_group_code)?.name ?? row.product_group_code,
    criteriaSet: row.criteria_set,
    // A certificate always follows a province result; a certificate without one (imported data) shows 0.
    score: row.score === null ? 0 : Number(row.score),
    stars: Number(row.stars) as Stars,
    decisionNumber: row.decision_number,
    certifiedOn: row.issued_on,
    expiresOn: row.expires_on,
    status: certificateStatus({ expiresOn: row.expires_on, revokedOn: row.revoked_on }, today),
  }));
}

/**
 * GET /api/reports/evaluation-results: 403 FORBIDDEN for department officers and council members, 403
 * FORBIDDEN_UNIT for a district outside the caller's.
 */
export async function evaluationResultsReport(
  db: Queryable,
  caller: Principal,
  year: number,
  districtCode: string | null,
  today: string,
): Promise<EvaluationResultsReport> {
  const scope = await resultsScope(db, caller, districtCode, `${year}-12-31`);
  const certified = await certifiedOf(db, scope, year, today);
  return {
    year,
    scope: { unitName: scope.unitName, districtCode: scope.districtCode },
    sessions: await sessionsOf(db, scope, year),
    certified,
    certifiedByStars: STAR_CLASSES.filter((c) => c.key !== 'none').map((c) => ({
      ...c,
      count: certified.filter((row) => String(row.stars) === c.key).length,
    })),
  };
}
