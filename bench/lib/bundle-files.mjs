// What a built bundle is made of as the browser sees it: its initial files (the entry and every file it
// imports statically, transitively: the browser fetches them all before the entry runs), its lazy files
// (reached only through a dynamic import(), e.g. an @defer block), and each file's size raw, gzip and brotli.
//
// Why the emitted files' own import statements and not the builder's stats.json: they are exactly what the
// browser follows, they hold for any dist/ (`npm run build` writes no stats.json, and --no-build reuses
// whatever is there), and they are parsed by a real JavaScript parser (esbuild, already a devDependency),
// not by a regular expression that a minifier's output could fool.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import * as esbuild from 'esbuild';
import { entryFile } from '../../scripts/lib/import-map.mjs';

// Static pre-compression at the highest levels (scripts/build.mjs reports gzip 9 as well); a server that
// compresses on the fly at lower levels sends a few per cent more.
export const GZIP_LEVEL = 9;
export const BROTLI_QUALITY = constants.BROTLI_MAX_QUALITY;

const sizesByContent = new Map(); // brotli at quality 11 is slow, and every page loads the same bundles

/** Raw, gzip and brotli bytes of one file's content. */
export function compressedSizes(buffer) {
  const key = createHash('sha256').update(buffer).digest('hex');
  if (!sizesByContent.has(key)) sizesByContent.set(key, compress(buffer));
  return { ...sizesByContent.get(key) };
}

function compress(buffer) {
  return {
    raw: buffer.length,
    gzip: gzipSync(buffer, { level: GZIP_LEVEL }).length,
    brotli: brotliCompressSync(buffer, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: buffer.length,
      },
    }).length,
  };
}

/** Sums of raw, gzip and brotli over files that carry them, with the file count. */
export function totals(files) {
  return files.reduce(
    (sum, f) => ({
      files: sum.files + 1,
      raw: sum.raw + f.raw,
      gzip: sum.gzip + f.gzip,
      brotli: sum.brotli + f.brotli,
    }),
    { files: 0, raw: 0, gzip: 0, brotli: 0 },
  );
}

/**
 * The module specifiers one ES module imports: `static` (import/export … from, fetched before the module
 * runs) and `dynamic` (import('literal'); a computed import(url) cannot be known and is not listed).
 */
export async function moduleImports(code) {
  const result = await esbuild.build({
    stdin: { contents: code, loader: 'js', sourcefile: 'module.js' },
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    logLevel: 'silent',
    // Nothing is followed: only this module's own import statements are wanted.
    plugins: [
      {
        name: 'everything-external',
        setup: (build) => build.onResolve({ filter: /.*/ }, (args) => ({ path: args.path, external: true })),
      },
    ],
  });
  const imports = Object.values(result.metafile.inputs).flatMap((input) => input.imports);
  const of = (kind) => [...new Set(imports.filter((i) => i.kind === kind).map((i) => i.path))];
  return { static: of('import-statement'), dynamic: of('dynamic-import') };
}

/**
 * The files of one built bundle (`dist/<project>/browser`): initial JS from its entry's static imports,
 * initial CSS (the global stylesheets, `styles-*.css`, which a page links before the element starts), lazy
 * files, and `other` files that no import reaches (assets, or a file only a computed import loads).
 */
export async function bundleFiles(browserDir) {
  const entry = entryFile(browserDir);
  if (!entry) throw new Error(`no main-*.js in ${browserDir}`);
  const graph = new Map(); // file → { static: [file], dynamic: [file] }
  const external = new Set(); // imports of another origin or bare specifiers: not part of this bundle
  const visit = async (file) => {
    if (graph.has(file)) return;
    const node = { static: [], dynamic: [] };
    graph.set(file, node);
    const imports = await moduleImports(readFileSync(join(browserDir, file), 'utf8'));
    for (const kind of ['static', 'dynamic']) {
      for (const specifier of imports[kind]) {
        if (!specifier.startsWith('./') && !specifier.startsWith('../')) {
          external.add(`${kind} ${specifier}`);
          continue;
        }
        node[kind].push(posix.normalize(posix.join(posix.dirname(file), specifier)));
      }
    }
    for (const target of [...node.static, ...node.dynamic]) await visit(target);
  };
  await visit(entry);

  const staticClosure = (roots) => {
    const seen = new Set();
    const walk = (file) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of graph.get(file)?.static ?? []) walk(next);
    };
    roots.forEach(walk);
    return seen;
  };
  const initial = staticClosure([entry]);
  const lazyEntries = new Set([...graph.values()].flatMap((n) => n.dynamic).filter((f) => !initial.has(f)));

  const all = listFiles(browserDir);
  const sized = (file) => ({ file, ...compressedSizes(readFileSync(join(browserDir, file))) });
  const initialCss = all.filter((f) => /^styles(-[A-Z0-9]+)?\.css$/.test(f));
  const lazy = all.filter((f) => graph.has(f) && !initial.has(f));
  const other = all.filter((f) => !graph.has(f) && !initialCss.includes(f));
  return {
    entry,
    initialJs: [...initial]
      .sort((a, b) => (a === entry ? -1 : b === entry ? 1 : a.localeCompare(b)))
      .map(sized),
    initialCss: initialCss.map(sized),
    lazy: lazy.map((file) => ({ ...sized(file), lazyEntry: lazyEntries.has(file) })),
    other: other.map(sized),
    externalImports: [...external].sort(),
    /** The lazy files one dynamic import brings beyond the initial ones: the import's target and its static imports. */
    lazyClosure: (target) => [...staticClosure([target])].filter((f) => !initial.has(f)),
    lazyEntries: [...lazyEntries],
  };
}

/** The lazy entry whose files define the component with this selector: the chunk of an @defer page. */
export function lazyEntryDefining(browserDir, files, selector) {
  const definition = `selectors:[["${selector}"]]`;
  const matching = files.lazyEntries
    .map((target) => ({ target, closure: files.lazyClosure(target) }))
    .filter(({ closure }) =>
      closure.some((f) => readFileSync(join(browserDir, f), 'utf8').includes(definition)),
    );
  // A component in a chunk shared by several lazy entries matches each of them; the page's own @defer
  // import brings the fewest files.
  matching.sort((a, b) => a.closure.length - b.closure.length);
  return matching[0] ?? null;
}

function listFiles(dir, under = dir) {
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((d) =>
      d.isDirectory() ? listFiles(join(dir, d.name), under) : [relative(under, join(dir, d.name))],
    )
    .map((f) => f.split('\\').join('/'))
    .sort();
}
