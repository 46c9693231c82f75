import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { OcopHost, StatusPanel, Translator } from '@ocop/common';
import { AuditEntry, checkManifest, ModuleSetting } from '@ocop/domain';
import { ApiVersion } from '../../modules/api-version';
import { BundleLoader } from '../../modules/bundle-loader';
import { OCOP_MODULES } from '../../modules/module-registry';
import { ModuleAdminStore } from './module-admin.store';

interface PendingChange {
  setting: ModuleSetting;
  districtName: string;
}

interface BundleCheck {
  id: string;
  labelKey: (typeof OCOP_MODULES)[number]['labelKey'];
  problems: string[] | null;
}

/**
 * /ocop/admin: which modules each district uses. Administrators switch them (switching one off asks
 * first); province officers see the same table read-only. Below: the audit of every change, and whether
 * each module bundle fits the running API.
 */
@Component({
  selector: 'ocop-module-admin',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel],
  providers: [ModuleAdminStore],
  templateUrl: './module-admin.html',
  styleUrls: ['../../../../ocop-common/src/styles/controls.css', './module-admin.css'],
})
export class ModuleAdmin {
  protected readonly store = inject(ModuleAdminStore);
  private readonly translator = inject(Translator);
  protected readonly t = this.translator.t;
  protected readonly dateTime = this.translator.dateTime;
  private readonly host = inject(OcopHost);
  private readonly loader = inject(BundleLoader);
  private readonly apiVersion = inject(ApiVersion);
  protected readonly modules = OCOP_MODULES;
  protected readonly pending = signal<PendingChange | null>(null);
  protected readonly bundles = signal<BundleCheck[]>([]);
  private readonly dialog = viewChild<ElementRef<HTMLDialogElement>>('confirm');
  private readonly comment = viewChild<ElementRef<HTMLTextAreaElement>>('comment');

  protected readonly canEdit = computed(() => {
    const profile = this.host.auth()?.profile();
    return !!profile && !(profile instanceof Promise) && profile.roles.includes('ocop-admin');
  });

  constructor() {
    void this.store.load();
    void this.checkBundles();
  }

  protected moduleLabel(id: string): string {
    const module = this.modules.find((m) => m.id === id);
    return module ? this.t(module.labelKey) : id;
  }

  protected toggle(setting: ModuleSetting, districtName: string, event: Event): void {
    const input = event.target as HTMLInputElement;
    if (input.checked) {
      // A refused change puts the switch back as the (possibly reloaded) settings say.
      void this.store.change(setting, true, null).then((saved) => {
        if (!saved) input.checked = this.enabledNow(setting);
      });
      return;
    }
    // Switching a module off takes it away from a whole district: ask first, keep the box as it was.
    input.checked = true;
    this.pending.set({ setting, districtName });
    this.dialog()?.nativeElement.showModal();
  }

  private enabledNow(setting: ModuleSetting): boolean {
    const row = this.store.districts().find((d) => d.district.code === setting.districtCode);
    return row?.settings.find((s) => s.module === setting.module)?.enabled ?? setting.enabled;
  }

  protected async confirmDisable(): Promise<void> {
    const pending = this.pending();
    if (!pending) return;
    const comment = this.comment()?.nativeElement.value.trim() || null;
    this.closeDialog();
    await this.store.change(pending.setting, false, comment);
  }

  protected closeDialog(): void {
    this.dialog()?.nativeElement.close();
    this.pending.set(null);
  }

  protected auditText(entry: AuditEntry): string {
    const [district, module] = entry.entityId.split('/');
    const name = this.store.districts().find((d) => d.district.code === district)?.district.name ?? district;
    const verb =
      entry.to === false || entry.action === 'disable' ? 'admin.audit.disabled' : 'admin.audit.enabled';
    return this.t(verb, { module: this.moduleLabel(module ?? ''), district: name ?? '' });
  }

  /** Loads each bundle (cached by the browser after the first time) and checks its manifest. */
  private async checkBundles(): Promise<void> {
    const checks = await Promise.all(
      this.modules.map(async (m): Promise<BundleCheck> => {
        try {
          const [exports, version] = await Promise.all([
            this.loader.load(m.bundle, m.tag),
            this.apiVersion.get(),
          ]);
          const problems = checkManifest(exports['manifest'], m, version).map((p) => p.message);
          return { id: m.id, labelKey: m.labelKey, problems };
        } catch {
          return { id: m.id, labelKey: m.labelKey, problems: null };
        }
      }),
    );
    this.bundles.set(checks);
  }
}
