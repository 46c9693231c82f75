import { spawn } from 'node:child_process';
import { createServer, type Server } from 'node:net';
import { REPO_ROOT } from './config/config';
import { createPgliteTestDatabase, createTestDatabase, type TestDatabase } from './testing/test-database';

/** Process-level tests: the real entry point, as an operator starts it. */

const MAIN = 'projects/ocop-api/src/main.ts';
const OWN_VARIABLES = ['PORT', 'HOST', 'DATABASE_URL', 'OCOP_DATA_DIR', 'LOG_LEVEL', 'OCOP_DEMO_DATA'];

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

/** Runs the API until it exits on its own (or 30 s pass). */
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
    it('when DATABASE_URL is not a URL', async () => {
      expectOneLineFailure(
        await runApi({ DATABASE_URL: 'not a url with s3cret' }),
        'ocop-api: DATABASE_URL is not a PostgreSQL URL (expected postgres://user:pass@host:port/db)',
      );
    });

    it('when the database at DATABASE_URL is unreachable, without showing the password', async () => {
      const exit = await runApi({ DATABASE_URL: 'postgres://ocop:s3cret@127.0.0.1:1/x' });
      expectOneLineFailure(
        exit,
        'ocop-api: cannot connect to the database at DATABASE_URL (127.0.0.1:1): connection refused',
      );
      expect(exit.stderr + exit.stdout).not.toContain('s3cret');
    });

    for (const port of ['abc', '70000']) {
      it(`when PORT is "${port}"`, async () => {
        expectOneLineFailure(
          await runApi({ PORT: port }),
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
          await runApi({ ...database.env, PORT: String(port) }),
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
        await runApi({ OCOP_DATA_DIR: dataDir, PORT: String(await freePort()) }),
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
        env: apiEnv({ ...database.env, PORT: String(port) }),
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
      const products = (await (await fetch(`${api.base}/products?q=huu le`)).json()) as { total: number };
      expect(products.total).toBe(1);
      const created = await fetch(`${api.base}/producers`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'hop-tac-xa', name: 'HTX Hồi Tri Lễ', communeCode: '06313' }),
      });
      expect(created.status).toBe(201);
      let exit = await api.stop();
      expect(exit.code).withContext(exit.stderr).toBe(0);
      expect(exit.stderr).toBe('');
      const logs = exit.stdout
        .split('\n')
        .filter((line) => line !== '')
        .map((line) => JSON.parse(line) as { level: number; msg: string });
      expect(logs).toContain(
        jasmine.objectContaining({
          level: 40,
          msg: 'authentication is DISABLED (foundation dev mode; Keycloak arrives with issue 3)',
        }),
      );

      api = await startApi(port);
      const page = (await (await fetch(`${api.base}/producers?q=hoi tri le`)).json()) as { total: number };
      expect(page.total).toBe(1);
      const demo = (await (await fetch(`${api.base}/products`)).json()) as { total: number };
      expect(demo.total).withContext('demo data is not loaded twice').toBe(2);
      exit = await api.stop();
      expect(exit.code).toBe(0);
    });
  });
});
