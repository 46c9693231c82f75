import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FakeOcopAuth, nextTask, provideTestElement } from '@ocop/common/testing';
import { ApiVersion } from './api-version';

describe('ApiVersion', () => {
  let version: ApiVersion;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideTestElement({ auth: new FakeOcopAuth(), apiBaseUrl: '/gw/api' }), ApiVersion],
    });
    version = TestBed.inject(ApiVersion);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks GET /api/version once and shares the answer', async () => {
    const first = version.get();
    const second = version.get();
    await nextTask();

    const req = http.expectOne('/gw/api/version');
    expect(req.request.method).toBe('GET');
    req.flush({ api: '1.2.0' });

    expect(await first).toBe('1.2.0');
    expect(await second).toBe('1.2.0');
    expect(await version.get()).toBe('1.2.0');
  });

  it('asks again after a failure', async () => {
    const failed = version.get();
    await nextTask();
    http.expectOne('/gw/api/version').flush(null, { status: 502, statusText: 'Bad Gateway' });
    await expectAsync(failed).toBeRejected();

    const again = version.get();
    await nextTask();
    http.expectOne('/gw/api/version').flush({ api: '1.0.0' });
    expect(await again).toBe('1.0.0');
  });

  it('asks again once told to forget the answer', async () => {
    const first = version.get();
    await nextTask();
    http.expectOne('/gw/api/version').flush({ api: '1.0.0' });
    expect(await first).toBe('1.0.0');

    version.forget();
    const second = version.get();
    await nextTask();
    http.expectOne('/gw/api/version').flush({ api: '2.0.0' });
    expect(await second).toBe('2.0.0');
  });
});
