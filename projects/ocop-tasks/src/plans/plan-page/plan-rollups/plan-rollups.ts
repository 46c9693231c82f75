import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { StatusPanel, Translator } from '@ocop/common';
import { ApiError, formatQuarter, PlanTarget, RollupRow } from '@ocop/domain';
import { RollupFigures } from '../rollup-figures/rollup-figures';

interface TargetView {
  target: PlanTarget;
  rollup: RollupRow | null;
}

/**
 * "Số liệu tổng hợp": the plan's roll-up, each target with its own, and per lead unit — all labelled as
 * aggregates with how they were computed.
 */
@Component({
  selector: 'ocop-plan-rollups',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [RollupFigures, StatusPanel],
  templateUrl: './plan-rollups.html',
  styleUrl: './plan-rollups.css',
})
export class PlanRollups {
  readonly targets = input.required<PlanTarget[]>();
  readonly rollups = input.required<RollupRow[]>();
  readonly status = input.required<'loading' | 'loaded' | 'error'>();
  readonly error = input<ApiError | null>(null);
  readonly retry = output();

  protected readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly plan = computed(() => this.rollups().find((row) => row.kind === 'plan') ?? null);
  protected readonly units = computed(() => this.rollups().filter((row) => row.kind === 'unit'));
  protected readonly targetViews = computed<TargetView[]>(() => {
    const byTarget = new Map(
      this.rollups()
        .filter((row) => row.kind === 'target')
        .map((row) => [row.key, row]),
    );
    return this.targets().map((target) => ({ target, rollup: byTarget.get(target.id) ?? null }));
  });
  protected readonly errorText = computed(() => {
    const error = this.error();
    return error ? this.i18n.apiError(error) : undefined;
  });

  /** "Chỉ tiêu: 1 hồ sơ · Thời hạn: Quý I/2020". */
  protected facts(target: PlanTarget): string {
    const quantity = this.t('tasks.rollup.quantity', { quantity: target.quantity, measure: target.measure });
    return target.dueQuarter
      ? `${quantity} · ${this.t('tasks.rollup.dueQuarter', { quarter: formatQuarter(target.dueQuarter) })}`
      : quantity;
  }
}
