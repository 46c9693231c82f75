// Processes a bench starts and must stop whatever happens: a free port in 5000–5999, a child command that must
// succeed, another bench script, and the clean-ups run (newest first) before the bench exits with its verdict.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export function freePort(from = 5000, to = 5999) {
  const tryPort = (port) =>
    new Promise((resolve) => {
      const server = createServer();
      server.once('error', () => resolve(false));
      server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
    });
  return (async () => {
    for (let i = 0; i < 50; i++) {
      const port = from + Math.floor(Math.random() * (to - from));
      if (await tryPort(port)) return port;
    }
    throw new Error('no free port in 5000–5999');
  })();
}

/** Runs a command from the repository root; rejects unless it exits 0. */
export function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')} exited ${code}`)),
    );
  });
}

/** Runs `node bench/<name>.mjs …args` with `env` added; resolves its exit code (never rejects). */
export function runScript(name, args, env) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [join('bench', `${name}.mjs`), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: 'inherit',
    });
    child.on('error', (error) => {
      console.error(`bench: ${name}: ${error.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  });
}

const cleanups = [];

/** `stop` (returning a promise) runs when the bench ends, after the ones registered later. */
export function onCleanup(stop) {
  cleanups.push(stop);
}

async function cleanup() {
  while (cleanups.length > 0)
    await cleanups
      .pop()()
      .catch((e) => console.error(e.message));
}

/** Runs `main` (resolving true when every budget holds), stops what was started, exits 0 or 1. */
export async function runBench(main) {
  let ok = false;
  try {
    ok = await main();
  } catch (error) {
    console.error(`bench: ${error.message}`);
  } finally {
    await cleanup();
  }
  process.exit(ok ? 0 : 1);
}
