// `node bench/bundle-weight.mjs [--smoke] [--no-build] [--out name]` (issue #9, item 1): what the shell and
// each module weigh in production, against a minimal Angular 21 custom element built in the same run with
// the same builder and production options (bench/baseline-element, project `bench-baseline` in angular.json).
//
// Per bundle: initial JS and CSS and every lazy chunk, raw, gzip and brotli (bench/lib/bundle-files.mjs).
// Per page: the bytes a browser downloads to reach the shell and each module's first screen on the stand-in
// portal from an empty cache, and on a second visit with the first one's responses cached as the portal's
// headers allow (bench/lib/page-downloads.mjs). No browser: the figures follow from the files and the headers.
//
// Builds first: `node scripts/build.mjs` (the four elements and @ocop/auth) and `ng build bench-baseline`.
// --no-build measures dist/ as it is. --smoke reuses dist/ (a dozen seconds), building only what is missing: the
// production build when dist/ has none (a fresh clone: minutes, but the module-timing bench run next needs it
// too) and the baseline; it writes to bench/results/smoke/. Exits 1 when a figure could not be computed or does
// not add up.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { entryFile, OCOP_BUNDLES } from '../scripts/lib/import-map.mjs';
import { BROTLI_QUALITY, bundleFiles, GZIP_LEVEL, lazyEntryDefining, totals } from './lib/bundle-files.mjs';
import { loadAverage1m, machineDescription } from './lib/machine.mjs';
import { downloadTotals, pageDownloads, secondVisit, startPortal } from './lib/page-downloads.mjs';
import { ensureProductionBuild } from './lib/portal-environment.mjs';
import { onCleanup, ROOT, run, runBench } from './lib/processes.mjs';
import { writeResults } from './lib/results.mjs';

const { values } = parseArgs({
  options: {
    smoke: { type: 'boolean', default: false },
    'no-build': { type: 'boolean', default: false },
    out: { type: 'string', default: 'bundle-weight' },
  },
});
const smoke = values.smoke;
const out = smoke ? `smoke/${values.out}` : values.out;

const DIST = join(ROOT, 'dist');
const BASELINE = 'bench-baseline';
const ASSETS = '/ocop-assets/';

// The first screen of each page: the shell's home, and each module's default page (the @default branch of its
// pages component: projects/ocop-*/src/pages/*-pages.ts), which arrives as a lazy chunk found by its selector.
const PAGES = [
  { project: 'ocop-shell', path: '/ocop', landing: null },
  { project: 'ocop-dossier', path: '/ocop/dossiers', landing: 'ocop-dossier-list' },
  { project: 'ocop-tasks', path: '/ocop/tasks', landing: 'ocop-my-tasks' },
  { project: 'ocop-reports', path: '/ocop/reports', landing: 'ocop-evaluation-home' },
];
// What the portal's root config loads by code besides its static imports (portal/public/root-config.js): its
// configuration, read before single-spa starts. Keycloak's login pages and the API's answers are not counted.
const PORTAL_FETCHES = [{ fetch: '/portal-config.json' }];

const browserDir = (project) => join(DIST, project, 'browser');
const isBuilt = (project) => entryFile(browserDir(project)) !== null;
const specifierOf = (project) => OCOP_BUNDLES.find((b) => b.project === project).specifier;
const ratio = (figure, baseline) => (baseline > 0 ? Math.round((figure / baseline) * 100) / 100 : null);
const ratios = (figures, baseline) => ({
  raw: ratio(figures.raw, baseline.raw),
  gzip: ratio(figures.gzip, baseline.gzip),
  brotli: ratio(figures.brotli, baseline.brotli),
});

async function build() {
  const started = performance.now();
  const ngBuild = (project) =>
    run('npx', ['ng', 'build', project, '--configuration', 'production'], { NG_CLI_ANALYTICS: 'false' });
  const built = [];
  if (values['no-build']) {
    // nothing: dist/ as it is
  } else if (!smoke) {
    await run(process.execPath, ['scripts/build.mjs']);
    built.push(...OCOP_BUNDLES.map((b) => b.project));
    await ngBuild(BASELINE);
    built.push(BASELINE);
  } else {
    // A fresh clone: the production build that the module-timing bench, run next, needs as well.
    if (!existsSync(join(DIST, 'importmap.json'))) {
      await ensureProductionBuild();
      built.push(...OCOP_BUNDLES.map((b) => b.project));
    }
    if (!isBuilt(BASELINE)) {
      await ngBuild(BASELINE);
      built.push(BASELINE);
    }
  }
  return { built, seconds: Math.round((performance.now() - started) / 100) / 10 };
}

