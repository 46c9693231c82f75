// `npm run bench:exports`: how long the export jobs (POST /api/exports) take on the province-scale data set,
// how big their files are, how much memory the API needs to build them, and whether the dashboard stays fast
// while the biggest one builds. Same environment as bench/dashboard.mjs (bench/lib/scale-environment.mjs:
// OCOP_BENCH_DATABASE_URL, OCOP_BENCH_KEYCLOAK_URL, OCOP_BENCH_API_URL, else started here). Budgets:
// bench/budgets.json `exports`. Writes bench/results/exports.json and .md; exits 1 when a budget is exceeded.
import { parseArgs } from 'node:util';
import pg from 'pg';
import { fileContents } from './lib/exported-file.mjs';
import { token } from './lib/keycloak-token.mjs';
import { loadAverage1m, machineDescription } from './lib/machine.mjs';
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
import { percentile, round1, timeSummary } from './lib/stats.mjs';

const budgets = readBudgets();
const { values } = parseArgs({
  options: {
    runs: { type: 'string' },
    scale: { type: 'string' },
    out: { type: 'string' },
    label: { type: 'string' },
    // Some of the cases (bench/growth.mjs), by name; `dashboard-while-exporting` names the last measure.
    cases: { type: 'string' },
    // Tiny data and 3 runs (bench/run.mjs --smoke, npm test): the script still works; the figures mean nothing.
    // Its exports are built before a dashboard request could run inside one: none is asked for.
    smoke: { type: 'boolean', default: false },
  },
});
const smoke = values.smoke;
const runs = Number(values.runs ?? (smoke ? SMOKE_RUNS : budgets.runs));
const scale = Number(values.scale ?? (smoke ? SMOKE_SCALE : budgets.scale));
const out = values.out ?? (smoke ? 'smoke/exports' : 'exports');
const label = values.label ?? null;
const only = values.cases?.split(',') ?? null;
const { pollMs, maxExportsWhileMeasuring } = budgets.exports;
// The budgets are set for the scale of budgets.json: at another scale the figures are recorded without a verdict.
const judged = scale === budgets.scale;
const WHILE_EXPORTING = 'dashboard-while-exporting';

const PROVINCE = 'so.nongnghiep';
const DISTRICT = 'vq.nongnghiep';
// Texts of a draft periodic report: the PDF lays out real paragraphs, not empty sections.
const DRAFT_TEXTS = {
  summary: 'Các xã, thị trấn đã triển khai kế hoạch OCOP đúng tiến độ. '.repeat(8).trim(),
  difficulties: 'Một số chủ thể còn thiếu hồ sơ chứng minh nguồn gốc nguyên liệu. '.repeat(6).trim(),
  proposals: 'Đề nghị Sở Nông nghiệp và PTNT tổ chức tập huấn cho các chủ thể mới. '.repeat(4).trim(),
};
// The draft texts are left out of the result files.
const omittedTexts = { summary: '…', difficulties: '…', proposals: '…' };
// The quarterly report of Q3, the quarter before the data's business date (15/10/2024).
const draft = (extra) => ({ year: String(YEAR), quarter: '3', ...DRAFT_TEXTS, ...extra });

/** The export cases; `planId` is the plan whose tasks are exported. */
const casesOf = (planId) => [
  { name: 'dossiers-xlsx-province', user: PROVINCE, kind: 'dossiers', format: 'xlsx', params: {} },
  { name: 'products-xlsx-province', user: PROVINCE, kind: 'products', format: 'xlsx', params: {} },
  { name: 'certificates-xlsx-province', user: PROVINCE, kind: 'certificates', format: 'xlsx', params: {} },
  {
    name: 'dashboard-xlsx-province',
    user: PROVINCE,
    kind: 'dashboard',
    format: 'xlsx',
    params: { year: String(YEAR) },
  },
  {
    name: 'periodic-report-pdf-province',
    user: PROVINCE,
    kind: 'periodic-report',
    format: 'pdf',
    params: draft(),
  },
  {
    name: 'periodic-report-xlsx-province',
    user: PROVINCE,
    kind: 'periodic-report',
    format: 'xlsx',
    params: draft(),
  },
  {
    name: 'periodic-report-pdf-district',
    user: DISTRICT,
    kind: 'periodic-report',
    format: 'pdf',
    params: draft({ districtCode: '184' }),
  },
  {
    name: 'periodic-report-xlsx-district',
    user: DISTRICT,
    kind: 'periodic-report',
    format: 'xlsx',
    params: draft({ districtCode: '184' }),
  },
  {
    name: 'evaluation-results-xlsx-province',
    user: PROVINCE,
    kind: 'evaluation-results',
    format: 'xlsx',
    params: { year: String(YEAR - 1) },
  },
  { name: 'tasks-xlsx-plan', user: PROVINCE, kind: 'tasks', format: 'xlsx', params: { planId } },
];

