// Issue #9 item 2: time to a usable module in Chromium. For each module, from the navigation's start to the
// first frame showing the module's meaningful content (cold: a new browser context, empty cache; then a second
// visit with the cache warm), the switch from another module inside the shell, the bytes on the wire, and the
// JS heap after 1 and after N mount/unmount cycles; each next to a minimal Angular element (bench/baseline-element)
// mounted on the same portal page in the same run. CPU throttling off and at 4× (CDP).
//
//   node bench/module-timing.mjs [--smoke] [--runs 15] [--cycles 50] [--rates 1,4]
//                                [--modules dossiers,tasks,reports] [--user vq.nongnghiep] [--out name]
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { entryFile } from '../scripts/lib/import-map.mjs';
import { launchChromium, PAGE_OPTIONS } from './lib/chromium.mjs';
import { loadAverage1m, machineDescription } from './lib/machine.mjs';
import { signIn, startPortalEnvironment } from './lib/portal-environment.mjs';
import { onCleanup, ROOT, run, runBench } from './lib/processes.mjs';
import { installProbe, START_KEY } from './lib/render-probe.mjs';
import { writeResults } from './lib/results.mjs';
import { percentile, round1 } from './lib/stats.mjs';

const { values: args } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    runs: { type: 'string' },
    cycles: { type: 'string' },
    rates: { type: 'string' },
    modules: { type: 'string' },
    user: { type: 'string', default: 'vq.nongnghiep' },
    out: { type: 'string' },
  },
});
const smoke = args.smoke;
const RUNS = Number(args.runs ?? (smoke ? 2 : 15));
const CYCLES = Number(args.cycles ?? (smoke ? 3 : 50));
const RATES = (args.rates ?? (smoke ? '1' : '1,4')).split(',').map(Number);

/**
 * What "usable" means for each module: the content a user came for, which needs the module's bundle, its first
 * API answer and its render. A heading alone would come before the data; the first row (or the loaded groups)
 * comes after it.
 */
const MODULES = [
  {
    name: 'dossiers',
    path: '/ocop/dossiers',
    link: 'dossier',
    target: { host: 'ocop-dossier-app', content: 'table.dossiers tbody tr' },
    usable: 'the first row of the dossier list (`table.dossiers tbody tr`)',
  },
  {
    name: 'tasks',
    path: '/ocop/tasks',
    link: 'tasks',
    target: { host: 'ocop-tasks-app', content: 'section.my-tasks .groups section.group' },
    usable:
      '"Việc của đơn vị tôi" with its groups of tasks loaded (`section.my-tasks .groups section.group`)',
  },
  {
    name: 'reports',
    path: '/ocop/reports',
    link: 'reports',
    target: {
      host: 'ocop-reports-app',
      content: 'section.evaluation-home section.sessions, section.evaluation-home section.mine',
    },
    usable: "the evaluation home with the unit's council sessions loaded (`section.sessions`)",
  },
];
const modules = args.modules
  ? args.modules.split(',').map((name) => MODULES.find((m) => m.name === name) ?? fail(`no module ${name}`))
  : smoke
    ? MODULES.slice(0, 1)
    : MODULES;

const BASELINE_TAG = 'bench-baseline-element';
const BASELINE = {
  name: 'baseline',
  path: '/bench-baseline',
  target: { host: BASELINE_TAG, content: '*' },
  usable: `the minimal element's paragraph (\`${BASELINE_TAG}\` → any element with a box)`,
};
const SHELL_HOME = { host: 'ocop-shell', content: 'nav.nav a[data-module]' };
const AWAY = { host: null, selector: '#portal-menu a[href="/ocop"]' };
const shellLink = (module) => ({ host: 'ocop-shell', selector: `nav.nav a[data-module="${module.link}"]` });

