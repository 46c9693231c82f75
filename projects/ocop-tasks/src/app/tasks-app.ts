import { ChangeDetectionStrategy, Component, forwardRef, ViewEncapsulation } from '@angular/core';
import { OcopElementRoot, provideOcopElement } from '@ocop/common';
import { TasksPages } from '../pages/tasks-pages';

/** <ocop-tasks-app>: the annual plan's tasks per unit, progress reports, reviews. The shell sets the inputs. */
@Component({
  selector: 'ocop-tasks-app',
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [TasksPages],
  providers: [provideOcopElement(forwardRef(() => TasksApp))],
  template: `<div class="ocop-root" [attr.lang]="locale()"><ocop-tasks-pages /></div>`,
  styleUrl: '../../../ocop-common/src/styles/ocop-root.css',
})
export class TasksApp extends OcopElementRoot {}
