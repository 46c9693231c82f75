import { HttpTestingController } from '@angular/common/http/testing';
import { Injector, runInInjectionContext } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { ApiError } from '@ocop/domain';
import { firstValueFrom } from 'rxjs';
import { FileTransfer, injectFileTransfer, UPLOAD_XHR, UploadEvent } from './file-transfer';
import { FakeXhr, fakeXhrFactory } from './testing/fake-xhr';

describe('FileTransfer', () => {
  let files: FileTransfer;
  let http: HttpTestingController;
  let xhrs: FakeXhr[];

  beforeEach(() => {
    xhrs = [];
    TestBed.configureTestingModule({
      providers: [
        provideTestElement({ auth: new FakeOcopAuth('files-token') }),
        { provide: UPLOAD_XHR, useValue: fakeXhrFactory((xhr) => xhrs.push(xhr)) },
      ],
    });
    files = runInInjectionContext(TestBed.inject(Injector), injectFileTransfer);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('fetches bytes as a blob with the bearer token, below the API base URL, with the given query', async () => {
    TestBed.inject(TestHost).apiBaseUrl.set('https://cong.example/ocop-api/');
    const bytes = firstValueFrom(files.bytes('/products/p-1/photos/ph-1', { size: 'thumb' }));
    await nextTask();

    const req = http.expectOne((r) => r.url === 'https://cong.example/ocop-api/products/p-1/photos/ph-1');
    expect(req.request.headers.get('Authorization')).toBe('Bearer files-token');
    expect(req.request.params.get('size')).toBe('thumb');
    expect(req.request.responseType).toBe('blob');
    req.flush(new Blob(['png'], { type: 'image/png' }));
    expect(await (await bytes).text()).toBe('png');
  });

  it('reads the API’s error out of a failed blob request', async () => {
    const bytes = firstValueFrom(files.bytes('/products/p-1/photos/ph-1'));
    await nextTask();
    http
      .expectOne('/api/products/p-1/photos/ph-1')
      .flush(new Blob([JSON.stringify({ code: 'NOT_FOUND', message: 'Không tìm thấy ảnh.' })]), {
        status: 404,
        statusText: 'Not Found',
      });
    await expectAsync(bytes).toBeRejectedWith({ code: 'NOT_FOUND', message: 'Không tìm thấy ảnh.' });
  });

  it('posts the raw file to the path with its NFC name, reports progress and gives the answer as it is', async () => {
    const events: UploadEvent<{ id: string }>[] = [];
    const file = new File([new Uint8Array(10)], 'Ảnh nhãn.png'.normalize('NFD'));
    files.upload<{ id: string }>('/products/p-1/photos', file).subscribe((e) => events.push(e));
    await nextTask();

    const [xhr] = xhrs;
    expect(xhr.method).toBe('POST');
    expect(xhr.url).toBe(`/api/products/p-1/photos?fileName=${encodeURIComponent('Ảnh nhãn.png')}`);
    expect(xhr.headers['Authorization']).toBe('Bearer files-token');
    expect(xhr.headers['Content-Type']).toBe('application/octet-stream');
    expect(xhr.body).toBe(file);
    xhr.progress(5, 10);
    xhr.respond(201, { id: 'p-1' });
    expect(events).toEqual([{ progress: 0.5 }, { progress: 1 }, { done: { id: 'p-1' } }]);
  });

  it('aborts an upload when unsubscribed, and fails with the API’s refusal', async () => {
    const running = files.upload('/products/p-1/photos', new File(['x'], 'a.png')).subscribe();
    await nextTask();
    running.unsubscribe();
    expect(xhrs[0].aborted).toBeTrue();

    const errors: ApiError[] = [];
    files
      .upload('/products/p-1/photos', new File(['x'], 'a.png'))
      .subscribe({ error: (e) => errors.push(e) });
    await nextTask();
    xhrs[1].respond(400, { code: 'TOO_MANY_PHOTOS', message: 'Sản phẩm đã có đủ 6 ảnh.' });
    expect(errors).toEqual([{ code: 'TOO_MANY_PHOTOS', message: 'Sản phẩm đã có đủ 6 ảnh.' }]);
  });
});