const verdict = (within) => (within === null ? 'no budget at this scale' : within ? 'ok' : 'EXCEEDED');
const verdictText = (within) => (within === null ? '' : within ? 'ok' : '**exceeded**');

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** POST /api/exports, then GET /api/exports/:id every `pollMs` until the job has ended. */
async function startExport(base, authorization, c) {
  const started = performance.now();
  const response = await fetch(`${base}/api/exports`, {
    method: 'POST',
    headers: { authorization, 'content-type': 'application/json' },
    body: JSON.stringify({ kind: c.kind, format: c.format, params: c.params }),
  });
  const job = await response.json();
  if (response.status !== 202) throw new Error(`${c.name}: POST ${response.status} ${JSON.stringify(job)}`);
  return { job, started, answered: performance.now() };
}

async function jobState(base, authorization, id) {
  const response = await fetch(`${base}/api/exports/${id}`, { headers: { authorization } });
  const job = await response.json();
  if (!response.ok) throw new Error(`GET /api/exports/${id}: ${response.status} ${JSON.stringify(job)}`);
  return job;
}

async function waitForJob(base, authorization, id, name) {
  for (;;) {
    const job = await jobState(base, authorization, id);
    if (job.state === 'failed') throw new Error(`${name}: the export failed: ${job.error}`);
    if (job.state === 'ready') return { job, readyAt: performance.now() };
    await sleep(pollMs);
  }
}

async function download(base, authorization, id, name) {
  const response = await fetch(`${base}/api/exports/${id}/file`, { headers: { authorization } });
  if (!response.ok) throw new Error(`${name}: file ${response.status} ${await response.text()}`);
  return Buffer.from(await response.arrayBuffer());
}

async function measureExport(env, c) {
  const budget = budgets.exports.cases[c.name].readyMs;
  const authorization = `Bearer ${await token(env.keycloakUrl, c.user)}`;
  const peakReset = env.apiPid !== null && resetPeakMemory(env.apiPid);
  const before = env.apiPid === null ? null : processMemory(env.apiPid);
  const { job: posted, started, answered } = await startExport(env.base, authorization, c);
  const { job, readyAt } = await waitForJob(env.base, authorization, posted.id, c.name);
  const bytes = await download(env.base, authorization, job.id, c.name);
  const downloadMs = performance.now() - readyAt;
  const after = env.apiPid === null ? null : processMemory(env.apiPid);
  if (bytes.length !== job.size)
    throw new Error(`${c.name}: ${bytes.length} bytes, the job said ${job.size}`);
  const readyMs = readyAt - started;
  const peakBudget = budgets.exports.peakRssMiB;
  const result = {
    case: c.name,
    user: c.user,
    kind: c.kind,
    format: c.format,
    params: c.name.startsWith('periodic-report') ? { ...c.params, ...omittedTexts } : c.params,
    postMs: round1(answered - started),
    readyMs: round1(readyMs),
    downloadMs: round1(downloadMs),
    fileName: job.fileName,
    bytes: bytes.length,
    ...(await fileContents(c.format, bytes)),
    jobUnits: job.total,
    memory:
      before === null
        ? null
        : {
            rssBeforeMiB: before.rssMiB,
            peakMiB: after.peakMiB,
            rssAfterMiB: after.rssMiB,
            // Without the reset the peak is the API process's peak since it started.
            peakOfThisCase: peakReset,
          },
    budgetReadyMs: judged ? budget : null,
    budgetPeakMiB: judged ? peakBudget : null,
    withinBudget: judged ? readyMs <= budget && (after === null || after.peakMiB <= peakBudget) : null,
  };
  console.log(
    `${c.name.padEnd(34)} ready ${Math.round(readyMs)} ms  ${result.bytes} bytes  ` +
      `${result.rows === undefined ? `${result.pages} pages` : `${result.rows} rows`}  ` +
      `peak ${after?.peakMiB ?? '?'} MiB  (budget ${budget} ms, ${peakBudget} MiB: ` +
      `${verdict(result.withinBudget)})`,
  );
  return result;
}

