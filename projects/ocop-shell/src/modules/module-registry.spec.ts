import { moduleForPath, OCOP_MODULES } from './module-registry';

describe('moduleForPath', () => {
  const byId = (id: string) => OCOP_MODULES.find((m) => m.id === id);

  it('gives "home" for the base path itself', () => {
    expect(moduleForPath('/')).toBe('home');
  });

  it('gives each module for its segment, also deeper below it', () => {
    expect(moduleForPath('/dossiers')).toBe(byId('dossier')!);
    expect(moduleForPath('/dossiers/42/edit')).toBe(byId('dossier')!);
    expect(moduleForPath('/tasks')).toBe(byId('tasks')!);
    expect(moduleForPath('/reports/2025')).toBe(byId('reports')!);
  });

  it('gives null for an unknown segment and for a path outside the base', () => {
    expect(moduleForPath('/unknown')).toBeNull();
    expect(moduleForPath('/dossier')).toBeNull();
    expect(moduleForPath(null)).toBeNull();
  });

  it('has one module per id, segment and tag, each tag a valid custom element name', () => {
    for (const key of ['id', 'segment', 'tag', 'bundle'] as const) {
      expect(new Set(OCOP_MODULES.map((m) => m[key])).size)
        .withContext(key)
        .toBe(OCOP_MODULES.length);
    }
    for (const m of OCOP_MODULES) expect(m.tag).toMatch(/^[a-z][a-z0-9]*-[a-z0-9-]+$/);
  });
});
