import type { Page } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import type { DemoUser } from '../../testing/tokens';
import type { Plan } from './plans.repository';

describe('GET /api/tasks/plans', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    // The tasks module will create plans through the API; until then they are put in directly.
    await t.db.query(
      `insert into plans (unit_code, year, number, title, issued_on) values
         ('184', 2020, '45/KH-UBND', 'Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm 2020', '2020-03-02'),
         ('184', 2021, null, 'Kế hoạch OCOP huyện Văn Quan năm 2021 (dự thảo)', null),
         ('183', 2020, '12/KH-UBND', 'Kế hoạch OCOP huyện Cao Lộc năm 2020', '2020-02-20'),
         ('20', 2020, '30/KH-UBND', 'Kế hoạch OCOP tỉnh Lạng Sơn năm 2020', '2020-01-15')`,
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
    expect(vanQuan.total).toBe(2);
    expect(vanQuan.items.map((p) => [p.unit.code, p.year, p.number])).toEqual([
      ['184', 2021, null],
      ['184', 2020, '45/KH-UBND'],
    ]);
    expect(vanQuan.items[1]).toEqual({
      id: jasmine.any(String) as unknown as string,
      unit: { code: '184', name: 'Huyện Văn Quan' },
      year: 2020,
      number: '45/KH-UBND',
      title: 'Kế hoạch thực hiện Chương trình OCOP huyện Văn Quan năm 2020',
      issuedOn: '2020-03-02',
      version: 1,
    });
    // A commune and a department of Văn Quan see their district's plans; Cao Lộc its own.
    expect((await plans('xa.huule')).total).toBe(2);
    expect((await plans('vq.yte')).total).toBe(2);
    expect((await plans('cl.nongnghiep')).items.map((p) => p.unit.name)).toEqual(['Huyện Cao Lộc']);
  });

  it('lists every plan, the province plan included, to the province office; filters by year', async () => {
    expect((await plans('so.nongnghiep')).total).toBe(4);
    const of2020 = await plans('so.nongnghiep', '?year=2020');
    expect(of2020.items.map((p) => p.unit.code)).toEqual(['183', '184', '20']);
    expect(of2020.items[2]?.unit.name).toBe('Tỉnh Lạng Sơn');
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
