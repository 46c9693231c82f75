// `npm run bench:api-load`: the API under load (issue #9, item 3). On the province-scale data set in PostgreSQL
// (bench/lib/scale-environment.mjs: the same environment as the dashboard and exports benches), with real
// Keycloak tokens, autocannon runs in a second process (bench/lib/load-generator.mjs) at 1, 10 and 50 concurrent
// connections for a fixed time per case: the dossier list with filters, one dossier, a workflow transition and
// the district dashboard, all as a district officer (Cao Lộc's), against a baseline route of the same API
// process answering a fixed JSON behind the same access check (GET /api/bench/baseline, which the API registers
// only with OCOP_BENCH_BASELINE_ROUTE=1). p50/p95/p99 latency over every response and requests per second.
// Every request must succeed: an error, a timeout or a non-2xx answer makes the bench exit 1.
//
// `--smoke`: scale 0.002 unless the database is given, 1 s per run, no warm-up, results in bench/results/smoke/.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { token } from './lib/keycloak-token.mjs';
import { loadAverage1m, machineDescription } from './lib/machine.mjs';
import { onCleanup, ROOT, runBench } from './lib/processes.mjs';
import { readBudgets, writeResults } from './lib/results.mjs';
import {
  SCALE_TODAY as TODAY,
  SCALE_YEAR as YEAR,
  SMOKE_SCALE,
  startScaleEnvironment,
} from './lib/scale-environment.mjs';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    scale: { type: 'string' },
    duration: { type: 'string' },
    connections: { type: 'string' },
    out: { type: 'string' },
    label: { type: 'string' },
  },
});
const smoke = values.smoke;
const scale = Number(values.scale ?? (smoke ? SMOKE_SCALE : readBudgets().scale));
const durationSeconds = Number(values.duration ?? (smoke ? 1 : 10));
const levels = (values.connections ?? '1,10,50').split(',').map(Number);
const out = values.out ?? (smoke ? 'smoke/api-load' : 'api-load');
const label = values.label ?? null;
// Each case is first run for this long, unmeasured: JIT, the pg pool's connections, PostgreSQL's caches.
const warmUpSeconds = smoke ? 0 : 2;
// A request slower than this counts as an error (a user would have given up long before).
const timeoutSeconds = 30;
// Transitions are one-off: a pool of fresh dossiers per run, sized from the open-dossier rate of the same
// concurrency, twice over (a fresh draft is read back faster than the data set's dossiers with their items: at
// scale 1 and 50 connections the transitions outran the opened dossiers), at most POOL_MAX; a smoke run
// withdraws a few only (the tiny data set has few products to open dossiers for).
const POOL_MAX = 3000;
const SMOKE_POOL = 10;
const WARM_UP_TRANSITIONS = 20;
const poolSize = (connections, openRate) =>
  smoke
    ? Math.max(connections, SMOKE_POOL)
    : Math.min(POOL_MAX, Math.max(connections, Math.ceil(openRate * durationSeconds * 2)));

// The district officer of Cao Lộc; the one of Văn Quan when Cao Lộc has no dossier (a smoke-size data set
// may draw none of its 20 products there).
const OFFICERS = [
  { user: 'cl.nongnghiep', district: '183' },
  { user: 'vq.nongnghiep', district: '184' },
];
const LOAD_GENERATOR = join(ROOT, 'bench', 'lib', 'load-generator.mjs');

const CASES = [
  {
    name: 'baseline',
    title: 'Baseline: a fixed JSON behind the access check of the dossier routes',
    route: 'GET /api/bench/baseline',
  },
  {
    name: 'list-dossiers',
    title: 'Dossier list with filters',
    route: `GET /api/dossiers?state=…&roundYear=${YEAR}&limit=20`,
  },
  { name: 'open-dossier', title: 'One dossier', route: 'GET /api/dossiers/:id' },
  {
    name: 'transition',
    title: 'Workflow transition: withdraw a draft',
    route: 'POST /api/dossiers/:id/actions/withdraw',
  },
  { name: 'district-dashboard', title: 'District dashboard', route: `GET /api/dashboard?year=${YEAR}` },
];

