import type { Principal } from '@ocop/domain';
import { Conditions } from '../../db/conditions';
import { catalogReadScope, catalogWriteScope, NOTHING, restrictToScope, unitScope } from './scope';

const principal = (roles: Principal['roles'], units: Partial<Principal> = {}): Principal => ({
  userId: 'u',
  username: 'u',
  name: 'U',
  roles,
  districtCode: null,
  communeCode: null,
  departmentCode: null,
  ...units,
});

describe('unit scope', () => {
  it('follows brief §2 for each role', () => {
    const of = (p: Principal) => catalogReadScope(p);
    expect(of(principal(['province-officer']))).toEqual({
      wholeProvince: true,
      districtCodes: [],
      communeCodes: [],
    });
    for (const role of ['district-officer', 'department-officer', 'council-member'] as const) {
      expect(of(principal([role], { districtCode: '184', communeCode: '06322' })))
        .withContext(role)
        .toEqual({ wholeProvince: false, districtCodes: ['184'], communeCodes: [] });
    }
    expect(of(principal(['commune-officer'], { districtCode: '184', communeCode: '06322' }))).toEqual({
      wholeProvince: false,
      districtCodes: [],
      communeCodes: ['06322'],
    });
    expect(of(principal(['ocop-admin'], { districtCode: '184' }))).toEqual(NOTHING);
  });

  it('gives nothing when the unit claim a role needs is missing', () => {
    expect(catalogReadScope(principal(['commune-officer'], { districtCode: '184' }))).toEqual(NOTHING);
    expect(catalogReadScope(principal(['district-officer'], { communeCode: '06322' }))).toEqual(NOTHING);
    expect(catalogReadScope(principal([]))).toEqual(NOTHING);
  });

  it('unites the scopes of several roles, counting only the roles of the action', () => {
    const both = principal(['commune-officer', 'council-member'], {
      districtCode: '185',
      communeCode: '06322',
    });
    expect(catalogReadScope(both)).toEqual({
      wholeProvince: false,
      districtCodes: ['185'],
      communeCodes: ['06322'],
    });
    expect(catalogWriteScope(both)).toEqual({
      wholeProvince: false,
      districtCodes: [],
      communeCodes: ['06322'],
    });
    expect(catalogWriteScope(principal(['province-officer']))).toEqual(NOTHING);
    expect(unitScope(principal(['province-officer']), ['district-officer'])).toEqual(NOTHING);
  });

  it('becomes a parameterised SQL condition, and "false" for nothing', () => {
    const none = restrictToScope(new Conditions(), NOTHING, 'p.commune_code');
    expect(none.where).toBe('where false');
    const all = restrictToScope(new Conditions(), catalogReadScope(principal(['province-officer'])), 'x');
    expect(all.where).toBe('');
    const some = restrictToScope(
      new Conditions(),
      { wholeProvince: false, districtCodes: ["184' or 1=1"], communeCodes: ['06322'] },
      'p.commune_code',
    );
    expect(some.where).not.toContain('1=1');
    expect(some.params).toEqual(['06322', "184' or 1=1"]);
  });
});
