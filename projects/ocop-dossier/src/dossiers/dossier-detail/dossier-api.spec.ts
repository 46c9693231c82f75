import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ViewedDistrict } from '@ocop/common';
import { FakeOcopAuth, nextTask, provideTestElement } from '@ocop/common/testing';
import { ApiError } from '@ocop/domain';
import { firstValueFrom } from 'rxjs';
import { FakeXhr, fakeXhrFactory } from '@ocop/common/testing';
import { DossierApi, UPLOAD_XHR, UploadEvent } from './dossier-api';
import { DOSSIER_ID, dossier } from './testing/dossier-fixtures';

describe('DossierApi', () => {
  let api: DossierApi;
  let http: HttpTestingController;
  let auth: FakeOcopAuth;
  let xhrs: FakeXhr[];

  beforeEach(() => {
    xhrs = [];
    auth = new FakeOcopAuth('upload-token');
    TestBed.configureTestingModule({
      providers: [
        provideTestElement({ auth }),
        DossierApi,
        { provide: UPLOAD_XHR, useValue: fakeXhrFactory((xhr) => xhrs.push(xhr)) },
      ],
    });
    api = TestBed.inject(DossierApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => {
    http.verify();
    TestBed.inject(ViewedDistrict).set(null);
  });

  const file = new File([new Uint8Array(100)], 'Phiếu kiểm nghiệm 2019.pdf');

  /** Starts an upload and waits for the token so the request is open. */
  async function start(): Promise<{
    events: UploadEvent[];
    errors: ApiError[];
    xhr: FakeXhr;
    stop: () => void;
  }> {
    const events: UploadEvent[] = [];
    const errors: ApiError[] = [];
    const subscription = api.upload(DOSSIER_ID, 'phieu-kiem-nghiem', file).subscribe({
      next: (e) => events.push(e),
      error: (e: ApiError) => errors.push(e),
    });
    await nextTask();
    return { events, errors, xhr: xhrs[0], stop: () => subscription.unsubscribe() };
  }

  it('posts the raw file with the bearer token, the viewed district and the NFC name in the query', async () => {
    TestBed.inject(ViewedDistrict).set('184');
    const decomposed = new File([new Uint8Array(3)], 'Phiếu'.normalize('NFD') + '.pdf');
    api.upload(DOSSIER_ID, 'phieu-kiem-nghiem', decomposed).subscribe();
    await nextTask();

    const xhr = xhrs[0];
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(
      `/api/dossiers/${DOSSIER_ID}/items/phieu-kiem-nghiem/attachments?fileName=${encodeURIComponent('Phiếu.pdf')}`,
    );
    expect(xhr.headers).toEqual({
      Authorization: 'Bearer upload-token',
      'X-OCOP-District': '184',
      'Content-Type': 'application/octet-stream',
      Accept: 'application/json',
    });
    expect(xhr.body).toBe(decomposed);
    expect(auth.getToken).toHaveBeenCalledWith(30);
  });

  it('reports progress from 0 to 1, then the dossier', async () => {
    const { events, xhr } = await start();

    xhr.progress(25, 100);
    xhr.progress(100, 100);
    const saved = dossier({ version: 8 });
    xhr.respond(201, saved);

    expect(events).toEqual([{ progress: 0.25 }, { progress: 1 }, { progress: 1 }, { done: saved }]);
  });

  it('gives the API’s error for a refused file, like ApiClient', async () => {
    const { errors, xhr } = await start();

    xhr.respond(400, { code: 'FILE_TOO_LARGE', message: 'Tệp lớn hơn 10 MB.' });

    expect(errors).toEqual([{ code: 'FILE_TOO_LARGE', message: 'Tệp lớn hơn 10 MB.' }]);
  });

  it('gives NETWORK when the connection fails, HTTP_<status> for a body that is no ApiError', async () => {
    const first = await start();
    first.xhr.fail();
    expect(first.errors).toEqual([{ code: 'NETWORK', message: 'Không kết nối được với máy chủ OCOP.' }]);

    xhrs = [];
    const second = await start();
    second.xhr.readyState = 4;
    second.xhr.status = 502;
    second.xhr.responseText = '<html>Bad Gateway</html>';
    second.xhr.onload?.();
    expect(second.errors).toEqual([{ code: 'HTTP_502', message: 'Máy chủ OCOP trả lời lỗi 502.' }]);
  });

  it('aborts the request when unsubscribed, and not after it finished', async () => {
    const running = await start();
    running.stop();
    expect(running.xhr.aborted).toBeTrue();

    xhrs = [];
    const finished = await start();
    finished.xhr.respond(201, dossier());
    finished.stop();
    expect(finished.xhr.aborted).toBeFalse();
  });

  it('opens no request when unsubscribed while waiting for the token', async () => {
    const subscription = api.upload(DOSSIER_ID, 'phieu-kiem-nghiem', file).subscribe();
    subscription.unsubscribe();
    await nextTask();

    expect(xhrs).toEqual([]);
  });

  it('fails with an ApiError when the session gives no token', async () => {
    auth.getToken.and.rejectWith(new Error('refresh failed'));

    const { errors } = await start();

    expect(xhrs).toEqual([]);
    expect(errors[0].code).toBe('CLIENT');
  });

  it('sends item changes, actions and deletions to the contract’s URLs', async () => {
    const put = firstValueFrom(
      api.updateItem(DOSSIER_ID, 'phieu-kiem-nghiem', {
        version: 3,
        status: 'provided',
        documentDate: '2019-11-05',
        remarks: null,
      }),
    );
    const post = firstValueFrom(api.act(DOSSIER_ID, 'submit', { version: 3, requestId: 'req-12345678' }));
    const del = firstValueFrom(api.deleteAttachment(DOSSIER_ID, 'att-1', 3));
    const timeline = firstValueFrom(api.timeline(DOSSIER_ID));
    await nextTask();

    http
      .expectOne((r) => r.method === 'PUT' && r.url === `/api/dossiers/${DOSSIER_ID}/items/phieu-kiem-nghiem`)
      .flush(dossier());
    http
      .expectOne((r) => r.method === 'POST' && r.url === `/api/dossiers/${DOSSIER_ID}/actions/submit`)
      .flush(dossier());
    const deletion = http.expectOne(
      (r) => r.method === 'DELETE' && r.url === `/api/dossiers/${DOSSIER_ID}/attachments/att-1`,
    );
    expect(deletion.request.params.get('version')).toBe('3');
    deletion.flush(dossier());
    http.expectOne(`/api/dossiers/${DOSSIER_ID}/timeline`).flush([]);

    await Promise.all([put, post, del]);
    expect(await timeline).toEqual([]);
  });

  it('reads the API’s error out of a failed blob request', async () => {
    const bytes = firstValueFrom(api.attachment(DOSSIER_ID, 'att-1', 'inline'));
    await nextTask();

    http
      .expectOne((r) => r.url === `/api/dossiers/${DOSSIER_ID}/attachments/att-1`)
      .flush(new Blob([JSON.stringify({ code: 'NOT_FOUND', message: 'Không tìm thấy tệp.' })]), {
        status: 404,
        statusText: 'Not Found',
      });

    await expectAsync(bytes).toBeRejectedWith({ code: 'NOT_FOUND', message: 'Không tìm thấy tệp.' });
  });
});
