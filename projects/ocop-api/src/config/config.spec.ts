import { resolve } from 'node:path';
import { ConfigError, databaseAddress, loadConfig } from './config';

describe('loadConfig', () => {
  const root = '/srv/ocop';

  it('has defaults that need nothing installed', () => {
    expect(loadConfig({}, root)).toEqual({
      port: 4300,
      host: '127.0.0.1',
      databaseUrl: null,
      dataDir: resolve(root, '.data'),
      logLevel: 'info',
      demoData: true,
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgresql://ocop:secret@db.internal:5433/ocop',
        OCOP_DATA_DIR: '/var/lib/ocop',
        LOG_LEVEL: 'WARN',
        OCOP_DEMO_DATA: 'false',
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
    });
  });

  it('resolves a relative OCOP_DATA_DIR against the repository root', () => {
    expect(loadConfig({ OCOP_DATA_DIR: 'tmp/db' }, root).dataDir).toBe(resolve(root, 'tmp/db'));
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ', OCOP_DEMO_DATA: '' }, root).port).toBe(4300);
  });

  it('accepts 0/1 and true/false for OCOP_DEMO_DATA', () => {
    expect(loadConfig({ OCOP_DEMO_DATA: '0' }, root).demoData).toBeFalse();
    expect(loadConfig({ OCOP_DEMO_DATA: 'TRUE' }, root).demoData).toBeTrue();
  });

  const refusals: [Record<string, string>, string][] = [
    [{ PORT: 'abc' }, 'PORT must be an integer from 1 to 65535 (got "abc")'],
    [{ PORT: '70000' }, 'PORT must be an integer from 1 to 65535 (got "70000")'],
    [{ PORT: '0' }, 'PORT must be an integer from 1 to 65535 (got "0")'],
    [{ PORT: '80.5' }, 'PORT must be an integer from 1 to 65535 (got "80.5")'],
    [{ HOST: 'my host' }, 'HOST must be a host name or IP address (got "my host")'],
    [{ DATABASE_URL: 'not a url' }, 'DATABASE_URL is not a PostgreSQL URL'],
    [{ DATABASE_URL: 'mysql://u:p@h/db' }, 'DATABASE_URL is not a PostgreSQL URL'],
    [{ LOG_LEVEL: 'verbose' }, 'LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent'],
    [{ OCOP_DEMO_DATA: 'maybe' }, 'OCOP_DEMO_DATA must be 1/true/yes/on or 0/false/no/off'],
  ];
  for (const [env, message] of refusals) {
    it(`refuses ${JSON.stringify(env)}`, () => {
      expect(() => loadConfig(env, root)).toThrowMatching(
        (e: unknown) => e instanceof ConfigError && e.message.startsWith(message),
      );
    });
  }

  it('never repeats the DATABASE_URL (it may hold a password)', () => {
    expect(() => loadConfig({ DATABASE_URL: 'postgres//u:hunter2@h/db' }, root)).toThrowMatching(
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
