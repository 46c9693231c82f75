/**
 * OCOP roles are client roles of the API's Keycloak client (`ocop-api`), so they sit beside the portal's
 * own roles without clashing (brief §2). Who may use which module is decided here, once, for the shell's
 * navigation and for the API's checks alike.
 */
export const OCOP_ROLES = [
  'ocop-admin',
  'province-officer',
  'district-officer',
  'department-officer',
  'commune-officer',
  'council-member',
] as const;
export type OcopRole = (typeof OCOP_ROLES)[number];

export function isOcopRole(value: string): value is OcopRole {
  return (OCOP_ROLES as readonly string[]).includes(value);
}

export const OCOP_MODULES = ['dossier', 'tasks', 'reports'] as const;
export type OcopModuleId = (typeof OCOP_MODULES)[number];

/** IT administrators take no dossier decisions and run no plan: they administer, they do not use modules. */
export const MODULE_ROLES: Readonly<Record<OcopModuleId, readonly OcopRole[]>> = {
  dossier: [
    'province-officer',
    'district-officer',
    'department-officer',
    'commune-officer',
    'council-member',
  ],
  tasks: ['province-officer', 'district-officer', 'department-officer', 'commune-officer'],
  reports: [
    'province-officer',
    'district-officer',
    'department-officer',
    'commune-officer',
    'council-member',
  ],
};

/**
 * Who may register producers and products: the commune office (for its commune) and the district's standing
 * unit (for its district's communes). Others of the dossier module read them.
 */
export const CATALOG_WRITER_ROLES: readonly OcopRole[] = ['district-officer', 'commune-officer'];

export function modulesFor(roles: readonly string[]): OcopModuleId[] {
  return OCOP_MODULES.filter((m) => MODULE_ROLES[m].some((r) => roles.includes(r)));
}

/** Who the API says the caller is: built from a verified access token only. */
export interface Principal {
  userId: string;
  username: string;
  name: string;
  roles: OcopRole[];
  districtCode: string | null;
  communeCode: string | null;
  departmentCode: string | null;
}

/** GET /api/me: the caller with unit names, and the modules the roles allow. */
export interface Me {
  username: string;
  name: string;
  roles: OcopRole[];
  district: { code: string; name: string } | null;
  commune: { code: string; name: string } | null;
  department: { code: string; name: string } | null;
  modules: OcopModuleId[];
}
