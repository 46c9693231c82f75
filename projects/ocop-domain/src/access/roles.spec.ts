import { CATALOG_WRITER_ROLES, isOcopRole, MODULE_ROLES, modulesFor, OCOP_ROLES } from './roles';

describe('OCOP roles', () => {
  it('recognises the OCOP roles and nothing else', () => {
    expect(OCOP_ROLES.every(isOcopRole)).toBeTrue();
    expect(isOcopRole('uma_authorization')).toBeFalse();
    expect(isOcopRole('Commune-Officer')).toBeFalse();
  });

  it('opens no module to the IT administrator or to a user without OCOP roles', () => {
    expect(modulesFor(['ocop-admin'])).toEqual([]);
    expect(modulesFor([])).toEqual([]);
  });

  it('opens the modules of every role held, in a fixed order', () => {
    expect(modulesFor(['council-member'])).toEqual(['dossier', 'reports']);
    expect(modulesFor(['council-member', 'commune-officer'])).toEqual(['dossier', 'tasks', 'reports']);
  });

  it('lets only commune and district officers register, and only users of the dossier module', () => {
    expect([...CATALOG_WRITER_ROLES].sort()).toEqual(['commune-officer', 'district-officer']);
    expect(CATALOG_WRITER_ROLES.every((r) => MODULE_ROLES.dossier.includes(r))).toBeTrue();
  });
});
