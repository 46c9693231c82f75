import { randomUUID } from 'node:crypto';
import type { ExportFormat, ExportJob, ExportKind } from '@ocop/domain';

import { ApiHttpError, notFound } from '../../http/api-http-error';
import type { PreparedExport } from './export-kind';

/** Jobs one user may have running at once; the next POST answers 429 EXPORT_BUSY. */
export const MAX_RUNNING_PER_USER = 3;
/** How long a finished job (and its file) is kept after it ended. */
export const JOB_LIFETIME_MS = 15 * 60 * 1000;

export const EXPORT_NOT_FOUND_MESSAGE = 'Không tìm thấy yêu cầu xuất tệp, hoặc tệp đã quá hạn tải về.';
export const EXPORT_FAILED_MESSAGE = 'Không tạo được tệp xuất. Vui lòng thử lại hoặc báo quản trị hệ thống.';

interface StoredJob {
  job: ExportJob;
  owner: string;
  contentType: string;
  file: Buffer | null;
}

/** Where a job's failure is reported (the request logger of the POST that started it). */
export interface ExportLog {
  error(details: object, message: string): void;
}

export function exportBusy(): ApiHttpError {
  return new ApiHttpError(
    429,
    'EXPORT_BUSY',
    `Bạn đang có ${MAX_RUNNING_PER_USER} yêu cầu xuất tệp chưa xong. Vui lòng đợi một yêu cầu hoàn tất rồi thử lại.`,
  );
}

/**
 * Export jobs of this API process, kept in memory: a file is fetched within minutes of its job, and a restart
 * only costs the user a new click. Each job belongs to the user who started it; anyone else is told it does
 * not exist. Finished jobs are dropped JOB_LIFETIME_MS after they end.
 */
export class ExportJobs {
  private readonly jobs = new Map<string, StoredJob>();
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(private readonly lifetimeMs = JOB_LIFETIME_MS) {}

  /** 429 when `owner` already has MAX_RUNNING_PER_USER jobs running (checked before preparing a new one). */
  checkCapacity(owner: string): void {
    let running = 0;
    for (const stored of this.jobs.values()) {
      if (stored.owner === owner && stored.job.state === 'running') running += 1;
    }
    if (running >= MAX_RUNNING_PER_USER) throw exportBusy();
  }

  /** Registers the job and starts building its file in the background; answers the job as it is now. */
  start(
    owner: string,
    kind: ExportKind,
    format: ExportFormat,
    prepared: PreparedExport,
    log: ExportLog,
  ): ExportJob {
    this.checkCapacity(owner);
    const job: ExportJob = {
      id: randomUUID(),
      kind,
      format,
      state: 'running',
      done: 0,
      total: prepared.total,
      fileName: null,
      size: null,
      error: null,
    };
    const stored: StoredJob = { job, owner, contentType: prepared.contentType, file: null };
    this.jobs.set(job.id, stored);
    void this.run(stored, prepared, log);
    return { ...job };
  }

  private async run(stored: StoredJob, prepared: PreparedExport, log: ExportLog): Promise<void> {
    const { job } = stored;
    try {
      const file = await prepared.build((done, total) => {
        job.done = done;
        if (total !== undefined) job.total = total;
      });
      stored.file = file;
      job.done = Math.max(job.done, job.total);
      job.total = Math.max(job.done, job.total);
      job.fileName = prepared.fileName;
      job.size = file.length;
      job.state = 'ready';
    } catch (error) {
      log.error({ err: error, exportId: job.id, kind: job.kind }, 'export job failed');
      job.state = 'failed';
      job.error = error instanceof ApiHttpError ? error.message : EXPORT_FAILED_MESSAGE;
    }
    const timer = setTimeout(() => {
      this.jobs.delete(job.id);
      this.timers.delete(timer);
    }, this.lifetimeMs);
    // Keeping a finished job must not keep the process (or a test run) alive.
    timer.unref();
    this.timers.add(timer);
  }

  /** The owner's job, or 404 (another user's job answers exactly like a missing one). */
  job(owner: string, id: string): ExportJob {
    return { ...this.stored(owner, id).job };
  }

  /** The finished file, or 409 EXPORT_NOT_READY / EXPORT_FAILED. */
  file(owner: string, id: string): { fileName: string; contentType: string; bytes: Buffer } {
    const { job, file, contentType } = this.stored(owner, id);
    if (job.state === 'failed') {
      throw new ApiHttpError(409, 'EXPORT_FAILED', job.error ?? EXPORT_FAILED_MESSAGE);
    }
    if (file === null || job.fileName === null) {
      throw new ApiHttpError(409, 'EXPORT_NOT_READY', 'Tệp đang được tạo, vui lòng đợi đến khi hoàn tất.', {
        done: job.done,
        total: job.total,
      });
    }
    return { fileName: job.fileName, contentType, bytes: file };
  }

  /** Drops every job (the app is closing). */
  clear(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
    this.jobs.clear();
  }

  private stored(owner: string, id: string): StoredJob {
    const stored = this.jobs.get(id);
    if (stored === undefined || stored.owner !== owner) throw notFound(EXPORT_NOT_FOUND_MESSAGE);
    return stored;
  }
}