/** Initial JS/CSS, lazy chunks and the landing page's lazy files of one built bundle. */
async function weigh(project, landingSelector) {
  const dir = browserDir(project);
  const files = await bundleFiles(dir);
  let landing = null;
  let landingFiles = new Set();
  if (landingSelector) {
    const defining = lazyEntryDefining(dir, files, landingSelector);
    if (!defining)
      throw new Error(`${project}: no lazy chunk defines <${landingSelector}> (its default page)`);
    landingFiles = new Set(defining.closure);
    landing = {
      selector: landingSelector,
      entry: defining.target,
      ...totals(files.lazy.filter((f) => landingFiles.has(f.file))),
    };
  }
  return {
    project,
    entry: files.entry,
    initialJs: { ...totals(files.initialJs), list: files.initialJs },
    initialCss: { ...totals(files.initialCss), list: files.initialCss },
    lazy: {
      ...totals(files.lazy),
      list: files.lazy.map((f) => ({ ...f, landing: landingFiles.has(f.file) })),
    },
    landing,
    other: files.other,
    externalImports: files.externalImports,
  };
}

/** First and second visit of one page, split by who serves each file (the portal or an OCOP bundle). */
function visits(responses) {
  const partOf = (path) => (path.startsWith(ASSETS) ? path.slice(ASSETS.length).split('/')[0] : 'portal');
  const parts = {};
  for (const r of responses) (parts[partOf(r.path)] ??= []).push(r);
  const again = responses.map((r) => ({ ...r, secondVisit: secondVisit(r) }));
  const refetched = again.filter((r) => r.secondVisit === 'refetched');
  return {
    firstVisit: {
      ...downloadTotals(responses),
      byPart: Object.fromEntries(Object.entries(parts).map(([part, list]) => [part, downloadTotals(list)])),
    },
    secondVisit: {
      ...downloadTotals(refetched),
      // A 304 carries no body: a request, no bytes.
      requests: refetched.length + again.filter((r) => r.secondVisit === 'revalidated').length,
      cachedFiles: again.filter((r) => r.secondVisit === 'cached').length,
      refetchedPaths: refetched.map((r) => r.path),
    },
    files: again,
  };
}

