import { resolve } from 'node:path';
import { ConfigError, databaseAddress, loadConfig } from './config';

describe('loadConfig', () => {
  const root = '/srv/ocop';
  /** The one variable without a default. */
  const KEYCLOAK = { KEYCLOAK_URL: 'http://localhost:8180' };
  const load = (env: Record<string, string>) => loadConfig({ ...KEYCLOAK, ...env }, root);

  it('has defaults for everything but KEYCLOAK_URL', () => {
    expect(loadConfig(KEYCLOAK, root)).toEqual({
      port: 4300,
      host: '127.0.0.1',
      databaseUrl: null,
      dataDir: resolve(root, '.data'),
      logLevel: 'info',
      demoData: true,
      demoDataSkip: [],
      today: null,
      benchBaselineRoute: false,
      keycloak: {
        url: 'http://localhost:8180',
        realm: 'langson',
        audience: 'ocop-api',
        issuer: 'http://localhost:8180/realms/langson',
        jwksUrl: 'http://localhost:8180/realms/langson/protocol/openid-connect/certs',
      },
    });
  });

  it('needs KEYCLOAK_URL, and says why', () => {
    for (const env of [{}, { KEYCLOAK_URL: ' ' }]) {
      expect(() => loadConfig(env, root)).toThrowMatching(
        (e: unknown) =>
          e instanceof ConfigError &&
          e.message ===
            "KEYCLOAK_URL is not set: the API verifies every request's token with Keycloak " +
              '(e.g. http://localhost:8180)',
      );
    }
  });

  it('derives issuer and key set from KEYCLOAK_URL (trailing slashes dropped), realm and audience', () => {
    const { keycloak } = load({
      KEYCLOAK_URL: 'https://sso.langson.gov.vn/auth/',
      KEYCLOAK_REALM: 'lang-son',
      OCOP_API_AUDIENCE: 'ocop-api-prod',
    });
    expect(keycloak).toEqual({
      url: 'https://sso.langson.gov.vn/auth',
      realm: 'lang-son',
      audience: 'ocop-api-prod',
      issuer: 'https://sso.langson.gov.vn/auth/realms/lang-son',
      jwksUrl: 'https://sso.langson.gov.vn/auth/realms/lang-son/protocol/openid-connect/certs',
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        KEYCLOAK_URL: 'http://keycloak.internal:8080',
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgresql://ocop:secret@db.internal:5433/ocop',
        OCOP_DATA_DIR: '/var/lib/ocop',
        LOG_LEVEL: 'WARN',
        OCOP_DEMO_DATA: 'false',
        OCOP_TODAY: '2020-07-15',
        OCOP_DEMO_DATA_SKIP: 'van-quan-evaluation-2021-scores, other-set',
        OCOP_BENCH_BASELINE_ROUTE: '1',
      },
      root,
    );
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://ocop:secret@db.internal:5433/ocop',
      dataDir: '/var/lib/ocop',
      logLevel: 'warn',
      demoData: false,
      demoDataSkip: ['van-quan-evaluation-2021-scores', 'other-set'],
      today: '2020-07-15',
      benchBaselineRoute: true,
      keycloak: jasmine.objectContaining({ issuer: 'http://keycloak.internal:8080/realms/langson' }),
    });
  });

  it('resolves a relative OCOP_DATA_DIR against the repository root', () => {
    expect(load({ OCOP_DATA_DIR: 'tmp/db' }).dataDir).toBe(resolve(root, 'tmp/db'));
  });

  it('treats empty values as unset', () => {
    const config = load({ PORT: '', DATABASE_URL: ' ', OCOP_DEMO_DATA: '', KEYCLOAK_REALM: '' });
    expect(config.port).toBe(4300);
    expect(config.keycloak.realm).toBe('langson');
  });

  it('accepts 0/1 and true/false for OCOP_DEMO_DATA', () => {
    expect(load({ OCOP_DEMO_DATA: '0' }).demoData).toBeFalse();
    expect(load({ OCOP_DEMO_DATA: 'TRUE' }).demoData).toBeTrue();
  });

  it('skips no demo data set unless OCOP_DEMO_DATA_SKIP names some', () => {
    expect(load({}).demoDataSkip).toEqual([]);
    expect(load({ OCOP_DEMO_DATA_SKIP: 'a-set,,b-set' }).demoDataSkip).toEqual(['a-set', 'b-set']);
  });

  const refusals: [Record<string, string>, string][] = [
    [
      { OCOP_TODAY: '15/07/2020' },
      'OCOP_TODAY must be a date written yyyy-MM-dd, e.g. 2020-07-15 (got "15/07/2020")',
    ],
    [
      { OCOP_TODAY: '2020-02-30' },
      'OCOP_TODAY must be a date written yyyy-MM-dd, e.g. 2020-07-15 (got "2020-02-30")',
    ],
    [
      { OCOP_DEMO_DATA_SKIP: 'Van Quan' },
      'OCOP_DEMO_DATA_SKIP must list data set names separated by commas, e.g. van-quan-evaluation-2021-scores (got "Van Quan")',
    ],
    [{ PORT: 'abc' }, 'PORT must be an integer from 1 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be an integer from 1 to 65535 (got "70000")'],
    [{ PORT: '0' }, 'PORT must be an integer from 1 to 65535 (got "0")'],
    [{ PORT: '80.5' }, 'PORT must be an integer from 1 to 65535 (got "80.5")'],
    [{ HOST: 'my host' }, 'HOST must be a host name or IP address (got "my host")'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a PostgreSQL URL'],
    [{ DATABASE_URL: 'mysql://u:p@h/db' }, 'DATABASE_URL is not a PostgreSQL URL'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
    [{ OCOP_DEMO_DATA: 'maybe' }, 'OCOP_DEMO_DATA must be 1/true/yes/on or 0/false/no/off'],
    [
      { OCOP_BENCH_BASELINE_ROUTE: 'maybe' },
      'OCOP_BENCH_BASELINE_ROUTE must be 1/true/yes/on or 0/false/no/off',
    ],
    [{ KEYCLOAK_URL: 'localhost:8180' }, 'KEYCLOAK_URL must be an http(s) URL such as http://localhost:8180'],
    [{ KEYCLOAK_URL: 'ftp://kc/' }, 'KEYCLOAK_URL must be an http(s) URL'],
    [{ KEYCLOAK_URL: 'http://kc:8180/?x=1' }, 'KEYCLOAK_URL must be an http(s) URL'],
    [{ KEYCLOAK_URL: 'http://admin:hunter2@kc:8180' }, 'KEYCLOAK_URL must not contain credentials'],
    [{ KEYCLOAK_REALM: 'lang son' }, 'KEYCLOAK_REALM may only contain letters, digits'],
    [{ OCOP_API_AUDIENCE: 'ocop/api' }, 'OCOP_API_AUDIENCE may only contain letters, digits'],
  ];
  for (const [env, message] of refusals) {
    it(`refuses ${JSON.stringify(env)}`, () => {
      expect(() => load(env)).toThrowMatching(
        (e: unknown) => e instanceof ConfigError && e.message.startsWith(message),
      );
    });
  }

  it('never repeats the DATABASE_URL (it may hold a password)', () => {
    expect(() => load({ DATABASE_URL: 'postgres//u:hunter2@h/db' })).toThrowMatching(
      (e: unknown) => e instanceof Error && !e.message.includes('hunter2'),
    );
  });
});

describe('databaseAddress', () => {
  it('gives host and port without credentials', () => {
    expect(databaseAddress('postgres://u:secret@127.0.0.1:1/x')).toBe('127.0.0.1:1');
    expect(databaseAddress('postgresql://db.internal/ocop')).toBe('db.internal:5432');
  });
});
