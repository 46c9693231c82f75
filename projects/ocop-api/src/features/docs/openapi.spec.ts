import { PROTECTED_ROUTES, PUBLIC_ROUTES } from '../../testing/api-routes';
import { startTestApp, type TestApp } from '../../testing/test-app';

interface OpenApiOperation {
  responses: Record<string, { content?: unknown }>;
  security?: Record<string, string[]>[];
}

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, OpenApiOperation>>;
  components: { schemas: Record<string, unknown>; securitySchemes?: Record<string, unknown> };
}

describe('OpenAPI', () => {
  let t: TestApp;
  let doc: OpenApiDocument;

  beforeAll(async () => {
    t = await startTestApp('migrated');
    const res = await t.app.inject('/api/openapi.json');
    expect(res.statusCode).toBe(200);
    doc = res.json<OpenApiDocument>();
  });

  afterAll(async () => {
    await t.close();
  });

  it('is an OpenAPI 3 document', () => {
    expect(doc.openapi).toMatch(/^3\./);
  });

  it('lists every route with its methods', () => {
    const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual([...PROTECTED_ROUTES, ...PUBLIC_ROUTES].sort());
  });

  it('gives every operation a JSON schema for its success and error answers', () => {
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const statuses = Object.keys(operation.responses);
        expect(statuses.some((s) => s.startsWith('2')))
          .withContext(`${method} ${path}`)
          .toBeTrue();
        for (const status of statuses) {
          expect(operation.responses[status]?.content)
            .withContext(`${method} ${path} ${status}`)
            .toBeDefined();
        }
      }
    }
  });

  it('names the shared schemas after the domain types', () => {
    expect(Object.keys(doc.components.schemas)).toEqual(
      jasmine.arrayContaining([
        'ApiError',
        'FieldError',
        'AdminUnit',
        'Producer',
        'Product',
        'ProductPage',
        'Me',
        'MyModules',
        'ModuleSetting',
        'DistrictModuleSettings',
        'AuditEntry',
        'Plan',
        'PlanPage',
      ]),
    );
  });

  it('states the access declaration of every protected route, and MODULE_DISABLED where a module applies', () => {
    const dossierRoute = doc.paths['/api/products']?.['get'] as OpenApiOperation & Record<string, unknown>;
    expect(dossierRoute['x-ocop-access']).toEqual({
      roles: [
        'province-officer',
        'district-officer',
        'department-officer',
        'commune-officer',
        'council-member',
      ],
      module: 'dossier',
    });
    expect(JSON.stringify(dossierRoute.responses['403'])).toContain('MODULE_DISABLED');
    const me = doc.paths['/api/me/modules']?.['get'] as OpenApiOperation & Record<string, unknown>;
    expect(me['x-ocop-access']).toEqual({ anyValidToken: true });
    expect(JSON.stringify(me['parameters'])).toContain('x-ocop-district');
    const put = doc.paths['/api/admin/module-settings/{districtCode}/{module}']?.['put'];
    expect(Object.keys(put?.responses ?? {}).sort()).toEqual(
      ['200', '400', '401', '403', '404', '409', '415', '500', '503'].sort(),
    );
  });

  it('describes bearer authentication', () => {
    expect(doc.components.securitySchemes).toEqual({
      bearerAuth: jasmine.objectContaining({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }),
    });
  });

  it('marks every route but the health probes and the version as needing a token, with its 401 (and 403) answers', () => {
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const context = `${method.toUpperCase()} ${path}`;
        if (path.startsWith('/api/health/') || path === '/api/version') {
          expect(operation.security).withContext(context).toBeUndefined();
          expect(operation.responses['401']).withContext(context).toBeUndefined();
          continue;
        }
        expect(operation.security)
          .withContext(context)
          .toEqual([{ bearerAuth: [] }]);
        expect(operation.responses['401']).withContext(context).toBeDefined();
        // Any valid token may ask who it is and what it may use; everything else is for some roles only.
        if (path === '/api/me' || path === '/api/me/modules') {
          expect(operation.responses['403']).withContext(context).toBeUndefined();
        } else {
          expect(operation.responses['403']).withContext(context).toBeDefined();
        }
      }
    }
  });

  it('serves a browsable page at /api/docs', async () => {
    const res = await t.app.inject('/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const redirect = await t.app.inject('/api/docs');
    expect([200, 301, 302]).toContain(redirect.statusCode);
  });
});
