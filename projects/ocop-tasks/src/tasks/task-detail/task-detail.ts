import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import {
  backTo,
  OcopHost,
  registerMessages,
  StatusPanel,
  TASK_DETAIL_MESSAGES,
  TASKS_MESSAGES,
  Translator,
} from '@ocop/common';
import { TasksApi } from '../../api/tasks-api';
import { TasksNav } from '../../nav/tasks-nav';
import { tasksBase } from '../task-labels';
import { ConflictNotice } from './conflict-notice/conflict-notice';
import { EvidenceUploads } from './evidence-uploads/evidence-uploads';
import { OccurrenceList } from './occurrence-list/occurrence-list';
import { ReportForm } from './report-form/report-form';
import { ReportHistory } from './report-history/report-history';
import { TaskActions } from './task-actions/task-actions';
import { TaskComments } from './task-comments/task-comments';
import { TaskDetailStore } from './task-detail.store';
import { TaskHeader } from './task-header/task-header';
import { TaskTimeline } from './task-timeline/task-timeline';

registerMessages(TASKS_MESSAGES);
registerMessages(TASK_DETAIL_MESSAGES);

/**
 * <basePath>/tasks/<id>: one duty of the plan — what it is, who leads it and by when, the progress reports
 * with their evidence and the standing unit's review of each, the actions open to the user, comments, and
 * the timeline. A task outside the user's units answers 404 like a missing one, and the page says so
 * without telling which.
 */
@Component({
  selector: 'ocop-task-detail',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [
    StatusPanel,
    TasksNav,
    TaskHeader,
    ConflictNotice,
    TaskActions,
    ReportForm,
    EvidenceUploads,
    ReportHistory,
    OccurrenceList,
    TaskComments,
    TaskTimeline,
  ],
  providers: [TasksApi, TaskDetailStore],
  templateUrl: './task-detail.html',
  styleUrls: ['../../../../ocop-common/src/styles/controls.css', './task-detail.css'],
})
export class TaskDetailPage {
  readonly taskId = input.required<string>();

  protected readonly store = inject(TaskDetailStore);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  /** Back to the task's plan, or to "my unit's tasks" while the task is not known. */
  protected readonly backUrl = computed(() => {
    const base = tasksBase(this.host.basePath());
    const planId = this.store.task()?.planId;
    return planId ? `${base}/plans/${planId}` : base;
  });
  protected readonly errorText = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.apiError(error) : '';
  });

  constructor() {
    effect(() => {
      const id = this.taskId();
      untracked(() => this.store.load(id));
    });
  }

  protected reload(): void {
    this.store.load(this.taskId());
  }

  /** Back the way the user came when that was the plan, so it keeps its filters; a plain link for new tabs. */
  protected back(event: MouseEvent): void {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    backTo(this.backUrl());
  }
}
