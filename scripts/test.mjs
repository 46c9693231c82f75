// `npm test`: every suite, in an order that fails fast on cheap checks but still runs the rest, then one
// closing line `N passed, N failed` over all of them. Exits non-zero when anything failed.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { startKeycloak } from '../keycloak/server.mjs';
import { ensureChromium, ensureDependencies, ensureNode, ROOT, setupOrExit } from './lib/ensure.mjs';

setupOrExit(() => {
  ensureNode();
  ensureDependencies();
  process.env.CHROME_BIN = ensureChromium();
});

// One real Keycloak for the API suite and the e2e suite, started now so it boots while the cheap checks run.
const E2E_PORTAL_ORIGIN = 'http://localhost:4210';
const keycloakStarting = startKeycloak({ port: 8181, portalOrigins: [E2E_PORTAL_ORIGIN] });
keycloakStarting.catch(() => undefined);

const ANGULAR_PROJECTS = ['ocop-common', 'ocop-shell', 'ocop-dossier', 'ocop-tasks', 'ocop-reports'];
const E2E_RESULTS = join(ROOT, 'test-results', 'e2e-results.json');

/** Each suite runs a command and says how many tests passed and failed from what the command printed. */
const suites = [
  { name: 'lint (eslint)', cmd: ['npx', 'eslint', '--max-warnings', '0', '.'], count: asOneCheck },
  { name: 'format (prettier)', cmd: ['npx', 'prettier', '--check', '.'], count: asOneCheck },
  ...['ocop-domain', 'ocop-api', 'e2e'].map((p) => ({
    name: `type check ${p}`,
    cmd: ['npx', 'tsc', '--noEmit', '-p', p === 'e2e' ? 'e2e/tsconfig.json' : `projects/${p}/tsconfig.json`],
    count: asOneCheck,
  })),
  {
    name: 'domain + API (Jasmine; PGlite and PostgreSQL)',
    cmd: ['node', 'scripts/test-api.mjs'],
    needsKeycloak: true,
    count: jasmineCounts,
  },
  ...ANGULAR_PROJECTS.map((p) => ({
    name: `unit ${p} (Karma, Chromium)`,
    cmd: ['npx', 'ng', 'test', p, '--watch=false', '--no-progress'],
    count: karmaCounts,
  })),
  { name: 'production build (budgets, import map)', cmd: ['node', 'scripts/build.mjs'], count: asOneCheck },
  // The benchmarks at tiny sizes (bench/run.mjs --smoke), after the build whose dist/ they measure and serve:
  // each script still runs to the end, so none can rot.
  { name: 'bench smoke', cmd: ['node', 'bench/run.mjs', '--smoke'], needsKeycloak: true, count: asOneCheck },
  {
    name: 'e2e (Playwright, Chromium)',
    cmd: ['npx', 'playwright', 'test', '-c', 'e2e/playwright.config.ts'],
    before: () => rmSync(E2E_RESULTS, { force: true }),
    needsKeycloak: true,
    count: playwrightCounts,
  },
];

const only = process.env.OCOP_TEST_ONLY; // e.g. OCOP_TEST_ONLY=e2e to rerun one suite while working
const results = [];
for (const suite of suites) {
  if (only && !suite.name.includes(only)) continue;
  console.log(`\n━━━ ${suite.name} ━━━`);
  suite.before?.();
  const started = Date.now();
  if (suite.needsKeycloak) {
    try {
      const keycloak = await keycloakStarting;
      process.env.OCOP_TEST_KEYCLOAK_URL = keycloak.url;
    } catch (err) {
      console.error(`Keycloak could not be started: ${err.message}`);
      results.push({ name: suite.name, passed: 0, failed: 1, seconds: 0 });
      continue;
    }
  }
  const { code, output } = await run(suite.cmd);
  const counted = suite.count(output, code);
  const failed = code !== 0 && counted.failed === 0 ? counted.failed + 1 : counted.failed;
  results.push({ name: suite.name, passed: counted.passed, failed, seconds: (Date.now() - started) / 1000 });
}

const keycloak = await keycloakStarting.catch(() => null);
await keycloak?.stop();
if (keycloak?.pid) console.log(`\nKeycloak: ready ${keycloak.startSeconds.toFixed(1)} s after its start`);

console.log('\n━━━ summary ━━━');
for (const r of results) {
  const mark = r.failed ? 'FAIL' : 'ok  ';
  console.log(
    `${mark} ${r.name.padEnd(50)} ${String(r.passed).padStart(4)} passed ${String(r.failed).padStart(3)} failed  ${r.seconds.toFixed(0)} s`,
  );
}
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function run([command, ...args]) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    const take = (stream, sink) =>
      stream.on('data', (chunk) => {
        output += chunk;
        sink.write(chunk);
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

function asOneCheck(_output, code) {
  return code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 };
}

/** Jasmine's closing line of each run: `12 specs, 1 failure`. */
function jasmineCounts(output) {
  let passed = 0;
  let failed = 0;
  for (const m of output.matchAll(/^(\d+) specs?, (\d+) failures?/gm)) {
    passed += Number(m[1]) - Number(m[2]);
    failed += Number(m[2]);
  }
  return { passed, failed };
}

/** Karma's last progress line: `Executed 9 of 10 (1 FAILED) (0.2 secs / …)`. */
function karmaCounts(output) {
  const lines = [
    ...output.matchAll(/Executed (\d+) of (\d+)(?: \((\d+) FAILED\))?(?: \((?:skipped (\d+)\))?)?/g),
  ];
  const last = lines.at(-1);
  if (!last) return { passed: 0, failed: 0 };
  const failed = Number(last[3] ?? 0);
  return { passed: Number(last[1]) - failed, failed };
}

function playwrightCounts() {
  if (!existsSync(E2E_RESULTS)) return { passed: 0, failed: 0 };
  const { stats } = JSON.parse(readFileSync(E2E_RESULTS, 'utf8'));
  return { passed: stats.expected + stats.flaky, failed: stats.unexpected };
}
