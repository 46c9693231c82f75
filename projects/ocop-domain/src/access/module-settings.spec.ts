import {
  districtInView,
  effectiveModules,
  isOcopModule,
  isProvinceWide,
  moduleDisabledFor,
  moduleEnabled,
  type ModuleSwitch,
  parseModuleSettingChange,
} from './module-settings';

const TASKS_OFF_IN_VAN_QUAN: ModuleSwitch[] = [
  { districtCode: '184', module: 'tasks', enabled: false },
  { districtCode: '184', module: 'reports', enabled: true },
  { districtCode: '183', module: 'dossier', enabled: false },
];

describe('module enablement per district', () => {
  it('enables every module for every district unless a setting switches it off', () => {
    expect(moduleEnabled([], '184', 'tasks')).toBeTrue();
    expect(moduleEnabled(TASKS_OFF_IN_VAN_QUAN, '184', 'tasks')).toBeFalse();
    expect(moduleEnabled(TASKS_OFF_IN_VAN_QUAN, '184', 'reports')).toBeTrue();
    expect(moduleEnabled(TASKS_OFF_IN_VAN_QUAN, '184', 'dossier')).toBeTrue();
    expect(moduleEnabled(TASKS_OFF_IN_VAN_QUAN, '183', 'tasks')).toBeTrue();
  });

  it('gives the modules the roles open AND the district has enabled, in a fixed order', () => {
    const district = ['district-officer'];
    expect(effectiveModules(district, '184', [])).toEqual(['dossier', 'tasks', 'reports']);
    expect(effectiveModules(district, '184', TASKS_OFF_IN_VAN_QUAN)).toEqual(['dossier', 'reports']);
    expect(effectiveModules(district, '183', TASKS_OFF_IN_VAN_QUAN)).toEqual(['tasks', 'reports']);
    // A switch cannot open a module the roles do not: council members never get tasks.
    expect(effectiveModules(['council-member'], '183', TASKS_OFF_IN_VAN_QUAN)).toEqual(['reports']);
  });

  it('lets only the roles decide when no district applies', () => {
    expect(effectiveModules(['province-officer'], null, TASKS_OFF_IN_VAN_QUAN)).toEqual([
      'dossier',
      'tasks',
      'reports',
    ]);
    expect(effectiveModules(['ocop-admin'], '184', [])).toEqual([]);
    expect(effectiveModules([], null, [])).toEqual([]);
  });

  it('looks at the chosen district only for province-wide callers', () => {
    const province = { roles: ['province-officer'], districtCode: null };
    const admin = { roles: ['ocop-admin'], districtCode: null };
    const district = { roles: ['district-officer'], districtCode: '184' };
    expect(districtInView(province, '183')).toBe('183');
    expect(districtInView(province)).toBeNull();
    expect(districtInView(admin, '184')).toBe('184');
    expect(districtInView(district, '183')).toBe('184');
    expect(districtInView({ roles: ['commune-officer'], districtCode: null }, '183')).toBeNull();
    expect(isProvinceWide(['council-member', 'province-officer'])).toBeTrue();
    expect(isProvinceWide(['district-officer'])).toBeFalse();
  });

  it('refuses module work only to callers bound to a district that switched the module off', () => {
    const vanQuan = { roles: ['commune-officer'], districtCode: '184' };
    const caoLoc = { roles: ['district-officer'], districtCode: '183' };
    expect(moduleDisabledFor(vanQuan, 'tasks', TASKS_OFF_IN_VAN_QUAN)).toBeTrue();
    expect(moduleDisabledFor(vanQuan, 'dossier', TASKS_OFF_IN_VAN_QUAN)).toBeFalse();
    expect(moduleDisabledFor(caoLoc, 'tasks', TASKS_OFF_IN_VAN_QUAN)).toBeFalse();
    expect(moduleDisabledFor(caoLoc, 'dossier', TASKS_OFF_IN_VAN_QUAN)).toBeTrue();
    // Province-wide work is not stopped by one district's switch, even with a district claim.
    const province = { roles: ['province-officer'], districtCode: '184' };
    expect(moduleDisabledFor(province, 'tasks', TASKS_OFF_IN_VAN_QUAN)).toBeFalse();
    expect(moduleDisabledFor({ roles: ['district-officer'], districtCode: null }, 'tasks', [])).toBeFalse();
  });

  it('recognises the module ids', () => {
    expect(isOcopModule('tasks')).toBeTrue();
    expect(isOcopModule('Tasks')).toBeFalse();
    expect(isOcopModule(1)).toBeFalse();
  });
});

describe('parseModuleSettingChange', () => {
  it('accepts a switch with the version seen, and trims the comment (blank = none)', () => {
    expect(parseModuleSettingChange({ enabled: false, version: 0, comment: '  Chưa triển khai ' })).toEqual({
      ok: true,
      value: { enabled: false, version: 0, comment: 'Chưa triển khai' },
    });
    expect(parseModuleSettingChange({ enabled: true, version: 3, comment: '   ' })).toEqual({
      ok: true,
      value: { enabled: true, version: 3, comment: null },
    });
  });

  it('names every bad field in Vietnamese', () => {
    const result = parseModuleSettingChange({ enabled: 'false', version: 1.5, comment: 'x'.repeat(1001) });
    expect(result.ok).toBeFalse();
    if (result.ok) return;
    expect(result.errors.map((e) => [e.field, e.code])).toEqual([
      ['enabled', 'invalid_type'],
      ['version', 'invalid_type'],
      ['comment', 'too_long'],
    ]);
    expect(result.errors[0]?.message).toBe('Trạng thái bật/tắt phải là true hoặc false');
  });

  it('requires enabled and version', () => {
    const result = parseModuleSettingChange({});
    expect(result.ok ? [] : result.errors.map((e) => [e.field, e.code])).toEqual([
      ['enabled', 'required'],
      ['version', 'required'],
    ]);
    const negative = parseModuleSettingChange({ enabled: true, version: -1 });
    expect(negative.ok ? [] : negative.errors.map((e) => e.field)).toEqual(['version']);
  });
});
