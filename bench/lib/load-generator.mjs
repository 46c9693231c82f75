// The load generator of bench/api-load.mjs, run as its own process (`node bench/lib/load-generator.mjs
// <spec.json>`): making and timing the requests never shares an event loop with the API, nor with the bench
// that prepares the data. One autocannon run per process; every response's latency is recorded here, since
// autocannon's own summary has p97.5 and p99 but no p95. Prints the summary as one JSON line on stdout.
//
// The spec: { url, connections, durationSeconds, timeoutSeconds, headers, prepared: [{ method, path, body }],
// maxRequests? }. Each request takes the next prepared one, round and round; with `maxRequests` (a pool of
// one-off requests such as workflow transitions) the run ends once that many were sent, so none is sent twice.
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { percentile, round1 } from './stats.mjs';

const spec = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const { prepared } = spec;
let next = 0;

const latencies = [];
const statusCodes = {};
// Own clock for the rate: autocannon's duration runs to the end of the time given even when a pool of
// one-off requests ran out before.
let lastResponseAt = null;
// The clients connect and send their first requests as autocannon() builds them.
const startedAt = performance.now();
// The first answers that were not 2xx, to say what went wrong.
const failures = [];

const instance = autocannon(
  {
    url: spec.url,
    connections: spec.connections,
    duration: spec.durationSeconds,
    timeout: spec.timeoutSeconds,
    // The run stops at the first sample after its time: every 0.1 s instead of every second, so a 1 s smoke run
    // lasts 1 s, not up to 2. (autocannon's per-sample request counts are not used.)
    sampleInt: 100,
    ...(spec.maxRequests === undefined ? {} : { maxOverallRequests: spec.maxRequests }),
    requests: [
      {
        // Called once per request sent (autocannon builds each request right before writing it).
        setupRequest: (request) => {
          const chosen = prepared[next++ % prepared.length];
          return {
            ...request,
            method: chosen.method ?? 'GET',
            path: chosen.path,
            headers: {
              ...request.headers,
              ...spec.headers,
              ...(chosen.body === undefined ? {} : { 'content-type': 'application/json' }),
            },
            body: chosen.body ?? Buffer.alloc(0),
          };
        },
        onResponse: (status, body) => {
          if ((status < 200 || status > 299) && failures.length < 3)
            failures.push({ status, body: body.slice(0, 500) });
        },
      },
    ],
  },
  (error, result) => {
    if (error) {
      console.error(`load generator: ${error.message}`);
      process.exit(1);
    }
    const sorted = latencies.sort((a, b) => a - b);
    const at = (p) => (sorted.length === 0 ? null : round1(percentile(sorted, p)));
    const ok = Object.entries(statusCodes)
      .filter(([code]) => code.startsWith('2'))
      .reduce((n, [, count]) => n + count, 0);
    // From the start to the last response: the run's length, or less when the requests ran out.
    const activeSeconds = lastResponseAt === null ? result.duration : (lastResponseAt - startedAt) / 1000;
    const summary = {
      connections: spec.connections,
      durationSeconds: Math.round(activeSeconds * 100) / 100,
      requestsSent: next,
      responses: sorted.length,
      ok,
      non2xx: sorted.length - ok,
      errors: result.errors,
      timeouts: result.timeouts,
      statusCodes,
      failures,
      requestsPerSecond: round1(sorted.length / activeSeconds),
      latencyMs: {
        p50: at(50),
        p95: at(95),
        p99: at(99),
        max: at(100),
        mean: sorted.length === 0 ? null : round1(sorted.reduce((s, ms) => s + ms, 0) / sorted.length),
      },
      // autocannon's own histogram (whole milliseconds), for a cross-check of the figures above.
      autocannonLatencyMs: {
        p50: result.latency.p50,
        p97_5: result.latency.p97_5,
        p99: result.latency.p99,
      },
    };
    process.stdout.write(`${JSON.stringify(summary)}\n`);
  },
);

instance.on('response', (_client, statusCode, _bytes, responseTime) => {
  lastResponseAt = performance.now();
  latencies.push(responseTime);
  statusCodes[statusCode] = (statusCodes[statusCode] ?? 0) + 1;
});
