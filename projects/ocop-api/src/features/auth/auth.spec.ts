import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { decodeProtectedHeader, generateKeyPair, SignJWT } from 'jose';
import type { ApiError } from '@ocop/domain';
import { buildApp } from '../../app';
import { PROTECTED_ROUTES } from '../../testing/api-routes';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { sampleEvaluation, type EvaluationSamples } from '../evaluation/testing/evaluation-fixtures';
import {
  accessToken,
  bearer,
  type DemoUser,
  expiredAccessToken,
  idToken,
  TEST_CLIENTS,
  testKeycloakConfig,
} from '../../testing/tokens';
import { insertPlan, insertTask } from '../tasks/progress/testing/progress-fixtures';
import {
  evidenceUpload,
  progressReport,
  recordReviewRequest,
} from '../tasks/progress/testing/progress-requests';
import { createTokenVerifier, remoteKeys } from './verify-token';

/**
 * Every route of the protected scope, found in the OpenAPI document (so a route added later is checked
 * too), against real tokens from the real Keycloak and forgeries made from them.
 */

interface Route {
  method: string;
  url: string;
  name: string;
  /** The route's access declaration, as the OpenAPI document states it (x-ocop-access). */
  access: { roles?: string[]; module?: string | null; anyValidToken?: true };
}

/**
 * A real value for each path parameter: the demo product of Hữu Lễ, which every Văn Quan user may see, with
 * one photo; Văn Quan's switch of the tasks module; under /api/dossiers a draft dossier of that product with
 * one uploaded PDF (made in beforeAll through the API, so every GET can answer 200).
 */
interface Samples {
  dossierId: string;
  attachmentId: string;
  photoId: string;
  tasks: TaskSamples;
  evaluation: EvaluationSamples;
  /** A version of Văn Quan's periodic report, issued by its standing unit. */
  issuedReportId: string;
  /** A finished export job of xa.huule (its certificate list). */
  exportId: string;
}

/** Under /api/tasks: a plan of Văn Quan with a task of Xã Hữu Lễ, its report with one PDF, and a review. */
interface TaskSamples {
  planId: string;
  taskId: string;
  reportId: string;
  attachmentId: string;
  reviewId: string;
}

function sampleValue(path: string, param: string, samples: Samples): string | undefined {
  if (path.startsWith('/api/dossiers/')) {
    const dossierParams: Record<string, string> = {
      id: samples.dossierId,
      itemId: 'phieu-dang-ky-san-pham',
      action: 'submit',
      attachmentId: samples.attachmentId,
    };
    return dossierParams[param];
  }
  if (/^\/api\/(councils|sessions|criteria-sheets)\//.test(path)) {
    const { councilId, sessionId, dossierId } = samples.evaluation;
    const evaluationParams: Record<string, string> = path.startsWith('/api/councils/')
      ? { id: councilId }
      : { id: sessionId, dossierId, setId: '1048', subgroupCode: '15' };
    return evaluationParams[param];
  }
  if (path.startsWith('/api/reports/periodic/issued/')) return { id: samples.issuedReportId }[param];
  if (path.startsWith('/api/exports/')) return { id: samples.exportId }[param];
  // The demo certificate of the Hữu Lễ liquor (seed/demo-evaluation.ts).
  if (path.startsWith('/api/certificates/')) return { id: '0c0b2020-0000-4000-8000-000000000431' }[param];
  if (path.startsWith('/api/tasks/')) {
    const taskParams: Record<string, string> = { ...samples.tasks };
    return taskParams[param];
  }
  const params: Record<string, string> = {
    id: '0c0b2020-0000-4000-8000-000000000201',
    producerId: '0c0b2020-0000-4000-8000-000000000101',
    districtCode: '184',
    module: 'tasks',
    photoId: samples.photoId,
  };
  return params[param];
}