const workDir = mkdtempSync(join(tmpdir(), 'ocop-api-load-'));
onCleanup(async () => rmSync(workDir, { recursive: true, force: true }));
const running = new Set();
onCleanup(async () => running.forEach((child) => child.kill('SIGTERM')));
let specs = 0;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One autocannon run in its own process; answers the generator's summary. */
function generateLoad(spec) {
  const file = join(workDir, `spec-${++specs}.json`);
  writeFileSync(file, JSON.stringify(spec));
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LOAD_GENERATOR, file], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    running.add(child);
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.on('close', (code) => {
      running.delete(child);
      if (code !== 0) return reject(new Error(`the load generator exited with ${code}`));
      resolve(JSON.parse(output.trim().split('\n').at(-1)));
    });
  });
}

/** The first of OFFICERS whose district has dossiers. */
async function chooseOfficer(client) {
  for (const officer of OFFICERS) {
    const { rowCount } = await client.query('select 1 from dossiers where district_code = $1 limit 1', [
      officer.district,
    ]);
    if (rowCount > 0) return officer;
  }
  throw new Error('no dossier in the districts of the demo district officers: is the scale data set seeded?');
}

/** What each read case requests, taken from the data: the district's states of the year and its dossiers. */
async function readRequests(client, { district }) {
  const states = (
    await client.query(
      `select state from dossiers where district_code = $1 and round_year = $2 group by state order by state`,
      [district, YEAR],
    )
  ).rows.map((r) => r.state);
  // Spread over the years and states of the district, the same ones in every run (md5 of the id).
  const ids = (
    await client.query(
      `select id from dossiers where district_code = $1 and round_year <= $2 order by md5(id::text) limit 200`,
      [district, YEAR],
    )
  ).rows.map((r) => r.id);
  return {
    baseline: [{ path: '/api/bench/baseline' }],
    'list-dossiers': (states.length > 0 ? states : ['accepted']).map((state) => ({
      path: `/api/dossiers?state=${state}&roundYear=${YEAR}&limit=20`,
    })),
    'open-dossier': ids.map((id) => ({ path: `/api/dossiers/${id}` })),
    'district-dashboard': [{ path: `/api/dashboard?year=${YEAR}` }],
    counts: { states, openIds: ids.length },
  };
}

/**
 * `size` new draft dossiers of the district, opened through the API by the district officer for products of the
 * district in rounds after the data's (2025 on, where they collide with nothing the other benches read): the
 * district officer may withdraw a draft, so each one is a valid transition, once.
 */
async function createPool(env, client, { user, district }, size) {
  const free = (
    await client.query(
      `with district_products as (
         select distinct d.product_id from dossiers d join products pr on pr.id = d.product_id
         -- A product still at the idea stage may not get a new dossier (create-dossier.ts).
         where d.district_code = $1 and coalesce(to_jsonb(pr) ->> 'stage', '') <> 'idea')
       select p.product_id, y.year
       from district_products p cross join generate_series($2::int, 2100) as y(year)
       where not exists (select 1 from dossiers d where d.product_id = p.product_id and d.round_year = y.year)
       order by y.year, p.product_id limit $3`,
      [district, YEAR + 1, size],
    )
  ).rows;
  if (free.length < size)
    throw new Error(`only ${free.length} (product, round) pairs left for ${size} new dossiers`);
  const authorization = `Bearer ${await token(env.keycloakUrl, user)}`;
  const pool = [];
  let next = 0;
  const opener = async () => {
    while (next < free.length) {
      const { product_id: productId, year } = free[next++];
      const response = await fetch(`${env.base}/api/dossiers`, {
        method: 'POST',
        headers: { authorization, 'content-type': 'application/json' },
        body: JSON.stringify({
          productId,
          criteriaSet: '1048',
          registrationKind: 'first-time',
          roundYear: year,
        }),
      });
      const dossier = await response.json();
      if (response.status !== 201 || dossier.state !== 'draft')
        throw new Error(`opening a pool dossier: ${response.status} ${JSON.stringify(dossier)}`);
      pool.push({ id: dossier.id, version: dossier.version });
    }
  };
  await Promise.all(Array.from({ length: 4 }, opener));
  return pool;
}

