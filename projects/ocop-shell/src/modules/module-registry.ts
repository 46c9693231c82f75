import { MessageKey } from '@ocop/common';
import { OcopModuleId } from '@ocop/domain';

/** An OCOP feature module as the shell knows it: where it lives in the URL and how to load it. */
export interface OcopModule {
  id: OcopModuleId;
  /** First path segment below the shell's base path. */
  segment: string;
  labelKey: MessageKey;
  /** The custom element the bundle defines. */
  tag: string;
  /** Bare specifier resolved by the page's import map. */
  bundle: string;
}

export const OCOP_MODULES: readonly OcopModule[] = [
  {
    id: 'dossier',
    segment: 'dossiers',
    labelKey: 'module.dossier',
    tag: 'ocop-dossier-app',
    bundle: '@ocop/dossier',
  },
  { id: 'tasks', segment: 'tasks', labelKey: 'module.tasks', tag: 'ocop-tasks-app', bundle: '@ocop/tasks' },
  {
    id: 'reports',
    segment: 'reports',
    labelKey: 'module.reports',
    tag: 'ocop-reports-app',
    bundle: '@ocop/reports',
  },
];

/** The shell's own administration page, below the base path. */
export const ADMIN_SEGMENT = 'admin';

/** Which module a path below the shell's base path belongs to: 'home' for the base itself. */
export function moduleForPath(subPath: string | null): OcopModule | 'home' | 'admin' | null {
  if (subPath === null) return null;
  const segment = subPath.split('/')[1] ?? '';
  if (segment === '') return 'home';
  if (segment === ADMIN_SEGMENT) return 'admin';
  return OCOP_MODULES.find((m) => m.segment === segment) ?? null;
}
