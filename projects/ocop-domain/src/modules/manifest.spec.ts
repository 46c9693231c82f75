import { checkManifest, ModuleManifest, satisfies } from './manifest';

describe('satisfies (semver ranges of module manifests)', () => {
  it('caret keeps the major (and the minor below 1.0)', () => {
    expect(satisfies('1.4.2', '^1.2.0')).toBeTrue();
    expect(satisfies('1.2.0', '^1.2.0')).toBeTrue();
    expect(satisfies('1.1.9', '^1.2.0')).toBeFalse();
    expect(satisfies('2.0.0', '^1.2.0')).toBeFalse();
    expect(satisfies('0.3.5', '^0.3.1')).toBeTrue();
    expect(satisfies('0.4.0', '^0.3.1')).toBeFalse();
  });

  it('tilde keeps the minor; comparison operators combine', () => {
    expect(satisfies('1.2.9', '~1.2.0')).toBeTrue();
    expect(satisfies('1.3.0', '~1.2.0')).toBeFalse();
    expect(satisfies('2.5.0', '>=1.2.0 <3.0.0')).toBeTrue();
    expect(satisfies('3.0.0', '>=1.2.0 <3.0.0')).toBeFalse();
    expect(satisfies('1.0.0', '1.0.0')).toBeTrue();
    expect(satisfies('1.0.1', '=1.0.0')).toBeFalse();
  });

  it('rejects what it cannot read', () => {
    expect(satisfies('1.0', '^1.0.0')).toBeFalse();
    expect(satisfies('1.0.0', '')).toBeFalse();
    expect(satisfies('1.0.0', 'latest')).toBeFalse();
  });
});

describe('checkManifest', () => {
  const good: ModuleManifest = {
    id: 'tasks',
    name: 'Theo dõi nhiệm vụ',
    tag: 'ocop-tasks-app',
    routes: ['tasks'],
    roles: ['district-officer'],
    apiVersion: '^1.0.0',
    configSchema: {},
  };
  const expected = { id: 'tasks' as const, tag: 'ocop-tasks-app' };

  it('accepts a manifest that fits', () => {
    expect(checkManifest(good, expected, '1.3.0')).toEqual([]);
  });

  it('says why a module does not fit, in Vietnamese', () => {
    const problems = checkManifest(
      { ...good, id: 'reports', tag: 'x-app', roles: ['mayor'], apiVersion: '^2.0.0' },
      expected,
      '1.3.0',
    );
    expect(problems.map((p) => p.code)).toEqual(['WRONG_MODULE', 'WRONG_TAG', 'UNKNOWN_ROLE', 'API_VERSION']);
    expect(problems[3]!.message).toBe('Phân hệ cần API phiên bản ^2.0.0, máy chủ đang chạy 1.3.0.');
  });

  it('refuses a bundle without a manifest', () => {
    expect(checkManifest(undefined, expected, '1.0.0')[0]!.code).toBe('MISSING');
    expect(checkManifest({ id: 'tasks' }, expected, '1.0.0')[0]!.code).toBe('MISSING');
  });
});
