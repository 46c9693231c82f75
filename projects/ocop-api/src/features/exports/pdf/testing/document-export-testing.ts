import type { ExportJob } from '@ocop/domain';
import type { TestApp } from '../../../../testing/test-app';
import type { DemoUser } from '../../../../testing/tokens';
import { postExport, waitForJob } from '../../testing/export-testing';

/** POST /api/exports in `format`, polls the job and downloads the file; fails the spec on any refusal. */
export async function exportDocument(
  t: TestApp,
  user: DemoUser,
  kind: string,
  params: Record<string, string>,
  format: 'pdf' | 'xlsx',
): Promise<{ job: ExportJob; bytes: Buffer; headers: Record<string, unknown> }> {
  const started = await postExport(t, user, kind, params, format);
  if (started.statusCode !== 202) throw new Error(`POST /api/exports: ${started.statusCode} ${started.body}`);
  const job = await waitForJob(t, user, started.json<ExportJob>().id);
  if (job.state !== 'ready') throw new Error(`export failed: ${job.error}`);
  const file = await t.inject(user, `/api/exports/${job.id}/file`);
  if (file.statusCode !== 200) throw new Error(`GET file: ${file.statusCode} ${file.body}`);
  return { job, bytes: file.rawPayload, headers: file.headers };
}
