import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { CurrentPath, OcopHost, pathBelow, StatusPanel, Translator } from '@ocop/common';
import { PlanForm } from '../plans/plan-form/plan-form';
import { PlanList } from '../plans/plan-list/plan-list';
import { PlanPage } from '../plans/plan-page/plan-page';
import { PlanPrint } from '../plans/plan-print/plan-print';
import { PlanTimeline } from '../plans/plan-timeline/plan-timeline';
import { ReviewDetail } from '../reviews/review-detail/review-detail';
import { ReviewForm } from '../reviews/review-form/review-form';
import { ReviewList } from '../reviews/review-list/review-list';
import { TaskDetailPage } from '../tasks/task-detail/task-detail';
import { TaskForm } from '../tasks/task-form/task-form';
import { MyTasksPage } from '../my-tasks/my-tasks';

const UUID = '([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})';

type PlanPageName =
  'plan' | 'plan-edit' | 'plan-timeline' | 'plan-print' | 'new-task' | 'reviews' | 'new-review';

export type TasksPage =
  | { page: 'mine' }
  | { page: 'plans' }
  | { page: 'new-plan' }
  | { page: PlanPageName; id: string }
  | { page: 'task'; id: string }
  | { page: 'task-edit'; id: string; planId: string }
  | { page: 'review'; id: string };

const PLAN_PAGES: Record<string, PlanPageName> = {
  '': 'plan',
  '/edit': 'plan-edit',
  '/timeline': 'plan-timeline',
  '/print': 'plan-print',
  '/tasks/new': 'new-task',
  '/reviews': 'reviews',
  '/reviews/new': 'new-review',
};

const PLAN_PATH = new RegExp(`^/plans/${UUID}(/edit|/timeline|/print|/tasks/new|/reviews|/reviews/new)?$`);
const TASK_PATH = new RegExp(`^/${UUID}$`);
const TASK_EDIT_PATH = new RegExp(`^/plans/${UUID}/tasks/${UUID}/edit$`);
const REVIEW_PATH = new RegExp(`^/reviews/${UUID}$`);

/**
 * The page for the path below `<basePath>/tasks`; anything unknown shows "my unit's tasks":
 * /plans, /plans/new, /plans/<id>[/edit|/timeline|/print|/tasks/new|/reviews|/reviews/new],
 * /plans/<planId>/tasks/<taskId>/edit, /reviews/<id>, /<taskId>.
 */
export function tasksPageFor(below: string): TasksPage {
  const path = below.replace(/\/+$/, '');
  if (path === '/plans') return { page: 'plans' };
  if (path === '/plans/new') return { page: 'new-plan' };
  const plan = PLAN_PATH.exec(path);
  if (plan) return { page: PLAN_PAGES[plan[2] ?? '']!, id: plan[1]! };
  const taskEdit = TASK_EDIT_PATH.exec(path);
  if (taskEdit) return { page: 'task-edit', planId: taskEdit[1]!, id: taskEdit[2]! };
  const review = REVIEW_PATH.exec(path);
  if (review) return { page: 'review', id: review[1]! };
  const task = TASK_PATH.exec(path);
  if (task) return { page: 'task', id: task[1]! };
  return { page: 'mine' };
}

/** The tasks module's pages, chosen by the URL below `<basePath>/tasks` (deep links survive reloads). */
@Component({
  selector: 'ocop-tasks-pages',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    StatusPanel,
    MyTasksPage,
    PlanForm,
    PlanList,
    PlanPage,
    PlanPrint,
    PlanTimeline,
    ReviewDetail,
    ReviewForm,
    ReviewList,
    TaskDetailPage,
    TaskForm,
  ],
  // Each page is its own lazy chunk, so the module's first load stays small.
  template: `
    @let current = route();
    @switch (current.page) {
      @case ('plan-timeline') {
        @if (current.page === 'plan-timeline') {
          @defer (on immediate) {
            <ocop-plan-timeline [planId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('plan-print') {
        @if (current.page === 'plan-print') {
          @defer (on immediate) {
            <ocop-plan-print [planId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('plan-edit') {
        @if (current.page === 'plan-edit') {
          @defer (on immediate) {
            <ocop-plan-form [planId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('new-plan') {
        @if (current.page === 'new-plan') {
          @defer (on immediate) {
            <ocop-plan-form />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('plans') {
        @if (current.page === 'plans') {
          @defer (on immediate) {
            <ocop-plan-list />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('plan') {
        @if (current.page === 'plan') {
          @defer (on immediate) {
            <ocop-plan-page [planId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('new-task') {
        @if (current.page === 'new-task') {
          @defer (on immediate) {
            <ocop-task-form [planId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('task-edit') {
        @if (current.page === 'task-edit') {
          @defer (on immediate) {
            <ocop-task-form [planId]="current.planId" [taskId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('task') {
        @if (current.page === 'task') {
          @defer (on immediate) {
            <ocop-task-detail [taskId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('reviews') {
        @if (current.page === 'reviews') {
          @defer (on immediate) {
            <ocop-review-list [planId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('new-review') {
        @if (current.page === 'new-review') {
          @defer (on immediate) {
            <ocop-review-form [planId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @case ('review') {
        @if (current.page === 'review') {
          @defer (on immediate) {
            <ocop-review-detail [reviewId]="current.id" />
          } @loading (after 300ms) {
            <ocop-status-panel kind="loading" [message]="loading()" />
          }
        }
      }
      @default {
        @defer (on immediate) {
          <ocop-my-tasks />
        } @loading (after 300ms) {
          <ocop-status-panel kind="loading" [message]="loading()" />
        }
      }
    }
  `,
})
export class TasksPages {
  private readonly host = inject(OcopHost);
  private readonly path = inject(CurrentPath).value;
  private readonly i18n = inject(Translator);
  protected readonly loading = computed(() => this.i18n.t('common.loading'));

  protected readonly route = computed(() =>
    tasksPageFor(pathBelow(`${this.host.basePath().replace(/\/+$/, '')}/tasks`, this.path()) ?? ''),
  );
}
