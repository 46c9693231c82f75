// `npm run bench:growth`: cost growth (issue #9, item 5). The API and report benchmarks run at 1×, 3× and 10×
// the province-scale data set, each scale on a PostgreSQL server of its own seeded with `seed:scale`, and every
// figure is put beside its value at the smallest scale: the factor, and the exponent b of figure ∝ scale^b over
// the whole range (0: flat, 1: linear). Per scale: the dashboard bench (with the quarterly report), the exports
// that grow with the data (the whole province's dossiers XLSX, the quarterly report's PDF for the province and a
// district) and the load bench at 10 connections. One Keycloak for all (OCOP_BENCH_KEYCLOAK_URL if given).
//
// It takes about 30 minutes on 2 cores, most of it seeding 10× (300,000 dossiers) and exporting it, so
// `npm run bench` (within 20 minutes) shows the committed result of this bench instead of running it;
// `npm run bench -- --growth` runs it too. Writes bench/results/growth.json and .md; each scale's own result
// files go to bench/results/growth/. `--smoke`: two tiny scales, few runs (npm test).
//
//   node bench/growth.mjs [--scales 1,3,10] [--smoke]
import { parseArgs } from 'node:util';
import { machineDescription } from './lib/machine.mjs';
import { runBench, runScript } from './lib/processes.mjs';
import { readResults, writeResults } from './lib/results.mjs';
import { seedScaleDatabase, SMOKE_SCALE, startBenchKeycloak } from './lib/scale-environment.mjs';
import { round1 } from './lib/stats.mjs';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    scales: { type: 'string' },
    // Writes growth.json and .md again from the per-scale figures of the last run's growth.json (after a change
    // to how they are presented), without measuring anything.
    'from-results': { type: 'boolean', default: false },
  },
});
const smoke = values.smoke;
const scales = (values.scales ?? (smoke ? `${SMOKE_SCALE},${SMOKE_SCALE * 3}` : '1,3,10'))
  .split(',')
  .map(Number)
  .sort((a, b) => a - b);
if (scales.length < 2 || scales.some((s) => !(s > 0))) {
  console.error('bench: growth needs at least two scales, e.g. --scales 1,3,10');
  process.exit(2);
}
const dir = smoke ? 'smoke/growth' : 'growth';

// The exports whose size follows the data (the others are one plan's tasks or a year's summary).
const EXPORT_CASES = [
  'dossiers-xlsx-province',
  'periodic-report-pdf-province',
  'periodic-report-pdf-district',
  'periodic-report-xlsx-district',
];
const LOAD_CONNECTIONS = 10;

/** The figures of one scale's result files, by name: { 'dashboard · district-officer · p95 ms': 109, … }. */
function figuresOf({ dashboard, exports, load }) {
  const figures = {};
  for (const r of dashboard.results) {
    figures[`dashboard · ${r.case} · p50 ms`] = r.p50Ms;
    figures[`dashboard · ${r.case} · p95 ms`] = r.p95Ms;
  }
  for (const r of exports.results) {
    figures[`exports · ${r.case} · ready ms`] = Math.round(r.readyMs);
    if (r.memory !== null) figures[`exports · ${r.case} · API peak MiB`] = r.memory.peakMiB;
    figures[`exports · ${r.case} · ${r.pages === undefined ? 'rows' : 'pages'}`] = r.rows ?? r.pages;
  }
  for (const r of load.results) {
    figures[`api-load · ${r.case} · p95 ms`] = r.latencyMs.p95;
    figures[`api-load · ${r.case} · p99 ms`] = r.latencyMs.p99;
    figures[`api-load · ${r.case} · req/s`] = r.requestsPerSecond;
  }
  return figures;
}

/** b of figure ∝ scale^b between the smallest and the largest scale (0: flat, 1: linear), 2 decimals. */
function exponent(first, last, scaleFirst, scaleLast) {
  if (!(first > 0 && last > 0)) return null;
  return Math.round((Math.log(last / first) / Math.log(scaleLast / scaleFirst)) * 100) / 100;
}

// Throughput (req/s) falls where a cost rises: its shape is named from the other side.
const shape = (b, figure) =>
  b === null
    ? '–'
    : figure.endsWith('req/s')
      ? b > -0.2
        ? 'flat'
        : 'falls'
      : b < -0.2
        ? 'falls'
        : b < 0.2
          ? 'flat'
          : b < 0.8
            ? 'sub-linear'
            : b <= 1.2
              ? 'linear'
              : 'super-linear';

// Sizes of what was made (rows, pages) grow with the data by definition; the steepest costs leave them out.
const isCost = (figure) => !figure.startsWith('data ·') && !/ · (rows|pages|req\/s)$/.test(figure);

