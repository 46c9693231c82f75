import { request as httpRequest, type ClientRequest, type IncomingMessage } from 'node:http';
import type { ApiError } from '@ocop/domain';
import { bearer } from '../../testing/tokens';
import {
  attachmentRows,
  type AttachmentTestApp,
  filesOnDisk,
  insertDossier,
  pdfBytes,
  startAttachmentApp,
  uploadUrl,
} from './attachments-testing';

/**
 * Uploads over a real socket, where the client can go away halfway or keep sending after the refusal; the
 * crash of the whole process is in attachments-crash.spec.ts.
 */

const LIMITS = { maxFileBytes: 100_000, maxDossierBytes: 250_000 };

async function listenInRange(t: AttachmentTestApp): Promise<number> {
  const first = 4400 + Math.floor(Math.random() * 100);
  for (let i = 0; i < 100; i++) {
    const port = 4400 + ((first - 4400 + i) % 100);
    try {
      await t.app.listen({ port, host: '127.0.0.1' });
      return port;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EADDRINUSE') throw error;
    }
  }
  throw new Error('no free port in 4400-4499');
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(condition: () => Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await condition()) return;
    await sleep(25);
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('attachment uploads over a real connection', () => {
  let t: AttachmentTestApp;
  let port: number;
  let dossierId: string;

  beforeAll(async () => {
    t = await startAttachmentApp(LIMITS);
    port = await listenInRange(t);
  });

  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    dossierId = await insertDossier(t.db);
  });

  async function post(fileName: string): Promise<{ req: ClientRequest; response: Promise<IncomingMessage> }> {
    const req = httpRequest({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: uploadUrl(dossierId, 'phieu-kiem-nghiem', fileName),
      // No Content-Length: the body is streamed (chunked), as a browser's upload of a Blob may be.
      headers: { ...(await bearer('xa.huule')), 'content-type': 'application/octet-stream' },
    });
    const response = new Promise<IncomingMessage>((resolve, reject) => {
      req.on('response', resolve);
      req.on('error', reject);
    });
    return { req, response };
  }

  it('removes the half-received file when the client goes away, and records nothing', async () => {
    const { req, response } = await post('dang-do.pdf');
    response.catch(() => undefined);
    req.write(pdfBytes(70_000));
    await waitFor(
      async () => (await filesOnDisk(t.files.root)).some((f) => f.endsWith('.part')),
      'the .part',
    );
    req.destroy();
    await waitFor(async () => (await filesOnDisk(t.files.root)).length === 0, 'the .part to be removed');
    expect(await attachmentRows(t.db)).toBe(0);
  });

  it('answers a refusal to a client that is still sending, instead of resetting the connection', async () => {
    const { req, response } = await post('qua-lon.pdf');
    const bytes = pdfBytes(180_000);
    let answered = false;
    void response.then(() => (answered = true));
    for (let at = 0; at < bytes.length && !answered; at += 10_000) {
      req.write(bytes.subarray(at, at + 10_000));
      await sleep(2);
    }
    req.end();
    const res = await response;
    const chunks: Buffer[] = [];
    for await (const chunk of res) chunks.push(chunk as Buffer);
    expect(res.statusCode).toBe(400);
    expect((JSON.parse(Buffer.concat(chunks).toString()) as ApiError).code).toBe('FILE_TOO_LARGE');
    expect(await filesOnDisk(t.files.root)).toEqual([]);
    expect(await attachmentRows(t.db)).toBe(0);
  });
});
