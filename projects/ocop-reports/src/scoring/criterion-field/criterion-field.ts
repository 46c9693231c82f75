import { ChangeDetectionStrategy, Component, computed, inject, input, output } from '@angular/core';
import { Translator } from '@ocop/common';
import type { Criterion, CriterionOption } from '@ocop/domain';

/** Whether a criterion still needs an answer, has one, or is not evaluated because a gate stopped its part. */
export type CriterionState = 'answered' | 'unanswered' | 'skipped';

interface OptionGroup {
  /** The case's title (1048, 3.2: "Tổ chức …" / "Giám đốc/Chủ hộ"), '' when the criterion has no cases. */
  title: string;
  options: { index: number; option: CriterionOption }[];
}

/**
 * One criterion of a score sheet: a group of radio buttons (one option each, arrow keys move within it, as
 * native radios do), its note, its cases as sub-headings, and its gate as a checkbox with the sheet's words.
 */
@Component({
  selector: 'ocop-criterion-field',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    '[attr.data-criterion]': 'criterion().code',
    '[attr.id]': "'criterion-' + criterion().code",
    '[class.unanswered]': "state() === 'unanswered'",
    '[class.skipped]': "state() === 'skipped'",
  },
  templateUrl: './criterion-field.html',
  styleUrl: './criterion-field.css',
})
export class CriterionField {
  readonly criterion = input.required<Criterion>();
  /** Index of the chosen option, or undefined. */
  readonly choice = input<number | undefined>(undefined);
  readonly gateTicked = input(false);
  readonly state = input<CriterionState>('answered');
  /** What ticking the gate does to the rest of the sheet ("Không đánh giá tiếp các tiêu chí: …"). */
  readonly gateEffect = input('');
  readonly readonly = input(false);
  readonly choose = output<number>();
  readonly gate = output<boolean>();

  protected readonly t = inject(Translator).t;
  protected readonly name = computed(() => `criterion-${this.criterion().code}`);
  protected readonly disabled = computed(
    () => this.readonly() || this.state() === 'skipped' || this.gateTicked(),
  );

  protected readonly groups = computed<OptionGroup[]>(() => {
    const { options, cases } = this.criterion();
    const all = options.map((option, index) => ({ index, option }));
    if (!cases?.length) return [{ title: '', options: all }];
    return cases.map((c) => ({ title: c.title, options: c.optionIndexes.map((i) => all[i]!) }));
  });

  protected onChoose(index: number): void {
    this.choose.emit(index);
  }

  protected onGate(event: Event): void {
    this.gate.emit((event.target as HTMLInputElement).checked);
  }
}