/** Seeds each scale and runs the benches on it; answers the per-scale figures and whether every run ended well. */
async function measure() {
  const keycloakUrl =
    process.env.OCOP_BENCH_KEYCLOAK_URL?.replace(/\/+$/, '') || (await startBenchKeycloak());
  const perScale = [];
  let ok = true;
  for (const scale of scales) {
    console.log(`\n━━━ bench: growth at scale ${scale} ━━━`);
    const database = await seedScaleDatabase({ scale });
    const env = { OCOP_BENCH_DATABASE_URL: database.url, OCOP_BENCH_KEYCLOAK_URL: keycloakUrl };
    const common = ['--scale', String(scale), '--label', `Growth run at scale ${scale}.`];
    const out = (name) => `${dir}/${name}-${scale}`;
    const steps = [
      ['dashboard', [...common, '--out', out('dashboard'), ...(smoke ? ['--smoke'] : ['--runs', '15'])]],
      [
        'exports',
        [
          ...common,
          '--out',
          out('exports'),
          '--cases',
          EXPORT_CASES.join(','),
          ...(smoke ? ['--smoke'] : []),
        ],
      ],
      [
        'api-load',
        [
          ...common,
          '--out',
          out('api-load'),
          '--connections',
          String(LOAD_CONNECTIONS),
          ...(smoke ? ['--smoke'] : []),
        ],
      ],
    ];
    for (const [name, args] of steps) {
      const code = await runScript(name, args, env);
      if (code !== 0) {
        console.error(`bench: growth: ${name} at scale ${scale} exited ${code}`);
        ok = false;
      }
    }
    await database.stop();
    const read = (name) => readResults(out(name));
    const results = { dashboard: read('dashboard'), exports: read('exports'), load: read('api-load') };
    if (Object.values(results).some((r) => r === null)) {
      ok = false;
      continue;
    }
    perScale.push({
      scale,
      data: { ...results.dashboard.data, databaseMiB: database.sizeMiB, seedSeconds: database.seedSeconds },
      figures: {
        'data · dossiers': results.dashboard.data.dossiers,
        'data · tasks': results.dashboard.data.tasks,
        'data · audit entries': results.dashboard.data.auditEntries,
        'data · database MiB': database.sizeMiB,
        'data · seed s': database.seedSeconds,
        ...figuresOf(results),
      },
      resultFiles: ['dashboard', 'exports', 'api-load'].map((n) => `bench/results/${out(n)}.json`),
    });
  }
  return { perScale, ok };
}

/** growth.json and .md from the per-scale figures. */
async function summarize(perScale, { date, totalSeconds }) {
  const first = perScale[0];
  const last = perScale.at(-1);
  const figures = Object.keys(first.figures).map((figure) => {
    const valuesByScale = perScale.map((p) => p.figures[figure] ?? null);
    const b = exponent(first.figures[figure], last.figures[figure], first.scale, last.scale);
    return {
      figure,
      values: valuesByScale,
      factors: valuesByScale.map((v) =>
        v === null || !(first.figures[figure] > 0) ? null : round1(v / first.figures[figure]),
      ),
      exponent: b,
      shape: shape(b, figure),
    };
  });
  const machine = machineDescription(first.data.postgres ?? null);
  const scales = perScale.map((p) => p.scale);
  const report = {
    date,
    smoke,
    scales,
    totalSeconds,
    machine,
    loadConnections: LOAD_CONNECTIONS,
    exportCases: EXPORT_CASES,
    perScale,
    figures,
    steepest: figures
      .filter((f) => isCost(f.figure) && f.exponent !== null)
      .sort((a, b) => b.exponent - a.exponent)
      .slice(0, 5),
  };
  const scaleHeads = scales.map((s) => `${s}×`);
  await writeResults(dir === 'growth' ? 'growth' : 'smoke/growth', report, [
    `# Cost growth bench${smoke ? ' (smoke run: tiny data; the figures mean nothing)' : ''}`,
    '',
    `${report.date.slice(0, 10)} — ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ` +
      `Node ${machine.node}. Total time ${Math.round(totalSeconds / 60)} min. Scales ${scales.join(', ')} of the ` +
      `province data set (bench/README.md); each figure's factor is its value over the one at ${scales[0]}×, and ` +
      `b the exponent of figure ∝ scale^b from ${scales[0]}× to ${scales.at(-1)}× (0 flat, 1 linear). ` +
      `Load at ${LOAD_CONNECTIONS} connections.`,
    '',
    '## Steepest growth',
    '',
    ...report.steepest.map((f, i) => `${i + 1}. ${f.figure}: b = ${f.exponent} (×${f.factors.at(-1)})`),
    '',
    '## Every figure',
    '',
    `| Figure | ${scaleHeads.join(' | ')} | ${scaleHeads
      .slice(1)
      .map((h) => `factor ${h}`)
      .join(' | ')} | b | Growth |`,
    `| --- | ${scales.map(() => '---:').join(' | ')} | ${scales
      .slice(1)
      .map(() => '---:')
      .join(' | ')} | ---: | --- |`,
    ...figures.map(
      (f) =>
        `| ${f.figure} | ${f.values.map((v) => v ?? '–').join(' | ')} | ` +
        `${f.factors
          .slice(1)
          .map((v) => (v === null ? '–' : `×${v}`))
          .join(' | ')} | ${f.exponent ?? '–'} | ${f.shape} |`,
    ),
    '',
    `Each scale's own tables: ${perScale.flatMap((p) => p.resultFiles.map((f) => `\`${f.replace(/json$/, 'md')}\``)).join(', ')}.`,
    '',
  ]);
  console.log(`bench: growth over scales ${scales.join(', ')} in ${Math.round(totalSeconds)} s`);
}

async function main() {
  if (values['from-results']) {
    const last = readResults(smoke ? 'smoke/growth' : 'growth');
    if (last === null) throw new Error('no growth.json to write again');
    await summarize(last.perScale, last);
    return true;
  }
  const started = Date.now();
  const { perScale, ok } = await measure();
  if (perScale.length < 2) return false;
  const totalSeconds = round1((Date.now() - started) / 1000);
  await summarize(perScale, { date: new Date().toISOString(), totalSeconds });
  return ok;
}

await runBench(main);
