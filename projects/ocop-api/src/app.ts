import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import type { Db } from './db/db';
import { registerOpenApi } from './features/docs/openapi';
import { healthRoutes } from './features/health/health.routes';
import { producerRoutes } from './features/producers/producers.routes';
import { productRoutes } from './features/products/products.routes';
import { unitRoutes } from './features/units/units.routes';
import { registerErrorHandling } from './http/error-handler';
import { registerSharedSchemas } from './http/schemas';

export interface AppOptions {
  db: Db;
  /** Fastify/pino logger options; off by default so tests stay quiet. */
  logger?: FastifyServerOptions['logger'];
}

export const AUTH_DISABLED_WARNING =
  'authentication is DISABLED (foundation dev mode; Keycloak arrives with issue 3)';

/** The HTTP application without a listening socket: main.ts listens, tests use app.inject(). */
export async function buildApp({ db, logger = false }: AppOptions): Promise<FastifyInstance> {
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

  // Probes stay outside the protected scope: an orchestrator has no token.
  await app.register(healthRoutes, { prefix: '/api', db });

  await app.register(
    async (api) => {
      // Issue 3 adds the Keycloak preHandler here; every feature registered below is then protected.
      await api.register(unitRoutes, { db });
      await api.register(producerRoutes, { db });
      await api.register(productRoutes, { db });
    },
    { prefix: '/api' },
  );
  return app;
}
