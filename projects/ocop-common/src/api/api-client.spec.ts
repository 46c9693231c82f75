import { HttpErrorResponse } from '@angular/common/http';
import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ApiError } from '@ocop/domain';
import { FakeOcopAuth, nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { firstValueFrom, Observable } from 'rxjs';
import { ApiClient, toApiError } from './api-client';

describe('toApiError', () => {
  it('passes an ApiError body of an HTTP failure through unchanged', () => {
    const body: ApiError = {
      code: 'PRODUCT_NOT_FOUND',
      message: 'Không tìm thấy sản phẩm.',
      details: { id: 'p1' },
    };
    const err = new HttpErrorResponse({ status: 404, error: body, url: '/api/products/p1' });

    expect(toApiError(err)).toEqual(body);
  });

  it('turns status 0 (no answer at all) into NETWORK with a Vietnamese message', () => {
    const err = new HttpErrorResponse({ status: 0, error: new ProgressEvent('error') });

    expect(toApiError(err)).toEqual({ code: 'NETWORK', message: 'Không kết nối được với máy chủ OCOP.' });
  });

  it('turns any other status without an ApiError body into HTTP_<status>', () => {
    const err = new HttpErrorResponse({ status: 503, error: '<html>Service Unavailable</html>' });

    expect(toApiError(err)).toEqual({ code: 'HTTP_503', message: 'Máy chủ OCOP trả lời lỗi 503.' });
  });

  it('keeps a thrown ApiError and wraps anything else as CLIENT', () => {
    const apiError: ApiError = { code: 'X', message: 'Lỗi X.' };
    expect(toApiError(apiError)).toBe(apiError);

    const wrapped = toApiError(new TypeError('boom'));
    expect(wrapped.code).toBe('CLIENT');
    expect(wrapped.message).toBe('Đã xảy ra lỗi không mong muốn.');
    expect(wrapped.details).toContain('boom');
  });
});

describe('ApiClient', () => {
  let client: ApiClient;
  let host: TestHost;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestElement() });
    client = TestBed.inject(ApiClient);
    host = TestBed.inject(TestHost);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  /** Subscribes, then waits for the token promise so the request reaches the testing backend. */
  async function send<T>(request: Observable<T>): Promise<{ result: Promise<T> }> {
    const result = firstValueFrom(request);
    await nextTask();
    return { result };
  }

  it('joins the base URL and the path, whatever trailing slashes the base has', async () => {
    host.apiBaseUrl.set('https://ocop.example.vn/api//');
    const { result } = await send(client.get<{ ok: boolean }>('/products'));

    const req = http.expectOne('https://ocop.example.vn/api/products');
    expect(req.request.method).toBe('GET');
    req.flush({ ok: true });
    expect(await result).toEqual({ ok: true });
  });

  it('uses the default base /api', async () => {
    const { result } = await send(client.get('/communes'));

    http.expectOne('/api/communes').flush([]);
    expect(await result).toEqual([]);
  });

  it('drops undefined and empty query params and keeps 0 and false', async () => {
    const { result } = await send(
      client.get('/products', { q: '', communeCode: undefined, limit: 200, offset: 0, archived: false }),
    );

    const req = http.expectOne((r) => r.url === '/api/products');
    expect(req.request.params.keys().sort()).toEqual(['archived', 'limit', 'offset']);
    expect(req.request.params.get('limit')).toBe('200');
    expect(req.request.params.get('offset')).toBe('0');
    expect(req.request.params.get('archived')).toBe('false');
    expect(req.request.urlWithParams).not.toContain('q=');
    req.flush({});
    await result;
  });

  it('sends "Authorization: Bearer <token>" with a token from the portal session', async () => {
    const auth = new FakeOcopAuth('x');
    host.auth.set(auth);
    const { result } = await send(client.get('/products'));

    const req = http.expectOne('/api/products');
    expect(req.request.headers.get('Authorization')).toBe('Bearer x');
    expect(auth.getToken).toHaveBeenCalledTimes(1);
    req.flush({});
    await result;
  });

  it('asks the session for a token on every request, so a refreshed token is used', async () => {
    const auth = new FakeOcopAuth('first');
    host.auth.set(auth);
    const { result: one } = await send(client.get('/a'));
    http.expectOne('/api/a').flush({});
    await one;

    auth.token = 'second';
    const { result: two } = await send(client.post('/b', { name: 'Mật ong' }));
    const req = http.expectOne('/api/b');
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ name: 'Mật ong' });
    expect(req.request.headers.get('Authorization')).toBe('Bearer second');
    req.flush({});
    await two;
  });

  it('sends DELETE with its query and the same headers', async () => {
    host.auth.set(new FakeOcopAuth('x'));
    const { result } = await send(
      client.delete<{ version: number }>('/dossiers/d1/attachments/a1', { version: 3 }),
    );

    const req = http.expectOne((r) => r.url === '/api/dossiers/d1/attachments/a1');
    expect(req.request.method).toBe('DELETE');
    expect(req.request.params.get('version')).toBe('3');
    expect(req.request.headers.get('Authorization')).toBe('Bearer x');
    req.flush({ version: 4 });
    expect(await result).toEqual({ version: 4 });
  });

  it('sends no Authorization header when the session has no token', async () => {
    host.auth.set(new FakeOcopAuth(''));
    const { result } = await send(client.get('/products'));

    const req = http.expectOne('/api/products');
    expect(req.request.headers.has('Authorization')).toBeFalse();
    req.flush({});
    await result;
  });

  it('sends no Authorization header without a session', async () => {
    const { result } = await send(client.get('/products'));

    const req = http.expectOne('/api/products');
    expect(req.request.headers.has('Authorization')).toBeFalse();
    req.flush({});
    await result;
  });

  it('fails with the API’s own ApiError', async () => {
    const { result } = await send(client.get('/products'));
    http
      .expectOne('/api/products')
      .flush(
        { code: 'UPSTREAM', message: 'Máy chủ danh mục không trả lời.' },
        { status: 502, statusText: 'Bad Gateway' },
      );

    await expectAsync(result).toBeRejectedWith({
      code: 'UPSTREAM',
      message: 'Máy chủ danh mục không trả lời.',
    });
  });

  it('fails with NETWORK when the server cannot be reached', async () => {
    const { result } = await send(client.get('/products'));
    http.expectOne('/api/products').error(new ProgressEvent('error'), { status: 0 });

    await expectAsync(result).toBeRejectedWith({
      code: 'NETWORK',
      message: 'Không kết nối được với máy chủ OCOP.',
    });
  });

  it('fails with an ApiError, without sending, when the session cannot give a token', async () => {
    const auth = new FakeOcopAuth();
    auth.getToken.and.rejectWith(new Error('refresh failed'));
    host.auth.set(auth);

    const { result } = await send(client.get('/products'));

    http.expectNone('/api/products');
    await expectAsync(result).toBeRejectedWith(jasmine.objectContaining({ code: 'CLIENT' }));
  });
});
