import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  inject,
  InjectionToken,
  input,
  OnInit,
  signal,
} from '@angular/core';
import {
  type ApiError,
  type ExportFormat,
  type ExportJob,
  type ExportKind,
  exportPercent,
  type ExportRequest,
} from '@ocop/domain';
import type { Subscription } from 'rxjs';
import { ApiClient } from '../../api/api-client';
import { injectFileTransfer } from '../../files/file-transfer';
import { OcopHost } from '../../host/ocop-host';
import { registerMessages } from '../../i18n/messages';
import { EXPORT_MESSAGES } from '../../i18n/messages-export';
import { Translator } from '../../i18n/translator';
import { downloadBlob } from './download-blob';
import { ExportJobStore } from './export-job-store';

export { exportParamsOf } from './export-params';

registerMessages(EXPORT_MESSAGES);

/** How often a running job is asked for its progress (a test makes it shorter). */
export const EXPORT_POLL_MS = new InjectionToken<number>('OCOP export poll interval', {
  factory: () => 500,
});

/** While the session is being renewed (or the user logs in again), the job is asked for less often. */
const SESSION_WAIT_FACTOR = 4;

type ExportStep = 'idle' | 'starting' | 'running' | 'downloading';

/** The session ended (401, or the portal could not renew the token): the job itself is fine. */
function sessionLost(error: ApiError): boolean {
  if (error.code === 'UNAUTHENTICATED' || error.code === 'HTTP_401') return true;
  return error.code === 'CLIENT' && /SESSION_EXPIRED|LOGGED_OUT/.test(String(error.details ?? ''));
}

/**
 * Exports a report or list through the API's export jobs: starts the job, shows its progress, then downloads
 * the file under the name the API gave it. The API builds the file in batches, so a big export never holds up
 * anyone else; the job is remembered for the browser tab, so a session that ends meanwhile loses nothing.
 */
@Component({
  selector: 'ocop-export-button',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './export-button.html',
  styleUrls: ['../../styles/controls.css', './export-button.css'],
})
export class ExportButton implements OnInit {
  readonly kind = input.required<ExportKind>();
  readonly format = input<ExportFormat>('xlsx');
  /** The kind's filters, the same names as its list's query. */
  readonly params = input<Record<string, string>>({});
  readonly label = input.required<string>();

  private readonly api = inject(ApiClient);
  private readonly files = injectFileTransfer();
  private readonly host = inject(OcopHost);
  private readonly pollMs = inject(EXPORT_POLL_MS);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly step = signal<ExportStep>('idle');
  protected readonly job = signal<ExportJob | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly waitingForLogin = signal(false);
  protected readonly busy = computed(() => this.step() !== 'idle');
  protected readonly percent = computed(() => {
    const job = this.job();
    return job ? exportPercent(job) : 0;
  });

  private timer: ReturnType<typeof setTimeout> | null = null;
  private request: Subscription | null = null;
  private destroyed = false;
  /** The request of the job under way (the inputs may change while it runs). */
  private running: ExportRequest | null = null;

  constructor() {
    inject(DestroyRef).onDestroy(() => {
      this.destroyed = true;
      this.stopTimer();
      this.request?.unsubscribe();
    });
  }

  ngOnInit(): void {
    const request = this.currentRequest();
    const id = this.store().load(request);
    if (id !== null) {
      this.running = request;
      this.step.set('running');
      this.poll(id);
    }
  }

  protected start(): void {
    if (this.busy()) return;
    const request = this.currentRequest();
    this.running = request;
    this.error.set(null);
    this.job.set(null);
    this.step.set('starting');
    this.request = this.api.post<ExportJob>('/exports', request).subscribe({
      next: (job) => {
        this.store().save(request, job.id);
        this.step.set('running');
        this.follow(job);
      },
      error: (error: ApiError) => this.fail(this.i18n.apiError(error)),
    });
  }

  private follow(job: ExportJob): void {
    this.job.set(job);
    this.waitingForLogin.set(false);
    if (job.state === 'running') {
      this.schedule(() => this.poll(job.id), this.pollMs);
    } else if (job.state === 'ready') {
      this.download(job);
    } else {
      this.fail(job.error ?? this.i18n.apiError({ code: 'INTERNAL', message: '' }));
    }
  }

  private poll(id: string): void {
    this.request = this.api.get<ExportJob>(`/exports/${id}`).subscribe({
      next: (job) => this.follow(job),
      error: (error: ApiError) => {
        if (sessionLost(error)) {
          this.waitingForLogin.set(true);
          this.schedule(() => this.poll(id), this.pollMs * SESSION_WAIT_FACTOR);
        } else {
          this.fail(this.i18n.apiError(error));
        }
      },
    });
  }

  private download(job: ExportJob): void {
    this.step.set('downloading');
    this.request = this.files.bytes(`/exports/${job.id}/file`).subscribe({
      next: (blob) => {
        downloadBlob(blob, job.fileName ?? `${job.kind}.${job.format}`);
        this.finish();
        this.step.set('idle');
      },
      error: (error: ApiError) => {
        if (sessionLost(error)) {
          this.waitingForLogin.set(true);
          this.schedule(() => this.download(job), this.pollMs * SESSION_WAIT_FACTOR);
        } else {
          this.fail(this.i18n.apiError(error));
        }
      },
    });
  }

  private fail(message: string): void {
    this.finish();
    this.error.set(this.t('export.failed', { message }));
    this.step.set('idle');
  }

  /** The job is over (downloaded or failed): nothing left to pick up after a reload. */
  private finish(): void {
    if (this.running) this.store().clear(this.running);
    this.running = null;
    this.waitingForLogin.set(false);
  }

  private schedule(next: () => void, ms: number): void {
    this.stopTimer();
    if (this.destroyed) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      next();
    }, ms);
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private currentRequest(): ExportRequest {
    return { kind: this.kind(), format: this.format(), params: { ...this.params() } };
  }

  private store(): ExportJobStore {
    const profile = this.host.auth()?.profile();
    return new ExportJobStore(profile && !(profile instanceof Promise) ? profile.username : 'anonymous');
  }
}
