import { OcopHost, OcopProfile } from '@ocop/common';
import { Council } from '@ocop/domain';

/** `<basePath>/reports`: where the evaluation pages live. */
export function reportsBase(host: OcopHost): string {
  return `${host.basePath().replace(/\/+$/, '')}/reports`;
}

/** The signed-in profile when the portal has it at hand (it always has once the element runs). */
export function profileOf(host: OcopHost): OcopProfile | null {
  const profile = host.auth()?.profile();
  return !profile || profile instanceof Promise ? null : profile;
}

/** Officers who organise councils and sessions, or read them (the API decides what each may do). */
export function isOfficer(host: OcopHost): boolean {
  const roles = profileOf(host)?.roles ?? [];
  return roles.includes('district-officer') || roles.includes('province-officer');
}

/** The province officer: the only one who chooses a district in the reports' filters. */
export function isProvinceOfficer(host: OcopHost): boolean {
  return profileOf(host)?.roles.includes('province-officer') === true;
}

/** A council member: scores in the sessions they attend. */
export function isCouncilMember(host: OcopHost): boolean {
  return profileOf(host)?.roles.includes('council-member') ?? false;
}

/**
 * The council the caller may set up: a district officer the district council of their district, a province
 * officer the province's (Lạng Sơn, code 20). The API checks the token again; this only shapes the form.
 */
export function managedUnit(host: OcopHost): Pick<Council, 'level' | 'unitCode'> | null {
  const profile = profileOf(host);
  if (!profile) return null;
  if (profile.roles.includes('province-officer')) return { level: 'province', unitCode: '20' };
  if (profile.roles.includes('district-officer') && profile.districtCode) {
    return { level: 'district', unitCode: profile.districtCode };
  }
  return null;
}

/** Whether the caller manages `council` (see managedUnit). */
export function managesCouncil(host: OcopHost, council: Pick<Council, 'level' | 'unitCode'>): boolean {
  const unit = managedUnit(host);
  return unit !== null && unit.level === council.level && unit.unitCode === council.unitCode;
}
