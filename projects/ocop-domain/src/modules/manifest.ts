import { OCOP_ROLES, OcopModuleId, OcopRole } from '../access/roles';

/**
 * What a module bundle says about itself (exported as `manifest` from its entry). The shell checks it when
 * the bundle has loaded and mounts the module only if it fits: the element it defines, the roles it serves,
 * and the API versions it was built against. Bundles and API can be deployed separately, so this is the
 * guard against a module that expects an API the province does not run yet.
 */
export interface ModuleManifest {
  id: OcopModuleId;
  /** Human name, Vietnamese. */
  name: string;
  tag: string;
  /** First path segments below the shell's base path that belong to the module. */
  routes: readonly string[];
  roles: readonly OcopRole[];
  /** Semver range of the OCOP API the module works with, e.g. "^1.0.0". */
  apiVersion: string;
  /** JSON Schema of the module's own settings (what an admin may configure), empty when it has none. */
  configSchema: Readonly<Record<string, unknown>>;
}

/** The version of the API's contract, served by GET /api/version. Bump the major on a breaking change. */
export const OCOP_API_VERSION = '1.0.0';

export type ManifestProblem =
  | { code: 'MISSING'; message: string }
  | { code: 'WRONG_MODULE'; message: string }
  | { code: 'WRONG_TAG'; message: string }
  | { code: 'UNKNOWN_ROLE'; message: string }
  | { code: 'API_VERSION'; message: string };

/** Why a loaded bundle must not be mounted; empty when it fits. */
export function checkManifest(
  manifest: unknown,
  expected: { id: OcopModuleId; tag: string },
  apiVersion: string,
): ManifestProblem[] {
  if (!isManifestShape(manifest)) {
    return [{ code: 'MISSING', message: 'Gói phân hệ không khai báo manifest hợp lệ.' }];
  }
  const problems: ManifestProblem[] = [];
  if (manifest.id !== expected.id) {
    problems.push({
      code: 'WRONG_MODULE',
      message: `Gói khai báo phân hệ "${manifest.id}", cần "${expected.id}".`,
    });
  }
  if (manifest.tag !== expected.tag) {
    problems.push({ code: 'WRONG_TAG', message: `Gói định nghĩa <${manifest.tag}>, cần <${expected.tag}>.` });
  }
  const unknown = manifest.roles.filter((r) => !(OCOP_ROLES as readonly string[]).includes(r));
  if (unknown.length) {
    problems.push({ code: 'UNKNOWN_ROLE', message: `Vai trò không xác định: ${unknown.join(', ')}.` });
  }
  if (!satisfies(apiVersion, manifest.apiVersion)) {
    problems.push({
      code: 'API_VERSION',
      message: `Phân hệ cần API phiên bản ${manifest.apiVersion}, máy chủ đang chạy ${apiVersion}.`,
    });
  }
  return problems;
}

function isManifestShape(value: unknown): value is ModuleManifest {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  return (
    typeof m['id'] === 'string' &&
    typeof m['name'] === 'string' &&
    typeof m['tag'] === 'string' &&
    Array.isArray(m['routes']) &&
    Array.isArray(m['roles']) &&
    typeof m['apiVersion'] === 'string' &&
    typeof m['configSchema'] === 'object' &&
    m['configSchema'] !== null
  );
}

type Triple = [number, number, number];

function parse(version: string): Triple | null {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

function compare(a: Triple, b: Triple): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/**
 * Whether `version` satisfies `range`: "^1.2.0" (same major, at least 1.2.0; for 0.x the same minor),
 * "~1.2.0" (same minor), ">=1.2.0", or an exact "1.2.0". Several conditions separated by spaces must all
 * hold ("">=1.2.0 <3.0.0"). Anything else is not satisfied.
 */
export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  const parts = range.trim().split(/\s+/);
  if (!v || parts.length === 0 || parts[0] === '') return false;
  return parts.every((part) => {
    const op = /^(\^|~|>=|<=|>|<|=)?(.*)$/.exec(part);
    const base = op ? parse(op[2] ?? '') : null;
    if (!op || !base) return false;
    const c = compare(v, base);
    switch (op[1]) {
      case '^':
        return c >= 0 && (base[0] > 0 ? v[0] === base[0] : v[0] === 0 && v[1] === base[1]);
      case '~':
        return c >= 0 && v[0] === base[0] && v[1] === base[1];
      case '>=':
        return c >= 0;
      case '<=':
        return c <= 0;
      case '>':
        return c > 0;
      case '<':
        return c < 0;
      default:
        return c === 0;
    }
  });
}