/** A photo of the Hữu Lễ liquor, uploaded as its commune officer would. */
async function samplePhoto(t: TestApp): Promise<string> {
  const png = Buffer.alloc(512, 0x11);
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]).copy(png);
  const uploaded = await t.inject('xa.huule', {
    method: 'POST',
    url: '/api/products/0c0b2020-0000-4000-8000-000000000201/photos?fileName=anh.png',
    headers: { 'content-type': 'application/octet-stream' },
    payload: png,
  });
  const photoId = uploaded.json<{ photos?: { id: string }[] }>().photos?.[0]?.id;
  if (photoId === undefined) throw new Error(`auth.spec: sample photo upload failed: ${uploaded.body}`);
  return photoId;
}

/** The samples under /api/tasks, made as the commune office and the standing unit would. */
async function sampleTasks(t: TestApp): Promise<TaskSamples> {
  const { id: planId, year } = await insertPlan(t.db);
  const taskId = await insertTask(t.db, planId, { lead: 'commune:06322' });
  const reported = await t.inject(
    'xa.huule',
    progressReport(taskId, { percent: 50, text: 'Đã làm', version: 1 }),
  );
  const reportId = reported.json<{ reports?: { id: string }[] }>().reports?.[0]?.id;
  if (reportId === undefined) throw new Error(`auth.spec: sample report failed: ${reported.body}`);
  const uploaded = await t.inject(
    'xa.huule',
    evidenceUpload(reportId, 'bao-cao.pdf', Buffer.from('%PDF-1.4\n%%EOF\n')),
  );
  const attachmentId = uploaded.json<{ id?: string }>().id;
  if (attachmentId === undefined) throw new Error(`auth.spec: sample evidence failed: ${uploaded.body}`);
  const review = await t.inject(
    'vq.nongnghiep',
    recordReviewRequest(planId, {
      period: `${year}-Q2`,
      heldOn: `${year}-07-10`,
      attendees: ['Phòng NN&PTNT'],
      conclusions: 'Sơ kết.',
      followUps: [],
    }),
  );
  const reviewId = review.json<{ id?: string }>().id;
  if (reviewId === undefined) throw new Error(`auth.spec: sample review failed: ${review.body}`);
  return { planId, taskId, reportId, attachmentId, reviewId };
}

/** A version of Văn Quan's periodic report, issued as its standing unit would. */
async function sampleIssuedReport(t: TestApp): Promise<string> {
  const issued = await t.inject('vq.nongnghiep', {
    method: 'POST',
    url: '/api/reports/periodic',
    payload: {
      year: 2020,
      quarter: 1,
      texts: { summary: '', difficulties: '', proposals: '' },
      issue: {
        number: '25/BC-UBND',
        place: 'Văn Quan',
        issuedOn: '2020-04-05',
        signerTitle: 'PHÓ CHỦ TỊCH',
        signerName: 'Nguyễn Văn A',
        recipients: ['Lưu: VT'],
      },
    },
  });
  const id = issued.json<{ id?: string }>().id;
  if (id === undefined) throw new Error(`auth.spec: sample report failed: ${issued.body}`);
  return id;
}

