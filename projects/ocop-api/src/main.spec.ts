import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { REPO_ROOT } from './config/config';
import { createPgliteTestDatabase, createTestDatabase, type TestDatabase } from './testing/test-database';
import { bearer, testKeycloakUrl } from './testing/tokens';

/** Process-level tests: the real entry point, as an operator starts it. */

const MAIN = 'projects/ocop-api/src/main.ts';
const OWN_VARIABLES = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'OCOP_DATA_DIR',
  'LOG_LEVEL',
  'OCOP_DEMO_DATA',
  'KEYCLOAK_URL',
  'KEYCLOAK_REALM',
  'OCOP_API_AUDIENCE',
];
/**
 * For the specs about other variables: a KEYCLOAK_URL where nothing listens. The API does not contact
 * Keycloak before the first request, so this also shows that it starts while Keycloak is still down.
 */
const NO_KEYCLOAK = { KEYCLOAK_URL: 'http://127.0.0.1:1' };

interface Exit {
  code: number | null;
  stdout: string;
  stderr: string;
}

function apiEnv(env: Record<string, string>): NodeJS.ProcessEnv {
  const base = { ...process.env };
  for (const name of OWN_VARIABLES) delete base[name];
  return { ...base, ...env };
}

/** Runs the API until it exits on its own (or 30 s pass); `env` is all of its own variables. */
function runApi(env: Record<string, string>): Promise<Exit> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', MAIN], { cwd: REPO_ROOT, env: apiEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

function listenOnFreePort(): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

