import { HttpTestingController } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import type { OcopProfile } from '@ocop/common';
import { FakeOcopAuth, nextTask, provideTestElement } from '@ocop/common/testing';
import type { AdminUnit } from '@ocop/domain';
import { DISTRICT_OFFICER, PROVINCE_OFFICER } from '../testing/users';
import { provinceDistricts } from './province-districts';

const district = (code: string, name: string, validTo: string | null = null): AdminUnit => ({
  code,
  name,
  level: 'district',
  parentCode: '20',
  validFrom: null,
  validTo,
});

describe('provinceDistricts', () => {
  let http: HttpTestingController;

  /** Starts the helper for `user` and lets the token promise run, so its request is out. */
  async function start(user: OcopProfile): Promise<ReturnType<typeof provinceDistricts>> {
    const auth = new FakeOcopAuth();
    auth.user = user;
    TestBed.configureTestingModule({ providers: provideTestElement({ auth }) });
    http = TestBed.inject(HttpTestingController);
    const districts = TestBed.runInInjectionContext(() => provinceDistricts());
    await nextTask();
    return districts;
  }

  afterEach(() => http.verify());

  it("gives the province officer the province's current districts", async () => {
    const districts = await start(PROVINCE_OFFICER);
    expect(districts()).toEqual([]);

    http
      .expectOne((r) => r.method === 'GET' && r.urlWithParams === '/api/units?level=district')
      .flush([
        district('183', 'Huyện Cao Lộc'),
        district('199', 'Huyện cũ', '2019-12-31'),
        district('184', 'Huyện Văn Quan'),
      ]);
    expect(districts().map((d) => d.code)).toEqual(['183', '184']);
  });

  it('leaves the list empty when it cannot be loaded', async () => {
    const districts = await start(PROVINCE_OFFICER);
    http
      .expectOne('/api/units?level=district')
      .flush({ code: 'INTERNAL', message: 'Lỗi' }, { status: 500, statusText: 'Error' });
    expect(districts()).toEqual([]);
  });

  it('asks nothing for the other officers, whose scope the API fixes', async () => {
    const districts = await start(DISTRICT_OFFICER);
    http.expectNone(() => true);
    expect(districts()).toEqual([]);
  });
});
