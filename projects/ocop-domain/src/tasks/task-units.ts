import { DEPARTMENTS } from '../units/departments';

/**
 * Who a plan's duty is given to (seed plan §III): a district unit (department, centre, the steering committee
 * and its support team, the Front), a commune's People's Committee, or a producer. A producer has no login of
 * its own: the commune office of its commune reports for it.
 */
export type TaskUnitKind = 'department' | 'commune' | 'producer';
export const TASK_UNIT_KINDS: readonly TaskUnitKind[] = ['department', 'commune', 'producer'];

export interface TaskUnitRef {
  kind: TaskUnitKind;
  /** Department code of `DEPARTMENTS`, commune GSO code (5 digits), or producer id (uuid). */
  code: string;
}

export interface TaskUnit extends TaskUnitRef {
  name: string;
  /** For a producer: the commune it is registered in (whose office reports for it); otherwise null. */
  communeCode: string | null;
}

/** 'department:TTYT', 'commune:06322', 'producer:<uuid>': how a unit is stored and sent in queries. */
export function taskUnitKey(unit: TaskUnitRef): string {
  return `${unit.kind}:${unit.code}`;
}

const KEY = /^(department|commune|producer):(.+)$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** The unit a key names, or null when the key is malformed or names no known department. */
export function parseTaskUnitKey(key: string): TaskUnitRef | null {
  const match = KEY.exec(key);
  if (!match) return null;
  const kind = match[1] as TaskUnitKind;
  const code = match[2]!;
  if (kind === 'department' && !DEPARTMENTS.some((d) => d.code === code)) return null;
  if (kind === 'commune' && !/^[0-9]{5}$/.test(code)) return null;
  if (kind === 'producer' && !UUID.test(code)) return null;
  return { kind, code };
}

export function sameTaskUnit(a: TaskUnitRef, b: TaskUnitRef): boolean {
  return a.kind === b.kind && a.code === b.code;
}