const transitionRequests = (pool, run) =>
  pool.map(({ id, version }) => ({
    method: 'POST',
    path: `/api/dossiers/${id}/actions/withdraw`,
    body: JSON.stringify({
      version,
      requestId: `bench-${run}-${id}`,
      comment: 'Chủ thể xin rút hồ sơ (đo tải).',
    }),
  }));

/**
 * How many of `pool` the database holds withdrawn once the requests still running when the run stopped are done
 * (the count stays the same for half a second): every 2xx answer withdrew one, and a request the load generator
 * sent but did not wait for may have too.
 */
async function withdrawnCount(client, pool) {
  const count = async () =>
    (
      await client.query(
        `select count(*)::int as n from dossiers where id = any($1::uuid[]) and state = 'withdrawn'`,
        [pool.map((d) => d.id)],
      )
    ).rows[0].n;
  let last = await count();
  for (let i = 0; i < 20; i++) {
    await sleep(500);
    const now = await count();
    if (now === last) break;
    last = now;
  }
  return last;
}

async function main() {
  const env = await startScaleEnvironment({ scale, apiEnv: { OCOP_BENCH_BASELINE_ROUTE: '1' } });
  const loadAtStart = loadAverage1m();
  const client = new pg.Client({ connectionString: env.databaseUrl });
  await client.connect();
  onCleanup(() => client.end());
  const officer = await chooseOfficer(client);
  const requests = await readRequests(client, officer);

  const run = async (connections, prepared, seconds, maxRequests) =>
    generateLoad({
      url: env.base,
      connections,
      durationSeconds: seconds,
      timeoutSeconds,
      // Fetched right before each run: an access token lives 300 s (keycloak/realm.mjs), a run far less.
      headers: { authorization: `Bearer ${await token(env.keycloakUrl, officer.user)}` },
      prepared,
      ...(maxRequests === undefined ? {} : { maxRequests }),
    });

  if (warmUpSeconds > 0) {
    console.log(`api-load: warming up each case for ${warmUpSeconds} s…`);
    for (const c of CASES) {
      if (c.name === 'transition') {
        const pool = await createPool(env, client, officer, WARM_UP_TRANSITIONS);
        await run(1, transitionRequests(pool, 'warm-up'), warmUpSeconds, pool.length);
      } else {
        await run(10, requests[c.name], warmUpSeconds);
      }
    }
  }

  const results = [];
  const transitions = [];
  for (const connections of levels) {
    let baseline = null;
    let openRate = null;
    for (const c of CASES) {
      let summary;
      if (c.name === 'transition') {
        const size = poolSize(connections, openRate);
        const pool = await createPool(env, client, officer, size);
        summary = await run(connections, transitionRequests(pool, connections), durationSeconds, size);
        const withdrawn = await withdrawnCount(client, pool);
        const unanswered = summary.requestsSent - summary.responses;
        transitions.push({ connections, pool: size, ok: summary.ok, unanswered, withdrawn });
        if (withdrawn < summary.ok || withdrawn > summary.ok + unanswered) {
          summary.errors += 1;
          console.error(
            `transition: ${summary.ok} answers 2xx and ${unanswered} requests unanswered at the end, but ` +
              `${withdrawn} dossiers of the pool withdrawn`,
          );
        }
      } else {
        summary = await run(connections, requests[c.name], durationSeconds);
      }
      // Requests still running in the API when the run stopped would slow down the next run's start.
      if (summary.requestsSent > summary.responses) await sleep(Math.min(10_000, summary.latencyMs.max ?? 0));
      if (c.name === 'baseline') baseline = summary;
      if (c.name === 'open-dossier') openRate = summary.requestsPerSecond;
      const result = {
        case: c.name,
        title: c.title,
        route: c.route,
        ...summary,
        errorFree:
          summary.errors === 0 && summary.timeouts === 0 && summary.non2xx === 0 && summary.responses > 0,
        // Pool used up before the time was over (transitions only): the rate is over the shorter time.
        endedEarly: summary.durationSeconds < durationSeconds - 0.5,
        baseline: {
          p50Ms: baseline.latencyMs.p50,
          p95Ms: baseline.latencyMs.p95,
          p99Ms: baseline.latencyMs.p99,
          requestsPerSecond: baseline.requestsPerSecond,
        },
        // The figure over the baseline of the same concurrency in the same run (bench/run.mjs ranks these).
        ratio: Math.round((summary.latencyMs.p95 / baseline.latencyMs.p95) * 100) / 100,
        ratioOf: 'p95 latency',
        shareOfBaselineRate:
          Math.round((summary.requestsPerSecond / baseline.requestsPerSecond) * 1000) / 1000,
      };
      results.push(result);
      console.log(
        `${c.name.padEnd(20)} ${String(connections).padStart(2)} conn  ${String(summary.responses).padStart(6)} req  ` +
          `${summary.requestsPerSecond} req/s  p50 ${summary.latencyMs.p50} / p95 ${summary.latencyMs.p95} / ` +
          `p99 ${summary.latencyMs.p99} ms  (× ${result.ratio} baseline p95)` +
          `${result.errorFree ? '' : `  ERRORS ${JSON.stringify(summary.statusCodes)} ${summary.errors} errors, ${summary.timeouts} timeouts ${JSON.stringify(summary.failures)}`}`,
      );
    }
  }

  const machine = { ...machineDescription(env.postgresVersion), loadAverage1mAtStart: loadAtStart };
  const { dossiers, tasks, auditEntries } = env.counts;
  const report = {
    date: new Date().toISOString(),
    label,
    smoke,
    api: env.apiOrigin,
    machine,
    data: { scale, businessDate: TODAY, year: YEAR, dossiers, tasks, auditEntries },
    load: {
      generator: 'autocannon 8.0.0, in its own process (bench/lib/load-generator.mjs)',
      user: officer.user,
      district: officer.district,
      connections: levels,
      durationSeconds,
      warmUpSeconds,
      timeoutSeconds,
      listStates: requests.counts.states,
      openIds: requests.counts.openIds,
      latency: 'every response timed by autocannon, percentiles by nearest rank over all of them',
    },
    baseline:
      'GET /api/bench/baseline (OCOP_BENCH_BASELINE_ROUTE=1): a fixed JSON behind the access check of the ' +
      "dossier routes (token, roles, the dossier module's switch for the caller's district)",
    results,
    transitions,
    errorFree: results.every((r) => r.errorFree),
  };
  const row = (r) =>
    `| ${r.case} | ${r.connections} | ${r.responses} | ${r.requestsPerSecond}${r.endedEarly ? ` (${r.durationSeconds} s)` : ''} | ` +
    `${r.latencyMs.p50} | ${r.latencyMs.p95} | ${r.latencyMs.p99} | ${r.latencyMs.max} | ${r.ratio} | ` +
    `${r.errorFree ? '0' : `**${r.errors + r.timeouts + r.non2xx}**`} |`;
  await writeResults(out, report, [
    '# API load bench',
    '',
    ...(label === null ? [] : [`${label}`, '']),
    `${report.date.slice(0, 10)} — ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, ` +
      `Node ${machine.node}, PostgreSQL ${machine.postgres}, load average ${machine.loadAverage1m} ` +
      `(${loadAtStart} at the start).`,
    `Data: scale ${scale} (${dossiers} dossiers, ${tasks} tasks, ${auditEntries} audit entries), year ${YEAR}, ` +
      `business date ${TODAY}. User \`${officer.user}\` (district ${officer.district}), a real Keycloak token per run. ` +
      `autocannon in its own process, ${durationSeconds} s per run after ${warmUpSeconds} s of warm-up per case; ` +
      `latency percentiles over every response. Baseline: ${report.baseline}, at the same concurrency in the ` +
      `same run; × baseline = p95 over the baseline's p95.`,
    '',
    '| Case | Connections | Requests | req/s | p50 ms | p95 ms | p99 ms | max ms | × baseline p95 | Errors |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...results.map(row),
    '',
    ...CASES.map((c) => `- \`${c.name}\`: ${c.title}, \`${c.route}\``),
    '',
    `Transitions: each run withdraws drafts opened for it through the API (rounds after ${YEAR}); pools of ` +
      `${transitions.map((t) => `${t.pool} (${t.withdrawn} withdrawn)`).join(', ')} at ` +
      `${transitions.map((t) => t.connections).join(', ')} connections.`,
    '',
  ]);
  return report.errorFree;
}

await runBench(main);
