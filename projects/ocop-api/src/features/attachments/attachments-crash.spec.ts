import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { get as httpGet, request as httpRequest } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DossierDetail } from '@ocop/domain';
import { REPO_ROOT } from '../../config/config';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { bearer, testKeycloakUrl } from '../../testing/tokens';
import { filesOnDisk, insertDossier, pdfBytes, sha256, uploadUrl } from './attachments-testing';

/**
 * The real API process, killed with SIGKILL while a file streams in: after a restart on the same data
 * directory there is no .part, no stored file without a row, and no row for the interrupted upload.
 */

const MAIN = 'projects/ocop-api/src/main.ts';
const OWN_VARIABLES = [
  'PORT',
  'HOST',
  'DATABASE_URL',
  'OCOP_DATA_DIR',
  'LOG_LEVEL',
  'OCOP_DEMO_DATA',
  'KEYCLOAK_URL',
];
const LAB_REPORT = 'phieu-kiem-nghiem';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

async function freePortInRange(): Promise<number> {
  const first = Math.floor(Math.random() * 100);
  for (let i = 0; i < 100; i++) {
    const port = 4400 + ((first + i) % 100);
    if (await portIsFree(port)) return port;
  }
  throw new Error('no free port in 4400-4499');
}

/**
 * A GET on a connection of its own that is closed after the answer (fetch would keep it alive, and a
 * connection that becomes idle only after SIGTERM keeps the closing server waiting for its keep-alive timeout).
 */
function getOnce(url: string, headers: Record<string, string>): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = httpGet(url, { headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
}

interface RunningApi {
  child: ChildProcess;
  base: string;
  exited: Promise<number | null>;
  output(): string;
}

async function startApi(env: Record<string, string>): Promise<RunningApi> {
  const base = { ...process.env };
  for (const name of OWN_VARIABLES) delete base[name];
  const child = spawn(process.execPath, ['--import', 'tsx', MAIN], {
    cwd: REPO_ROOT,
    env: { ...base, ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) =>
    child.on('close', (code, signal) => {
      if (signal !== null) output += `\n[closed by ${signal}]`;
      resolve(code);
    }),
  );
  const url = `http://127.0.0.1:${env['PORT']}/api`;
  for (let attempt = 0; ; attempt++) {
    if (child.exitCode !== null) throw new Error(`the API exited early: ${output}`);
    try {
      if ((await fetch(`${url}/health/ready`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (attempt > 300) {
      child.kill('SIGKILL');
      throw new Error(`the API did not become ready within 30 s: ${output}`);
    }
    await sleep(100);
  }
  return { child, base: url, exited, output: () => output };
}

describe('an API process killed in the middle of an upload', () => {
  let database: TestDatabase;
  let dataDir: string;
  let ownDataDir: string | null = null;
  let api: RunningApi | null = null;

  beforeEach(async () => {
    database = await createTestDatabase('seeded');
    if (database.env['OCOP_DATA_DIR'] !== undefined) {
      dataDir = database.env['OCOP_DATA_DIR'];
    } else {
      ownDataDir = await mkdtemp(join(tmpdir(), 'ocop-crash-spec-'));
      dataDir = ownDataDir;
    }
  });

  afterEach(async () => {
    if (api !== null && api.child.exitCode === null) {
      api.child.kill('SIGKILL');
      await api.exited;
    }
    await database.dispose();
    if (ownDataDir !== null) await rm(ownDataDir, { recursive: true, force: true });
  });

  it('leaves no orphan file and no row after a restart', async () => {
    const db = await database.open();
    const dossierId = await insertDossier(db);
    // PGlite: the API must be the only process with the data directory open.
    await db.close();

    const env = {
      ...database.env,
      OCOP_DATA_DIR: dataDir,
      PORT: String(await freePortInRange()),
      KEYCLOAK_URL: testKeycloakUrl(),
      OCOP_DEMO_DATA: '0',
    };
    const attachmentsDir = join(dataDir, 'attachments');
    const auth = await bearer('xa.huule');
    api = await startApi(env);

    // One file stored completely before the crash: it must survive the sweep.
    const kept = pdfBytes(30_000);
    const stored = await fetch(
      `${api.base}${uploadUrl(dossierId, LAB_REPORT, 'Giấy kiểm nghiệm.pdf').slice(4)}`,
      {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/octet-stream' },
        body: kept,
      },
    );
    expect(stored.status)
      .withContext(await stored.clone().text())
      .toBe(201);
    const keptId = ((await stored.json()) as DossierDetail).items.find((i) => i.definition.id === LAB_REPORT)
      ?.attachments[0]?.id;

    // A second one streams slowly over a real connection…
    const slow = httpRequest(`${api.base}${uploadUrl(dossierId, LAB_REPORT, 'Đang tải.pdf').slice(4)}`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/octet-stream' },
    });
    slow.on('error', () => undefined);
    const body = pdfBytes(2_000_000);
    let sending = true;
    void (async () => {
      for (let at = 0; sending && at < body.length; at += 8_000) {
        slow.write(body.subarray(at, at + 8_000));
        await sleep(40);
      }
    })();
    for (let i = 0; !(await filesOnDisk(attachmentsDir)).some((f) => f.endsWith('.part')); i++) {
      if (i > 400) throw new Error(`no .part appeared: ${api.output()}`);
      await sleep(25);
    }
    // …and a crash between the rename and the COMMIT of another would leave a file like this one.
    const orphanKey = `2020/${randomUUID()}`;
    await mkdir(join(attachmentsDir, 'store', '2020'), { recursive: true });
    await writeFile(join(attachmentsDir, 'store', orphanKey), 'never committed');

    api.child.kill('SIGKILL');
    await api.exited;
    sending = false;
    slow.destroy();
    const leftByCrash = await filesOnDisk(attachmentsDir);
    expect(leftByCrash.filter((f) => f.startsWith('tmp/') && f.endsWith('.part')).length)
      .withContext('the kill left a half file behind')
      .toBe(1);

    api = await startApi(env);
    const download = await getOnce(`${api.base}/dossiers/${dossierId}/attachments/${keptId}`, auth);
    expect(download.status).toBe(200);
    expect(sha256(download.body)).toBe(sha256(kept));
    api.child.kill('SIGTERM');
    expect(await api.exited)
      .withContext(api.output())
      .toBe(0);
    expect(api.output()).toContain('attachments left by an interrupted run removed');

    const reopened = await database.open();
    const rows = await reopened.query<{ storage_key: string; file_name: string }>(
      'select storage_key, file_name from attachments',
    );
    expect(rows.map((r) => r.file_name)).toEqual(['Giấy kiểm nghiệm.pdf']);
    expect(await filesOnDisk(attachmentsDir)).toEqual(rows.map((r) => `store/${r.storage_key}`));
  });
});
