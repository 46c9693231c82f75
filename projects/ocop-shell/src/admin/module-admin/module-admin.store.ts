import { inject } from '@angular/core';
import { patchState, signalStore, withMethods, withState } from '@ngrx/signals';
import { ApiClient } from '@ocop/common';
import { ApiError, AuditEntry, DistrictModuleSettings, ModuleSetting } from '@ocop/domain';
import { firstValueFrom } from 'rxjs';

interface ModuleAdminState {
  status: 'loading' | 'ready' | 'error';
  districts: DistrictModuleSettings[];
  audit: AuditEntry[];
  error: ApiError | null;
  /** The switch being saved, as "district/module". */
  saving: string | null;
  /** The outcome of the last change, for the status line. */
  notice: { kind: 'ok' | 'error'; text: string } | null;
}

/** Module switches per district and their audit trail (GET/PUT /api/admin/module-settings, GET /api/admin/audit). */
export const ModuleAdminStore = signalStore(
  withState<ModuleAdminState>({
    status: 'loading',
    districts: [],
    audit: [],
    error: null,
    saving: null,
    notice: null,
  }),
  withMethods((store, api = inject(ApiClient)) => {
    const load = async (): Promise<void> => {
      try {
        const [districts, audit] = await Promise.all([
          firstValueFrom(api.get<DistrictModuleSettings[]>('/admin/module-settings')),
          firstValueFrom(
            api.get<{ items: AuditEntry[] }>('/admin/audit', { entityType: 'module-setting', limit: 20 }),
          ),
        ]);
        patchState(store, { status: 'ready', districts, audit: audit.items, error: null });
      } catch (error) {
        patchState(store, { status: 'error', error: error as ApiError });
      }
    };
    return {
      load,
      async change(setting: ModuleSetting, enabled: boolean, comment: string | null): Promise<boolean> {
        const key = `${setting.districtCode}/${setting.module}`;
        patchState(store, { saving: key, notice: null });
        try {
          await firstValueFrom(
            api.put<ModuleSetting>(`/admin/module-settings/${key}`, {
              enabled,
              version: setting.version,
              comment,
            }),
          );
          await load();
          patchState(store, { saving: null, notice: { kind: 'ok', text: 'saved' } });
          return true;
        } catch (error) {
          const apiError = error as ApiError;
          // Someone else changed it first: show what is true now, then say so.
          if (apiError.code === 'STALE_VERSION') await load();
          patchState(store, { saving: null, notice: { kind: 'error', text: apiError.message } });
          return false;
        }
      },
    };
  }),
);
