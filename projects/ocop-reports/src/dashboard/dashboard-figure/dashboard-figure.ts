import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { Translator } from '@ocop/common';
import { BarChart } from '../bar-chart/bar-chart';
import type { FigureView } from '../dashboard-figures';

/**
 * One card of the dashboard: its headline numbers, its bar chart, and a toggle to the table with the same
 * numbers (a real table with a caption and header cells, for screen readers and for copying).
 */
@Component({
  selector: 'ocop-dashboard-figure',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BarChart],
  templateUrl: './dashboard-figure.html',
  styleUrl: './dashboard-figure.css',
})
export class DashboardFigure {
  readonly view = input.required<FigureView>();
  protected readonly t = inject(Translator).t;
  protected readonly tableShown = signal(false);
  protected readonly titleId = computed(() => `figure-${this.view().id}-title`);
  protected readonly tableId = computed(() => `figure-${this.view().id}-table`);
  protected readonly chartTexts = computed(() => this.view().rows.map((row) => row.valueTexts));

  protected toggleTable(): void {
    this.tableShown.update((shown) => !shown);
  }
}
