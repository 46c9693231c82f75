import type { FastifyPluginAsync } from 'fastify';
import {
  EXPORT_FORMATS,
  EXPORT_KINDS,
  MODULE_ROLES,
  OCOP_MODULES,
  type ExportFormat,
  type ExportKind,
  type ExportRequest,
  type OcopRole,
} from '@ocop/domain';

import type { Db } from '../../db/db';
import { validationFailed } from '../../http/api-http-error';
import { BODY_VALIDATED_BY_DOMAIN, bodyFields } from '../../http/body';
import { errorResponses } from '../../http/schemas';
import { contentDisposition } from '../attachments/content-disposition';
import { callerOf } from '../auth/access';
import { todayInVietnam } from '../units/commune-check';
import { exportKindDef } from './export-kinds';
import { ExportJobs } from './export-jobs';
import {
  EXPORT_BUSY_RESPONSE,
  EXPORT_FILE_CONFLICT,
  EXPORT_ID_PARAMS,
  EXPORT_JOB_SCHEMA,
  EXPORT_REQUEST_BODY,
} from './export-schemas';

// Every role of any module: a commune officer exports the dossier list, a district officer a report. Each
// kind then applies its own module's roles, switch and scope (export-common.ts requireModule).
const EXPORT_ROLES: readonly OcopRole[] = [...new Set(OCOP_MODULES.flatMap((m) => MODULE_ROLES[m]))];
const EXPORT_ACCESS = { roles: EXPORT_ROLES } as const;

export interface ExportRouteOptions {
  db: Db;
  /** The job store; one per app unless a test gives its own. */
  jobs?: ExportJobs;
}

/** The request's kind, format and params, or 400 with every problem at once. */
function parseExportRequest(fields: Record<string, unknown>): ExportRequest {
  const errors: { field: string; code: string; message: string }[] = [];
  const { kind, format, params = {} } = fields;
  const knownKind = typeof kind === 'string' && (EXPORT_KINDS as readonly string[]).includes(kind);
  if (!knownKind) {
    errors.push({ field: 'kind', code: 'invalid_choice', message: 'Loại dữ liệu xuất không được hỗ trợ' });
  }
  if (format !== 'xlsx' && format !== 'pdf') {
    errors.push({ field: 'format', code: 'invalid_choice', message: 'Định dạng tệp phải là xlsx hoặc pdf' });
  } else if (knownKind && !EXPORT_FORMATS[kind as ExportKind].includes(format)) {
    errors.push({
      field: 'format',
      code: 'invalid_choice',
      message: `Loại dữ liệu này chỉ xuất được dạng ${EXPORT_FORMATS[kind as ExportKind].join(', ')}`,
    });
  }
  const paramsOk =
    typeof params === 'object' &&
    params !== null &&
    !Array.isArray(params) &&
    Object.values(params).every((value) => typeof value === 'string');
  if (!paramsOk) {
    errors.push({
      field: 'params',
      code: 'invalid_type',
      message: 'Tham số xuất phải là một đối tượng có các giá trị chuỗi ký tự',
    });
  }
  if (errors.length > 0) throw validationFailed(errors);
  return {
    kind: kind as ExportKind,
    format: format as ExportFormat,
    params: params as Record<string, string>,
  };
}

export const exportRoutes: FastifyPluginAsync<ExportRouteOptions> = async (app, { db, jobs: given }) => {
  const jobs = given ?? new ExportJobs();
  app.addHook('onClose', () => jobs.clear());

  app.post(
    '/exports',
    {
      ...BODY_VALIDATED_BY_DOMAIN,
      config: { access: EXPORT_ACCESS },
      schema: {
        tags: ['exports'],
        summary: 'Start an export (XLSX or PDF) of a list or report; poll the job, then download the file',
        description:
          "The kind's params are checked and the caller's scope applied before the answer: bad params → 400, " +
          'a record out of scope → 403/404. A kind not built yet, or a format it does not have → 400. At most ' +
          '3 running exports per user (429 EXPORT_BUSY). Jobs live in memory, 15 minutes after they end.',
        body: EXPORT_REQUEST_BODY,
        response: {
          202: EXPORT_JOB_SCHEMA,
          ...errorResponses(400, 403, 404, 415, 500),
          429: EXPORT_BUSY_RESPONSE,
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { kind, format, params } = parseExportRequest(bodyFields(request.body));
      const def = exportKindDef(kind);
      if (def === null) {
        throw validationFailed([
          { field: 'kind', code: 'invalid_choice', message: 'Loại dữ liệu này chưa xuất được tệp' },
        ]);
      }
      // Refuse a fourth job before doing the work of preparing it.
      jobs.checkCapacity(caller.userId);
      const prepared = await def.prepare({ db, caller, today: todayInVietnam() }, format, params);
      const job = jobs.start(caller.userId, kind, format, prepared, request.log);
      return reply.status(202).header('location', `/api/exports/${job.id}`).send(job);
    },
  );

  app.get<{ Params: { id: string } }>(
    '/exports/:id',
    {
      config: { access: EXPORT_ACCESS },
      schema: {
        tags: ['exports'],
        summary: "An export job's progress (only its owner sees it)",
        params: EXPORT_ID_PARAMS,
        response: { 200: EXPORT_JOB_SCHEMA, ...errorResponses(400, 404, 500) },
      },
    },
    async (request) => jobs.job(callerOf(request).userId, request.params.id),
  );

  app.get<{ Params: { id: string } }>(
    '/exports/:id/file',
    {
      config: { access: EXPORT_ACCESS },
      schema: {
        tags: ['exports'],
        summary: "The export's file, once its job is ready",
        params: EXPORT_ID_PARAMS,
        response: {
          200: { description: 'The file (XLSX or PDF)', type: 'string', format: 'binary' },
          ...errorResponses(400, 404, 500),
          409: EXPORT_FILE_CONFLICT,
        },
      },
    },
    async (request, reply) => {
      const file = jobs.file(callerOf(request).userId, request.params.id);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', contentDisposition('attachment', file.fileName))
        .header('content-length', String(file.bytes.length))
        .header('cache-control', 'private, no-store')
        .send(file.bytes);
    },
  );
};
