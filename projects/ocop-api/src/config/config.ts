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

export function loadConfig(env: Env, repoRoot: string = REPO_ROOT): Config {
  return {
    port: parsePort(given(env, 'PORT')),
    host: parseHost(given(env, 'HOST')),
    databaseUrl: parseDatabaseUrl(given(env, 'DATABASE_URL')),
    dataDir: resolve(repoRoot, given(env, 'OCOP_DATA_DIR') ?? '.data'),
    logLevel: parseLogLevel(given(env, 'LOG_LEVEL')),
    demoData: parseDemoData(given(env, 'OCOP_DEMO_DATA')),
  };
}

/** "host:port" of a database URL, for messages that must not show the password. */
export function databaseAddress(databaseUrl: string): string {
  const url = new URL(databaseUrl);
  return `${url.hostname}:${url.port === '' ? '5432' : url.port}`;
}
