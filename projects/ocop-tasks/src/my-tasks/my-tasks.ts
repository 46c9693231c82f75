import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { OcopHost, registerMessages, StatusPanel, TASKS_MESSAGES, Translator } from '@ocop/common';
import { MyTasks, TaskSummary } from '@ocop/domain';
import { TasksApi } from '../api/tasks-api';
import { TasksNav } from '../nav/tasks-nav';
import { MyTasksStore } from './my-tasks.store';
import { TaskCard } from './task-card/task-card';

registerMessages(TASKS_MESSAGES);

type GroupId = 'overdue' | 'dueSoon' | 'waitingForReport' | 'waitingForReview';

interface TaskGroup {
  id: GroupId;
  tasks: TaskSummary[];
}

const GROUPS: readonly GroupId[] = ['overdue', 'dueSoon', 'waitingForReport', 'waitingForReview'];

/**
 * <basePath>/tasks: "Việc của đơn vị tôi", the page a unit's officer opens first — what is overdue, what is
 * due within a week, what waits for the unit's report, and for the standing unit the reports waiting for its
 * review. Each task opens its own page.
 */
@Component({
  selector: 'ocop-my-tasks',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel, TaskCard, TasksNav],
  providers: [TasksApi, MyTasksStore],
  templateUrl: './my-tasks.html',
  styleUrls: ['../../../ocop-common/src/styles/list-page.css', './my-tasks.css'],
})
export class MyTasksPage {
  protected readonly store = inject(MyTasksStore);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  private readonly host = inject(OcopHost);

  private readonly base = computed(() => `${this.host.basePath().replace(/\/+$/, '')}/tasks`);

  /** The units the list is built for ("Trung tâm Y tế"), as one line. */
  protected readonly units = computed(() =>
    (this.store.mine()?.units ?? []).map((unit) => unit.name).join(', '),
  );

  protected readonly groups = computed<TaskGroup[]>(() => {
    const mine = this.store.mine();
    if (!mine) return [];
    return GROUPS.filter((id) => id !== 'waitingForReview' || this.reviews(mine)).map((id) => ({
      id,
      tasks: mine[id],
    }));
  });

  protected readonly loadError = computed(() => {
    const error = this.store.error();
    return error ? this.i18n.apiError(error) : undefined;
  });

  constructor() {
    this.store.load();
  }

  protected taskUrl(task: TaskSummary): string {
    return `${this.base()}/${task.id}`;
  }

  protected heading(id: GroupId): string {
    return this.t(`tasks.mine.${id}`);
  }

  protected emptyText(id: GroupId): string {
    return this.t(`tasks.mine.${id}.empty`);
  }

  /**
   * Whether the caller reviews reports (the standing unit: a district officer). Others get an empty list from
   * the API, which need not be shown as a section of its own.
   */
  private reviews(mine: MyTasks): boolean {
    if (mine.waitingForReview.length > 0) return true;
    const profile = this.host.auth()?.profile();
    return !!profile && !(profile instanceof Promise) && profile.roles.includes('district-officer');
  }
}
