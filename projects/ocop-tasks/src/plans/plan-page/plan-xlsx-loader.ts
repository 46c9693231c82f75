import { InjectionToken } from '@angular/core';
import type { PlanDetail, RollupRow, TaskSummary } from '@ocop/domain';

/** What the plan page needs of the export module (plans/plan-export/plan-xlsx.ts). */
export interface PlanXlsxModule {
  exportPlanXlsx(
    plan: PlanDetail,
    tasks: TaskSummary[],
    rollups: RollupRow[],
    locale: 'vi' | 'en',
  ): Promise<void>;
}

/**
 * Loads the XLSX export on first use: a dynamic import, so the module and the spreadsheet library it pulls in
 * stay out of the plan page's chunk until someone clicks "Xuất Excel". A token, so specs can stand in for it.
 */
export const PLAN_XLSX_LOADER = new InjectionToken<() => Promise<PlanXlsxModule>>('PLAN_XLSX_LOADER', {
  providedIn: 'root',
  factory: () => loadPlanXlsx,
});

export function loadPlanXlsx(): Promise<PlanXlsxModule> {
  return import('../plan-export/plan-xlsx');
}
