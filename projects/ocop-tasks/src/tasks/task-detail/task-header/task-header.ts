import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { followLink, OcopHost, Translator } from '@ocop/common';
import { TaskDetail } from '@ocop/domain';
import { TaskDetailStore } from '../task-detail.store';
import { dueText, periodText, tasksBase, unitNames } from '../../task-labels';

/**
 * What the task is: title, plan section, lead and cooperating units, when it is due (a day or a quarter, as
 * the plan says), status with its deadline flag, priority, the target it serves, the product or dossier it
 * is about, the percentages reported and accepted, and the return reason while it is returned.
 */
@Component({
  selector: 'ocop-task-header',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './task-header.html',
  styleUrls: [
    '../../../../../ocop-common/src/styles/controls.css',
    '../../../styles/facts.css',
    './task-header.css',
  ],
})
export class TaskHeader {
  readonly task = input.required<TaskDetail>();

  protected readonly store = inject(TaskDetailStore);
  private readonly host = inject(OcopHost);
  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  private readonly base = computed(() => tasksBase(this.host.basePath()));
  protected readonly planUrl = computed(() => `${this.base()}/plans/${this.task().planId}`);
  protected readonly editUrl = computed(() => `${this.planUrl()}/tasks/${this.task().id}/edit`);
  protected readonly seriesUrl = computed(() => {
    const series = this.task().seriesId;
    return series ? `${this.base()}/${series}` : null;
  });
  protected readonly reviewUrl = computed(() => {
    const review = this.task().reviewId;
    return review ? `${this.base()}/reviews/${review}` : null;
  });
  protected readonly dossierUrl = computed(() => {
    const dossier = this.task().dossier;
    return dossier ? `${this.host.basePath().replace(/\/+$/, '')}/dossiers/${dossier.id}` : null;
  });
  protected readonly productsUrl = computed(
    () => `${this.host.basePath().replace(/\/+$/, '')}/dossiers/products`,
  );

  protected readonly due = computed(() => dueText(this.task()) || this.t('task.field.noDue'));
  protected readonly period = computed(() => periodText(this.task().period, this.i18n));
  protected readonly cooperating = computed(() => unitNames(this.task().cooperating) || '—');
  protected readonly section = computed(() => {
    const task = this.task();
    const title = this.store.section()?.title;
    return title ? `${task.sectionCode}. ${title}` : task.sectionCode;
  });
  protected readonly target = computed(() => {
    const target = this.store.target();
    if (target) return `${target.code}: ${target.title}`;
    return this.task().targetId ? this.t('task.field.targetUnknown') : null;
  });
  protected readonly percent = (value: number | null): string =>
    value === null ? '—' : this.i18n.number(value / 100, { style: 'percent', maximumFractionDigits: 0 });

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }
}