/** GET /api/dashboard?year= as `authorization`: ms and the request's start and end. */
async function timedDashboard(base, authorization) {
  const start = performance.now();
  const response = await fetch(`${base}/api/dashboard?year=${YEAR}`, { headers: { authorization } });
  const body = await response.json();
  const end = performance.now();
  if (!response.ok) throw new Error(`dashboard: ${response.status} ${JSON.stringify(body)}`);
  return { ms: end - start, start, end };
}

/**
 * The district officer's dashboard with the API idle, then while the whole province's dossiers export builds
 * (started again until `runs` requests ran entirely within a build). A request counts only when it began after
 * the POST answered and ended before a poll that still saw the job running: certainly during the build.
 */
async function measureDashboardWhileExporting(env, dossiersCase) {
  const { user, case: budgetCase, p95FactorOfIdleBudget } = budgets.exports.dashboardWhileExporting;
  const dashboard = `Bearer ${await token(env.keycloakUrl, user)}`;
  const exporter = `Bearer ${await token(env.keycloakUrl, dossiersCase.user)}`;
  for (let i = 0; i < budgets.warmUp; i++) await timedDashboard(env.base, dashboard);
  const idle = [];
  for (let i = 0; i < runs; i++) idle.push((await timedDashboard(env.base, dashboard)).ms);

  const during = [];
  const exportReadyMs = [];
  let exportsStarted = 0;
  while (during.length < runs && exportsStarted < maxExportsWhileMeasuring) {
    exportsStarted += 1;
    const { job, started, answered } = await startExport(env.base, exporter, dossiersCase);
    let lastSeenRunning = answered;
    let ended = false;
    const poller = (async () => {
      try {
        for (;;) {
          const asked = performance.now();
          const state = await jobState(env.base, exporter, job.id);
          if (state.state === 'failed') throw new Error(`the dossiers export failed: ${state.error}`);
          if (state.state === 'ready') {
            exportReadyMs.push(round1(performance.now() - started));
            return;
          }
          lastSeenRunning = asked;
          await sleep(pollMs);
        }
      } finally {
        // Also when a poll failed: the dashboard loop below stops, and `await poller` throws.
        ended = true;
      }
    })();
    const samples = [];
    while (!ended) samples.push(await timedDashboard(env.base, dashboard));
    await poller;
    during.push(...samples.filter((s) => s.start >= answered && s.end <= lastSeenRunning).map((s) => s.ms));
  }
  if (during.length === 0 && !smoke)
    throw new Error('no dashboard request ran entirely while the export was building');
  const idleBudget = budgets.cases[budgetCase].p95Ms;
  const budget = p95FactorOfIdleBudget * idleBudget;
  const sortedDuring = [...during].sort((a, b) => a - b);
  const result = {
    user,
    url: `/api/dashboard?year=${YEAR}`,
    export: dossiersCase.name,
    idle: { runs: idle.length, ...timeSummary(idle) },
    whileExporting: {
      runs: during.length,
      ...timeSummary(during),
      exportsStarted,
      exportReadyMs,
    },
    budgetP95Ms: budget,
    idleBudgetP95Ms: idleBudget,
    withinBudget: smoke || !judged ? null : during.length >= runs && percentile(sortedDuring, 95) <= budget,
  };
  console.log(
    `dashboard of ${user}: idle p50 ${result.idle.p50Ms} / p95 ${result.idle.p95Ms} ms; while exporting ` +
      `p50 ${result.whileExporting.p50Ms} / p95 ${result.whileExporting.p95Ms} ms over ${during.length} runs ` +
      `(budget p95 ${budget} ms: ${verdict(result.withinBudget)})`,
  );
  return result;
}

