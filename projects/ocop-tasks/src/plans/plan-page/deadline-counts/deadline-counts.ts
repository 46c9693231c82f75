import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { Translator } from '@ocop/common';
import { taskUnitKey, UnitDeadlineCount } from '@ocop/domain';

/**
 * Overdue and near-deadline counts per lead unit (GET …/deadline-counts), the table a standing unit works
 * from; a unit's name narrows the task list to that unit.
 */
@Component({
  selector: 'ocop-deadline-counts',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './deadline-counts.html',
  styleUrls: ['../../../../../ocop-common/src/styles/controls.css', './deadline-counts.css'],
})
export class DeadlineCounts {
  readonly counts = input.required<UnitDeadlineCount[]>();
  /** The unit key the list is filtered by, if any (its row is marked). */
  readonly selected = input('');
  /** A unit key to filter the list by. */
  readonly chooseUnit = output<string>();

  protected readonly t = inject(Translator).t;
  protected readonly key = taskUnitKey;
}
