import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ApiError, AttachmentInfo } from '@ocop/domain';
import {
  type AttachmentTestApp,
  docxBytes,
  exeBytes,
  filesOnDisk,
  pdfBytes,
  pngBytes,
  sha256,
  startAttachmentApp,
} from '../../attachments/attachments-testing';
import { sweepAttachments } from '../../attachments/sweep-attachments';
import { readTaskDetail } from '../task-write';
import { insertPlan, insertReport, insertTask, taskState } from './testing/progress-fixtures';
import { evidenceDownload, evidenceUpload } from './testing/progress-requests';

/** Evidence of progress reports: the dossier attachments' store, limits and refusals. */

// Lowered so a spec can cross them with small files (the same rule as ATTACHMENT_LIMITS, smaller numbers).
const LIMITS = { maxFileBytes: 20_000, maxDossierBytes: 50_000 };

async function evidenceRows(t: AttachmentTestApp): Promise<number> {
  const [row] = await t.db.query<{ n: number }>('select count(*)::int as n from task_report_attachments');
  return row?.n ?? 0;
}

describe('evidence of progress reports', () => {
  let t: AttachmentTestApp;
  let planId: string;

  beforeAll(async () => {
    t = await startAttachmentApp(LIMITS);
    planId = (await insertPlan(t.db)).id;
  });

  afterAll(async () => {
    await t.close();
  });

  /** A task of Trung tâm Y tế with a report waiting for review. */
  async function pendingReport(): Promise<{ taskId: string; reportId: string }> {
    const taskId = await insertTask(t.db, planId, {
      status: 'in_progress',
      cooperating: ['department:KTHT'],
    });
    return { taskId, reportId: await insertReport(t.db, taskId, { percent: 50 }) };
  }

  it('stores a file for the pending report, raises the task version, audits, and serves it back', async () => {
    const { taskId, reportId } = await pendingReport();
    const pdf = pdfBytes(6000);
    const res = await t.inject(
      'vq.yte',
      evidenceUpload(reportId, 'Báo cáo quý II – Trung tâm Y tế.pdf', pdf),
    );
    expect(res.statusCode).withContext(res.body).toBe(201);
    const info = res.json<AttachmentInfo>();
    expect(info).toEqual({
      id: jasmine.any(String),
      fileName: 'Báo cáo quý II – Trung tâm Y tế.pdf',
      kind: 'pdf',
      size: 6000,
      sha256: sha256(pdf),
      uploadedAt: jasmine.stringMatching(/^\d{4}-\d\d-\d\dT/),
      uploadedBy: 'vq.yte',
    });
    expect(await taskState(t.db, taskId)).toEqual(jasmine.objectContaining({ version: 2, auditEntries: 1 }));

    const detail = await readTaskDetail(t.db, taskId, standing);
    expect(detail?.reports[0]?.attachments).toEqual([info]);
    expect(detail?.timeline.map((e) => e.action)).toEqual(['task.evidence-added']);

    // Every unit that sees the task may download it, a cooperating one too; inline only as a preview.
    for (const user of ['vq.nongnghiep', 'vq.kinhte', 'so.nongnghiep'] as const) {
      const download = await t.inject(user, evidenceDownload(info.id));
      expect(download.statusCode).withContext(user).toBe(200);
      expect(sha256(download.rawPayload)).toBe(info.sha256);
      expect(download.headers['content-type']).toBe('application/pdf');
      expect(download.headers['content-disposition']).toBe(
        `attachment; filename="Bao cao quy II _ Trung tam Y te.pdf"; filename*=UTF-8''` +
          encodeURIComponent('Báo cáo quý II – Trung tâm Y tế.pdf'),
      );
    }
    const inline = await t.inject('vq.yte', evidenceDownload(info.id, 'inline'));
    expect(String(inline.headers['content-disposition'])).toMatch(/^inline;/);
  });

  it('answers 404 for the evidence of a task the caller cannot see, like a missing file', async () => {
    const { reportId } = await pendingReport();
    const res = await t.inject('vq.yte', evidenceUpload(reportId, 'anh.png', pngBytes()));
    const { id } = res.json<AttachmentInfo>();
    for (const url of [evidenceDownload(id), evidenceDownload('00000000-0000-4000-8000-000000000000')]) {
      const download = await t.inject('xa.vanquan', url);
      expect(download.statusCode).toBe(404);
      expect(download.json<ApiError>().message).toBe(
        'Không tìm thấy tệp minh chứng, hoặc tệp không thuộc đơn vị của bạn.',
      );
    }
    expect((await t.inject('xa.vanquan', evidenceDownload('not-a-uuid'))).statusCode).toBe(400);
  });

  it('refuses callers outside the reporting side before a byte is stored', async () => {
    const { reportId } = await pendingReport();
    const rowsBefore = await evidenceRows(t);
    const filesBefore = await filesOnDisk(t.files.root);
    const cooperating = await t.inject('vq.kinhte', evidenceUpload(reportId, 'a.pdf', pdfBytes(1000)));
    expect(cooperating.statusCode).toBe(403);
    expect(cooperating.json<ApiError>().code).toBe('FORBIDDEN');
    const reader = await t.inject('so.nongnghiep', evidenceUpload(reportId, 'a.pdf', pdfBytes(1000)));
    expect(reader.statusCode).toBe(403);
    const stranger = await t.inject('xa.vanquan', evidenceUpload(reportId, 'a.pdf', pdfBytes(1000)));
    expect(stranger.statusCode).toBe(404);
    expect(stranger.json<ApiError>().message).toMatch(/^Không tìm thấy báo cáo tiến độ/);
    const missing = await t.inject(
      'vq.yte',
      evidenceUpload('00000000-0000-4000-8000-000000000000', 'a.pdf', pdfBytes(1000)),
    );
    expect(missing.statusCode).toBe(404);
    expect(await evidenceRows(t)).toBe(rowsBefore);
    expect(await filesOnDisk(t.files.root)).toEqual(filesBefore);
  });

  it('lets the standing unit add evidence for the lead unit', async () => {
    const { reportId } = await pendingReport();
    const res = await t.inject('vq.nongnghiep', evidenceUpload(reportId, 'bien-ban.docx', docxBytes()));
    expect(res.statusCode).withContext(res.body).toBe(201);
    expect(res.json<AttachmentInfo>().kind).toBe('docx');
  });

  it('takes evidence only while the report waits for review', async () => {
    const taskId = await insertTask(t.db, planId, { status: 'returned' });
    const returnedReport = await insertReport(t.db, taskId, { percent: 50, review: 'returned' });
    const res = await t.inject('vq.yte', evidenceUpload(returnedReport, 'a.pdf', pdfBytes(1000)));
    expect(res.statusCode).toBe(409);
    expect(res.json<ApiError>().code).toBe('REPORT_NOT_PENDING');
    expect(await taskState(t.db, taskId)).toEqual(jasmine.objectContaining({ version: 1, auditEntries: 0 }));
  });

  it('refuses what dossier attachments refuse, with the same codes, storing nothing', async () => {
    const { taskId, reportId } = await pendingReport();
    const rowsBefore = await evidenceRows(t);
    const filesBefore = await filesOnDisk(t.files.root);

    const exe = await t.inject('vq.yte', evidenceUpload(reportId, 'baocao.pdf', exeBytes()));
    expect(exe.statusCode).toBe(400);
    expect(exe.json<ApiError>()).toEqual(
      jasmine.objectContaining({
        code: 'FILE_TYPE_NOT_ALLOWED',
        details: jasmine.objectContaining({ itemName: 'Minh chứng báo cáo tiến độ', detected: null }),
      }),
    );
    const large = await t.inject(
      'vq.yte',
      evidenceUpload(reportId, 'lon.pdf', pdfBytes(LIMITS.maxFileBytes + 1)),
    );
    expect(large.statusCode).toBe(400);
    expect(large.json<ApiError>()).toEqual(
      jasmine.objectContaining({ code: 'FILE_TOO_LARGE', details: { maxFileBytes: LIMITS.maxFileBytes } }),
    );
    const empty = await t.inject('vq.yte', evidenceUpload(reportId, 'rong.pdf', Buffer.alloc(0)));
    expect(empty.json<ApiError>().code).toBe('FILE_EMPTY');
    const badName = await t.inject('vq.yte', evidenceUpload(reportId, '../x.pdf', pdfBytes(1000)));
    expect(badName.json<ApiError>()).toEqual(
      jasmine.objectContaining({ code: 'FILE_NAME_INVALID', details: { reason: 'separator' } }),
    );
    const notRaw = await t.inject('vq.yte', {
      method: 'POST',
      url: `/api/tasks/reports/${reportId}/attachments?fileName=a.pdf`,
      payload: { file: 'x' },
    });
    expect(notRaw.statusCode).toBe(415);

    expect(await evidenceRows(t)).toBe(rowsBefore);
    expect(await filesOnDisk(t.files.root)).toEqual(filesBefore);
    expect(await taskState(t.db, taskId)).toEqual(jasmine.objectContaining({ version: 1, auditEntries: 0 }));
  });

  it("holds a report's files to a dossier's total", async () => {
    const { reportId } = await pendingReport();
    for (let i = 0; i < 2; i++) {
      const res = await t.inject('vq.yte', evidenceUpload(reportId, `phan-${i}.pdf`, pdfBytes(20_000)));
      expect(res.statusCode).withContext(res.body).toBe(201);
    }
    const third = await t.inject('vq.yte', evidenceUpload(reportId, 'phan-3.pdf', pdfBytes(15_000)));
    expect(third.statusCode).toBe(400);
    expect(third.json<ApiError>()).toEqual(
      jasmine.objectContaining({
        code: 'DOSSIER_TOO_LARGE',
        details: { maxDossierBytes: LIMITS.maxDossierBytes, storedBytes: 40_000 },
      }),
    );
    // Another report has a total of its own.
    const other = await pendingReport();
    const res = await t.inject('vq.yte', evidenceUpload(other.reportId, 'khac.pdf', pdfBytes(15_000)));
    expect(res.statusCode).toBe(201);
  });

  it('keeps report evidence through the start-up sweep, which removes only files without a row', async () => {
    const { taskId, reportId } = await pendingReport();
    const pdf = pdfBytes(3000);
    const res = await t.inject('vq.yte', evidenceUpload(reportId, 'giu-lai.pdf', pdf));
    expect(res.statusCode).toBe(201);
    const orphanKey = '2020/0c0b2020-0000-4000-8000-0000000000cc';
    await mkdir(join(t.files.root, 'store', '2020'), { recursive: true });
    await writeFile(t.files.pathOf(orphanKey), 'never committed');
    const before = await filesOnDisk(t.files.root);

    expect(await sweepAttachments(t.db, t.files)).toEqual({ parts: 0, orphans: 1 });
    expect(await filesOnDisk(t.files.root)).toEqual(before.filter((f) => f !== `store/${orphanKey}`));
    const download = await t.inject('vq.yte', evidenceDownload(res.json<AttachmentInfo>().id));
    expect(download.statusCode).toBe(200);
    expect(sha256(download.rawPayload)).toBe(sha256(pdf));
    expect((await readTaskDetail(t.db, taskId, standing))?.reports[0]?.attachments.length).toBe(1);
  });
});

/** vq.nongnghiep as the API sees them (keycloak/realm.mjs), for reading a task straight from the database. */
const standing = {
  userId: 'spec',
  username: 'vq.nongnghiep',
  name: 'Cán bộ Phòng NN&PTNT',
  roles: ['district-officer' as const],
  districtCode: '184',
  communeCode: null,
  departmentCode: 'NNPTNT',
} satisfies Parameters<typeof readTaskDetail>[2];
