import type { Page } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';
import type { Plan } from '@ocop/domain';

describe('GET /api/tasks/plans', () => {
  let t: TestApp;
  let demo: { unit_code: string }[];
  const demoOf = (unitCode: string) => demo.filter((p) => p.unit_code === unitCode).length;

  beforeAll(async () => {
    t = await startTestApp();
    // Plans of years after the demo plan's (2020, Văn Quan), put in directly: this spec is about the list
    // (plans-api.spec.ts makes them through the API). The demo plan is counted in `demo`.
    demo = await t.db.query<{ unit_code: string }>('select unit_code from plans');
    await t.db.query(
      `insert into plans (unit_code, year, number, title, issued_on) values
         ('184', 2040, '45/KH-UBND', 'Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm 2040', '2040-03-02'),
         ('184', 2041, null, 'Kế hoạch OCOP huyện Văn Quan năm 2041 (dự thảo)', null),
         ('183', 2040, '12/KH-UBND', 'Kế hoạch OCOP huyện Cao Lộc năm 2040', '2040-02-20'),
         ('20', 2040, '30/KH-UBND', 'Kế hoạch OCOP tỉnh Lạng Sơn năm 2040', '2040-01-15')`,
    );
  });

  afterAll(async () => {
    await t.close();
  });

  async function plans(user: DemoUser, query = ''): Promise<Page<Plan>> {
    const res = await t.inject(user, `/api/tasks/plans${query}`);
    expect(res.statusCode).withContext(`${user}: ${res.body}`).toBe(200);
    return res.json<Page<Plan>>();
  }

  it("lists the plans of the caller's district, newest year first, with the unit's name", async () => {
    const vanQuan = await plans('vq.nongnghiep');
    expect(vanQuan.total).toBe(2 + demoOf('184'));
    expect(vanQuan.items.slice(0, 2).map((p) => [p.unit.code, p.year, p.number])).toEqual([
      ['184', 2041, null],
      ['184', 2040, '45/KH-UBND'],
    ]);
    expect(vanQuan.items[1]).toEqual({
      id: jasmine.any(String) as unknown as string,
      unit: { code: '184', name: 'Huyện Văn Quan' },
      year: 2040,
      number: '45/KH-UBND',
      title: 'Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm 2040',
      issuedOn: '2040-03-02',
      version: 1,
    });
    // A commune and a department of Văn Quan see their district's plans; Cao Lộc its own.
    expect((await plans('xa.huule')).total).toBe(2 + demoOf('184'));
    expect((await plans('vq.yte')).total).toBe(2 + demoOf('184'));
    expect((await plans('cl.nongnghiep')).items.map((p) => p.unit.name)).toEqual(
      Array<string>(1 + demoOf('183')).fill('Huyện Cao Lộc'),
    );
  });

  it('lists every plan, the province plan included, to the province office; filters by year', async () => {
    expect((await plans('so.nongnghiep')).total).toBe(4 + demo.length);
    const of2040 = await plans('so.nongnghiep', '?year=2040');
    expect(of2040.items.map((p) => p.unit.code)).toEqual(['183', '184', '20']);
    expect(of2040.items[2]?.unit.name).toBe('Tỉnh Lạng Sơn');
    expect((await plans('so.nongnghiep', '?limit=1&offset=1')).items.length).toBe(1);
  });

  it('refuses roles outside the tasks module and bad queries', async () => {
    for (const user of ['hoidong.1', 'admin.tinh', 'khach'] as const) {
      expect((await t.inject(user, '/api/tasks/plans')).statusCode)
        .withContext(user)
        .toBe(403);
    }
    expect((await t.inject('vq.nongnghiep', '/api/tasks/plans?year=1999')).statusCode).toBe(400);
  });
});