async function freePort(): Promise<number> {
  const server = await listenOnFreePort();
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function expectOneLineFailure(exit: Exit, expected: string): void {
  expect(exit.code).withContext(exit.stderr).toBe(1);
  const lines = exit.stderr.split('\n').filter((line) => line !== '');
  expect(lines.length).withContext(exit.stderr).toBe(1);
  expect(lines[0]).toBe(expected);
  expect(exit.stderr).not.toMatch(/^\s+at /m);
}

describe('the API process (main.ts)', () => {
  describe('refuses to start with one stderr line and exit code 1', () => {
    it('when KEYCLOAK_URL is not set', async () => {
      expectOneLineFailure(
        await runApi({}),
        "ocop-api: KEYCLOAK_URL is not set: the API verifies every request's token with Keycloak " +
          '(e.g. http://localhost:8180)',
      );
    });

    it('when KEYCLOAK_URL is not an http(s) URL', async () => {
      expectOneLineFailure(
        await runApi({ KEYCLOAK_URL: 'localhost:8180' }),
        'ocop-api: KEYCLOAK_URL must be an http(s) URL such as http://localhost:8180 (got "localhost:8180")',
      );
    });

    it('when DATABASE_URL is not a URL', async () => {
      expectOneLineFailure(
        await runApi({ ...NO_KEYCLOAK, DATABASE_URL: 'not a url with s3cret' }),
        'ocop-api: DATABASE_URL is not a PostgreSQL URL (expected postgres://user:pass@host:port/db)',
      );
    });

    it('when the database at DATABASE_URL is unreachable, without showing the password', async () => {
      const exit = await runApi({ ...NO_KEYCLOAK, DATABASE_URL: 'postgres://ocop:s3cret@127.0.0.1:1/x' });
      expectOneLineFailure(
        exit,
        'ocop-api: cannot connect to the database at DATABASE_URL (127.0.0.1:1): connection refused',
      );
      expect(exit.stderr + exit.stdout).not.toContain('s3cret');
    });

    for (const port of ['abc', '70000']) {
      it(`when PORT is "${port}"`, async () => {
        expectOneLineFailure(
          await runApi({ ...NO_KEYCLOAK, PORT: port }),
          `ocop-api: PORT must be an integer from 1 to 65535 (got "${port}")`,
        );
      });
    }

    describe('when the port is in use', () => {
      let database: TestDatabase;
      let blocker: Server;

      beforeEach(async () => {
        database = await createTestDatabase();
        blocker = await listenOnFreePort();
      });

      afterEach(async () => {
        await new Promise((resolve) => blocker.close(resolve));
        await database.dispose();
      });

      it('names the port', async () => {
        const { port } = blocker.address() as { port: number };
        expectOneLineFailure(
          await runApi({ ...NO_KEYCLOAK, ...database.env, PORT: String(port) }),
          `ocop-api: PORT ${port} is already in use`,
        );
      });
    });
  });

  describe('refuses an embedded database that another process has open', () => {
    let database: TestDatabase;

    beforeEach(async () => {
      database = await createPgliteTestDatabase();
      await database.open();
    });

    afterEach(async () => {
      await database.dispose();
    });

    it('naming OCOP_DATA_DIR and the process', async () => {
      const dataDir = database.env['OCOP_DATA_DIR'] ?? '';
      expectOneLineFailure(
        await runApi({ ...NO_KEYCLOAK, OCOP_DATA_DIR: dataDir, PORT: String(await freePort()) }),
        `ocop-api: cannot open the embedded database in OCOP_DATA_DIR (${dataDir}/pglite): ` +
          `it is in use by another process (pid ${process.pid}); ` +
          'stop that process or set OCOP_DATA_DIR to another directory',
      );
    });
  });

  describe('when it starts', () => {
    let database: TestDatabase;

    beforeEach(async () => {
      database = await createTestDatabase('empty');
    });

    afterEach(async () => {
      await database.dispose();
    });

    /** Starts the API and resolves once it answers; `stop` sends SIGTERM and resolves with the exit. */
    async function startApi(port: number) {
      const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
        cwd: REPO_ROOT,
        env: apiEnv({ ...database.env, PORT: String(port), KEYCLOAK_URL: testKeycloakUrl() }),
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<Exit>((resolve) =>
        child.on('close', (code) => resolve({ code, stdout, stderr })),
      );
      const base = `http://127.0.0.1:${port}/api`;
      for (let attempt = 0; ; attempt++) {
        if (child.exitCode !== null) throw new Error(`the API exited early: ${stderr}`);
        try {
          if ((await fetch(`${base}/health/ready`)).ok) break;
        } catch {
          // Not listening yet.
        }
        if (attempt > 300) throw new Error('the API did not become ready within 30 s');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return {
        base,
        stop: () => {
          child.kill('SIGTERM');
          return exited;
        },
      };
    }

    it('migrates, loads demo data, serves, stops cleanly on SIGTERM and keeps its data over a restart', async () => {
      const port = await freePort();
      let api = await startApi(port);
      // Tokens of the district officer of Văn Quan, checked with the keys of the real Keycloak.
      const headers = await bearer('vq.nongnghiep');
      const get = async (path: string) => (await fetch(`${api.base}${path}`, { headers })).json();
      const products = (await get('/products?q=huu le')) as { total: number };
      expect(products.total).toBe(1);
      const created = await fetch(`${api.base}/producers`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'hop-tac-xa', name: 'HTX Hồi Tri Lễ', communeCode: '06313' }),
      });
      expect(created.status).toBe(201);
      const anonymous = await fetch(`${api.base}/products`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('www-authenticate')).toBe('Bearer');
      let exit = await api.stop();
      expect(exit.code).withContext(exit.stderr).toBe(0);
      expect(exit.stderr).toBe('');
      const logs = exit.stdout
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as { level: number; msg: string; issuer?: string });
      expect(logs).toContain(
        jasmine.objectContaining({ level: 30, issuer: `${testKeycloakUrl()}/realms/langson` }),
      );
      expect(logs.filter((line) => line.level >= 40).map((line) => line.msg))
        .withContext('no warnings (authentication is never off)')
        .toEqual([]);

      api = await startApi(port);
      const page = (await get('/producers?q=hoi tri le')) as { total: number };
      expect(page.total).toBe(1);
      const demo = (await get('/products')) as { total: number };
      expect(demo.total).withContext('demo data is not loaded twice').toBe(2);
      exit = await api.stop();
      expect(exit.code).toBe(0);
    });
  });
});
