import { Council, CouncilLevel, CouncilPosition, FieldError } from '@ocop/domain';
import type { CouncilInput } from '../../api/councils-api';
import { dayText, parseDayText } from '../../shared/day-text';

export const POSITIONS: readonly CouncilPosition[] = ['chair', 'vice-chair', 'member', 'secretary'];

/** The council's rules the form checks before sending (the API checks them again). */
export const MIN_MEMBERS = 3;

export interface MemberRow {
  /** Stable per row while the form lives (rows are added and removed). */
  key: number;
  /** The member's id when editing an existing member: the API keeps them (and their sheets). */
  id?: string;
  fullName: string;
  position: CouncilPosition;
  title: string;
  username: string;
}

export interface CouncilFormValue {
  name: string;
  decisionNumber: string;
  /** Days as typed, dd/MM/yyyy. */
  decisionDate: string;
  termFrom: string;
  termTo: string;
  members: MemberRow[];
}

export type MemberField = 'fullName' | 'position' | 'title' | 'username';

/** What is wrong, by path: 'name', 'members' (the list as a whole), 'members.2.username'… */
export type FormProblems = Record<string, CouncilProblem>;

export type CouncilProblem =
  'required' | 'badDate' | 'termOrder' | 'oneChair' | 'oneSecretary' | 'minMembers' | 'duplicateUsername';

let nextKey = 1;

export function memberRow(position: CouncilPosition = 'member'): MemberRow {
  return { key: nextKey++, fullName: '', position, title: '', username: '' };
}

export function emptyCouncilForm(): CouncilFormValue {
  return {
    name: '',
    decisionNumber: '',
    decisionDate: '',
    termFrom: '',
    termTo: '',
    members: [memberRow('chair'), memberRow('member'), memberRow('secretary')],
  };
}

export function councilFormValue(council: Council): CouncilFormValue {
  return {
    name: council.name,
    decisionNumber: council.decisionNumber,
    decisionDate: dayText(council.decisionDate),
    termFrom: dayText(council.termFrom),
    termTo: dayText(council.termTo),
    members: council.members.map((m) => ({
      key: nextKey++,
      id: m.id,
      fullName: m.fullName,
      position: m.position,
      title: m.title,
      username: m.username ?? '',
    })),
  };
}

/**
 * A kept draft as the form's value again, or null when it is not one (a draft of an older form). Rows get
 * fresh keys, so they cannot clash with rows added afterwards.
 */
export function restoredCouncilForm(draft: unknown): CouncilFormValue | null {
  const value = draft as Partial<CouncilFormValue> | null;
  const texts = ['name', 'decisionNumber', 'decisionDate', 'termFrom', 'termTo'] as const;
  if (!value || texts.some((f) => typeof value[f] !== 'string') || !Array.isArray(value.members)) return null;
  const members = value.members.filter(
    (m): m is MemberRow => typeof m === 'object' && m !== null && POSITIONS.includes(m.position),
  );
  return { ...(value as CouncilFormValue), members: members.map((m) => ({ ...m, key: nextKey++ })) };
}

/** The form's problems; empty when it may be sent. */
export function councilProblems(value: CouncilFormValue): FormProblems {
  const problems: FormProblems = {};
  for (const field of ['name', 'decisionNumber'] as const) {
    if (!value[field].trim()) problems[field] = 'required';
  }
  for (const field of ['decisionDate', 'termFrom', 'termTo'] as const) {
    const text = value[field].trim();
    if (!text) {
      if (field !== 'termTo') problems[field] = 'required';
    } else if (!parseDayText(text)) {
      problems[field] = 'badDate';
    }
  }
  const from = parseDayText(value.termFrom);
  const to = parseDayText(value.termTo);
  if (from && to && to <= from) problems['termTo'] = 'termOrder';

  const count = (position: CouncilPosition): number =>
    value.members.filter((m) => m.position === position).length;
  if (value.members.length < MIN_MEMBERS) problems['members'] = 'minMembers';
  else if (count('chair') !== 1) problems['members'] = 'oneChair';
  else if (count('secretary') !== 1) problems['members'] = 'oneSecretary';

  const seen = new Set<string>();
  value.members.forEach((member, i) => {
    if (!member.fullName.trim()) problems[`members.${i}.fullName`] = 'required';
    if (!member.title.trim()) problems[`members.${i}.title`] = 'required';
    const username = member.username.trim().toLowerCase();
    if (username) {
      if (seen.has(username)) problems[`members.${i}.username`] = 'duplicateUsername';
      seen.add(username);
    }
  });
  return problems;
}

/** The request body; call only when councilProblems is empty. */
export function councilInput(
  value: CouncilFormValue,
  unit: { level: CouncilLevel; unitCode: string },
): CouncilInput {
  return {
    level: unit.level,
    unitCode: unit.unitCode,
    name: value.name.trim(),
    decisionNumber: value.decisionNumber.trim(),
    decisionDate: parseDayText(value.decisionDate)!,
    termFrom: parseDayText(value.termFrom)!,
    termTo: value.termTo.trim() ? parseDayText(value.termTo) : null,
    members: value.members.map((m) => ({
      ...(m.id ? { id: m.id } : {}),
      fullName: m.fullName.trim(),
      position: m.position,
      title: m.title.trim(),
      username: m.username.trim() || null,
    })),
  };
}

/** An API field error's path the way the form keys its fields ('members[2].username' → 'members.2.username'). */
export function errorPath(error: FieldError): string {
  return error.field
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\//, '')
    .replace(/\//g, '.');
}
