// The budgets every bench reads and the result files it writes: bench/results/<out>.json and <out>.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { ROOT } from './processes.mjs';

const RESULTS = join(ROOT, 'bench', 'results');

export const readBudgets = () => JSON.parse(readFileSync(join(ROOT, 'bench', 'budgets.json'), 'utf8'));

/** The report of results/<out>.json, or null when there is none. */
export function readResults(out) {
  const file = join(RESULTS, `${out}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null;
}

/** Writes the report as JSON and `mdLines` as Markdown to results/<out>.json and .md; returns the two paths. */
export function writeResults(out, report, mdLines) {
  // `out` may name a subdirectory: the smoke runs write to results/smoke/.
  return writeReportFiles(join(RESULTS, out), report, mdLines);
}

/** Writes `<base>.json` and `<base>.md` (bench/run.mjs: bench/results.json and .md); returns the two paths. */
export async function writeReportFiles(base, report, mdLines) {
  const jsonFile = `${base}.json`;
  const mdFile = `${base}.md`;
  mkdirSync(dirname(jsonFile), { recursive: true });
  // Both formatted as the repository's `prettier --check .` expects (short arrays inline, tables aligned).
  const options = (await resolveConfig(mdFile)) ?? {};
  writeFileSync(jsonFile, await format(JSON.stringify(report), { ...options, parser: 'json' }));
  writeFileSync(mdFile, await format(mdLines.join('\n'), { ...options, parser: 'markdown' }));
  return [jsonFile, mdFile];
}
