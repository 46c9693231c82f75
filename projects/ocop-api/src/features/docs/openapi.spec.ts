import { startTestApp, type TestApp } from '../../testing/test-app';

interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
  components: { schemas: Record<string, unknown> };
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
    expect(operations.sort()).toEqual([
      'GET /api/health/live',
      'GET /api/health/ready',
      'GET /api/producers',
      'GET /api/products',
      'GET /api/products/{id}',
      'GET /api/units',
      'POST /api/producers',
      'POST /api/products',
    ]);
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
      jasmine.arrayContaining(['ApiError', 'FieldError', 'AdminUnit', 'Producer', 'Product', 'ProductPage']),
    );
  });

  it('serves a browsable page at /api/docs', async () => {
    const res = await t.app.inject('/api/docs/');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    const redirect = await t.app.inject('/api/docs');
    expect([200, 301, 302]).toContain(redirect.statusCode);
  });
});
