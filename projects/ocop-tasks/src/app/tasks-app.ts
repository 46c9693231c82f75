import { ChangeDetectionStrategy, Component, forwardRef, ViewEncapsulation } from '@angular/core';
import { ModuleIntro, OcopElementRoot, provideOcopElement } from '@ocop/common';

/**
 * <ocop-tasks-app>: department task tracking. Only the element and its loading path exist so far;
 * plans and tasks arrive with their own issue.
 */
@Component({
  selector: 'ocop-tasks-app',
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ModuleIntro],
  providers: [provideOcopElement(forwardRef(() => TasksApp))],
  template: `<div class="ocop-root" [attr.lang]="locale()">
    <ocop-module-intro heading="tasks.title" text="tasks.pending" />
  </div>`,
  styleUrl: '../../../ocop-common/src/styles/ocop-root.css',
})
export class TasksApp extends OcopElementRoot {}