/** The Markdown of the dashboard while the biggest export builds. */
function whileExportingLines(dashboard) {
  const { idle, whileExporting } = dashboard;
  return [
    `Dashboard of \`${dashboard.user}\` (\`${dashboard.url}\`) with the API idle and while the ` +
      `${dashboard.export} export was building (${whileExporting.exportsStarted} exports started, ready in ` +
      `${whileExporting.exportReadyMs.map((ms) => Math.round(ms)).join(', ')} ms):`,
    '',
    '| Dashboard | Runs | p50 ms | p95 ms | max ms | Budget p95 ms | |',
    '| --- | ---: | ---: | ---: | ---: | ---: | --- |',
    `| idle | ${idle.runs} | ${idle.p50Ms} | ${idle.p95Ms} | ${idle.maxMs} | ${dashboard.idleBudgetP95Ms} | |`,
    `| while exporting | ${whileExporting.runs} | ${whileExporting.p50Ms} | ${whileExporting.p95Ms} | ` +
      `${whileExporting.maxMs} | ${dashboard.budgetP95Ms} | ${verdictText(dashboard.withinBudget)} |`,
    '',
  ];
}

async function main() {
  const env = await startScaleEnvironment({ scale });
  const loadAtStart = loadAverage1m();
  const client = new pg.Client({ connectionString: env.databaseUrl });
  await client.connect();
  // The Cao Lộc plan of the year, as the district's standing unit keeps it up to date.
  const plan = (
    await client.query(
      `select p.id, (select count(*)::int from tasks t where t.plan_id = p.id) as tasks
         from plans p where p.unit_code = '183' and p.year = $1 order by p.version desc limit 1`,
      [YEAR],
    )
  ).rows[0];
  const [{ n: products }] = (await client.query('select count(*)::int as n from products')).rows;
  const [{ n: certificates }] = (await client.query('select count(*)::int as n from certificates')).rows;
  await client.end();
  if (plan === undefined)
    throw new Error(`no plan of district 183 for ${YEAR}: is the scale data set seeded?`);

  const cases = casesOf(plan.id);
  const results = [];
  for (const c of cases.filter((c) => only === null || only.includes(c.name)))
    results.push(await measureExport(env, c));
  const dashboard =
    only === null || only.includes(WHILE_EXPORTING)
      ? await measureDashboardWhileExporting(env, cases[0])
      : null;

  const machine = { ...machineDescription(env.postgresVersion), loadAverage1mAtStart: loadAtStart };
  const { dossiers, tasks, auditEntries } = env.counts;
  const report = {
    date: new Date().toISOString(),
    label,
    api: env.apiOrigin,
    machine,
    data: {
      scale,
      businessDate: TODAY,
      year: YEAR,
      dossiers,
      products,
      certificates,
      tasks,
      auditEntries,
      planOfTasksCase: { unitCode: '183', year: YEAR, id: plan.id, tasks: plan.tasks },
    },
    pollMs,
    results,
    dashboardWhileExporting: dashboard,
  };
  const memoryText = (r) => (r.memory === null ? '–' : `${r.memory.rssBeforeMiB} / ${r.memory.peakMiB}`);
  const contentsText = (r) =>
    r.pages === undefined
      ? `${r.rows} rows, ${r.sheets} sheet${r.sheets === 1 ? '' : 's'}`
      : `${r.pages} pages`;
  await writeResults(out, report, [
    '# Exports bench',
    '',
    ...(label === null ? [] : [`${label}`, '']),
    `${report.date.slice(0, 10)} — ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ` +
      `Node ${machine.node}, PostgreSQL ${machine.postgres}, load average ${machine.loadAverage1m} ` +
      `(${machine.loadAverage1mAtStart} at the start).`,
    `Data: scale ${scale} (${dossiers} dossiers, ${products} products, ${certificates} certificates, ` +
      `${tasks} tasks, ${auditEntries} audit entries), year ${YEAR}, business date ${TODAY}. ` +
      `Ready = from the POST to the first poll that saw the job ready (polled every ${pollMs} ms). ` +
      `Memory = the API process's resident set before the POST / its peak until the file was downloaded.`,
    '',
    '| Case | User | Ready ms | Budget ms | File bytes | Contents | RSS before / peak MiB | |',
    '| --- | --- | ---: | ---: | ---: | --- | ---: | --- |',
    ...results.map(
      (r) =>
        `| ${r.case} | ${r.user} | ${Math.round(r.readyMs)} | ${r.budgetReadyMs ?? '–'} | ${r.bytes} | ` +
        `${contentsText(r)} | ${memoryText(r)} | ${verdictText(r.withinBudget)} |`,
    ),
    '',
    ...(dashboard === null ? [] : whileExportingLines(dashboard)),
    '',
  ]);
  return results.every((r) => r.withinBudget !== false) && dashboard?.withinBudget !== false;
}

await runBench(main);
