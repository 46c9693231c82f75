/**
 * The portal's session as the portal hands it to OCOP (brief §3). The portal owns the one keycloak-js
 * instance; OCOP only asks it for tokens, so modules never create their own.
 * It is an EventTarget that dispatches `auth-changed` when the user or the session changes.
 */
export interface OcopAuth extends EventTarget {
  /** A valid access token, refreshed first when it expires within `minValidity` seconds. */
  getToken(minValidity?: number): Promise<string>;
  profile(): OcopProfile | Promise<OcopProfile>;
  logout(): void | Promise<void>;
}

export interface OcopProfile {
  username: string;
  name: string;
  roles: readonly string[];
  districtCode?: string;
  communeCode?: string;
  departmentCode?: string;
}

export const AUTH_CHANGED_EVENT = 'auth-changed';
