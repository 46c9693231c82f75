import { join } from 'node:path';
import { type Config, databaseAddress } from '../config/config';
import type { Db } from '../db/db';
import { DataDirInUseError, openPgliteDb } from '../db/pglite-db';
import { openPostgresDb } from '../db/postgres-db';
import { connectionFailureReason, StartupError } from './startup-error';

/** The database the configuration asks for: a PostgreSQL server, or the embedded PGlite in the data dir. */
export async function openDatabase(config: Config, onIdleError?: (error: Error) => void): Promise<Db> {
  if (config.databaseUrl !== null) {
    try {
      return await openPostgresDb(config.databaseUrl, { onIdleError });
    } catch (error) {
      throw new StartupError(
        `cannot connect to the database at DATABASE_URL (${databaseAddress(config.databaseUrl)}): ` +
          connectionFailureReason(error),
        { cause: error },
      );
    }
  }
  const dir = join(config.dataDir, 'pglite');
  try {
    return await openPgliteDb(dir);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    const advice =
      error instanceof DataDirInUseError
        ? '; stop that process or set OCOP_DATA_DIR to another directory'
        : '';
    throw new StartupError(
      `cannot open the embedded database in OCOP_DATA_DIR (${dir}): ${reason}${advice}`,
      {
        cause: error,
      },
    );
  }
}
