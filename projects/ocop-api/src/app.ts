import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Db } from './db/db';
import { type AttachmentOptions, attachmentRoutes } from './features/attachments/attachments.routes';
import { auditRoutes } from './features/audit/audit.routes';
import { benchBaselineRoutes } from './features/bench/bench-baseline.routes';
import { protectRoutes } from './features/auth/access';
import { certificateRoutes } from './features/certificates/certificates.routes';
import { dashboardRoutes } from './features/dashboard/dashboard.routes';
import type { TokenVerifier } from './features/auth/verify-token';
import { registerOpenApi } from './features/docs/openapi';
import { reportRoutes } from './features/reports/reports.routes';
import { healthRoutes } from './features/health/health.routes';
import { meRoutes } from './features/me/me.routes';
import { dossierRoutes } from './features/dossiers/dossiers.routes';
import { evaluationRoutes } from './features/evaluation/evaluation.routes';
import { exportRoutes } from './features/exports/exports.routes';
import { resultRoutes } from './features/evaluation/results/results.routes';
import { disabledModuleDistrict } from './features/modules/caller-modules';
import { moduleSettingRoutes } from './features/modules/module-settings.routes';
import { producerRoutes } from './features/producers/producers.routes';
import { productPhotoRoutes } from './features/products/product-photos.routes';
import { productRoutes } from './features/products/products.routes';
import { taskRoutes } from './features/tasks/tasks.routes';
import { taskProgressRoutes } from './features/tasks/progress/task-progress.routes';
import { unitRoutes } from './features/units/units.routes';
import { registerErrorHandling } from './http/error-handler';
import { registerSharedSchemas } from './http/schemas';

export interface AppOptions {
  db: Db;
  /** Checks the bearer token of every protected request (features/auth/verify-token.ts). */
  verifyToken: TokenVerifier;
  /** Fastify/pino logger options; off by default so tests stay quiet. */
  logger?: FastifyServerOptions['logger'];
  /**
   * Where attachment files go (and test limits); a temporary directory when not given. Product photos and the
   * evidence of task progress reports are kept in the same store.
   */
  attachments?: AttachmentOptions;
  /** GET /api/bench/baseline for bench/api-load.mjs (OCOP_BENCH_BASELINE_ROUTE); absent by default. */
  benchBaselineRoute?: boolean;
}

/** The HTTP application without a listening socket: main.ts listens, tests use app.inject(). */
export async function buildApp({
  db,
  verifyToken,
  logger = false,
  attachments,
  benchBaselineRoute = false,
}: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger,
    // Report every problem of a query string at once. Bodies are not affected: the domain validates them
    // (see http/body.ts), so this cannot turn a huge payload into a huge error list.
    ajv: { customOptions: { allErrors: true } },
  });
  // A JSON API: anything but JSON is answered 415 rather than handed to handlers as a string.
  app.removeContentTypeParser('text/plain');
  registerSharedSchemas(app);
  registerErrorHandling(app);
  await registerOpenApi(app);

  // Probes (and the OpenAPI document above) stay outside the protected scope: an orchestrator has no token.
  await app.register(healthRoutes, { prefix: '/api', db });

  await app.register(
    async (api) => {
      // Every route registered below needs a valid access token and must declare who may call it
      // (config.access); a route without a declaration stops the API at start-up. A route of a module is
      // refused to callers whose district has switched that module off.
      protectRoutes(api, verifyToken, (principal, module) => disabledModuleDistrict(db, principal, module));
      await api.register(meRoutes, { db });
      await api.register(unitRoutes, { db });
      await api.register(producerRoutes, { db });
      await api.register(productRoutes, { db });
      await api.register(dossierRoutes, { db });
      await api.register(taskRoutes, { db });
      await api.register(taskProgressRoutes, { db, files: attachments?.files, limits: attachments?.limits });
      await api.register(moduleSettingRoutes, { db });
      await api.register(auditRoutes, { db });
      await api.register(attachmentRoutes, { db, ...attachments });
      await api.register(productPhotoRoutes, { db, files: attachments?.files });
      await api.register(evaluationRoutes, { db });
      await api.register(resultRoutes, { db });
      await api.register(certificateRoutes, { db });
      await api.register(dashboardRoutes, { db });
      await api.register(reportRoutes, { db });
      await api.register(exportRoutes, { db });
      if (benchBaselineRoute) await api.register(benchBaselineRoutes);
    },
    { prefix: '/api' },
  );
  return app;
}
