import type { AdminUnit } from '@ocop/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { communeProblem, fixBusinessDate, todayInVietnam } from './commune-check';
import type { DemoUser } from '../../testing/tokens';

// Reference data: any OCOP user reads every unit, a commune officer included.
const OFFICER: DemoUser = 'xa.huule';

describe('GET /api/units', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });

  afterAll(async () => {
    await t.close();
  });

  const units = async (query: string) => {
    const res = await t.inject(OFFICER, `/api/units${query}`);
    expect(res.statusCode).toBe(200);
    return res.json<AdminUnit[]>();
  };

  it('lists the province of Lạng Sơn', async () => {
    expect(await units('?level=province')).toEqual([
      {
        code: '20',
        name: 'Tỉnh Lạng Sơn',
        level: 'province',
        parentCode: null,
        validFrom: null,
        validTo: null,
      },
    ]);
  });

  it('lists the 11 districts of Lạng Sơn', async () => {
    const districts = await units('?level=district&parentCode=20');
    expect(districts.length).toBe(11);
    expect(districts.map((d) => d.code)).toEqual([
      '178',
      '180',
      '181',
      '182',
      '183',
      '184',
      '185',
      '186',
      '187',
      '188',
      '189',
    ]);
    expect(districts.find((d) => d.code === '184')?.name).toBe('Huyện Văn Quan');
  });

  it('lists the 17 communes of Văn Quan in 2020 with their validity', async () => {
    const communes = await units('?parentCode=184');
    expect(communes.length).toBe(17);
    expect(communes.every((c) => c.level === 'commune' && c.validFrom === '2020-01-01')).toBeTrue();
    expect(communes.find((c) => c.code === '06322')).toEqual({
      code: '06322',
      name: 'Xã Hữu Lễ',
      level: 'commune',
      parentCode: '184',
      validFrom: '2020-01-01',
      validTo: null,
    });
    const ended = communes.filter((c) => c.validTo !== null).map((c) => `${c.name} ${c.validTo}`);
    expect(ended).toEqual(['Xã Đồng Giáp 2024-10-31', 'Xã Tràng Các 2024-10-31']);
  });

  it('lists all 29 units without filters', async () => {
    expect((await units('')).length).toBe(29);
  });

  it('refuses an unknown level with a field error', async () => {
    const res = await t.inject(OFFICER, '/api/units?level=village');
    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({
      code: 'VALIDATION_FAILED',
      message: 'Dữ liệu không hợp lệ, vui lòng kiểm tra lại',
      details: [
        {
          field: 'level',
          code: 'invalid_choice',
          message: 'level phải là một trong: province, district, commune',
        },
      ],
    });
  });

  describe('communeProblem', () => {
    it('accepts a current commune', async () => {
      expect(await communeProblem(t.db, '06322')).toBeNull();
    });

    it('refuses an unknown code and a district code', async () => {
      expect((await communeProblem(t.db, '99999'))?.code).toBe('not_found');
      expect((await communeProblem(t.db, '184'))?.code).toBe('not_found');
    });

    it('refuses a commune that has ended, naming it and the date', async () => {
      expect(await communeProblem(t.db, '06295', '2026-01-01')).toEqual({
        field: 'communeCode',
        code: 'no_longer_exists',
        message: 'Xã Đồng Giáp (mã 06295) không còn tồn tại sau ngày 31/10/2024',
      });
      expect(await communeProblem(t.db, '06295', '2024-10-31')).toBeNull();
    });
  });

  it('todayInVietnam answers the business date fixed by OCOP_TODAY until it is released', () => {
    fixBusinessDate('2020-07-15');
    try {
      expect(todayInVietnam()).toBe('2020-07-15');
      // An explicit instant is still converted: only "today" is fixed.
      expect(todayInVietnam(new Date('2024-10-31T17:00:00Z'))).toBe('2024-11-01');
    } finally {
      fixBusinessDate(null);
    }
    expect(todayInVietnam()).not.toBe('2020-07-15');
  });

  it('todayInVietnam uses Vietnam time (UTC+7)', () => {
    expect(todayInVietnam(new Date('2024-10-31T16:59:00Z'))).toBe('2024-10-31');
    expect(todayInVietnam(new Date('2024-10-31T17:00:00Z'))).toBe('2024-11-01');
  });
});
