import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { followLink, OcopHost, registerMessages, TASKS_MESSAGES, Translator } from '@ocop/common';

registerMessages(TASKS_MESSAGES);

export type TasksNavItem = 'mine' | 'plans';

/**
 * The tasks module's own navigation: "Việc của đơn vị tôi" | "Kế hoạch". `current` marks the section the page
 * belongs to (a plan's pages belong to "Kế hoạch"); leave it out on a page that is neither.
 */
@Component({
  selector: 'ocop-tasks-nav',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <nav class="module-nav tasks-nav" [attr.aria-label]="t('tasks.nav.label')">
      <a
        class="mine"
        [href]="mineUrl()"
        [attr.aria-current]="current() === 'mine' ? 'page' : null"
        (click)="follow($event, mineUrl())"
        >{{ t('tasks.nav.mine') }}</a
      >
      <span class="separator" aria-hidden="true">|</span>
      <a
        class="plans"
        [href]="plansUrl()"
        [attr.aria-current]="current() === 'plans' ? 'page' : null"
        (click)="follow($event, plansUrl())"
        >{{ t('tasks.nav.plans') }}</a
      >
    </nav>
  `,
  styleUrl: '../../../ocop-common/src/styles/module-nav.css',
})
export class TasksNav {
  readonly current = input<TasksNavItem | null>(null);
  protected readonly t = inject(Translator).t;
  private readonly host = inject(OcopHost);

  private readonly base = computed(() => `${this.host.basePath().replace(/\/+$/, '')}/tasks`);
  protected readonly mineUrl = this.base;
  protected readonly plansUrl = computed(() => `${this.base()}/plans`);

  /** In-page navigation (navigateTo, heard by every router on the page); new-tab clicks stay the browser's. */
  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
