import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../app';
import type { Config } from '../config/config';
import type { Db } from '../db/db';
import { migrate } from '../db/migrate';
import { FileStore } from '../features/attachments/file-store';
import { sweepAttachments } from '../features/attachments/sweep-attachments';
import { fixBusinessDate } from '../features/units/commune-check';
import { createTokenVerifier, remoteKeys } from '../features/auth/verify-token';
import { loadDemoAttachments } from '../seed/demo-attachments';
import { loadDemoData } from '../seed/load-demo-data';
import { openDatabase } from './open-database';
import { StartupError } from './startup-error';

export interface RunningApi {
  app: FastifyInstance;
  db: Db;
  /** Stops accepting requests, lets running ones finish, then closes the database. */
  stop(): Promise<void>;
}

const LISTEN_REASONS: Record<string, (config: Config) => string> = {
  EADDRINUSE: (c) => `PORT ${c.port} is already in use`,
  EACCES: (c) => `PORT ${c.port} needs privileges this process does not have`,
  EADDRNOTAVAIL: (c) => `HOST ${c.host} is not an address of this machine`,
  ENOTFOUND: (c) => `HOST ${c.host} cannot be resolved`,
  EAI_AGAIN: (c) => `HOST ${c.host} cannot be resolved`,
};

function listenFailure(error: unknown, config: Config): Error {
  const code = (error as { code?: unknown } | null)?.code;
  const describe = typeof code === 'string' ? LISTEN_REASONS[code] : undefined;
  return describe === undefined ? (error as Error) : new StartupError(describe(config), { cause: error });
}

/** Opens the database, migrates it, loads demo data when asked, and listens. Cleans up if any step fails. */
export async function startApi(config: Config): Promise<RunningApi> {
  fixBusinessDate(config.today);
  let app: FastifyInstance | undefined;
  const db = await openDatabase(config, (error) =>
    app?.log.error({ err: error }, 'idle database connection failed'),
  );
  try {
    const { issuer, audience } = config.keycloak;
    // The keys are fetched on the first request, not here: the API may start before Keycloak does.
    const verifyToken = createTokenVerifier({ issuer, audience, keys: remoteKeys(config.keycloak) });
    const files = new FileStore(join(config.dataDir, 'attachments'));
    app = await buildApp({
      db,
      verifyToken,
      logger: { level: config.logLevel },
      attachments: { files },
      benchBaselineRoute: config.benchBaselineRoute,
    });
    app.log.info({ database: db.kind }, 'database open');
    if (config.today !== null) app.log.warn({ today: config.today }, 'business date fixed by OCOP_TODAY');
    app.log.info({ issuer, audience }, 'access tokens are verified with the keys of this Keycloak realm');
    const applied = await migrate(db);
    if (applied.length > 0) app.log.info({ migrations: applied }, 'database migrated');
    if (config.demoData) {
      if (await loadDemoData(db, { skip: config.demoDataSkip }))
        app.log.info('demo data loaded (Văn Quan 2020)');
      const stored = await loadDemoAttachments(db, files);
      if (stored > 0) app.log.info({ files: stored }, 'demo dossier files stored');
    }
    // Before listening: what a crash left half-done goes (one API process per data dir, see file-store.ts).
    const swept = await sweepAttachments(db, files);
    if (swept.parts + swept.orphans > 0)
      app.log.info(swept, 'attachments left by an interrupted run removed');
    try {
      await app.listen({ port: config.port, host: config.host });
    } catch (error) {
      throw listenFailure(error, config);
    }
  } catch (error) {
    await app?.close().catch(() => undefined);
    await db.close().catch(() => undefined);
    throw error;
  }
  const running = app;
  return {
    app: running,
    db,
    async stop() {
      await running.close();
      await db.close();
    },
  };
}
