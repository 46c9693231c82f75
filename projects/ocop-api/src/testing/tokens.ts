import { decodeJwt } from 'jose';
import { type KeycloakConfig, keycloakConfig } from '../config/config';
import {
  CLOCK_TOLERANCE_SECONDS,
  createTokenVerifier,
  remoteKeys,
  type TokenVerifier,
} from '../features/auth/verify-token';

/**
 * Real tokens from the real Keycloak for the API specs: password grants of the demo users of the dev realm
 * (keycloak/realm.mjs) through its TEST-ONLY clients. `node scripts/test-api.mjs` starts that Keycloak and
 * sets OCOP_TEST_KEYCLOAK_URL; a grant costs 50–100 ms, so tokens are cached per user until near expiry.
 */

/** Users of keycloak/realm.mjs (DEMO_USERS); their password is DEMO_PASSWORD there. */
export type DemoUser =
  | 'admin.tinh'
  | 'so.nongnghiep'
  | 'vq.nongnghiep'
  | 'vq.yte'
  | 'vq.kinhte'
  | 'xa.huule'
  | 'xa.vanquan'
  | 'hoidong.1'
  | 'hoidong.2'
  | 'hoidong.3'
  | 'khach'
  /** District officer of Cao Lộc (183): another district than the demo data's. */
  | 'cl.nongnghiep';

const DEMO_PASSWORD = 'ocop-demo';

/** TEST-ONLY clients of the dev realm (keycloak/realm.mjs). */
export const TEST_CLIENTS = {
  /** Password grant, audience ocop-api, OCOP roles and unit claims: what the portal's tokens look like. */
  standard: 'ocop-test-only',
  /** Password grant for another application: no ocop-api audience. */
  otherAudience: 'test-only-other-audience',
  /** Password grant whose access tokens live one second. */
  shortLived: 'test-only-short-lived',
} as const;
export type TestClient = (typeof TEST_CLIENTS)[keyof typeof TEST_CLIENTS];

export function testKeycloakUrl(): string {
  const url = process.env['OCOP_TEST_KEYCLOAK_URL'];
  if (url === undefined || url.trim() === '') {
    throw new Error(
      'The API specs need a Keycloak with the dev realm: run them with `node scripts/test-api.mjs` ' +
        '(it starts one), or set OCOP_TEST_KEYCLOAK_URL (e.g. http://localhost:8181).',
    );
  }
  return url.trim();
}

/** The API's Keycloak settings for the test Keycloak, exactly as the API derives them from KEYCLOAK_URL. */
export function testKeycloakConfig(): KeycloakConfig {
  return keycloakConfig({ KEYCLOAK_URL: testKeycloakUrl() });
}

let verifier: TokenVerifier | undefined;

/** The production verifier against the test Keycloak; one per process, so its key set is fetched once. */
export function testTokenVerifier(): TokenVerifier {
  if (verifier === undefined) {
    const keycloak = testKeycloakConfig();
    verifier = createTokenVerifier({
      issuer: keycloak.issuer,
      audience: keycloak.audience,
      keys: remoteKeys(keycloak),
    });
  }
  return verifier;
}

export interface TokenResponse {
  access_token: string;
  id_token?: string;
  expires_in: number;
}

/** One password grant at the realm's token endpoint. */
export async function passwordGrant(
  user: DemoUser,
  options: { client?: TestClient; scope?: string } = {},
): Promise<TokenResponse> {
  const keycloak = testKeycloakConfig();
  const body = new URLSearchParams({
    grant_type: 'password',
    client_id: options.client ?? TEST_CLIENTS.standard,
    username: user,
    password: DEMO_PASSWORD,
  });
  if (options.scope !== undefined) body.set('scope', options.scope);
  const response = await fetch(`${keycloak.issuer}/protocol/openid-connect/token`, { method: 'POST', body });
  if (!response.ok) {
    throw new Error(`password grant for ${user} failed: ${response.status} ${await response.text()}`);
  }
  return (await response.json()) as TokenResponse;
}

/** Tokens are reused until this close to their expiry. */
const RENEW_BEFORE_EXPIRY_MS = 30_000;
const cache = new Map<string, Promise<{ token: string; expiresAt: number }>>();

/** A real access token of `user` (from the standard test client unless told), cached until near expiry. */
export async function accessToken(
  user: DemoUser,
  client: TestClient = TEST_CLIENTS.standard,
): Promise<string> {
  const key = `${client} ${user}`;
  const cached = cache.get(key);
  if (cached !== undefined) {
    const entry = await cached.catch(() => undefined);
    if (entry !== undefined && entry.expiresAt - Date.now() > RENEW_BEFORE_EXPIRY_MS) return entry.token;
  }
  const fresh = passwordGrant(user, { client }).then(({ access_token }) => ({
    token: access_token,
    expiresAt: (decodeJwt(access_token).exp ?? 0) * 1000,
  }));
  cache.set(key, fresh);
  return (await fresh).token;
}

/** The Authorization header of `user`. */
export async function bearer(user: DemoUser): Promise<{ authorization: string }> {
  return { authorization: `Bearer ${await accessToken(user)}` };
}

/** A real ID token (typ "ID") of `user`, from a grant with scope openid. */
export async function idToken(user: DemoUser): Promise<string> {
  const { id_token } = await passwordGrant(user, { scope: 'openid' });
  if (id_token === undefined) throw new Error('Keycloak returned no id_token for scope openid');
  return id_token;
}

let expired: Promise<string> | undefined;

/**
 * A real access token that has expired beyond the API's clock tolerance: fetched from the short-lived
 * client (one-second tokens), resolved once exp + tolerance has passed. One per process: call it early
 * (e.g. while a suite is being defined) and the wait overlaps with other specs.
 */
export function expiredAccessToken(): Promise<string> {
  expired ??= (async () => {
    const { access_token } = await passwordGrant('vq.nongnghiep', { client: TEST_CLIENTS.shortLived });
    const exp = decodeJwt(access_token).exp ?? 0;
    const wait = (exp + CLOCK_TOLERANCE_SECONDS + 1) * 1000 - Date.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    return access_token;
  })();
  return expired;
}
