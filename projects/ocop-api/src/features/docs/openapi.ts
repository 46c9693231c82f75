import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { SECURITY_SCHEME } from '../auth/access';

export const OPENAPI_PATH = '/api/openapi.json';
export const DOCS_PATH = '/api/docs';

/**
 * The OpenAPI document is generated from the routes' own schemas, so it cannot drift from what the API
 * checks and sends. Must be registered before the routes it describes.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: 'OCOP API',
        version: '0.1.0',
        description:
          'Catalogue of the OCOP programme (Chương trình mỗi xã một sản phẩm): administrative units, ' +
          'producers (chủ thể) and products. Errors are always `ApiError` with a Vietnamese message.\n\n' +
          'Every route but the health probes needs `Authorization: Bearer <access token>` from the ' +
          "province's Keycloak (realm langson, audience ocop-api). No or a bad token: 401 UNAUTHENTICATED. " +
          'A role the route does not allow: 403 FORBIDDEN. A route of a module (dossier, tasks, reports) that ' +
          "is switched off for the caller's district: 403 MODULE_DISABLED. Records are limited to the caller's units: " +
          'one outside them answers 404 like a missing one; creating one there answers 403 FORBIDDEN_UNIT.',
      },
      components: {
        securitySchemes: {
          [SECURITY_SCHEME]: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description: 'A Keycloak access token (RS256) whose audience is ocop-api',
          },
        },
      },
      tags: [
        { name: 'health', description: 'Liveness and readiness probes (no token needed)' },
        { name: 'me', description: 'The signed-in user' },
        { name: 'units', description: 'Administrative units with validity periods' },
        { name: 'producers', description: 'Chủ thể' },
        { name: 'products', description: 'Sản phẩm' },
        { name: 'tasks', description: 'Kế hoạch và nhiệm vụ (phân hệ tasks)' },
        { name: 'admin', description: 'Module switches per district and the audit trail' },
      ],
    },
    // Name components after the schemas' $id instead of def-0, def-1…
    refResolver: {
      buildLocalReference: (json, _baseUri, _fragment, i) =>
        typeof json['$id'] === 'string' ? json['$id'] : `def-${i}`,
    },
  });
  await app.register(swaggerUi, { routePrefix: DOCS_PATH });
  app.get(OPENAPI_PATH, { schema: { hide: true } }, async () => app.swagger());
}
