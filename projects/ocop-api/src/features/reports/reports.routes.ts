import type { FastifyPluginAsync } from 'fastify';
import {
  MODULE_ROLES,
  parseIssueReport,
  parseReportPeriod,
  type EvaluationResultsReport,
  type FieldError,
  type IssuedReport,
  type IssuedReportSummary,
  type PeriodicReportDraft,
  type ReportPeriod,
} from '@ocop/domain';
import type { Db } from '../../db/db';
import { validationFailed } from '../../http/api-http-error';
import { BODY_VALIDATED_BY_DOMAIN, bodyFields } from '../../http/body';
import { errorResponses } from '../../http/schemas';
import { callerOf } from '../auth/access';
import { todayInVietnam } from '../units/commune-check';
import { evaluationResultsReport } from './evaluation-results/evaluation-results';
import {
  findIssuedReport,
  issuePeriodicReport,
  listIssuedReports,
  periodicReportDraft,
} from './periodic/periodic-report';
import {
  DRAFT_SCHEMA,
  EVALUATION_RESULTS_SCHEMA,
  ISSUED_ID_PARAMS,
  ISSUED_REPORT_SCHEMA,
  ISSUED_SUMMARIES_SCHEMA,
  ISSUE_BODY,
  PERIODIC_QUERY,
  YEAR_QUERY,
} from './reports-schemas';

// Every role of the reports module reaches the routes; the handlers decide who sees what (or 403).
const REPORTS_ACCESS = { roles: MODULE_ROLES.reports, module: 'reports' } as const;

type Query = Record<string, string | undefined>;

/**
 * The period (or, with `yearOnly`, the year) and the district of a report query; 400 with every problem. The
 * year defaults to the business year, as on the dashboard.
 */
function parseReportQuery(
  query: Query,
  yearOnly: boolean,
  today: string,
): { period: ReportPeriod; districtCode: string | null } {
  const year = query['year'] ?? today.slice(0, 4);
  const parsed = parseReportPeriod(yearOnly ? { year } : { ...query, year });
  const errors: FieldError[] = parsed.ok ? [] : [...parsed.errors];
  const districtCode = query['districtCode']?.trim() || null;
  if (districtCode !== null && !/^\d{3}$/.test(districtCode)) {
    errors.push({ field: 'districtCode', code: 'invalid_format', message: 'Mã huyện gồm 3 chữ số' });
  }
  if (!parsed.ok || errors.length > 0) throw validationFailed(errors);
  return { period: parsed.period, districtCode };
}

export const reportRoutes: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  app.get<{ Querystring: Query }>(
    '/reports/periodic',
    {
      config: { access: REPORTS_ACCESS },
      schema: {
        tags: ['reports'],
        summary: "The live draft of the standing unit's periodic report (quarter, or year-end)",
        description:
          'Province officers: the whole province or one district (districtCode); district officers: their ' +
          'district (another one answers 403 FORBIDDEN_UNIT). Department and commune officers and council ' +
          'members are refused (403 FORBIDDEN).',
        querystring: PERIODIC_QUERY,
        response: { 200: DRAFT_SCHEMA, ...errorResponses(400, 403, 500) },
      },
    },
    async (request): Promise<PeriodicReportDraft> => {
      const today = todayInVietnam();
      const { period, districtCode } = parseReportQuery(request.query, false, today);
      return periodicReportDraft(db, callerOf(request), period, districtCode, today);
    },
  );

  app.post(
    '/reports/periodic',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: REPORTS_ACCESS },
      schema: {
        tags: ['reports'],
        summary: 'Issue a version of the periodic report: its figures computed now and frozen',
        description:
          'The version is the number of versions already issued for the same unit and period plus one. Same ' +
          'access as the draft.',
        body: ISSUE_BODY,
        response: { 201: ISSUED_REPORT_SCHEMA, ...errorResponses(400, 403, 415, 500) },
      },
    },
    async (request, reply) => {
      const parsed = parseIssueReport(bodyFields(request.body));
      if (!parsed.ok) throw validationFailed(parsed.errors);
      const report: IssuedReport = await issuePeriodicReport(
        db,
        callerOf(request),
        parsed.request,
        todayInVietnam(),
      );
      return reply.status(201).header('location', `/api/reports/periodic/issued/${report.id}`).send(report);
    },
  );

  app.get<{ Querystring: Query }>(
    '/reports/periodic/issued',
    {
      config: { access: REPORTS_ACCESS },
      schema: {
        tags: ['reports'],
        summary: 'The issued versions of a year, newest first',
        description:
          'Province officers: every unit, or one district (districtCode); district officers: their district.',
        querystring: YEAR_QUERY,
        response: { 200: ISSUED_SUMMARIES_SCHEMA, ...errorResponses(400, 403, 500) },
      },
    },
    async (request): Promise<IssuedReportSummary[]> => {
      const { period, districtCode } = parseReportQuery(request.query, true, todayInVietnam());
      return listIssuedReports(db, callerOf(request), period.year, districtCode);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/reports/periodic/issued/:id',
    {
      config: { access: REPORTS_ACCESS },
      schema: {
        tags: ['reports'],
        summary: 'One issued version, exactly as it was issued',
        description: 'A version of another unit answers 404 like a missing one.',
        params: ISSUED_ID_PARAMS,
        response: { 200: ISSUED_REPORT_SCHEMA, ...errorResponses(400, 403, 404, 500) },
      },
    },
    async (request): Promise<IssuedReport> => findIssuedReport(db, callerOf(request), request.params.id),
  );

  app.get<{ Querystring: Query }>(
    '/reports/evaluation-results',
    {
      config: { access: REPORTS_ACCESS },
      schema: {
        tags: ['reports'],
        summary: "The year's closed council sessions with their summary tables, and the products certified",
        description:
          "Province officers: every council, or one district's councils (districtCode); district officers: " +
          "their district's; commune officers: the rows and certificates of their commune. Department officers " +
          'and council members are refused (403 FORBIDDEN).',
        querystring: YEAR_QUERY,
        response: { 200: EVALUATION_RESULTS_SCHEMA, ...errorResponses(400, 403, 500) },
      },
    },
    async (request): Promise<EvaluationResultsReport> => {
      const today = todayInVietnam();
      const { period, districtCode } = parseReportQuery(request.query, true, today);
      return evaluationResultsReport(db, callerOf(request), period.year, districtCode, today);
    },
  );
};
