import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import {
  followLink,
  OcopHost,
  PLANS_MESSAGES,
  registerMessages,
  StatusPanel,
  TASKS_MESSAGES,
  TASKS_VI,
  Translator,
} from '@ocop/common';
import { ApiError, PlanTarget, rollupFormula, RollupRow, TaskSummary, vietnamDate } from '@ocop/domain';
import { TasksApi } from '../../api/tasks-api';
import { TasksNav } from '../../nav/tasks-nav';
import { loadForInputs } from '../../page-load/page-load';
import { signerLines } from '../plan-form/plan-form-model';
import { dayText, periodText } from '../plan-list/plan-dates';
import { tasksBase } from '../plan-list/plan-manager';
import { PlanTasksStore } from '../plan-tasks/plan-tasks.store';
import { timelineGroups } from '../plan-timeline/plan-timeline-model';
import { documentSubtitle, issuerLine, numberLine, placeDateLine } from './plan-document';

registerMessages(TASKS_MESSAGES);
registerMessages(PLANS_MESSAGES);

/** The printed plan is the Vietnamese document whatever the screens' language: its texts come from here. */
const vi = (key: keyof typeof TASKS_VI): string => TASKS_VI[key];
const viQuarter = (key: 'plans.quarter' | 'plans.year', params: Record<string, string | number>): string =>
  key === 'plans.quarter' ? `Quý ${params['roman']}/${params['year']}` : `Năm ${params['year']}`;

/**
 * <basePath>/tasks/plans/<id>/print: the plan as an A4 administrative document — the national header, number,
 * place and date, title, legal bases, purposes and requirements, targets with their roll-ups (labelled as
 * aggregates, with how they were computed), funding, the task table with status and progress as of today,
 * and the signature block. "In" prints it; the print styles hide everything but the document.
 */
@Component({
  selector: 'ocop-plan-print',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel, TasksNav],
  providers: [TasksApi, PlanTasksStore],
  templateUrl: './plan-print.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/print-document.css',
    './plan-print.css',
  ],
})
export class PlanPrint {
  readonly planId = input.required<string>();

  protected readonly store = inject(PlanTasksStore);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly host = inject(OcopHost);

  protected readonly exporting = signal(false);
  protected readonly exportError = signal<ApiError | null>(null);
  /** The day the status columns describe. */
  protected readonly today = dayText(vietnamDate(new Date()));

  protected readonly planUrl = computed(() => `${tasksBase(this.host)}/plans/${this.planId()}`);
  protected readonly header = computed(() => {
    const plan = this.store.plan();
    if (!plan) return null;
    return {
      issuer: issuerLine(plan.unit.name),
      number: numberLine(plan.number),
      placeDate: placeDateLine(plan),
      subtitle: documentSubtitle(plan.title),
    };
  });
  protected readonly signer = computed(() => signerLines(this.store.plan()?.signer ?? null));
  /** The tasks under the plan's sections, numbered through the document. */
  protected readonly sections = computed(() => {
    const plan = this.store.plan();
    if (!plan) return [];
    let n = 0;
    return timelineGroups(plan, this.store.tasks(), 'section').map((group) => ({
      ...group,
      rows: group.rows.map((row) => ({ ...row, n: ++n })),
    }));
  });
  protected readonly planRollup = computed(() => this.store.rollups().find((r) => r.kind === 'plan') ?? null);

  constructor() {
    loadForInputs(this.planId, (planId) => this.store.load({ planId, rollups: true }));
  }

  protected print(): void {
    window.print();
  }

  /** The same workbook as the plan page's export, from the data this page shows. */
  protected async exportXlsx(): Promise<void> {
    const plan = this.store.plan();
    if (!plan || this.exporting()) return;
    this.exporting.set(true);
    this.exportError.set(null);
    try {
      const { exportPlanXlsx } = await import('../plan-export/plan-xlsx');
      await exportPlanXlsx(plan, this.store.tasks(), this.store.rollups(), this.i18n.locale());
    } catch (error) {
      this.exportError.set({ code: 'CLIENT', message: String(error) });
    } finally {
      this.exporting.set(false);
    }
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }

  protected targetRollup(target: PlanTarget): RollupRow | null {
    return this.store.rollups().find((r) => r.kind === 'target' && r.key === target.id) ?? null;
  }

  protected formula(rollup: RollupRow): string {
    return rollupFormula(rollup, 'accepted');
  }

  protected percent(value: number): string {
    return String(value).replace('.', ',');
  }

  protected quarter(quarter: string | null): string {
    return quarter ? periodText(quarter, viQuarter) : '';
  }

  protected status(task: TaskSummary): string {
    return task.status ? vi(`tasks.status.${task.status}`) : '';
  }

  protected due(task: TaskSummary): string {
    if (task.period) return periodText(task.period, viQuarter);
    if (task.dueQuarter) return periodText(task.dueQuarter, viQuarter);
    return dayText(task.due);
  }

  protected flag(task: TaskSummary): string {
    return task.deadlineFlag ? vi(`tasks.flag.${task.deadlineFlag}`) : '';
  }

  protected cooperating(task: TaskSummary): string {
    return task.cooperating.map((u) => u.name).join('; ');
  }
}
