import type { ExportKind } from '@ocop/domain';

import type { ExportKindDef } from './export-kind';
import { certificatesExport } from './kinds/certificates';
import { dashboardExport } from './kinds/dashboard';
import { dossiersExport } from './kinds/dossiers';
import { evaluationResultsExport } from './kinds/evaluation-results';
import { periodicReportExport } from './kinds/periodic-report';
import { productsExport } from './kinds/products';
import { sessionMinutesExport } from './kinds/session-minutes';
import { tasksExport } from './kinds/tasks';

/** Every kind that can be exported now; a kind of EXPORT_KINDS missing here answers 400. One line per kind. */
const KINDS: readonly ExportKindDef[] = [
  dossiersExport,
  productsExport,
  tasksExport,
  certificatesExport,
  dashboardExport,
  periodicReportExport,
  evaluationResultsExport,
  sessionMinutesExport,
];

/** The definition of a kind, or null when the kind is unknown or not built yet. */
export function exportKindDef(kind: ExportKind | string): ExportKindDef | null {
  return KINDS.find((def) => def.kind === kind) ?? null;
}
