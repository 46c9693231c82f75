import type { SheetAnswers } from '@ocop/domain';

export interface MergedAnswers {
  /** The server's answers with my changes replayed on top; on a conflict, the server's choice is kept. */
  merged: SheetAnswers;
  /** Criteria (choices or gates) that both sides changed differently since `base`. */
  conflicts: string[];
}

/**
 * Three-way merge of a member's sheet: what I changed since `base` (the answers the server last confirmed to
 * me) replayed on `theirs` (what the server holds now, e.g. saved from another tab). A criterion changed on
 * both sides to different answers is a conflict for the member to decide.
 */
export function mergeAnswers(base: SheetAnswers, mine: SheetAnswers, theirs: SheetAnswers): MergedAnswers {
  const choices: Record<string, number> = { ...theirs.choices };
  const conflicts: string[] = [];
  for (const code of new Set([...Object.keys(base.choices), ...Object.keys(mine.choices)])) {
    const [was, now, other] = [base.choices[code], mine.choices[code], theirs.choices[code]];
    if (now === was) continue;
    if (other !== was && other !== now) conflicts.push(code);
    else if (now === undefined) delete choices[code];
    else choices[code] = now;
  }
  const gates = new Set(theirs.gates);
  for (const code of new Set([...base.gates, ...mine.gates])) {
    const [was, now, other] = [base.gates.includes(code), mine.gates.includes(code), gates.has(code)];
    if (now === was || other === now) continue;
    if (other !== was) conflicts.push(code);
    else if (now) gates.add(code);
    else gates.delete(code);
  }
  return { merged: { choices, gates: [...gates] }, conflicts: [...new Set(conflicts)] };
}

/** `merged` with my answers for `codes` (the member chose to keep theirs over the server's). */
export function keepMine(merged: SheetAnswers, mine: SheetAnswers, codes: readonly string[]): SheetAnswers {
  const choices: Record<string, number> = { ...merged.choices };
  const gates = new Set(merged.gates);
  for (const code of codes) {
    const choice = mine.choices[code];
    if (choice === undefined) delete choices[code];
    else choices[code] = choice;
    if (mine.gates.includes(code)) gates.add(code);
    else gates.delete(code);
  }
  return { choices, gates: [...gates] };
}

export function sameAnswers(a: SheetAnswers, b: SheetAnswers): boolean {
  const codes = new Set([...Object.keys(a.choices), ...Object.keys(b.choices)]);
  for (const code of codes) if (a.choices[code] !== b.choices[code]) return false;
  return a.gates.length === b.gates.length && a.gates.every((code) => b.gates.includes(code));
}
