import { Component, signal } from '@angular/core';
import { HttpTestingController, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { FakeOcopAuth, provideTestElement, waitUntil } from '@ocop/common/testing';
import type { ExportFormat, ExportJob } from '@ocop/domain';
import { EXPORT_POLL_MS, ExportButton, exportParamsOf } from './export-button';

@Component({
  imports: [ExportButton],
  template: `<ocop-export-button
    class="export-xlsx"
    kind="dossiers"
    [format]="format()"
    [params]="params()"
    label="Xuất Excel"
  />`,
})
class Host {
  readonly format = signal<ExportFormat>('xlsx');
  readonly params = signal<Record<string, string>>({ state: 'submitted', communeCode: '06322' });
}

const job = (patch: Partial<ExportJob> = {}): ExportJob => ({
  id: 'job-1',
  kind: 'dossiers',
  format: 'xlsx',
  state: 'running',
  done: 0,
  total: 0,
  fileName: null,
  size: null,
  error: null,
  ...patch,
});

describe('ExportButton', () => {
  let fixture: ComponentFixture<Host>;
  let http: HttpTestingController;
  let auth: FakeOcopAuth;
  let clicked: { href: string; download: string }[];
  let revoked: string[];

  beforeEach(() => {
    sessionStorage.clear();
    clicked = [];
    revoked = [];
    spyOn(URL, 'createObjectURL').and.returnValue('blob:export-1');
    spyOn(URL, 'revokeObjectURL').and.callFake((url: string) => revoked.push(url));
    spyOn(HTMLAnchorElement.prototype, 'click').and.callFake(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
  });

  afterEach(() => {
    http.verify();
    fixture.destroy();
    sessionStorage.clear();
  });

  async function open(): Promise<void> {
    auth = new FakeOcopAuth();
    auth.user = { username: 'xa.huule', name: 'Lê Hữu', roles: ['commune-officer'] };
    TestBed.configureTestingModule({
      providers: [...provideTestElement({ auth }), { provide: EXPORT_POLL_MS, useValue: 5 }],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(Host);
    await settle();
  }

  async function settle(): Promise<void> {
    await fixture.whenStable();
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    await fixture.whenStable();
  }

  const el = (): HTMLElement => fixture.nativeElement as HTMLElement;
  const button = (): HTMLButtonElement => el().querySelector('button.export')!;
  const status = (): string => el().querySelector('.export-status')!.textContent!.replace(/\s+/g, ' ').trim();

  /** Waits for the request (polling runs on a timer), then answers it. */
  async function answer(
    method: string,
    url: string,
    body: Parameters<TestRequest['flush']>[0],
    status = 200,
  ): Promise<TestRequest> {
    let found: TestRequest[] = [];
    await waitUntil(() => {
      found = http.match((r) => r.method === method && r.urlWithParams === url);
      return found.length > 0;
    });
    const req = found[0]!;
    req.flush(body, { status, statusText: status < 400 ? 'OK' : 'Error' });
    await settle();
    return req;
  }

  it('starts the job, shows its progress, then downloads the file under its name with the token', async () => {
    await open();
    expect(button().textContent!.trim()).toBe('Xuất Excel');
    expect(el().querySelector('.export-status')!.getAttribute('aria-live')).toBe('polite');

    button().click();
    await settle();
    expect(button().disabled).toBeTrue();
    const post = await answer('POST', '/api/exports', job(), 202);
    expect(post.request.body).toEqual({
      kind: 'dossiers',
      format: 'xlsx',
      params: { state: 'submitted', communeCode: '06322' },
    });
    expect(status()).toBe('Đang xuất… 0 %');

    await answer('GET', '/api/exports/job-1', job({ done: 45, total: 100 }));
    expect(status()).toBe('Đang xuất… 45 %');
    expect(el().querySelector('progress')!.value).toBe(45);
    expect(button().disabled).toBeTrue();

    await answer(
      'GET',
      '/api/exports/job-1',
      job({ state: 'ready', done: 100, total: 100, fileName: 'ho-so-ocop-2026-11-29.xlsx', size: 3 }),
    );
    const file = await answer('GET', '/api/exports/job-1/file', new Blob(['xls']));
    expect(file.request.headers.get('Authorization')).toBe('Bearer test-token');
    expect(file.request.responseType).toBe('blob');
    expect(clicked).toEqual([{ href: 'blob:export-1', download: 'ho-so-ocop-2026-11-29.xlsx' }]);
    expect(button().disabled).toBeFalse();
    expect(el().querySelector('progress')).toBeNull();
    expect(el().querySelector('[role=alert]')).toBeNull();
    await waitUntil(() => revoked.includes('blob:export-1'), 3000);
    // Nothing left to pick up on a later visit.
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('ocop-export:'))).toEqual([]);
  });

  it('shows the API message of a refused export and of a failed job in an alert', async () => {
    await open();
    button().click();
    await answer(
      'POST',
      '/api/exports',
      { code: 'EXPORT_BUSY', message: 'Bạn đang có 3 tệp đang xuất, vui lòng chờ.', details: null },
      429,
    );
    expect(el().querySelector('[role=alert]')!.textContent!.trim()).toBe(
      'Không xuất được tệp: Bạn đang có 3 tệp đang xuất, vui lòng chờ.',
    );
    expect(button().disabled).toBeFalse();

    button().click();
    await settle();
    expect(el().querySelector('[role=alert]')).toBeNull();
    await answer('POST', '/api/exports', job(), 202);
    await answer('GET', '/api/exports/job-1', job({ state: 'failed', error: 'Không đọc được dữ liệu.' }));
    expect(el().querySelector('[role=alert]')!.textContent!.trim()).toBe(
      'Không xuất được tệp: Không đọc được dữ liệu.',
    );
    expect(clicked).toEqual([]);
  });

  it('keeps the job through an expired session and downloads it once the session is back', async () => {
    await open();
    fixture.componentInstance.format.set('pdf');
    await settle();
    button().click();
    await answer('POST', '/api/exports', job({ format: 'pdf' }), 202);
    await answer(
      'GET',
      '/api/exports/job-1',
      { code: 'UNAUTHENTICATED', message: 'Phiên đăng nhập đã hết hạn', details: { reason: 'expired' } },
      401,
    );
    expect(el().querySelector('[role=alert]')).toBeNull();
    expect(status()).toContain('Phiên đăng nhập đã hết hạn. Tệp vẫn đang được xuất');
    expect(button().disabled).toBeTrue();
    // A reload (the login round trip) would find it.
    expect(Object.keys(sessionStorage).filter((k) => k.startsWith('ocop-export:xa.huule:')).length).toBe(1);

    await answer('GET', '/api/exports/job-1', job({ format: 'pdf', done: 1, total: 2 }));
    expect(status()).toBe('Đang xuất… 50 %');
    await answer(
      'GET',
      '/api/exports/job-1',
      job({ format: 'pdf', state: 'ready', done: 2, total: 2, fileName: 'bao-cao.pdf' }),
    );
    await answer('GET', '/api/exports/job-1/file', new Blob(['%PDF']));
    expect(clicked.map((c) => c.download)).toEqual(['bao-cao.pdf']);
  });

  it('picks up a job started before the page was reloaded', async () => {
    const key = `ocop-export:xa.huule:${JSON.stringify([
      'dossiers',
      'xlsx',
      [
        ['communeCode', '06322'],
        ['state', 'submitted'],
      ],
    ])}`;
    sessionStorage.setItem(key, JSON.stringify({ id: 'job-7', startedAt: Date.now() }));
    await open();
    expect(button().disabled).toBeTrue();
    await answer('GET', '/api/exports/job-7', job({ id: 'job-7', state: 'ready', fileName: 'a.xlsx' }));
    await answer('GET', '/api/exports/job-7/file', new Blob(['x']));
    expect(clicked.map((c) => c.download)).toEqual(['a.xlsx']);
    expect(sessionStorage.getItem(key)).toBeNull();
  });
});

describe('exportParamsOf', () => {
  it('keeps every filter set, as text, and drops the paging', () => {
    expect(
      exportParamsOf({
        q: 'hồi',
        state: undefined,
        roundYear: 2030,
        flag: '',
        limit: 50,
        offset: 100,
        sort: 'updated',
      }),
    ).toEqual({ q: 'hồi', roundYear: '2030', sort: 'updated' });
  });
});
