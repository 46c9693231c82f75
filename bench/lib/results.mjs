// The budgets every bench reads and the result files it writes: bench/results/<out>.json and <out>.md.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import { ROOT } from './processes.mjs';

const RESULTS = join(ROOT, 'bench', 'results');

export const readBudgets = () => JSON.parse(readFileSync(join(ROOT, 'bench', 'budgets.json'), 'utf8'));

/** Writes the report as JSON and `mdLines` as Markdown; returns the two paths. */
export async function writeResults(out, report, mdLines) {
  mkdirSync(RESULTS, { recursive: true });
  // Both formatted as the repository's `prettier --check .` expects (short arrays inline, tables aligned).
  const jsonFile = join(RESULTS, `${out}.json`);
  const mdFile = join(RESULTS, `${out}.md`);
  const options = (await resolveConfig(mdFile)) ?? {};
  writeFileSync(jsonFile, await format(JSON.stringify(report), { ...options, parser: 'json' }));
  writeFileSync(mdFile, await format(mdLines.join('\n'), { ...options, parser: 'markdown' }));
  return [jsonFile, mdFile];
}
