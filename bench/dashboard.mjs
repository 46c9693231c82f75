// `npm run bench:dashboard`: how fast the report pages' answers come on the province-scale data set (issue #8's
// budgets, issue #9 item 4): GET /api/dashboard for a district and for the province, and GET
// /api/reports/periodic, the quarterly report's draft computed from live data, for a district and for the whole
// province; with the API process's peak memory per case. Starts what it is not given: a PostgreSQL server
// (unless OCOP_BENCH_DATABASE_URL names one that already holds the scale data) seeded with `seed:scale`, a
// Keycloak with the dev realm (unless OCOP_BENCH_KEYCLOAK_URL names one), and the API itself as its own process
// (PORT in 5000–5999, OCOP_TODAY = the data's business date) unless OCOP_BENCH_API_URL names a running one
// (started with OCOP_TODAY=2024-10-15 on the same database). Real tokens, real HTTP: what a user's browser waits
// for. Writes bench/results/dashboard.json and .md with the machine's description; exits 1 when a budget is
// exceeded. The budgets are set for the scale of bench/budgets.json: at another scale (bench/growth.mjs) the
// figures are recorded without a verdict.
import { parseArgs } from 'node:util';
import { token } from './lib/keycloak-token.mjs';
import { machineDescription } from './lib/machine.mjs';
import { processMemory, resetPeakMemory } from './lib/process-memory.mjs';
import { runBench } from './lib/processes.mjs';
import { readBudgets, writeResults } from './lib/results.mjs';
import {
  SCALE_TODAY as TODAY,
  SCALE_YEAR as YEAR,
  SMOKE_RUNS,
  SMOKE_SCALE,
  startScaleEnvironment,
} from './lib/scale-environment.mjs';
import { percentile, timeSummary } from './lib/stats.mjs';

const budgets = readBudgets();
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    scale: { type: 'string' },
    out: { type: 'string' },
    label: { type: 'string' },
    // Tiny data and 3 runs (bench/run.mjs --smoke, npm test): the script still works; the figures mean nothing.
    smoke: { type: 'boolean', default: false },
  },
});
const smoke = values.smoke;
const runs = Number(values.runs ?? (smoke ? SMOKE_RUNS : budgets.runs));
const scale = Number(values.scale ?? (smoke ? SMOKE_SCALE : budgets.scale));
// --out names the result files (bench/results/<out>.json/.md), --label says what was measured (e.g. a change).
const out = values.out ?? (smoke ? 'smoke/dashboard' : 'dashboard');
const label = values.label ?? null;

const judged = scale === budgets.scale;
// The quarter before the data's business date (15/10/2024): the report a standing unit is writing that day.
const QUARTER = 3;
const dashboard = (query) => `/api/dashboard?${query}`;
const periodic = (query) => `/api/reports/periodic?year=${YEAR}&quarter=${QUARTER}${query}`;
const CASES = [
  { name: 'district-officer', user: 'cl.nongnghiep', url: dashboard(`year=${YEAR}`) },
  { name: 'province-officer-whole-province', user: 'so.nongnghiep', url: dashboard(`year=${YEAR}`) },
  {
    name: 'province-officer-one-district',
    user: 'so.nongnghiep',
    url: dashboard(`year=${YEAR}&districtCode=184`),
  },
  { name: 'quarterly-report-district', user: 'cl.nongnghiep', url: periodic('') },
  { name: 'quarterly-report-province', user: 'so.nongnghiep', url: periodic('') },
];

/** What the answer holds, as a check that it is the full report: dossiers and tasks it counts. */
function contents(body) {
  if (Array.isArray(body.funnel)) {
    return {
      dossiersInFunnel: body.funnel.reduce((sum, f) => sum + f.count, 0),
      tasksInScope: body.tasksByUnit.reduce((sum, u) => sum + u.total, 0),
    };
  }
  return { reportKeys: Object.keys(body).sort() };
}

async function main() {
  const env = await startScaleEnvironment({ scale });
  const { base, keycloakUrl } = env;
  const { dossiers: dossierCount, tasks: taskCount, auditEntries: auditCount } = env.counts;

  const results = [];
  for (const c of CASES) {
    const authorization = `Bearer ${await token(keycloakUrl, c.user)}`;
    const get = async () => {
      const started = performance.now();
      const response = await fetch(`${base}${c.url}`, { headers: { authorization } });
      const body = await response.json();
      const ms = performance.now() - started;
      if (!response.ok) throw new Error(`${c.name}: ${response.status} ${JSON.stringify(body)}`);
      return { ms, body };
    };
    for (let i = 0; i < budgets.warmUp; i++) await get();
    const peakReset = env.apiPid !== null && resetPeakMemory(env.apiPid);
    const times = [];
    let last;
    for (let i = 0; i < runs; i++) {
      const { ms, body } = await get();
      times.push(ms);
      last = body;
    }
    const memory = env.apiPid === null ? null : processMemory(env.apiPid);
    const budget = budgets.cases[c.name].p95Ms;
    const p95 = percentile(
      [...times].sort((a, b) => a - b),
      95,
    );
    results.push({
      case: c.name,
      user: c.user,
      url: c.url,
      runs,
      ...timeSummary(times),
      // The API process's peak resident memory over the measured runs (since it started when unresettable).
      peakMiB: memory?.peakMiB ?? null,
      peakOfThisCase: peakReset,
      budgetP95Ms: judged ? budget : null,
      withinBudget: judged ? p95 <= budget : null,
      ...contents(last),
    });
    const r = results.at(-1);
    console.log(
      `${c.name.padEnd(32)} p50 ${r.p50Ms} ms  p95 ${r.p95Ms} ms  max ${r.maxMs} ms  peak ${r.peakMiB} MiB  ` +
        (judged
          ? `(budget p95 ${budget} ms: ${r.withinBudget ? 'ok' : 'EXCEEDED'})`
          : '(no budget at this scale)'),
    );
  }

  const machine = machineDescription(env.postgresVersion);
  const report = {
    date: new Date().toISOString(),
    label,
    api: env.apiOrigin,
    machine,
    data: {
      scale,
      businessDate: TODAY,
      year: YEAR,
      dossiers: dossierCount,
      tasks: taskCount,
      auditEntries: auditCount,
    },
    results,
  };
  await writeResults(out, report, [
    '# Dashboard and quarterly report bench',
    '',
    ...(label === null ? [] : [`${label}`, '']),
    `${report.date.slice(0, 10)} — ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ` +
      `Node ${machine.node}, PostgreSQL ${machine.postgres}, load average ${machine.loadAverage1m}.`,
    `Data: scale ${scale} (${dossierCount} dossiers, ${taskCount} tasks, ${auditCount} audit entries), ` +
      `year ${YEAR}, business date ${TODAY}. ${runs} runs per case after ${budgets.warmUp} warm-up runs.`,
    '',
    `API peak = the API process's peak resident memory during the case's measured runs.` +
      (judged ? '' : ` No budget verdict: the budgets are set for scale ${budgets.scale}.`),
    '',
    '| Case | Request | p50 ms | p95 ms | max ms | API peak MiB | Budget p95 ms | |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.case} | \`${r.url}\` | ${r.p50Ms} | ${r.p95Ms} | ${r.maxMs} | ${r.peakMiB ?? '–'} | ` +
        `${r.budgetP95Ms ?? '–'} | ${r.withinBudget === null ? '' : r.withinBudget ? 'ok' : '**exceeded**'} |`,
    ),
    '',
  ]);
  return results.every((r) => r.withinBudget !== false);
}

await runBench(main);
