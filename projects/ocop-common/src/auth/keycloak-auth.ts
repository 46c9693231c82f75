import { AUTH_CHANGED_EVENT, OcopAuth, OcopProfile } from '../host/ocop-auth';

/** The part of a keycloak-js instance this module uses (so tests can pass a fake). */
export interface KeycloakLike {
  token?: string;
  tokenParsed?: Record<string, unknown>;
  isTokenExpired(minValidity?: number): boolean;
  updateToken(minValidity?: number): Promise<boolean>;
  login(options?: { redirectUri?: string }): Promise<void>;
  logout(options?: { redirectUri?: string }): Promise<void>;
}

export interface KeycloakAuth extends OcopAuth {
  readonly loggedOut: boolean;
  /** Stops listening to other tabs. */
  dispose(): void;
}

export interface KeycloakAuthOptions {
  /** The API's Keycloak client, whose client roles are the OCOP roles. */
  apiClientId?: string;
  /** Where logout lands. */
  logoutRedirectUri?: string;
  /** Name shared by all tabs of the portal for the refresh lock and the logout broadcast. */
  coordinationName?: string;
}

const LOGOUT_MESSAGE = 'logout';

/**
 * Turns the page's one keycloak-js instance into the `auth` object of the portal contract (brief §3).
 * - One refresh at a time for every caller in the tab (single flight) and across tabs (a Web Lock), so a
 *   burst of API calls spends one refresh, and two tabs never refresh at the same moment.
 * - A refresh that fails means the Keycloak session is over: the user is sent to log in and brought back to
 *   the same URL (forms keep local drafts, so nothing typed is lost).
 * - Logout in one tab reaches every other tab of the same origin through a BroadcastChannel.
 */
export function createKeycloakAuth(kc: KeycloakLike, options: KeycloakAuthOptions = {}): KeycloakAuth {
  const apiClientId = options.apiClientId ?? 'ocop-api';
  const name = options.coordinationName ?? 'ocop-auth';
  const target = new EventTarget();
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(name) : null;
  let refreshing: Promise<void> | null = null;
  let loggedOut = false;

  const endLocally = (): void => {
    if (loggedOut) return;
    // Not kc.clearToken(): on a login-required page keycloak-js would then redirect to the login form at
    // once, and the user would not learn why. Refusing tokens from now on is enough.
    loggedOut = true;
    target.dispatchEvent(new Event(AUTH_CHANGED_EVENT));
  };

  channel?.addEventListener('message', (event: MessageEvent) => {
    if (event.data === LOGOUT_MESSAGE) endLocally();
  });

  const refresh = async (minValidity: number): Promise<void> => {
    const update = (): Promise<boolean> => kc.updateToken(minValidity);
    try {
      const locks = typeof navigator !== 'undefined' ? navigator.locks : undefined;
      // A refreshed token is the same session: no auth-changed event, so nothing on screen reloads.
      await (locks ? locks.request(`${name}:refresh`, update) : update());
    } catch {
      await kc.login({ redirectUri: location.href });
      throw new Error('SESSION_EXPIRED');
    }
  };

  const members = {
    get loggedOut() {
      return loggedOut;
    },
    async getToken(minValidity = 30): Promise<string> {
      if (loggedOut) throw new Error('LOGGED_OUT');
      if (kc.token && !kc.isTokenExpired(minValidity)) return kc.token;
      refreshing ??= refresh(minValidity).finally(() => (refreshing = null));
      await refreshing;
      if (!kc.token) throw new Error('SESSION_EXPIRED');
      return kc.token;
    },
    profile(): OcopProfile {
      return profileFromToken(kc.tokenParsed ?? {}, apiClientId);
    },
    async logout(): Promise<void> {
      channel?.postMessage(LOGOUT_MESSAGE);
      loggedOut = true;
      await kc.logout({ redirectUri: options.logoutRedirectUri ?? `${location.origin}/` });
    },
    dispose(): void {
      channel?.close();
    },
  };
  // Not Object.assign: it would copy the getter's current value (false) instead of the getter.
  const auth: KeycloakAuth = Object.defineProperties(
    target,
    Object.getOwnPropertyDescriptors(members),
  ) as EventTarget & typeof members;
  return auth;
}

/** Vietnamese names read family name first: "Vi Văn Em", not Keycloak's "Em Vi Văn". */
export function profileFromToken(claims: Record<string, unknown>, apiClientId = 'ocop-api'): OcopProfile {
  const text = (key: string): string | undefined => {
    const value = claims[key];
    return typeof value === 'string' && value !== '' ? value : undefined;
  };
  const access = claims['resource_access'] as Record<string, { roles?: string[] }> | undefined;
  const username = text('preferred_username') ?? '';
  const name =
    [text('family_name'), text('given_name')].filter(Boolean).join(' ') || text('name') || username;
  return {
    username,
    name,
    roles: access?.[apiClientId]?.roles ?? [],
    districtCode: text('district_code'),
    communeCode: text('commune_code'),
    departmentCode: text('department_code'),
  };
}
