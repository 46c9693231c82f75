import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Configuration comes only from the environment (12-factor; the same image runs in every replica). Every
 * value is checked before anything starts, so a typo stops the process with one line naming the variable
 * instead of failing later in a less obvious place.
 */

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  port: number;
  host: string;
  /** A real PostgreSQL server; null means the embedded PGlite in `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  logLevel: LogLevel;
  demoData: boolean;
  /**
   * OCOP_DEMO_DATA_SKIP: names of demo data sets not to load (comma-separated), e.g.
   * 'van-quan-evaluation-2021-scores' so an end-to-end test can replay that part itself.
   */
  demoDataSkip: string[];
  /**
   * OCOP_TODAY: the business date ('yyyy-MM-dd') deadlines and unit validity are judged on, instead of today in
   * Vietnam. Only for demonstrations and training ("as of 15/07/2020"); null in production.
   */
  today: string | null;
  /**
   * OCOP_BENCH_BASELINE_ROUTE: registers GET /api/bench/baseline, the fixed answer bench/api-load.mjs measures the
   * real routes against. Off unless asked: it is no part of the API's contract.
   */
  benchBaselineRoute: boolean;
  keycloak: KeycloakConfig;
}

/** Where access tokens come from and whom they must be for. */
export interface KeycloakConfig {
  /** Base URL of the Keycloak server, without a trailing slash. */
  url: string;
  realm: string;
  /** The `aud` every access token must carry; also the client whose roles are the OCOP roles. */
  audience: string;
  /** `${url}/realms/${realm}`: the `iss` of every token. */
  issuer: string;
  /** The realm's signing keys (JWKS). */
  jwksUrl: string;
}

/** A bad environment value; the message names the variable and never repeats a secret. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

const DEFAULT_PORT = 4300;
const TRUE_WORDS = ['1', 'true', 'yes', 'on'];
const FALSE_WORDS = ['0', 'false', 'no', 'off'];

type Env = Readonly<Record<string, string | undefined>>;

/** An unset or empty variable counts as "not given", as shells and compose files make both easy to produce. */
function given(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function parsePort(raw: string | undefined): number {
  if (raw === undefined) return DEFAULT_PORT;
  const port = /^\d{1,5}$/.test(raw) ? Number(raw) : NaN;
  if (!(port >= 1 && port <= 65535)) {
    throw new ConfigError(`PORT must be an integer from 1 to 65535 (got "${raw}")`);
  }
  return port;
}

function parseHost(raw: string | undefined): string {
  if (raw === undefined) return '127.0.0.1';
  if (/\s/.test(raw)) throw new ConfigError(`HOST must be a host name or IP address (got "${raw}")`);
  return raw;
}

function parseDatabaseUrl(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  // The value is not echoed: it usually contains a password.
  const problem = new ConfigError(
    'DATABASE_URL is not a PostgreSQL URL (expected postgres://user:pass@host:port/db)',
  );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw problem;
  }
  if ((url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') || url.hostname === '') throw problem;
  return raw;
}

function parseLogLevel(raw: string | undefined): LogLevel {
  if (raw === undefined) return 'info';
  const level = LOG_LEVELS.find((l) => l === raw.toLowerCase());
  if (level === undefined) {
    throw new ConfigError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got "${raw}")`);
  }
  return level;
}

function parseDemoData(raw: string | undefined): boolean {
  if (raw === undefined) return true;
  const word = raw.toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  throw new ConfigError(`OCOP_DEMO_DATA must be 1/true/yes/on or 0/false/no/off (got "${raw}")`);
}

function parseBenchBaselineRoute(raw: string | undefined): boolean {
  if (raw === undefined) return false;
  const word = raw.toLowerCase();
  if (TRUE_WORDS.includes(word)) return true;
  if (FALSE_WORDS.includes(word)) return false;
  throw new ConfigError(`OCOP_BENCH_BASELINE_ROUTE must be 1/true/yes/on or 0/false/no/off (got "${raw}")`);
}

function parseDemoDataSkip(raw: string | undefined): string[] {
  if (raw === undefined) return [];
  const names = raw
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
  const bad = names.find((name) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(name));
  if (bad !== undefined) {
    throw new ConfigError(
      `OCOP_DEMO_DATA_SKIP must list data set names separated by commas, e.g. van-quan-evaluation-2021-scores (got "${raw}")`,
    );
  }
  return names;
}

function parseToday(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const day = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (day === null || day.toISOString().slice(0, 10) !== raw) {
    throw new ConfigError(`OCOP_TODAY must be a date written yyyy-MM-dd, e.g. 2020-07-15 (got "${raw}")`);
  }
  return raw;
}

function parseKeycloakUrl(raw: string | undefined): string {
  if (raw === undefined) {
    throw new ConfigError(
      "KEYCLOAK_URL is not set: the API verifies every request's token with Keycloak (e.g. http://localhost:8180)",
    );
  }
  const problem = new ConfigError(
    `KEYCLOAK_URL must be an http(s) URL such as http://localhost:8180 (got "${raw}")`,
  );
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw problem;
  }
  if (url.username !== '' || url.password !== '') {
    // Not echoed: it holds a password. The API only reads public keys and needs no credentials.
    throw new ConfigError('KEYCLOAK_URL must not contain credentials (the API needs none)');
  }
  if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') throw problem;
  if (url.search !== '' || url.hash !== '') throw problem;
  // Kept as written (not url.href): the issuer in tokens is compared character for character.
  return raw.replace(/\/+$/, '');
}

/** A realm name or client id: one path segment, nothing a URL would need to escape. */
function parseName(name: string, raw: string | undefined, fallback: string): string {
  if (raw === undefined) return fallback;
  if (!/^[A-Za-z0-9._-]+$/.test(raw)) {
    throw new ConfigError(`${name} may only contain letters, digits, ".", "_" and "-" (got "${raw}")`);
  }
  return raw;
}

export function keycloakConfig(env: Env): KeycloakConfig {
  const url = parseKeycloakUrl(given(env, 'KEYCLOAK_URL'));
  const realm = parseName('KEYCLOAK_REALM', given(env, 'KEYCLOAK_REALM'), 'langson');
  const audience = parseName('OCOP_API_AUDIENCE', given(env, 'OCOP_API_AUDIENCE'), 'ocop-api');
  const issuer = `${url}/realms/${realm}`;
  return { url, realm, audience, issuer, jwksUrl: `${issuer}/protocol/openid-connect/certs` };
}

export function loadConfig(env: Env, repoRoot: string = REPO_ROOT): Config {
  return {
    port: parsePort(given(env, 'PORT')),
    host: parseHost(given(env, 'HOST')),
    databaseUrl: parseDatabaseUrl(given(env, 'DATABASE_URL')),
    dataDir: resolve(repoRoot, given(env, 'OCOP_DATA_DIR') ?? '.data'),
    logLevel: parseLogLevel(given(env, 'LOG_LEVEL')),
    demoData: parseDemoData(given(env, 'OCOP_DEMO_DATA')),
    demoDataSkip: parseDemoDataSkip(given(env, 'OCOP_DEMO_DATA_SKIP')),
    today: parseToday(given(env, 'OCOP_TODAY')),
    benchBaselineRoute: parseBenchBaselineRoute(given(env, 'OCOP_BENCH_BASELINE_ROUTE')),
    keycloak: keycloakConfig(env),
  };
}

/** "host:port" of a database URL, for messages that must not show the password. */
export function databaseAddress(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}:${url.port === '' ? '5432' : url.port}`;
}
