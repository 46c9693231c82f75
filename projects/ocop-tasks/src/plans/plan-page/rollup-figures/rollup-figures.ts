import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { Translator } from '@ocop/common';
import { RollupRow, rollupFormula } from '@ocop/domain';
import { percentText } from '../../../my-tasks/task-labels';

/**
 * One roll-up as two labelled aggregates — accepted and reported progress — each with the sentence that says
 * how it was computed, so nobody mistakes it for a task's own progress (peers §2.3).
 */
@Component({
  selector: 'ocop-rollup-figures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <dl class="figures">
      <div class="figure accepted">
        <dt>{{ t('tasks.rollup.accepted') }}</dt>
        <dd>
          <span class="value">{{ accepted() }}</span>
          <span class="formula">{{ acceptedFormula() }}</span>
        </dd>
      </div>
      <div class="figure reported">
        <dt>{{ t('tasks.rollup.reported') }}</dt>
        <dd>
          <span class="value">{{ reported() }}</span>
          <span class="formula">{{ reportedFormula() }}</span>
        </dd>
      </div>
    </dl>
  `,
  styles: `
    .figures {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
      gap: 8px 16px;
      margin: 0;
    }
    dt {
      font-size: 13px;
      font-weight: 600;
    }
    dd {
      display: grid;
      margin: 0;
    }
    .value {
      font-size: 18px;
      font-weight: 600;
    }
    .formula {
      color: var(--ocop-muted);
      font-size: 13px;
    }
  `,
})
export class RollupFigures {
  readonly row = input.required<RollupRow>();

  private readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;

  protected readonly accepted = computed(() => percentText(this.row().acceptedMean, this.i18n));
  protected readonly reported = computed(() => percentText(this.row().reportedMean, this.i18n));
  protected readonly acceptedFormula = computed(() =>
    rollupFormula(this.row(), 'accepted', this.i18n.locale()),
  );
  protected readonly reportedFormula = computed(() =>
    rollupFormula(this.row(), 'reported', this.i18n.locale()),
  );
}
