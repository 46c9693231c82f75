import { ConfigError } from '../config/config';
import { MigrationError } from '../db/migrate';

/** A failure to start whose message is already the one line an operator needs. */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

const NETWORK_REASONS: Record<string, string> = {
  ECONNREFUSED: 'connection refused',
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'host name lookup failed',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  ECONNRESET: 'connection reset by the server',
  // SQLSTATEs a server answers before any query runs.
  '28P01': 'password authentication failed',
  '28000': 'the server refused this user or address (pg_hba.conf)',
  '3D000': 'the database does not exist',
  '53300': 'the server has too many connections',
  '57P03': 'the server is starting up or shutting down',
};

function firstLine(text: string): string {
  return text.split('\n')[0]?.trim() ?? '';
}

/** A short reason for a failed connection, without addresses or credentials the caller adds itself. */
export function connectionFailureReason(error: unknown): string {
  // Node reports a host with several addresses (localhost: ::1 and 127.0.0.1) as an AggregateError.
  const cause = error instanceof AggregateError && error.errors.length > 0 ? error.errors[0] : error;
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && NETWORK_REASONS[code] !== undefined) return NETWORK_REASONS[code];
  const message = cause instanceof Error ? cause.message : String(cause);
  if (/timeout/i.test(message)) return 'no answer from the server in time';
  return firstLine(message) || 'unknown error';
}

/** The one stderr line for any startup failure; never a stack trace. */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof ConfigError || error instanceof StartupError || error instanceof MigrationError) {
    return firstLine(error.message);
  }
  const message = error instanceof Error ? error.message : String(error);
  return `failed to start: ${firstLine(message) || 'unknown error'}`;
}
