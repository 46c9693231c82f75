import { createLocalJWKSet, exportJWK, generateKeyPair, type JWTPayload, SignJWT } from 'jose';
import {
  createTokenVerifier,
  InvalidTokenError,
  KeysUnavailableError,
  principalFrom,
  remoteKeys,
  type TokenVerifier,
} from './verify-token';

/**
 * The verifier against a key set made here, for the cases a real Keycloak does not issue (auth.spec.ts
 * covers what it does issue, and forgeries of it, on every route).
 */

const ISSUER = 'http://localhost:8180/realms/langson';
const KID = 'test-key';

describe('createTokenVerifier', () => {
  let privateKey: Awaited<ReturnType<typeof generateKeyPair>>['privateKey'];
  let verify: TokenVerifier;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256', { extractable: true });
    privateKey = pair.privateKey;
    const jwk = { ...(await exportJWK(pair.publicKey)), kid: KID, use: 'sig' };
    verify = createTokenVerifier({
      issuer: ISSUER,
      audience: 'ocop-api',
      keys: createLocalJWKSet({ keys: [jwk] }),
    });
  });

  const now = () => Math.floor(Date.now() / 1000);
  const CLAIMS: JWTPayload = {
    iss: ISSUER,
    aud: ['ocop-api', 'account'],
    sub: 'f3c1',
    typ: 'Bearer',
    preferred_username: 'xa.huule',
    given_name: 'Em',
    family_name: 'Vi Văn',
    resource_access: { 'ocop-api': { roles: ['commune-officer'] } },
    district_code: '184',
    commune_code: '06322',
  };
  const sign = async (claims: JWTPayload, alg = 'RS256') =>
    new SignJWT({ iat: now(), exp: now() + 300, ...claims })
      .setProtectedHeader({ alg, kid: KID, typ: 'JWT' })
      // WebCrypto keys are bound to one algorithm: other algorithms need keys of their own.
      .sign(alg === 'RS256' ? privateKey : (await generateKeyPair(alg)).privateKey);
  const refusal = async (token: string): Promise<string> => {
    try {
      await verify(token);
    } catch (error) {
      if (error instanceof InvalidTokenError) return error.reason;
      throw error;
    }
    return 'accepted';
  };

  it('accepts a well-formed access token and says who it is for', async () => {
    expect(await verify(await sign(CLAIMS))).toEqual({
      userId: 'f3c1',
      username: 'xa.huule',
      name: 'Vi Văn Em',
      roles: ['commune-officer'],
      districtCode: '184',
      communeCode: '06322',
      departmentCode: null,
    });
  });

  it('refuses tokens that are not access tokens (typ ID, Refresh or none)', async () => {
    for (const typ of ['ID', 'Refresh', undefined]) {
      expect(await refusal(await sign({ ...CLAIMS, typ })))
        .withContext(String(typ))
        .toBe('not-an-access-token');
    }
  });

  it('requires sub, exp and iat', async () => {
    expect(await refusal(await sign({ ...CLAIMS, sub: undefined }))).toBe('missing-claim');
    expect(await refusal(await sign({ ...CLAIMS, exp: undefined }))).toBe('missing-claim');
    expect(await refusal(await sign({ ...CLAIMS, iat: undefined }))).toBe('missing-claim');
  });

  it('checks issuer and audience', async () => {
    expect(await refusal(await sign({ ...CLAIMS, iss: 'http://localhost:8180/realms/other' }))).toBe(
      'wrong-issuer',
    );
    expect(await refusal(await sign({ ...CLAIMS, aud: 'account' }))).toBe('wrong-audience');
    expect(await refusal(await sign({ ...CLAIMS, aud: undefined }))).toBe('wrong-audience');
  });

  it('allows 5 s of clock skew, not more', async () => {
    expect(await refusal(await sign({ ...CLAIMS, exp: now() - 3 }))).toBe('accepted');
    expect(await refusal(await sign({ ...CLAIMS, exp: now() - 10 }))).toBe('expired');
    expect(await refusal(await sign({ ...CLAIMS, nbf: now() + 60 }))).toBe('not-yet-valid');
  });

  it('accepts RS256 only', async () => {
    expect(await refusal(await sign(CLAIMS, 'PS256'))).toBe('algorithm-not-allowed');
    expect(await refusal(await sign(CLAIMS, 'RS512'))).toBe('algorithm-not-allowed');
    expect(await refusal(await sign(CLAIMS, 'ES256'))).toBe('algorithm-not-allowed');
  });

  it('reports key-set failures as such, not as a bad token', async () => {
    const unreachable = createTokenVerifier({
      issuer: ISSUER,
      audience: 'ocop-api',
      keys: remoteKeys({ jwksUrl: 'http://127.0.0.1:1/certs' }),
    });
    await expectAsync(unreachable(await sign(CLAIMS))).toBeRejectedWith(jasmine.any(KeysUnavailableError));
  });
});

describe('principalFrom', () => {
  const base = { sub: 'u1', preferred_username: 'someone' };

  it('takes OCOP roles from the API client only, ignoring portal roles and unknown names', () => {
    const principal = principalFrom(
      {
        ...base,
        realm_access: { roles: ['province-officer', 'offline_access'] },
        resource_access: {
          'ocop-api': { roles: ['district-officer', 'uma_authorization', 'district-officer'] },
          'ocop-portal': { roles: ['province-officer'] },
          account: { roles: ['manage-account'] },
        },
      },
      'ocop-api',
    );
    expect(principal.roles).toEqual(['district-officer']);
  });

  it('survives missing or odd role claims with no roles', () => {
    for (const resource_access of [
      undefined,
      null,
      'x',
      { 'ocop-api': {} },
      { 'ocop-api': { roles: 'x' } },
    ]) {
      expect(principalFrom({ ...base, resource_access }, 'ocop-api').roles).toEqual([]);
    }
  });

  it('keeps unit codes only when shaped like codes', () => {
    const principal = principalFrom(
      { ...base, district_code: '184 ', commune_code: ['06322'], department_code: 'TTYT' },
      'ocop-api',
    );
    expect(principal.districtCode).toBeNull();
    expect(principal.communeCode).toBeNull();
    expect(principal.departmentCode).toBe('TTYT');
  });

  it('writes the name family name first, falling back to the username', () => {
    expect(principalFrom({ ...base, given_name: 'Dung', family_name: 'Lý Thị' }, 'ocop-api').name).toBe(
      'Lý Thị Dung',
    );
    expect(principalFrom({ ...base, given_name: 'Dung' }, 'ocop-api').name).toBe('Dung');
    expect(principalFrom(base, 'ocop-api').name).toBe('someone');
  });
});
