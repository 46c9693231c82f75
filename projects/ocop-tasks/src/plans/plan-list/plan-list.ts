import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import {
  followLink,
  navigateTo,
  OcopHost,
  PLANS_MESSAGES,
  registerMessages,
  StatusPanel,
  TASKS_MESSAGES,
  Translator,
} from '@ocop/common';
import { Plan } from '@ocop/domain';
import { TasksApi } from '../../api/tasks-api';
import { TasksNav } from '../../nav/tasks-nav';
import { PageLoadStatus } from '../../page-load/page-load-status';
import { dayText } from './plan-dates';
import { managedDistrict, tasksBase } from './plan-manager';
import { PlanListStore } from './plan-list.store';

registerMessages(TASKS_MESSAGES);
registerMessages(PLANS_MESSAGES);

/**
 * <basePath>/tasks/plans: the plans of the caller's units, newest year first. The district officer of the
 * standing unit starts a new plan here, or next year's plan as a copy of one (after a confirmation that says
 * what is copied and what is not).
 */
@Component({
  selector: 'ocop-plan-list',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PageLoadStatus, StatusPanel, TasksNav],
  providers: [TasksApi, PlanListStore],
  templateUrl: './plan-list.html',
  styleUrls: [
    '../../../../ocop-common/src/styles/controls.css',
    '../../../../ocop-common/src/styles/list-page.css',
    './plan-list.css',
  ],
})
export class PlanList {
  protected readonly store = inject(PlanListStore);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly host = inject(OcopHost);
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('copyDialog');

  /** The plan the copy dialog is about. */
  protected readonly copyFrom = signal<Plan | null>(null);
  protected readonly district = computed(() => managedDistrict(this.host));
  protected readonly newPlanUrl = computed(() => `${tasksBase(this.host)}/plans/new`);
  protected readonly loadError = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.apiError(error) : '';
  });
  protected readonly copyErrorText = computed(() => {
    const error = this.store.copyError();
    const plan = this.copyFrom();
    if (!error) return null;
    if (error.code === 'PLAN_EXISTS' && plan) {
      return this.t('plans.copy.exists', { year: String(plan.year + 1), unit: plan.unit.name });
    }
    return this.i18n.apiError(error);
  });

  constructor() {
    this.store.load();
  }

  protected readonly day = dayText;

  protected planUrl(plan: Plan): string {
    return `${tasksBase(this.host)}/plans/${plan.id}`;
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }

  /** Only the standing unit's officer copies, and only their own district's plans. */
  protected canCopy(plan: Plan): boolean {
    return plan.unit.code === this.district();
  }

  /** Whether next year's plan of the same unit is in the list already (copying again would be refused). */
  protected nextYearExists(plan: Plan): boolean {
    return this.store.plans().some((p) => p.unit.code === plan.unit.code && p.year === plan.year + 1);
  }

  protected openCopy(plan: Plan): void {
    this.store.clearCopyError();
    this.copyFrom.set(plan);
    this.dialog()?.nativeElement.showModal();
  }

  protected async confirmCopy(event: Event): Promise<void> {
    event.preventDefault();
    const plan = this.copyFrom();
    if (!plan) return;
    const created = await this.store.copy(plan, plan.year + 1);
    if (created) {
      this.dialog()?.nativeElement.close();
      navigateTo(`${tasksBase(this.host)}/plans/${created.id}`);
    } else if (this.store.copyError()?.code === 'PLAN_EXISTS') {
      // Someone made that plan meanwhile: the list shows it once reloaded.
      this.store.load();
    }
  }

  protected cancelCopy(): void {
    this.dialog()?.nativeElement.close();
  }

  protected dialogClosed(): void {
    this.copyFrom.set(null);
    this.store.clearCopyError();
  }
}
