import { OcopHost } from '@ocop/common';

/**
 * The district whose plans the user manages (the standing unit's district officer), or null. The API decides
 * (a plan's writes check the token); the pages only use this to offer what would be allowed.
 */
export function managedDistrict(host: OcopHost): string | null {
  const profile = host.auth()?.profile();
  if (!profile || profile instanceof Promise) return null;
  return profile.roles.includes('district-officer') && profile.districtCode ? profile.districtCode : null;
}

/** `<basePath>/tasks`: where the tasks module's pages live. */
export function tasksBase(host: OcopHost): string {
  return `${host.basePath().replace(/\/+$/, '')}/tasks`;
}
