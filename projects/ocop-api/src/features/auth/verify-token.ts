import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import { isOcopRole, type Principal } from '@ocop/domain';
import type { KeycloakConfig } from '../../config/config';

/**
 * Access tokens are verified locally with the realm's public keys (no call to Keycloak per request): the
 * signature (RS256 only: never `none`, never an HMAC with a public key as secret), the issuer, the audience,
 * the times (5 s of clock skew allowed) and the token type (an ID token is not an access token).
 */

/** Why a token was refused: a short fixed word for `details.reason`; jose's own text never leaves the API. */
export type TokenRejection =
  | 'missing'
  | 'malformed'
  | 'algorithm-not-allowed'
  | 'bad-signature'
  | 'unknown-key'
  | 'expired'
  | 'not-yet-valid'
  | 'wrong-issuer'
  | 'wrong-audience'
  | 'missing-claim'
  | 'not-an-access-token';

/** The caller's token is not acceptable: answered 401. */
export class InvalidTokenError extends Error {
  override readonly name = 'InvalidTokenError';

  constructor(readonly reason: TokenRejection) {
    super(`access token refused: ${reason}`);
  }
}

/** The keys to check tokens with could not be had (Keycloak down or answering nonsense): answered 503. */
export class KeysUnavailableError extends Error {
  override readonly name = 'KeysUnavailableError';
}

export interface TokenVerifierOptions {
  issuer: string;
  audience: string;
  keys: JWTVerifyGetKey;
}

export type TokenVerifier = (token: string) => Promise<Principal>;

export const CLOCK_TOLERANCE_SECONDS = 5;

interface KeycloakClaims extends JWTPayload {
  typ?: unknown;
  preferred_username?: unknown;
  given_name?: unknown;
  family_name?: unknown;
  resource_access?: unknown;
  district_code?: unknown;
  commune_code?: unknown;
  department_code?: unknown;
}

/** The realm's signing keys, fetched on first use and cached (refetched for an unknown `kid` at most every 30 s). */
export function remoteKeys(keycloak: Pick<KeycloakConfig, 'jwksUrl'>): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(keycloak.jwksUrl), {
    timeoutDuration: 5_000,
    cooldownDuration: 30_000,
    cacheMaxAge: 10 * 60_000,
  });
}

export function createTokenVerifier({ issuer, audience, keys }: TokenVerifierOptions): TokenVerifier {
  return async (token) => {
    let payload: KeycloakClaims;
    try {
      ({ payload } = await jwtVerify<KeycloakClaims>(token, keys, {
        issuer,
        audience,
        algorithms: ['RS256'],
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['sub', 'exp', 'iat'],
      }));
    } catch (error) {
      throw classify(error);
    }
    // Keycloak marks access tokens `typ: Bearer`; ID and refresh tokens carry `ID` and `Refresh`.
    if (payload.typ !== 'Bearer') throw new InvalidTokenError('not-an-access-token');
    return principalFrom(payload, audience);
  };
}

function classify(error: unknown): Error {
  if (!(error instanceof errors.JOSEError)) {
    // fetch() failures of the key set (connection refused, DNS) arrive as plain errors.
    return new KeysUnavailableError('the signing keys could not be fetched', { cause: error });
  }
  switch (error.code) {
    case errors.JWTExpired.code:
      return new InvalidTokenError('expired');
    case errors.JWTClaimValidationFailed.code: {
      const { claim, reason } = error as errors.JWTClaimValidationFailed;
      if (claim === 'iss') return new InvalidTokenError('wrong-issuer');
      if (claim === 'aud') return new InvalidTokenError('wrong-audience');
      if (reason === 'missing') return new InvalidTokenError('missing-claim');
      if (claim === 'nbf' && reason === 'check_failed') return new InvalidTokenError('not-yet-valid');
      return new InvalidTokenError('malformed');
    }
    case errors.JOSEAlgNotAllowed.code:
    case errors.JOSENotSupported.code:
      return new InvalidTokenError('algorithm-not-allowed');
    case errors.JWSSignatureVerificationFailed.code:
      return new InvalidTokenError('bad-signature');
    case errors.JWKSNoMatchingKey.code:
    case errors.JWKSMultipleMatchingKeys.code:
      return new InvalidTokenError('unknown-key');
    case errors.JWKSTimeout.code:
    case errors.JWKSInvalid.code:
    case errors.JOSEError.code:
      // Timeouts, a key set that is not JSON, a non-200 answer: the key source, not the token, is at fault.
      return new KeysUnavailableError('the signing keys could not be fetched', { cause: error });
    default:
      // JWSInvalid, JWTInvalid, JWKInvalid…: not a well-formed signed JWT.
      return new InvalidTokenError('malformed');
  }
}

const UNIT_CODE_PATTERNS = {
  district_code: /^[0-9]{3}$/,
  commune_code: /^[0-9]{5}$/,
  department_code: /^[A-Za-z0-9-]{1,40}$/,
} as const;

/** A unit claim as given, or null when absent or not shaped like a code (then that unit grants nothing). */
function unitCode(claims: KeycloakClaims, claim: keyof typeof UNIT_CODE_PATTERNS): string | null {
  const value = claims[claim];
  return typeof value === 'string' && UNIT_CODE_PATTERNS[claim].test(value) ? value : null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Client roles of the API's own Keycloak client that are OCOP roles; the portal's other roles are ignored. */
function ocopRoles(claims: KeycloakClaims, client: string): Principal['roles'] {
  const access = claims.resource_access;
  if (typeof access !== 'object' || access === null) return [];
  const roles = (access as Record<string, { roles?: unknown } | undefined>)[client]?.roles;
  if (!Array.isArray(roles)) return [];
  return [...new Set(roles.filter((r): r is string => typeof r === 'string').filter(isOcopRole))];
}

/** Who the verified token speaks for; `client` is the Keycloak client whose roles are the OCOP roles. */
export function principalFrom(claims: KeycloakClaims, client: string): Principal {
  const userId = text(claims.sub);
  const username = text(claims.preferred_username) || userId;
  // Vietnamese order: family name first ("Vi Văn" + "Em" → "Vi Văn Em").
  const name = [text(claims.family_name), text(claims.given_name)].filter((p) => p !== '').join(' ');
  return {
    userId,
    username,
    name: name || username,
    roles: ocopRoles(claims, client),
    districtCode: unitCode(claims, 'district_code'),
    communeCode: unitCode(claims, 'commune_code'),
    departmentCode: unitCode(claims, 'department_code'),
  };
}
