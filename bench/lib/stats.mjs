// Nearest-rank percentiles of response times, rounded to 0.1 ms for the result files.

/** The p-th percentile (nearest rank) of ascending `sorted`. */
export const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

export const round1 = (n) => Math.round(n * 10) / 10;

/** p50, p95 and max of response times in ms (any order). */
export function timeSummary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    p50Ms: round1(percentile(sorted, 50)),
    p95Ms: round1(percentile(sorted, 95)),
    maxMs: round1(sorted[sorted.length - 1]),
  };
}
