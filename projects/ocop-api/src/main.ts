/**
 * Entry point: `node --import tsx projects/ocop-api/src/main.ts` (run from the repository root, where the
 * tsconfig with the @ocop/domain path lives). Environment variables: see config/config.ts.
 */
import { loadConfig } from './config/config';
import { describeStartupFailure } from './startup/startup-error';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  // Loaded only after the configuration passed: a typo in it is reported without loading Fastify and PGlite.
  const { startApi } = await import('./startup/start-api');
  const api = await startApi(config);

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl+C means "now": do not wait for slow requests.
      process.exit(1);
    }
    stopping = true;
    api.app.log.info({ signal }, 'shutting down');
    api.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        api.app.log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  // One line an operator can act on; details such as stacks would bury it.
  process.stderr.write(`ocop-api: ${describeStartupFailure(error)}\n`);
  process.exit(1);
});
