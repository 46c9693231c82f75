// `npm run bench`: every benchmark of bench/, one after the other, then one summary of them all in
// bench/results.json (machine) and bench/results.md (human): date, machine, total time, the three figures worst
// against their baselines, the figures closest to their budgets, and each benchmark's own tables.
//
// The browser benches run first, alone on the machine. Then one PostgreSQL server is seeded with the scale data
// set and one Keycloak started (or the ones named by OCOP_BENCH_DATABASE_URL / OCOP_BENCH_KEYCLOAK_URL, else
// OCOP_TEST_KEYCLOAK_URL, the Keycloak of `npm test`), and passed to the API benches, each of which starts the
// API process it measures. The load bench runs last: its transitions open dossiers (in rounds after the data's),
// which the whole-province exports would otherwise count.
//
// `--smoke` (npm test): tiny data (scale 0.002) and few runs, results in bench/results/smoke/ (git-ignored),
// so that the scripts cannot rot. `--only a,b` runs some benchmarks (while working on them). A benchmark that
// exits non-zero (a crash, an error count above zero, a budget exceeded) makes this exit 1, after the others ran.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureChromium, ensureDependencies, ensureNode, setupOrExit } from '../scripts/lib/ensure.mjs';

// A fresh clone has no node_modules: what needs them is imported after `npm ci`.
setupOrExit(() => {
  ensureNode();
  ensureDependencies();
  process.env.CHROME_BIN = ensureChromium();
});
const { machineDescription } = await import('./lib/machine.mjs');
const { ROOT, runBench, runScript } = await import('./lib/processes.mjs');
const { readBudgets, readResults, writeReportFiles } = await import('./lib/results.mjs');
const { SMOKE_SCALE, startBenchKeycloak, startScaleDatabase } = await import('./lib/scale-environment.mjs');
const { round1 } = await import('./lib/stats.mjs');

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    only: { type: 'string' },
    growth: { type: 'boolean', default: false },
  },
});
const smoke = values.smoke;
const only = values.only?.split(',');
const scale = smoke ? SMOKE_SCALE : readBudgets().scale;
const RESULTS = join(ROOT, 'bench', 'results');
const resultsDir = smoke ? join(RESULTS, 'smoke') : RESULTS;

/**
 * In order. `keycloak`: signs users in (OCOP_BENCH_KEYCLOAK_URL); `scaleData`: measures the seeded PostgreSQL
 * (OCOP_BENCH_DATABASE_URL). `args`: the script's options.
 */
const BENCHMARKS = [
  { name: 'bundle-weight', keycloak: false, scaleData: false, args: smoke ? ['--smoke'] : [] },
  { name: 'module-timing', keycloak: true, scaleData: false, args: smoke ? ['--smoke'] : [] },
  { name: 'dashboard', keycloak: true, scaleData: true, args: smoke ? ['--smoke'] : [] },
  { name: 'exports', keycloak: true, scaleData: true, args: smoke ? ['--smoke'] : [] },
  { name: 'api-load', keycloak: true, scaleData: true, args: smoke ? ['--smoke'] : [] },
  // Seeds 3× and 10× itself (about 30 minutes): only with --growth, and in the smoke run so that it cannot rot.
  { name: 'growth', keycloak: true, scaleData: false, args: smoke ? ['--smoke'] : [] },
].filter((b) => (only === undefined ? b.name !== 'growth' || smoke || values.growth : only.includes(b.name)));

/** `promise`'s outcome, kept until awaited (a rejection before then is not an unhandled one). */
function settled(promise) {
  const outcome = promise.then(
    (value) => ({ value }),
    (error) => ({ error }),
  );
  return async () => {
    const { value, error } = await outcome;
    if (error !== undefined) throw error;
    return value;
  };
}

/** The result file a benchmark wrote in this run, or null when it wrote none (it crashed). */
function freshResult(name, since) {
  const file = join(resultsDir, `${name}.json`);
  if (!existsSync(file) || statSync(file).mtimeMs < since) return null;
  return { file, report: JSON.parse(readFileSync(file, 'utf8')) };
}

/** Every object in `value` (depth first) with the path of keys leading to it. */
function* objectsIn(value, path = []) {
  if (value === null || typeof value !== 'object') return;
  yield { object: value, path };
  for (const [key, inner] of Object.entries(value)) yield* objectsIn(inner, [...path, key]);
}

// Fields that say which figure an object of a result file holds, in the order they are named.
const NAMING_FIELDS = [
  'module',
  'case',
  'name',
  'figure',
  'metric',
  'kind',
  'visit',
  'throttling',
  'connections',
];