async function main() {
  const loadAtStart = loadAverage1m();
  const buildRun = await build();
  const missing = [BASELINE, 'ocop-shell', 'ocop-auth'].filter((p) => !isBuilt(p));
  if (missing.length > 0)
    throw new Error(`not built in dist/: ${missing.join(', ')} (run without --no-build)`);

  const baseline = await weigh(BASELINE, null);
  const bundles = [];
  const skipped = [];
  for (const { project } of OCOP_BUNDLES) {
    if (!isBuilt(project)) {
      skipped.push(project);
      continue;
    }
    const landing = PAGES.find((p) => p.project === project)?.landing ?? null;
    const weighed = await weigh(project, landing);
    bundles.push({ ...weighed, initialJsToBaseline: ratios(weighed.initialJs, baseline.initialJs) });
    console.log(
      `${project.padEnd(14)} initial JS ${weighed.initialJs.raw} B, gzip ${weighed.initialJs.gzip} B, ` +
        `brotli ${weighed.initialJs.brotli} B; ${weighed.lazy.files} lazy chunks, gzip ${weighed.lazy.gzip} B`,
    );
  }
  if (skipped.length > 0 && !smoke) throw new Error(`not built in dist/: ${skipped.join(', ')}`);

  const portal = await startPortal(DIST);
  onCleanup(portal.close);
  const baselineUrl = `${ASSETS}${BASELINE}/${baseline.entry}`;
  const baselinePage = visits(
    await pageDownloads(portal.origin, '/ocop', [...PORTAL_FETCHES, { module: baselineUrl }]),
  );
  const pages = [];
  for (const page of PAGES.filter((p) => isBuilt(p.project))) {
    const loads = [...PORTAL_FETCHES, { module: specifierOf('ocop-shell') }];
    const bundle = bundles.find((b) => b.project === page.project);
    if (page.project !== 'ocop-shell') {
      loads.push({ module: specifierOf(page.project) });
      loads.push({ module: `${ASSETS}${page.project}/${bundle.landing.entry}` });
    }
    const visited = visits(await pageDownloads(portal.origin, page.path, loads));
    pages.push({
      project: page.project,
      path: page.path,
      ...visited,
      firstVisitToBaseline: ratios(visited.firstVisit, baselinePage.firstVisit),
      secondVisitToBaseline: ratios(visited.secondVisit, baselinePage.secondVisit),
    });
  }

  const problems = checks(baseline, bundles, baselinePage, pages);
  // Every figure next to its baseline in one flat list, for the summary of all benches (bench/run.mjs).
  const compare = (figure, value, base) => ({
    figure,
    unit: 'bytes',
    value,
    baseline: base,
    ratio: ratio(value, base),
  });
  const comparisons = [
    ...bundles
      .filter((b) => b.project !== 'ocop-auth')
      .flatMap((b) =>
        ['gzip', 'brotli'].map((k) =>
          compare(`${b.project} initial JS, ${k}`, b.initialJs[k], baseline.initialJs[k]),
        ),
      ),
    ...pages.flatMap((p) => [
      compare(`${p.path} first visit, as served`, p.firstVisit.served, baselinePage.firstVisit.served),
      compare(`${p.path} first visit, brotli`, p.firstVisit.brotli, baselinePage.firstVisit.brotli),
      compare(`${p.path} second visit, as served`, p.secondVisit.served, baselinePage.secondVisit.served),
    ]),
  ];
  const machine = machineDescription(null);
  const report = {
    benchmark: 'bundle-weight',
    date: new Date().toISOString(),
    smoke,
    machine: { ...machine, loadAverage1mAtStart: loadAtStart },
    build: { ...buildRun, reusedDist: buildRun.built.length === 0, notBuilt: skipped },
    compression: { gzipLevel: GZIP_LEVEL, brotliQuality: BROTLI_QUALITY },
    baseline: { ...baseline, page: { path: '/ocop', ...baselinePage } },
    bundles,
    pages,
    comparisons,
    problems,
  };
  const [jsonFile, mdFile] = await writeResults(out, report, markdown(report));
  console.log(`bundle-weight: ${jsonFile}, ${mdFile}`);
  for (const problem of problems) console.error(`bundle-weight: ${problem}`);
  return problems.length === 0;
}

/** Figures that cannot be right: a bundle without code, compression that grows, a second visit that costs more. */
function checks(baseline, bundles, baselinePage, pages) {
  const problems = [];
  for (const b of [baseline, ...bundles]) {
    const js = b.initialJs;
    if (!(js.raw > 0 && js.gzip < js.raw && js.brotli < js.raw))
      problems.push(`${b.project}: initial JS ${JSON.stringify(js)}`);
    if (b.externalImports.length > 0)
      problems.push(`${b.project}: imports outside its bundle ${b.externalImports}`);
  }
  for (const p of [{ project: BASELINE, ...baselinePage }, ...pages]) {
    if (!(p.firstVisit.served > 0 && p.secondVisit.served < p.firstVisit.served)) {
      problems.push(`${p.project}: first visit ${p.firstVisit.served} B, second ${p.secondVisit.served} B`);
    }
  }
  return problems;
}

const kB = (bytes) => (bytes / 1000).toFixed(1);
const times = (r) => (r === null ? '–' : `${r.toFixed(2)}×`);
const sizes = (f) => `${kB(f.raw)} / ${kB(f.gzip)} / ${kB(f.brotli)}`;

