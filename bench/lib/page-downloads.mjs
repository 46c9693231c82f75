// What a browser downloads to show a page of the stand-in portal (portal/server.mjs), found without a browser:
// the portal server runs in this process, and the files are requested as a browser would request them
// (`Accept-Encoding: br, gzip`), following the page's HTML (stylesheet, icon, module scripts, import map),
// every module's static imports (parsed with esbuild, resolved through the import map) and the loads the
// caller names (a fetch, a dynamic import the page makes by code). Each response keeps its bytes on the wire
// and its caching headers, from which the second visit follows (secondVisit below).
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { startPortalServer } from '../../portal/server.mjs';
import { compressedSizes, moduleImports } from './bundle-files.mjs';
import { freePort } from './processes.mjs';

/** The portal serving `distDir` on a free port of 5000–5999; Keycloak is never reached (only named in the CSP). */
export async function startPortal(distDir) {
  const port = await freePort();
  const portal = await startPortalServer({
    port,
    distDir,
    keycloak: { url: 'http://127.0.0.1:9', realm: 'langson', clientId: 'ocop-portal' },
  });
  // The server listens on 127.0.0.1; `localhost` may resolve to ::1 first.
  return { origin: `http://127.0.0.1:${port}`, close: portal.close };
}

/**
 * Every response a browser gets for `pagePath` and then `loads` (`{ fetch: path }` or `{ module: specifier
 * or path }`), each once: `{ path, kind, cacheControl, validator, contentEncoding, served, raw, gzip, brotli }`
 * where `served` is the body's bytes as the server sent them and raw/gzip/brotli those of its content.
 */
export async function pageDownloads(origin, pagePath, loads = []) {
  const responses = new Map();
  const bodies = new Map();
  const fetchOnce = async (path, kind) => {
    if (responses.has(path)) return bodies.get(path);
    const answer = await get(origin, path);
    if (answer.status !== 200) throw new Error(`${path}: HTTP ${answer.status}`);
    const record = {
      path,
      kind,
      cacheControl: answer.headers['cache-control'] ?? null,
      validator: Boolean(answer.headers.etag ?? answer.headers['last-modified']),
      contentEncoding: answer.headers['content-encoding'] ?? null,
      served: answer.wire.length,
      ...compressedSizes(answer.body),
    };
    responses.set(path, record);
    bodies.set(path, answer.body);
    return answer.body;
  };

  const page = await fetchOnce(pagePath, 'document');
  const html = page.toString('utf8');
  const importMap = JSON.parse(
    /<script type="importmap">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '{"imports":{}}',
  );
  const resolve = (specifier, from) => {
    if (/^\.{0,2}\//.test(specifier)) return new URL(specifier, new URL(from, origin)).pathname;
    const mapped = importMap.imports[specifier];
    if (!mapped) throw new Error(`${from}: "${specifier}" is not in the page's import map`);
    return new URL(mapped, origin).pathname;
  };
  const loadModule = async (path) => {
    if (responses.has(path)) return;
    const source = await fetchOnce(path, 'module');
    const imports = await moduleImports(source.toString('utf8'));
    // A module runs only once all its static imports are fetched; its dynamic imports are the caller's `loads`.
    for (const specifier of imports.static) await loadModule(resolve(specifier, path));
  };

  for (const tag of html.match(/<link\b[^>]*>/g) ?? []) {
    const rel = attribute(tag, 'rel');
    const href = attribute(tag, 'href');
    if (href && (rel === 'stylesheet' || rel === 'icon')) await fetchOnce(resolve(href, pagePath), rel);
  }
  for (const tag of html.match(/<script\b[^>]*>/g) ?? []) {
    const src = attribute(tag, 'src');
    if (src && attribute(tag, 'type') === 'module') await loadModule(resolve(src, pagePath));
  }
  for (const load of loads) {
    if (load.fetch) await fetchOnce(load.fetch, 'fetch');
    else await loadModule(resolve(load.module, pagePath));
  }
  return [...responses.values()];
}

/**
 * What the same page costs when the browser comes back with these responses in its HTTP cache:
 * `cached` (fresh by max-age and not no-cache: no request at all; the hashed bundles, `immutable` for a
 * year), `revalidated` (no-cache with an ETag or Last-Modified: a request answered 304 without a body) or
 * `refetched` (no-cache without a validator, or no-store: downloaded in full again).
 */
export function secondVisit(record) {
  const directives = (record.cacheControl ?? '').toLowerCase();
  const maxAge = Number(/max-age=(\d+)/.exec(directives)?.[1] ?? 0);
  if (directives.includes('no-store')) return 'refetched';
  if (maxAge > 0 && !directives.includes('no-cache')) return 'cached';
  return record.validator ? 'revalidated' : 'refetched';
}

/** Requests and bytes of a list of responses: as served, raw, gzip and brotli. */
export function downloadTotals(records) {
  return records.reduce(
    (sum, r) => ({
      requests: sum.requests + 1,
      served: sum.served + r.served,
      raw: sum.raw + r.raw,
      gzip: sum.gzip + r.gzip,
      brotli: sum.brotli + r.brotli,
    }),
    { requests: 0, served: 0, raw: 0, gzip: 0, brotli: 0 },
  );
}

function attribute(tag, name) {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? null;
}

function get(origin, path) {
  return new Promise((resolvePromise, reject) => {
    const req = request(new URL(path, origin), { headers: { 'accept-encoding': 'br, gzip' } }, (res) => {
      const chunks = [];
      res.on('data', (chunk) => chunks.push(chunk));
      res.on('error', reject);
      res.on('end', () => {
        const wire = Buffer.concat(chunks);
        const encoding = res.headers['content-encoding'];
        const body =
          encoding === 'br' ? brotliDecompressSync(wire) : encoding === 'gzip' ? gunzipSync(wire) : wire;
        resolvePromise({ status: res.statusCode, headers: res.headers, wire, body });
      });
    });
    req.on('error', reject);
    req.end();
  });
}