function fail(message) {
  throw new Error(message);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The baseline bundle (project bench-baseline of angular.json), built when dist/ lacks it. */
async function baselineEntry() {
  const dir = join(ROOT, 'dist', 'bench-baseline', 'browser');
  if (!entryFile(dir)) {
    console.log('bench: building the baseline element (ng build bench-baseline)…');
    await run('npx', ['ng', 'build', 'bench-baseline', '--configuration', 'production'], {
      NG_CLI_ANALYTICS: 'false',
    });
  }
  return `/ocop-assets/bench-baseline/${entryFile(dir)}`;
}

/** Bytes on the wire of every response of the page (CDP Network: headers and body as received). */
function trackBytes(cdp, env) {
  let byRequest = new Map();
  const kindOf = (url) => {
    if (url.startsWith(env.keycloakUrl)) return 'keycloak';
    const { pathname } = new URL(url);
    if (pathname.startsWith('/ocop-assets/')) return 'bundles';
    if (pathname.startsWith('/api/')) return 'api';
    return 'portal';
  };
  const add = (requestId, url, bytes) => {
    const known = byRequest.get(requestId) ?? { url, bytes: 0 };
    known.bytes += bytes;
    byRequest.set(requestId, known);
  };
  cdp.on('Network.requestWillBeSent', (e) => {
    // A redirect ends one response and goes on under the same id (Keycloak's answer to the sign-in check).
    if (e.redirectResponse) add(e.requestId, e.redirectResponse.url, e.redirectResponse.encodedDataLength);
    const known = byRequest.get(e.requestId);
    byRequest.set(e.requestId, { url: e.request.url, bytes: known?.bytes ?? 0, cached: false });
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    const known = byRequest.get(e.requestId);
    if (known) known.cached = true;
  });
  cdp.on('Network.responseReceived', (e) => {
    const known = byRequest.get(e.requestId);
    if (known && (e.response.fromDiskCache || e.response.fromPrefetchCache)) known.cached = true;
  });
  cdp.on('Network.loadingFinished', (e) => {
    if (byRequest.has(e.requestId)) add(e.requestId, byRequest.get(e.requestId).url, e.encodedDataLength);
  });
  return {
    reset: () => (byRequest = new Map()),
    total: () => {
      const byKind = { portal: 0, keycloak: 0, bundles: 0, api: 0 };
      let requests = 0;
      let fromCache = 0;
      for (const { url, bytes, cached } of byRequest.values()) {
        if (url.startsWith('data:')) continue;
        if (cached) {
          fromCache++;
          continue;
        }
        byKind[kindOf(url)] += bytes;
        requests++;
      }
      return { bytes: Object.values(byKind).reduce((a, b) => a + b, 0), requests, fromCache, byKind };
    },
  };
}

/** A page of a new context (empty cache), signed in by Keycloak's cookies, CPU slowed down `rate` times. */
async function openPage(browser, env, state, target, rate) {
  const context = await browser.newContext({ ...PAGE_OPTIONS, storageState: state });
  await context.addInitScript(installProbe, {
    origin: env.portalUrl,
    startKey: START_KEY,
    target,
    mount: { path: BASELINE.path, entry: `${env.portalUrl}${env.baselineEntry}`, tag: BASELINE_TAG },
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  return { context, page, cdp, bytes: trackBytes(cdp, env) };
}

/** Polls the page's probe; a navigation (the sign-in redirect) may replace the document meanwhile. */
async function whenProbe(page, read, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await page.evaluate(read).catch(() => null);
    if (value) return value;
    await sleep(100);
  }
  throw new Error(`${page.url()}: not rendered within ${timeoutMs / 1000} s`);
}

/**
 * One navigation to `path` and its times on the page's clock: `ms` from the navigation's start (the first
 * document's time origin) to the first frame with the content, of which `signInMs` went to the portal's
 * first document and Keycloak's redirect back (the portal signs in before it starts any application).
 */
async function visit(opened, env, path) {
  const { page, bytes } = opened;
  bytes.reset();
  await page.goto(`${env.portalUrl}${path}`, { waitUntil: 'commit' });
  const probe = await whenProbe(page, () => {
    const b = window.__ocopBench;
    return b?.renderedAt
      ? { start: b.start, documentStart: b.documentStart, renderedAt: b.renderedAt }
      : null;
  });
  if (!(probe.start <= probe.documentStart && probe.documentStart < probe.renderedAt)) {
    throw new Error(`${path}: times out of order ${JSON.stringify(probe)}`);
  }
  // The responses still arriving for what is on screen (the module's other first requests).
  await sleep(300);
  // The next navigation starts its own clock.
  await page.evaluate((key) => sessionStorage.removeItem(key), START_KEY);
  return {
    ms: probe.renderedAt - probe.start,
    signInMs: probe.documentStart - probe.start,
    ...bytes.total(),
  };
}

/** Cold (new context) and then second visit (same context, cache warm) of `page`, at `rate`. */
async function coldAndSecond(browser, env, state, page, rate) {
  const opened = await openPage(browser, env, state, page.target, rate);
  try {
    const cold = await visit(opened, env, page.path);
    // Only unthrottled: the cache's effect shows there, and the throttled runs are the bench's longest.
    const second = rate === RATES[0] ? await visit(opened, env, page.path) : null;
    return { cold, second };
  } finally {
    await opened.context.close();
  }
}

/**
 * Warm module switches: one page loads the first module, visits every module once (bundles loaded, elements
 * defined), then each run switches to each module in turn with the shell's link, from the one before it.
 * The baseline's counterpart: the element already defined, a new one mounted in place of the old.
 */
async function warmSwitches(browser, env, state, rate) {
  const times = Object.fromEntries([...modules, BASELINE].map((m) => [m.name, []]));
  const rotation = modules.length > 1 ? modules : [...modules, { ...MODULES.find((m) => m !== modules[0]) }];
  const opened = await openPage(browser, env, state, rotation[0].target, rate);
  try {
    await visit(opened, env, rotation[0].path);
    const switchTo = (m) =>
      opened.page.evaluate(([l, t]) => window.__ocopBench.switchTo(l, t), [shellLink(m), m.target]);
    for (const m of rotation.slice(1)) await switchTo(m);
    for (let i = 0; i < RUNS; i++) {
      for (const m of [...rotation.slice(1), rotation[0]]) {
        const ms = await switchTo(m);
        if (times[m.name]) times[m.name].push(ms);
      }
    }
    // How much slower the page's own JS runs, measured, not assumed: the same loop at this rate.
    const loopMs = await opened.page.evaluate(() => {
      const started = performance.now();
      let x = 0;
      for (let i = 0; i < 3e6; i++) x = (x + i) % 7919;
      return performance.now() - started + x * 0;
    });
    await opened.context.close();

    const baseline = await openPage(browser, env, state, BASELINE.target, rate);
    await visit(baseline, env, BASELINE.path);
    for (let i = 0; i < RUNS; i++) {
      times.baseline.push(
        await baseline.page.evaluate((t) => window.__ocopBench.remount(t), BASELINE.target),
      );
    }
    await baseline.context.close();
    return { times, loopMs };
  } finally {
    await opened.context.close().catch(() => undefined);
  }
}

/** JS heap in use after a full garbage collection (CDP), in bytes. */
async function heapAfterGc(cdp) {
  // Angular elements destroy a removed element's component a little after its removal.
  await sleep(200);
  for (let i = 0; i < 3; i++) await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * The module mounted with the shell's link and unmounted by the portal menu's "OCOP" (the shell's home page,
 * no module), CYCLES times: the heap after the first cycle and after the last. The baseline: the element
 * removed from the page and a new one mounted.
 */
async function memory(browser, env, state, m) {
  const isBaseline = m === BASELINE;
  const opened = await openPage(browser, env, state, isBaseline ? BASELINE.target : SHELL_HOME, 1);
  try {
    await opened.cdp.send('HeapProfiler.enable');
    await visit(opened, env, isBaseline ? BASELINE.path : '/ocop');
    const page = opened.page;
    const cycle = isBaseline
      ? () =>
          page.evaluate(async (t) => {
            await window.__ocopBench.remount(t);
            await window.__ocopBench.unmount(t.host);
          }, m.target)
      : () =>
          page.evaluate(
            async ([link, target, away]) => {
              await window.__ocopBench.switchTo(link, target);
              await window.__ocopBench.leave(away, target.host);
            },
            [shellLink(m), m.target, AWAY],
          );
    let before = null;
    // The baseline page mounted its first element itself: unmounting it ends the first cycle.
    if (isBaseline) {
      await page.evaluate((tag) => window.__ocopBench.unmount(tag), BASELINE_TAG);
    } else {
      before = await heapAfterGc(opened.cdp);
      await cycle();
    }
    const first = await heapAfterGc(opened.cdp);
    for (let i = 1; i < CYCLES; i++) await cycle();
    const last = await heapAfterGc(opened.cdp);
    return { beforeFirstBytes: before, afterFirstBytes: first, afterLastBytes: last, cycles: CYCLES };
  } finally {
    await opened.context.close();
  }
}

/** Median and spread of `values` (ms or bytes): nearest-rank quartiles, min, max. */
function spread(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const [p25, p50, p75] = [25, 50, 75].map((p) => percentile(sorted, p));
  return {
    n: sorted.length,
    median: round1(p50),
    p25: round1(p25),
    p75: round1(p75),
    iqr: round1(p75 - p25),
    min: round1(sorted[0]),
    max: round1(sorted[sorted.length - 1]),
  };
}

const ratio = (a, b) => Math.round((a / b) * 100) / 100;
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const MiB = (bytes) => `${(bytes / 2 ** 20).toFixed(2)} MiB`;
const ms = (s) =>
  `${Math.round(s.median)} ms (${Math.round(s.p25)}–${Math.round(s.p75)}; ${Math.round(s.min)}–${Math.round(s.max)})`;

async function main() {
  const started = Date.now();
  const env = await startPortalEnvironment();
  env.baselineEntry = await baselineEntry();
  const { browser, version } = await launchChromium();
  onCleanup(() => browser.close());
  const state = await signIn(browser, env.portalUrl, args.user);
  const loadAtStart = loadAverage1m();
  const pages = [...modules, BASELINE];

  // Runs interleaved (every page once per round), so a busy moment of the machine touches all alike.
  const samples = {};
  for (const rate of RATES) {
    const perPage = Object.fromEntries(pages.map((p) => [p.name, { cold: [], second: [] }]));
    for (let i = 0; i < RUNS; i++) {
      for (const p of pages) {
        const { cold, second } = await coldAndSecond(browser, env, state, p, rate);
        perPage[p.name].cold.push(cold);
        perPage[p.name].second.push(second);
      }
      console.log(`bench: ${rate}× cold and second visits, round ${i + 1}/${RUNS}`);
    }
    const switches = await warmSwitches(browser, env, state, rate);
    console.log(`bench: ${rate}× warm switches done`);
    samples[rate] = { perPage, switches };
  }
  const heap = {};
  for (const p of pages) {
    heap[p.name] = await memory(browser, env, state, p);
    console.log(`bench: memory of ${p.name} done`);
  }

  const figures = {};
  for (const p of pages) {
    const byRate = {};
    for (const rate of RATES) {
      const { perPage, switches } = samples[rate];
      const visits = perPage[p.name];
      byRate[`${rate}x`] = {
        coldMs: spread(visits.cold.map((v) => v.ms)),
        coldSignInMs: spread(visits.cold.map((v) => v.signInMs)),
        secondVisitMs: visits.second[0] ? spread(visits.second.map((v) => v.ms)) : null,
        warmSwitchMs: spread(switches.times[p.name]),
        pageLoopMs: round1(switches.loopMs),
      };
    }
    const one = samples[RATES[0]].perPage[p.name];
    const bytesOf = (visits) => {
      const { median } = spread(visits.map((v) => v.bytes));
      const v = visits.find((x) => x.bytes === median) ?? visits[0];
      return { bytes: v.bytes, requests: v.requests, fromCache: v.fromCache, byKind: v.byKind };
    };
    figures[p.name] = {
      usable: p.usable,
      path: p.path,
      rates: byRate,
      bytesCold: bytesOf(one.cold),
      bytesSecondVisit: bytesOf(one.second),
      memory: { ...heap[p.name], ratio: ratio(heap[p.name].afterLastBytes, heap[p.name].afterFirstBytes) },
    };
  }
  const base = figures.baseline;
  for (const m of modules) {
    const f = figures[m.name];
    f.againstBaseline = {
      ...Object.fromEntries(
        Object.entries(f.rates).flatMap(([rate, r]) => [
          [`cold ${rate}`, ratio(r.coldMs.median, base.rates[rate].coldMs.median)],
          ...(r.secondVisitMs
            ? [[`second visit ${rate}`, ratio(r.secondVisitMs.median, base.rates[rate].secondVisitMs.median)]]
            : []),
          [`warm switch ${rate}`, ratio(r.warmSwitchMs.median, base.rates[rate].warmSwitchMs.median)],
        ]),
      ),
      bytesCold: ratio(f.bytesCold.bytes, base.bytesCold.bytes),
      bytesSecondVisit: ratio(f.bytesSecondVisit.bytes, base.bytesSecondVisit.bytes),
      heapAfterFirst: ratio(f.memory.afterFirstBytes, base.memory.afterFirstBytes),
      heapAfterLast: ratio(f.memory.afterLastBytes, base.memory.afterLastBytes),
    };
  }

  const report = {
    benchmark: 'module-timing',
    date: new Date().toISOString(),
    machine: { ...machineDescription(null), chromium: version },
    loadAverage1m: { start: loadAtStart, end: loadAverage1m() },
    smoke,
    options: { runs: RUNS, cycles: CYCLES, rates: RATES, user: args.user },
    environment: {
      keycloak: env.keycloakOrigin,
      api: 'started by the bench: demo data on an embedded PGlite, OCOP_TODAY=2020-07-15',
      portal: 'portal/server.mjs in the bench process, serving dist/',
      baselineEntry: env.baselineEntry,
    },
    figures,
    seconds: Math.round((Date.now() - started) / 1000),
  };
  const out = args.out ?? (smoke ? 'smoke/module-timing' : 'module-timing');
  if (smoke) mkdirSync(join(ROOT, 'bench', 'results', 'smoke'), { recursive: true });
  const files = await writeResults(out, report, markdown(report));
  console.log(`bench: ${files.join(', ')} (${report.seconds} s)`);
  return true;
}

function markdown(report) {
  const { figures, options } = report;
  const names = Object.keys(figures);
  const rates = options.rates.map((r) => `${r}x`);
  const lines = [
    `# Time to a usable module in Chromium — ${report.date.slice(0, 10)}${report.smoke ? ' (smoke)' : ''}`,
    '',
    `Machine: ${report.machine.cpu}, ${report.machine.cores} cores, ${report.machine.ramGiB} GiB, Node ${report.machine.node}, Chromium ${report.machine.chromium}; load average ${report.loadAverage1m.start} at the start, ${report.loadAverage1m.end} at the end. ${options.runs} runs per figure, user \`${options.user}\`, memory after ${options.cycles} cycles. Figures: median (p25–p75; min–max). See bench/README.md for what each one means.`,
    '',
  ];
  for (const rate of rates) {
    lines.push(
      `## CPU ${rate === '1x' ? 'not throttled' : `throttled ${rate.replace('x', '×')}`} (page loop ${figures.baseline.rates[rate].pageLoopMs} ms)`,
      '',
      '| Page | Cold: navigation → usable | of which sign-in redirect | Second visit | Warm switch |',
      '| --- | --: | --: | --: | --: |',
      ...names.map((n) => {
        const r = figures[n].rates[rate];
        const vs = (key) =>
          figures[n].againstBaseline ? ` ×${figures[n].againstBaseline[`${key} ${rate}`]}` : '';
        return `| ${n} | ${ms(r.coldMs)}${vs('cold')} | ${ms(r.coldSignInMs)} | ${r.secondVisitMs ? `${ms(r.secondVisitMs)}${vs('second visit')}` : '—'} | ${ms(r.warmSwitchMs)}${vs('warm switch')} |`;
      }),
      '',
    );
  }
  lines.push(
    '## Bytes on the wire (CPU not throttled)',
    '',
    '| Page | Cold | requests | portal | Keycloak | bundles | API | Second visit | requests | from the cache |',
    '| --- | --: | --: | --: | --: | --: | --: | --: | --: | --: |',
    ...names.map((n) => {
      const { bytesCold: c, bytesSecondVisit: s, againstBaseline: vs } = figures[n];
      return `| ${n} | ${kB(c.bytes)}${vs ? ` ×${vs.bytesCold}` : ''} | ${c.requests} | ${kB(c.byKind.portal)} | ${kB(c.byKind.keycloak)} | ${kB(c.byKind.bundles)} | ${kB(c.byKind.api)} | ${kB(s.bytes)}${vs ? ` ×${vs.bytesSecondVisit}` : ''} | ${s.requests} | ${s.fromCache} |`;
    }),
    '',
    `## JS heap after garbage collection (mount/unmount cycles)`,
    '',
    `| Page | Before (shell home) | After 1 cycle | After ${options.cycles} | Ratio | Growth per cycle |`,
    '| --- | --: | --: | --: | --: | --: |',
    ...names.map((n) => {
      const h = figures[n].memory;
      const before = h.beforeFirstBytes === null ? '—' : MiB(h.beforeFirstBytes);
      return `| ${n} | ${before} | ${MiB(h.afterFirstBytes)} | ${MiB(h.afterLastBytes)} | ${h.ratio} | ${kB((h.afterLastBytes - h.afterFirstBytes) / Math.max(1, h.cycles - 1))} |`;
    }),
    '',
    'What "usable" means per page:',
    '',
    ...names.map((n) => `- ${n} (\`${figures[n].path}\`): ${figures[n].usable}.`),
    '',
  );
  return lines;
}

runBench(main);
