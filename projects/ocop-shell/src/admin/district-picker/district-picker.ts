import { ChangeDetectionStrategy, Component, inject, output, signal } from '@angular/core';
import { ApiClient, Translator, ViewedDistrict } from '@ocop/common';
import { AdminUnit } from '@ocop/domain';

/**
 * For province-wide roles: which district OCOP shows (its enabled modules, and later its data). The choice
 * is kept in the browser (ViewedDistrict), so it survives a reload.
 */
@Component({
  selector: 'ocop-district-picker',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <label class="picker">
      <span>{{ t('district.viewing') }}</span>
      <select [value]="district.value() ?? ''" (change)="choose($event)">
        <option value="">{{ t('district.all') }}</option>
        @for (unit of districts(); track unit.code) {
          <option [value]="unit.code" [selected]="unit.code === district.value()">{{ unit.name }}</option>
        }
      </select>
    </label>
  `,
  styles: `
    .picker {
      display: inline-flex;
      align-items: center;
      gap: 6px;
      font-size: 13px;
    }
    select {
      font: inherit;
      padding: 2px 4px;
      border-radius: 4px;
    }
  `,
})
export class DistrictPicker {
  protected readonly t = inject(Translator).t;
  protected readonly district = inject(ViewedDistrict);
  protected readonly districts = signal<AdminUnit[]>([]);
  readonly changed = output<string | null>();

  constructor() {
    inject(ApiClient)
      .get<AdminUnit[] | { items: AdminUnit[] }>('/units', { level: 'district' })
      .subscribe({
        next: (answer) => this.districts.set(Array.isArray(answer) ? answer : answer.items),
        error: () => this.districts.set([]),
      });
  }

  protected choose(event: Event): void {
    const code = (event.target as HTMLSelectElement).value || null;
    this.district.set(code);
    this.changed.emit(code);
  }
}