function describe(benchmark, object, path) {
  const named = NAMING_FIELDS.filter((f) => ['string', 'number'].includes(typeof object[f])).map((f) =>
    f === 'connections' ? `${object[f]} connection${object[f] === 1 ? '' : 's'}` : String(object[f]),
  );
  return [benchmark, ...(named.length > 0 ? named : path.filter((p) => !/^\d+$/.test(p)))].join(' · ');
}

/**
 * Every figure measured against a baseline of the same run: an object with a numeric `ratio` (figure over
 * baseline, higher is worse; `ratioOf` says of what), except the baselines themselves, and each number of an
 * `againstBaseline` object (named by its key).
 */
function againstBaselines(runs) {
  const found = [];
  for (const { name, result } of runs) {
    if (result === null) continue;
    for (const { object, path } of objectsIn(result.report)) {
      // A map of ratios by figure: `againstBaseline: { 'cold 1': 1.4, … }` (module-timing).
      if (path.at(-1) === 'againstBaseline') {
        for (const [figure, ratio] of Object.entries(object)) {
          if (typeof ratio !== 'number' || !Number.isFinite(ratio)) continue;
          const owner = path.slice(0, -1).filter((p) => !/^\d+$/.test(p));
          found.push({ benchmark: name, figure: [name, ...owner, figure].join(' · '), ratio, ratioOf: null });
        }
        continue;
      }
      if (typeof object.ratio !== 'number' || !Number.isFinite(object.ratio)) continue;
      if (object.case === 'baseline' || object.name === 'baseline') continue;
      found.push({
        benchmark: name,
        figure: describe(name, object, path),
        ratio: object.ratio,
        ratioOf: typeof object.ratioOf === 'string' ? object.ratioOf : null,
      });
    }
  }
  return found.sort((a, b) => b.ratio - a.ratio);
}

/** Every figure with a budget beside it (`budgetP95Ms` and `p95Ms`, `budgetReadyMs` and `readyMs`…). */
function againstBudgets(runs) {
  const found = [];
  for (const { name, result } of runs) {
    if (result === null) continue;
    for (const { object, path } of objectsIn(result.report)) {
      for (const [key, budget] of Object.entries(object)) {
        const match = /^budget([A-Z]\w*)$/.exec(key);
        if (match === null || typeof budget !== 'number' || budget <= 0) continue;
        const figureKey = match[1][0].toLowerCase() + match[1].slice(1);
        const figure = object[figureKey];
        if (typeof figure !== 'number') continue;
        found.push({
          benchmark: name,
          figure: `${describe(name, object, path)} · ${figureKey}`,
          value: figure,
          budget,
          share: Math.round((figure / budget) * 100) / 100,
        });
      }
    }
  }
  return found.sort((a, b) => b.share - a.share);
}

