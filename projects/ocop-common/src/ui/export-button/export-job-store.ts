import type { ExportRequest } from '@ocop/domain';

/** A running job outlives its page only this long (the API drops finished jobs after 15 minutes). */
const KEEP_MS = 15 * 60 * 1000;
const PREFIX = 'ocop-export:';

interface StoredJob {
  id: string;
  startedAt: number;
}

/**
 * The job a button started, kept in sessionStorage until its file is downloaded: when the session ends during
 * an export, the portal sends the user to log in and back to the same page, and the button then picks the
 * job up again instead of losing it.
 */
export class ExportJobStore {
  constructor(private readonly user: string) {}

  save(request: ExportRequest, id: string): void {
    const value: StoredJob = { id, startedAt: Date.now() };
    try {
      sessionStorage.setItem(this.key(request), JSON.stringify(value));
    } catch {
      // Storage disabled: the export still works, it only does not survive a reload.
    }
  }

  /** The id of the job still worth polling for this request, or null. */
  load(request: ExportRequest): string | null {
    try {
      const raw = sessionStorage.getItem(this.key(request));
      const stored = raw ? (JSON.parse(raw) as Partial<StoredJob>) : null;
      if (stored && typeof stored.id === 'string' && Date.now() - Number(stored.startedAt) < KEEP_MS) {
        return stored.id;
      }
      this.clear(request);
      return null;
    } catch {
      return null;
    }
  }

  clear(request: ExportRequest): void {
    try {
      sessionStorage.removeItem(this.key(request));
    } catch {
      // See save().
    }
  }

  private key(request: ExportRequest): string {
    const params = Object.keys(request.params)
      .sort()
      .map((name) => [name, request.params[name]]);
    return `${PREFIX}${this.user}:${JSON.stringify([request.kind, request.format, params])}`;
  }
}
