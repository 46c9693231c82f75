// Serves the stand-in portal: its pages, single-spa, the OCOP bundles (as a CDN would, with CORS and
// long-lived caching of hashed files) and a gateway route /api → the OCOP API.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { createServer, request as httpRequest } from 'node:http';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ocopImportMap } from '../scripts/lib/import-map.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const PUBLIC_DIR = join(here, 'public');
const MINIMAL_DIR = join(here, 'minimal');
const VENDOR = {
  '/vendor/single-spa.js': join(root, 'node_modules/single-spa/lib/es2015/esm/single-spa.min.js'),
  '/vendor/keycloak.js': join(root, 'node_modules/keycloak-js/lib/keycloak.js'),
};
const ASSETS_PREFIX = '/ocop-assets/';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * @param {{ port?: number, host?: string, apiUrl?: string, distDir?: string,
 *           keycloak: { url: string, realm: string, clientId: string } }} options
 * @returns {Promise<{ url: string, close: () => Promise<void> }>}
 */
export async function startPortalServer(options) {
  // Browsers reach the portal as `localhost`, the same site as Keycloak (cookies need that).
  const host = options.host ?? '127.0.0.1';
  const apiUrl = new URL(options.apiUrl ?? 'http://127.0.0.1:4300');
  const distDir = resolve(root, options.distDir ?? 'dist');
  const indexTemplate = readFileSync(join(PUBLIC_DIR, 'index.html'), 'utf8');
  const standaloneTemplate = readFileSync(join(PUBLIC_DIR, 'standalone.html'), 'utf8');
  const minimalTemplate = readFileSync(join(MINIMAL_DIR, 'index.html'), 'utf8');
  const templateFor = (path) => {
    const under = (prefix) => path === prefix || path.startsWith(`${prefix}/`);
    if (under('/standalone')) return standaloneTemplate;
    if (under('/portal')) return minimalTemplate;
    return indexTemplate;
  };

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://portal');
    if (url.pathname === '/api' || url.pathname.startsWith('/api/')) return proxy(req, res, apiUrl);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method not allowed');
    if (VENDOR[url.pathname]) return sendFile(res, VENDOR[url.pathname], 'no-cache');
    if (url.pathname === '/portal-config.json') {
      res.writeHead(200, { 'Content-Type': TYPES['.json'], 'Cache-Control': 'no-cache' });
      return res.end(JSON.stringify({ keycloak: options.keycloak }));
    }
    if (url.pathname.startsWith(ASSETS_PREFIX)) {
      const [project, ...rest] = url.pathname.slice(ASSETS_PREFIX.length).split('/');
      const file = safeJoin(join(distDir, project, 'browser'), rest.join('/'));
      const hashed = /-[A-Z0-9]{8}\.(js|css)$/.test(url.pathname);
      return sendFile(res, file, hashed ? 'public, max-age=31536000, immutable' : 'no-cache', true);
    }
    if (extname(url.pathname) === '') {
      return sendIndex(res, templateFor(url.pathname), distDir, new URL(options.keycloak.url).origin);
    }
    if (url.pathname.startsWith('/minimal/')) {
      return sendFile(res, safeJoin(MINIMAL_DIR, url.pathname.slice('/minimal/'.length)), 'no-cache');
    }
    return sendFile(res, safeJoin(PUBLIC_DIR, url.pathname), 'no-cache');
  });

  await new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 4200, host, () => resolvePromise(undefined));
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://localhost:${port}`,
    close: () =>
      new Promise((resolveClose) => {
        server.closeAllConnections();
        server.close(() => resolveClose(undefined));
      }),
  };
}

function sendIndex(res, template, distDir, keycloakOrigin) {
  // The portal's own entries plus the fragment OCOP's build publishes (brief §3, step 1).
  const map = {
    imports: {
      'single-spa': '/vendor/single-spa.js',
      'keycloak-js': '/vendor/keycloak.js',
      ...ocopImportMap(distDir, ASSETS_PREFIX).imports,
    },
  };
  const importMap = JSON.stringify(map);
  const html = template.replace('<!--IMPORT_MAP-->', `<script type="importmap">${importMap}</script>`);
  res.writeHead(200, {
    'Content-Type': TYPES['.html'],
    'Cache-Control': 'no-cache',
    'Content-Security-Policy': contentSecurityPolicy(importMap, keycloakOrigin),
  });
  res.end(html);
}

/**
 * The strict policy a real portal would send (docs/integration.md §7): no eval, no inline script but the
 * import map, allowed by its hash. Styles may be inline: components write <style> into their shadow roots.
 */
function contentSecurityPolicy(importMap, keycloakOrigin) {
  const importMapHash = createHash('sha256').update(importMap).digest('base64');
  return [
    "default-src 'self'",
    `script-src 'self' 'sha256-${importMapHash}'`,
    "style-src 'self' 'unsafe-inline'",
    `connect-src 'self' ${keycloakOrigin}`,
    // blob: for the dossier page's previews: attachment bytes are fetched with the bearer token and shown
    // through blob: URLs (images in <img>, PDF in an <iframe>), since a plain URL cannot carry the token.
    "img-src 'self' data: blob:",
    `frame-src ${keycloakOrigin} blob:`,
    "object-src 'none'",
    "base-uri 'self'",
    `form-action 'self' ${keycloakOrigin}`,
  ].join('; ');
}

function sendFile(res, file, cacheControl, cors = false) {
  if (!file || !existsSync(file) || !statSync(file).isFile()) return send(res, 404, 'Not found');
  const headers = {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Cache-Control': cacheControl,
  };
  // Bundles are meant to be served from a CDN on another origin; module scripts then need CORS.
  if (cors) Object.assign(headers, { 'Access-Control-Allow-Origin': '*', 'Timing-Allow-Origin': '*' });
  res.writeHead(200, headers);
  createReadStream(file).pipe(res);
}

function send(res, status, text) {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' });
  res.end(text);
}

/** A path below `base`, or null when the request tries to climb out of it. */
function safeJoin(base, path) {
  const full = normalize(join(base, decodeURIComponent(path)));
  return full.startsWith(base) ? full : null;
}

function proxy(req, res, target) {
  const upstream = httpRequest(
    {
      host: target.hostname,
      port: target.port,
      method: req.method,
      path: req.url,
      headers: { ...req.headers, host: target.host },
    },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    },
  );
  upstream.on('error', () => {
    if (res.headersSent) return res.destroy();
    res.writeHead(502, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(
      JSON.stringify({
        code: 'API_UNAVAILABLE',
        message: 'Máy chủ OCOP không phản hồi. Vui lòng thử lại sau.',
      }),
    );
  });
  req.pipe(upstream);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const portal = await startPortalServer({
    port: Number(process.env.PORTAL_PORT ?? 4200),
    apiUrl: process.env.OCOP_API_URL,
    distDir: process.env.OCOP_DIST,
    keycloak: {
      url: process.env.KEYCLOAK_URL ?? 'http://localhost:8180',
      realm: process.env.KEYCLOAK_REALM ?? 'langson',
      clientId: process.env.KEYCLOAK_CLIENT_ID ?? 'ocop-portal',
    },
  });
  console.log(`portal: ${portal.url}`);
}
