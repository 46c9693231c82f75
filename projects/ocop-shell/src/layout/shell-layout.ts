import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { CurrentPath, followLink, OcopHost, pathBelow, StatusPanel, Translator } from '@ocop/common';
import { ApiVersion } from '../modules/api-version';
import { ModuleOutlet } from '../modules/module-outlet/module-outlet';
import { ADMIN_SEGMENT, moduleForPath, OCOP_MODULES, OcopModule } from '../modules/module-registry';
import { ModuleAdmin } from '../admin/module-admin/module-admin';
import { DistrictPicker } from '../admin/district-picker/district-picker';
import { isProvinceWide } from '@ocop/domain';
import { loadSessionFollowingAuth, SessionStore } from '../session/session.store';

/**
 * The module navigation, the signed-in user and the one mounted module, chosen by the URL below the
 * shell's base path. Only modules the API says the roles allow are offered (the API refuses the rest too).
 */
@Component({
  selector: 'ocop-shell-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ModuleOutlet, StatusPanel, ModuleAdmin, DistrictPicker],
  providers: [SessionStore, ApiVersion],
  templateUrl: './shell-layout.html',
  styleUrl: './shell-layout.css',
})
export class ShellLayout {
  private readonly host = inject(OcopHost);
  private readonly path = inject(CurrentPath).value;
  protected readonly session = inject(SessionStore);
  private readonly i18n = inject(Translator);
  protected readonly t = this.i18n.t;
  protected readonly sessionError = computed(() => {
    const error = this.session.error();
    return error ? this.i18n.apiError(error) : undefined;
  });

  protected readonly modules = computed(() => {
    const allowed = this.session.me()?.modules ?? [];
    return OCOP_MODULES.filter((m) => allowed.includes(m.id));
  });
  protected readonly route = computed(() => moduleForPath(pathBelow(this.host.basePath(), this.path())));
  /** The registry entry itself, so staying inside one module never remounts it. */
  protected readonly activeModule = computed<OcopModule | null>(() => {
    const route = this.route();
    return typeof route === 'object' ? route : null;
  });
  protected readonly moduleAllowed = computed(() => {
    const module = this.activeModule();
    return module !== null && this.modules().includes(module);
  });

  constructor() {
    loadSessionFollowingAuth(this.session);
  }

  /** Province officers and administrators administer modules and choose the district they look at. */
  protected readonly provinceWide = computed(() => isProvinceWide(this.session.me()?.roles ?? []));
  protected readonly adminHref = computed(
    () => `${this.host.basePath().replace(/\/+$/, '')}/${ADMIN_SEGMENT}`,
  );

  protected href(module: OcopModule): string {
    return `${this.host.basePath().replace(/\/+$/, '')}/${module.segment}`;
  }

  protected follow(event: MouseEvent, url: string): void {
    followLink(event, url);
  }

  protected logout(): void {
    void this.host.auth()?.logout();
  }
}
