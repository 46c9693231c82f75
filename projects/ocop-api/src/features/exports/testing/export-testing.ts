import { inflateRawSync } from 'node:zlib';
import type { ExportJob } from '@ocop/domain';
import readXlsxFile from 'read-excel-file/node';

import type { TestApp } from '../../../testing/test-app';
import type { DemoUser } from '../../../testing/tokens';

/** Test-only: the XML parts of an .xlsx (a zip archive), for what read-excel-file does not return. */
export function xlsxParts(bytes: Buffer): Map<string, string> {
  let end = bytes.length - 22;
  while (end >= 0 && bytes.readUInt32LE(end) !== 0x06054b50) end--;
  if (end < 0) throw new Error('not a zip archive: no end of central directory');
  const count = bytes.readUInt16LE(end + 10);
  let at = bytes.readUInt32LE(end + 16);
  const parts = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = bytes.readUInt16LE(at + 10);
    const size = bytes.readUInt32LE(at + 20);
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const dataAt = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    const data = bytes.subarray(dataAt, dataAt + size);
    parts.set(name, (method === 0 ? data : inflateRawSync(data)).toString('utf8'));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return parts;
}

/** POST /api/exports; the raw answer. */
export function postExport(
  t: TestApp,
  user: DemoUser,
  kind: string,
  params: Record<string, string> = {},
  format = 'xlsx',
) {
  return t.inject(user, { method: 'POST', url: '/api/exports', payload: { kind, format, params } });
}

/** Polls the job until it is no longer running (a few milliseconds between polls). */
export async function waitForJob(t: TestApp, user: DemoUser, id: string): Promise<ExportJob> {
  for (let i = 0; i < 3000; i++) {
    const res = await t.inject(user, `/api/exports/${id}`);
    if (res.statusCode !== 200) throw new Error(`GET /api/exports/${id}: ${res.statusCode} ${res.body}`);
    const job = res.json<ExportJob>();
    if (job.state !== 'running') return job;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`export ${id} did not finish`);
}

/** Starts an export, waits for it and downloads the file; fails the spec on any refusal. */
export async function exportFile(
  t: TestApp,
  user: DemoUser,
  kind: string,
  params: Record<string, string> = {},
): Promise<{ job: ExportJob; bytes: Buffer; headers: Record<string, unknown> }> {
  const started = await postExport(t, user, kind, params);
  if (started.statusCode !== 202) throw new Error(`POST /api/exports: ${started.statusCode} ${started.body}`);
  const job = await waitForJob(t, user, started.json<ExportJob>().id);
  if (job.state !== 'ready') throw new Error(`export failed: ${job.error}`);
  const file = await t.inject(user, `/api/exports/${job.id}/file`);
  if (file.statusCode !== 200) throw new Error(`GET file: ${file.statusCode} ${file.body}`);
  return { job, bytes: file.rawPayload, headers: file.headers };
}

export type Cell = string | number | boolean | Date | null;

/** The sheets of the workbook as read-excel-file reads them back. */
export async function readSheets(bytes: Buffer): Promise<{ sheet: string; data: Cell[][] }[]> {
  return (await readXlsxFile(bytes)) as { sheet: string; data: Cell[][] }[];
}