function markdown(report) {
  const { machine, baseline, bundles, pages } = report;
  const basePage = baseline.page;
  const lines = [
    '# Bundle weight',
    '',
    `${report.date.slice(0, 10)} — ${machine.cpu}, ${machine.cores} cores, ${machine.ramGiB} GiB RAM, Node ${machine.node}.` +
      (report.smoke ? ' **Smoke run**: not figures to compare.' : ''),
    report.build.reusedDist
      ? 'Measured on dist/ as it was (no build in this run).'
      : `Built in this run: ${report.build.built.join(', ')} (${report.build.seconds} s).`,
    `Sizes in kB (1,000 bytes): raw / gzip (level ${report.compression.gzipLevel}) / brotli (quality ` +
      `${report.compression.brotliQuality}), each file compressed on its own as a server sends it. Baseline: ` +
      `\`${BASELINE}\`, a minimal Angular element (one component, zoneless, same builder and production options).`,
    '',
    '## Per bundle',
    '',
    '| Bundle | Initial JS files | Initial JS | × baseline (brotli) | Initial CSS | Lazy chunks | Lazy JS | First screen lazy |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...[baseline, ...bundles].map(
      (b) =>
        `| ${b.project} | ${b.initialJs.files} | ${sizes(b.initialJs)} | ${b === baseline ? 'baseline' : times(b.initialJsToBaseline.brotli)} | ` +
        `${b.initialCss.files ? sizes(b.initialCss) : 'none'} | ${b.lazy.files} | ${b.lazy.files ? sizes(b.lazy) : '–'} | ` +
        `${b.landing ? `${sizes(b.landing)} (${b.landing.files} files)` : '–'} |`,
    ),
    '',
    'First screen lazy: the chunk of the module’s default page (its `@defer` block) and what it imports beyond the',
    'initial files.',
    '',
    '## Downloads to reach each page',
    '',
    'Everything the stand-in portal’s page loads: HTML (import map inline), portal CSS, icon, root config and its',
    'imports (single-spa, keycloak-js, @ocop/auth, portal pages), portal-config.json, then the shell, the module',
    'and its first screen. The portal sends no `Content-Encoding`, so “as served” is raw; gzip and brotli are what',
    'a compressing gateway or CDN would send. Second visit: hashed files are cached (`immutable`, one year), the',
    'rest (`no-cache` without ETag or Last-Modified) is downloaded again in full. The baseline page is the same',
    'portal page with the minimal element instead of the shell and a module.',
    '',
    '| Page | Requests | As served | gzip | brotli | × baseline (brotli) | 2nd visit requests | 2nd visit as served / gzip / brotli |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...[{ project: `baseline (${BASELINE})`, path: basePage.path, ...basePage }, ...pages].map((p) => {
      const f = p.firstVisit;
      const s = p.secondVisit;
      return (
        `| ${p.project} \`${p.path}\` | ${f.requests} | ${kB(f.served)} | ${kB(f.gzip)} | ${kB(f.brotli)} | ` +
        `${p.firstVisitToBaseline ? times(p.firstVisitToBaseline.brotli) : 'baseline'} | ${s.requests} | ` +
        `${kB(s.served)} / ${kB(s.gzip)} / ${kB(s.brotli)} |`
      );
    }),
    '',
    'First visit by part (kB, as served / brotli):',
    '',
    '| Page | ' + partNames(basePage, pages).join(' | ') + ' |',
    '| --- | ' +
      partNames(basePage, pages)
        .map(() => '---:')
        .join(' | ') +
      ' |',
    ...[{ project: 'baseline', ...basePage }, ...pages].map(
      (p) =>
        `| ${p.project} | ` +
        partNames(basePage, pages)
          .map((part) => {
            const t = p.firstVisit.byPart[part];
            return t ? `${kB(t.served)} / ${kB(t.brotli)}` : '–';
          })
          .join(' | ') +
        ' |',
    ),
    '',
    '## Lazy chunks',
    '',
  ];
  for (const b of bundles.filter((x) => x.lazy.files > 0)) {
    lines.push(
      `### ${b.project}`,
      '',
      '| Chunk | raw | gzip | brotli | |',
      '| --- | ---: | ---: | ---: | --- |',
      ...[...b.lazy.list]
        .sort((x, y) => y.raw - x.raw)
        .map(
          (f) =>
            `| ${f.file} | ${kB(f.raw)} | ${kB(f.gzip)} | ${kB(f.brotli)} | ` +
            `${[f.lazyEntry ? 'dynamic import target' : 'shared', f.landing ? 'first screen' : ''].filter(Boolean).join(', ')} |`,
        ),
      '',
    );
  }
  if (report.build.notBuilt.length > 0)
    lines.push(`Not built, not measured: ${report.build.notBuilt.join(', ')}.`, '');
  if (report.problems.length > 0) lines.push('## Problems', '', ...report.problems.map((p) => `- ${p}`), '');
  return lines;
}

function partNames(basePage, pages) {
  const names = new Set([basePage, ...pages].flatMap((p) => Object.keys(p.firstVisit.byPart)));
  return ['portal', ...[...names].filter((n) => n !== 'portal').sort()];
}

await runBench(main);