/** A finished export of xa.huule's certificate list (jobs belong to the user who started them). */
async function sampleExport(t: TestApp): Promise<string> {
  const started = await t.inject('xa.huule', {
    method: 'POST',
    url: '/api/exports',
    payload: { kind: 'certificates', format: 'xlsx', params: {} },
  });
  const id = started.json<{ id?: string }>().id;
  if (id === undefined) throw new Error(`auth.spec: sample export failed: ${started.body}`);
  for (let i = 0; i < 500; i++) {
    const job = (await t.inject('xa.huule', `/api/exports/${id}`)).json<{ state: string }>();
    if (job.state === 'ready') return id;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error('auth.spec: sample export did not finish');
}

/** A draft dossier of the Hữu Lễ liquor with one attachment, made as its commune officer would. */
async function sampleDossier(t: TestApp): Promise<Pick<Samples, 'dossierId' | 'attachmentId'>> {
  const created = await t.inject('xa.huule', {
    method: 'POST',
    url: '/api/dossiers',
    payload: {
      productId: '0c0b2020-0000-4000-8000-000000000201',
      criteriaSet: '1048',
      registrationKind: 'first-time',
      roundYear: 2031,
    },
  });
  const dossierId = created.json<{ id: string }>().id;
  const uploaded = await t.inject('xa.huule', {
    method: 'POST',
    url: `/api/dossiers/${dossierId}/items/phieu-dang-ky-san-pham/attachments?fileName=phieu.pdf`,
    headers: { 'content-type': 'application/octet-stream' },
    payload: Buffer.from('%PDF-1.4\n%%EOF\n'),
  });
  const item = uploaded
    .json<{ items: { definition: { id: string }; attachments: { id: string }[] }[] }>()
    .items.find((i) => i.definition.id === 'phieu-dang-ky-san-pham');
  const attachmentId = item?.attachments[0]?.id;
  if (attachmentId === undefined) throw new Error(`auth.spec: sample upload failed: ${uploaded.body}`);
  return { dossierId, attachmentId };
}

/** A demo user the route allows: the commune officer when it may, else the IT administrator. */
function allowedUser(route: Route): DemoUser {
  // A council's records are its members' (and managers'): hoidong.1 sits on the sample council.
  if (/^\/api\/(councils|sessions)\//.test(route.url)) return 'hoidong.1';
  // The periodic report is the standing unit's.
  if (route.url.startsWith('/api/reports/periodic')) return 'vq.nongnghiep';
  const roles = route.access.roles;
  if (roles === undefined || roles.includes('commune-officer')) return 'xa.huule';
  if (roles.includes('ocop-admin')) return 'admin.tinh';
  throw new Error(`auth.spec: no demo user for ${route.name} (roles ${roles.join(', ')})`);
}

const UNAUTHENTICATED_MESSAGE = 'Phiên đăng nhập không hợp lệ hoặc đã hết hạn. Vui lòng đăng nhập lại.';
const FORBIDDEN = { code: 'FORBIDDEN', message: 'Bạn không có quyền thực hiện thao tác này.', details: null };

async function protectedRoutes(t: TestApp, samples: Samples): Promise<Route[]> {
  const doc = (await t.app.inject('/api/openapi.json')).json<{
    paths: Record<string, Record<string, { security?: unknown[]; 'x-ocop-access'?: Route['access'] }>>;
  }>();
  const routes: Route[] = [];
  for (const [path, operations] of Object.entries(doc.paths)) {
    for (const [method, operation] of Object.entries(operations)) {
      if (operation.security === undefined) continue;
      const url = path.replace(/\{(\w+)\}/g, (_, param: string) => {
        const value = sampleValue(path, param, samples);
        if (value === undefined) throw new Error(`auth.spec: no sample value for {${param}} of ${path}`);
        return value;
      });
      const name = `${method.toUpperCase()} ${path}`;
      const access = operation['x-ocop-access'];
      if (access === undefined) throw new Error(`auth.spec: ${name} does not state its access`);
      routes.push({ method: method.toUpperCase(), url, name, access });
    }
  }
  return routes;
}

function request(route: Route, headers: Record<string, string>): InjectOptions {
  const body = route.method === 'GET' ? {} : { payload: {}, headers: { 'content-type': 'application/json' } };
  return {
    method: route.method as InjectOptions['method'],
    url: route.url,
    ...body,
    headers: { ...body.headers, ...headers },
  };
}

function expectUnauthenticated(res: LightMyRequestResponse, context: string, reason?: string): void {
  expect(res.statusCode).withContext(`${context}: ${res.body}`).toBe(401);
  const body = res.json<ApiError>();
  expect(body.code).withContext(context).toBe('UNAUTHENTICATED');
  expect(body.message).withContext(context).toBe(UNAUTHENTICATED_MESSAGE);
  if (reason !== undefined) expect(body.details).withContext(context).toEqual({ reason });
  expect(String(res.headers['www-authenticate']))
    .withContext(context)
    .toMatch(/^Bearer\b/);
}

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decodePart = (part: string) =>
  JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>;

describe('authentication of every protected route', () => {
  // Started while the specs are being collected: by the time this suite runs, the wait is mostly over.
  const expired = expiredAccessToken();
  expired.catch(() => undefined);

  let t: TestApp;
  let routes: Route[];
  let realToken: string;

  beforeAll(async () => {
    t = await startTestApp();
    routes = await protectedRoutes(t, {
      ...(await sampleDossier(t)),
      photoId: await samplePhoto(t),
      tasks: await sampleTasks(t),
      evaluation: await sampleEvaluation(t),
      issuedReportId: await sampleIssuedReport(t),
      exportId: await sampleExport(t),
    });
    realToken = await accessToken('xa.huule');
  });

  afterAll(async () => {
    await t.close();
  });

  it('finds the protected routes (all but health and docs)', () => {
    expect(routes.map((r) => r.name).sort()).toEqual([...PROTECTED_ROUTES]);
  });

  it('lets a valid token through on every route (the checks below are about the token only)', async () => {
    for (const route of routes) {
      if (route.method !== 'GET') continue;
      const res = await t.inject(allowedUser(route), request(route, {}));
      expect(res.statusCode).withContext(`${route.name}: ${res.body}`).toBe(200);
    }
  });

  it('answers 401 without a token', async () => {
    for (const route of routes) {
      const res = await t.app.inject(request(route, {}));
      expectUnauthenticated(res, route.name, 'missing');
      expect(res.headers['www-authenticate']).toBe('Bearer');
    }
  });

  it('answers 401 to an Authorization header that is not a bearer token', async () => {
    for (const authorization of ['Basic eGEuaHV1bGU6b2NvcC1kZW1v', 'Bearer', `Token ${realToken}`]) {
      for (const route of routes) {
        expectUnauthenticated(await t.app.inject(request(route, { authorization })), route.name, 'malformed');
      }
    }
  });

  describe('answers 401 on every route to', () => {
    /** Sends `token` to every protected route and expects 401 with this reason. */
    async function refusedEverywhere(token: string, reason: string): Promise<void> {
      for (const route of routes) {
        const res = await t.app.inject(request(route, { authorization: `Bearer ${token}` }));
        expectUnauthenticated(res, route.name, reason);
        expect(res.headers['www-authenticate']).toBe('Bearer error="invalid_token"');
      }
    }

    it('something that is not a JWT', async () => {
      await refusedEverywhere('not.a.jwt', 'malformed');
      await refusedEverywhere(realToken.split('.').slice(0, 2).join('.'), 'malformed');
    });

    it('a real token rewritten to alg "none" without signature', async () => {
      const [, payload] = realToken.split('.');
      await refusedEverywhere(
        `${base64url({ alg: 'none', typ: 'JWT' })}.${payload}.`,
        'algorithm-not-allowed',
      );
    });

    it('a real token whose payload was changed (commune_code switched, signature kept)', async () => {
      const [header, payload, signature] = realToken.split('.') as [string, string, string];
      const changed = { ...decodePart(payload), commune_code: '06253' };
      await refusedEverywhere(`${header}.${base64url(changed)}.${signature}`, 'bad-signature');
    });

    it('the same claims signed by another RSA key under the same kid', async () => {
      const { privateKey } = await generateKeyPair('RS256');
      const [, payload] = realToken.split('.') as [string, string];
      const forged = await new SignJWT(decodePart(payload))
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: decodeProtectedHeader(realToken).kid ?? '' })
        .sign(privateKey);
      await refusedEverywhere(forged, 'bad-signature');
    });

    it('the same claims signed with HS256 (an HMAC "key" anyone could know)', async () => {
      const [, payload] = realToken.split('.') as [string, string];
      const forged = await new SignJWT(decodePart(payload))
        .setProtectedHeader({ alg: 'HS256', kid: decodeProtectedHeader(realToken).kid ?? '' })
        .sign(new TextEncoder().encode('public-key-used-as-a-secret-0123456789'));
      await refusedEverywhere(forged, 'algorithm-not-allowed');
    });

    it('a real token of the same user for another audience', async () => {
      await refusedEverywhere(await accessToken('xa.huule', TEST_CLIENTS.otherAudience), 'wrong-audience');
    });

    it('a real ID token of the same user', async () => {
      // Its audience is the client that asked for it, and its typ is "ID": refused either way.
      await refusedEverywhere(await idToken('xa.huule'), 'wrong-audience');
    });

    it('a real access token that has expired (beyond the 5 s tolerance)', async () => {
      await refusedEverywhere(await expired, 'expired');
    });
  });

  describe('with a valid token of a role the route does not allow', () => {
    async function status(user: DemoUser, route: Route): Promise<LightMyRequestResponse> {
      return t.app.inject(request(route, await bearer(user)));
    }

    it('answers 403 to a user without OCOP roles on every route but /api/me[/modules]', async () => {
      for (const route of routes) {
        const res = await status('khach', route);
        if (route.access.anyValidToken === true) {
          expect(res.statusCode).withContext(route.name).toBe(200);
        } else {
          expect(res.statusCode).withContext(`${route.name}: ${res.body}`).toBe(403);
          expect(res.json()).withContext(route.name).toEqual(FORBIDDEN);
        }
      }
    });

    it('answers 403 to the IT administrator on producers, products and dossiers (no dossier work)', async () => {
      const catalog = routes.filter((r) => /^\/api\/(producers|products|dossiers)/.test(r.url));
      expect(catalog.length).toBe(23);
      for (const route of catalog) {
        const res = await status('admin.tinh', route);
        expect(res.statusCode).withContext(route.name).toBe(403);
        expect(res.json()).withContext(route.name).toEqual(FORBIDDEN);
      }
      expect((await t.inject('admin.tinh', '/api/units?level=province')).statusCode).toBe(200);
    });

    it('answers 403 to roles that read the catalogue but do not register in it', async () => {
      for (const user of ['hoidong.1', 'vq.yte', 'so.nongnghiep'] as const) {
        for (const url of ['/api/products', '/api/producers']) {
          const res = await t.inject(user, {
            method: 'POST',
            url,
            payload: {
              name: 'Miến dong',
              productGroupCode: '6',
              producerId: '0c0b2020-0000-4000-8000-000000000201',
              communeCode: '06322',
            },
          });
          expect(res.statusCode).withContext(`${user} POST ${url}`).toBe(403);
          expect(res.json()).withContext(`${user} POST ${url}`).toEqual(FORBIDDEN);
        }
      }
    });
  });

  describe('when the signing keys cannot be fetched', () => {
    let app: Awaited<ReturnType<typeof buildApp>>;

    beforeAll(async () => {
      const { issuer, audience } = testKeycloakConfig();
      const keys = remoteKeys({ jwksUrl: 'http://127.0.0.1:1/realms/langson/protocol/openid-connect/certs' });
      app = await buildApp({ db: t.db, verifyToken: createTokenVerifier({ issuer, audience, keys }) });
      await app.ready();
    });

    afterAll(async () => {
      await app.close();
    });

    it('answers 503 AUTH_UNAVAILABLE to a real token (never lets it through, never blames the user)', async () => {
      const res = await app.inject({ url: '/api/products', headers: await bearer('vq.nongnghiep') });
      expect(res.statusCode).toBe(503);
      expect(res.json<ApiError>().code).toBe('AUTH_UNAVAILABLE');
      expect(res.body).not.toContain('127.0.0.1');
      expectUnauthenticated(await app.inject('/api/products'), 'no token', 'missing');
    });
  });
});
