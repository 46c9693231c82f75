import { inject, type Signal, signal } from '@angular/core';
import { ApiClient, OcopHost } from '@ocop/common';
import type { AdminUnit } from '@ocop/domain';
import { isProvinceOfficer } from './reports-base';

/**
 * The province's current districts, for the province officer's district filter; others get none (their
 * scope is fixed by the API). Call in an injection context.
 */
export function provinceDistricts(): Signal<AdminUnit[]> {
  const districts = signal<AdminUnit[]>([]);
  if (isProvinceOfficer(inject(OcopHost))) {
    inject(ApiClient)
      .get<AdminUnit[]>('/units', { level: 'district' })
      .subscribe({
        next: (units) => districts.set(units.filter((u) => u.validTo === null)),
        // Without the list the province officer still sees the whole province.
        error: () => districts.set([]),
      });
  }
  return districts.asReadonly();
}
