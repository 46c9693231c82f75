import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { CurrentPath, followLink, OcopHost, pathBelow, StatusPanel, Translator } from '@ocop/common';
import { ModuleOutlet } from '../modules/module-outlet/module-outlet';
import { moduleForPath, OCOP_MODULES, OcopModule } from '../modules/module-registry';
import { loadSessionFollowingAuth, SessionStore } from '../session/session.store';

/**
 * The module navigation, the signed-in user and the one mounted module, chosen by the URL below the
 * shell's base path. Only modules the API says the roles allow are offered (the API refuses the rest too).
 */
@Component({
  selector: 'ocop-shell-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ModuleOutlet, StatusPanel],
  providers: [SessionStore],
  templateUrl: './shell-layout.html',
  styleUrl: './shell-layout.css',
})
export class ShellLayout {
  private readonly host = inject(OcopHost);
  private readonly path = inject(CurrentPath).value;
  protected readonly session = inject(SessionStore);
  protected readonly t = inject(Translator).t;

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