/** A benchmark's own Markdown below a heading of the summary: its title dropped, its headings one level down. */
function embeddedMarkdown(file) {
  const md = file.replace(/\.json$/, '.md');
  if (!existsSync(md)) return [];
  const lines = readFileSync(md, 'utf8').split('\n');
  const body = lines[0]?.startsWith('# ') ? lines.slice(1) : lines;
  return body.map((line) => (/^#{1,5} /.test(line) ? `#${line}` : line));
}

const minutes = (seconds) => `${Math.floor(seconds / 60)} min ${Math.round(seconds % 60)} s`;

async function main() {
  const started = Date.now();
  const runs = [];
  // Keycloak and the seeded database start while the bundles build: bundle sizes do not depend on the machine's
  // load, and both are ready before the first benchmark that times anything.
  const keycloakUrl = BENCHMARKS.some((b) => b.keycloak)
    ? settled(
        Promise.resolve(
          process.env.OCOP_BENCH_KEYCLOAK_URL || process.env.OCOP_TEST_KEYCLOAK_URL || startBenchKeycloak(),
        ),
      )
    : null;
  const databaseUrl = BENCHMARKS.some((b) => b.scaleData)
    ? settled(Promise.resolve(process.env.OCOP_BENCH_DATABASE_URL || startScaleDatabase({ scale })))
    : null;
  for (const b of BENCHMARKS) {
    console.log(`\n━━━ bench: ${b.name}${smoke ? ' (smoke)' : ''} ━━━`);
    const since = Date.now();
    if (!existsSync(join(ROOT, 'bench', `${b.name}.mjs`))) {
      console.error(`bench: bench/${b.name}.mjs is missing`);
      runs.push({ ...b, exitCode: null, seconds: 0, status: 'missing', result: null });
      continue;
    }
    if (b.name !== 'bundle-weight') {
      // Whatever started in the background has finished before anything is timed.
      await Promise.allSettled([keycloakUrl?.(), databaseUrl?.()]);
    }
    let env;
    try {
      env = {
        ...(b.keycloak ? { OCOP_BENCH_KEYCLOAK_URL: await keycloakUrl() } : {}),
        ...(b.scaleData ? { OCOP_BENCH_DATABASE_URL: await databaseUrl() } : {}),
      };
    } catch (error) {
      console.error(`bench: ${b.name} not run: ${error.message}`);
      runs.push({ ...b, exitCode: null, seconds: 0, status: 'not started', result: null });
      continue;
    }
    const scriptStarted = Date.now();
    const exitCode = await runScript(b.name, b.args, env);
    const result = freshResult(b.name, since);
    const status = exitCode === 0 ? 'ok' : result === null ? 'crashed' : 'checks failed';
    runs.push({ ...b, exitCode, seconds: round1((Date.now() - scriptStarted) / 1000), status, result });
    console.log(`bench: ${b.name} ${status} (exit ${exitCode}) in ${runs.at(-1).seconds} s`);
  }

  const totalSeconds = round1((Date.now() - started) / 1000);
  const postgres = runs.map((r) => r.result?.report.machine?.postgres).find((v) => typeof v === 'string');
  const machine = machineDescription(postgres ?? null);
  const baselines = againstBaselines(runs);
  const budgets = againstBudgets(runs);
  const earlierGrowth =
    smoke || runs.some((r) => r.name === 'growth') || only !== undefined ? null : readResults('growth');
  const report = {
    date: new Date().toISOString(),
    smoke,
    scale,
    totalSeconds,
    machine,
    benchmarks: runs.map((r) => ({
      name: r.name,
      script: `bench/${r.name}.mjs`,
      args: r.args,
      status: r.status,
      exitCode: r.exitCode,
      seconds: r.seconds,
      resultFile: r.result === null ? null : r.result.file.slice(ROOT.length + 1),
      result: r.result?.report ?? null,
    })),
    worstAgainstBaselines: baselines.slice(0, 3),
    closestToBudgets: budgets.slice(0, 3),
    allAgainstBaselines: baselines,
    // Not run without --growth (it takes longer than the rest together): its last committed result.
    growthFromEarlierRun: earlierGrowth,
  };
  const ratioText = (w) => `× ${w.ratio}${w.ratioOf === null ? '' : ` (${w.ratioOf})`}`;
  const base = smoke ? join(resultsDir, 'results') : join(ROOT, 'bench', 'results');
  const [jsonFile, mdFile] = await writeReportFiles(base, report, [
    `# Benchmarks${smoke ? ' (smoke run: tiny data, few runs; the figures mean nothing)' : ''}`,
    '',
    `${report.date.slice(0, 10)} — ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ` +
      `Node ${machine.node}${postgres === undefined ? '' : `, PostgreSQL ${postgres}`}, load average ` +
      `${machine.loadAverage1m} at the end. Total time ${minutes(totalSeconds)}; scale data at scale ${scale}.`,
    '',
    '## The three worst against their baselines',
    '',
    ...(baselines.length === 0
      ? ['No figure with a baseline was measured.']
      : baselines.slice(0, 3).map((w, i) => `${i + 1}. ${w.figure}: ${ratioText(w)}`)),
    '',
    '## The three closest to their budgets',
    '',
    ...(budgets.length === 0
      ? ['No figure with a budget was measured.']
      : budgets
          .slice(0, 3)
          .map(
            (w, i) => `${i + 1}. ${w.figure}: ${w.value} of ${w.budget} (${Math.round(w.share * 100)} %)`,
          )),
    '',
    '## Runs',
    '',
    '| Benchmark | Status | Exit | Time s | Result |',
    '| --- | --- | ---: | ---: | --- |',
    ...runs.map(
      (r) =>
        `| ${r.name} | ${r.status === 'ok' ? 'ok' : `**${r.status}**`} | ${r.exitCode ?? '–'} | ${r.seconds} | ` +
        `${r.result === null ? '–' : `\`${r.result.file.slice(ROOT.length + 1)}\``} |`,
    ),
    '',
    ...runs
      .filter((r) => r.result !== null)
      .flatMap((r) => [`## ${r.name}`, '', ...embeddedMarkdown(r.result.file), '']),
    ...(earlierGrowth === null
      ? []
      : [
          '## growth (not run: its result of an earlier run)',
          '',
          `\`npm run bench -- --growth\` runs it too (it seeds 3× and 10× the data: about 30 minutes more). ` +
            `Its last committed result, from ${earlierGrowth.date.slice(0, 10)} (bench/results/growth.json):`,
          '',
          ...embeddedMarkdown(join(RESULTS, 'growth.json')),
          '',
        ]),
  ]);
  console.log(`\nbench: ${runs.map((r) => `${r.name} ${r.status}`).join(', ')} in ${minutes(totalSeconds)}`);
  console.log(`bench: wrote ${jsonFile.slice(ROOT.length + 1)} and ${mdFile.slice(ROOT.length + 1)}`);
  return runs.every((r) => r.status === 'ok');
}

await runBench(main);
