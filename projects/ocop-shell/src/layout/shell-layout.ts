import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { CurrentPath, navigateTo, OcopHost, pathBelow, Translator } from '@ocop/common';
import { ModuleOutlet } from '../modules/module-outlet/module-outlet';
import { moduleForPath, OCOP_MODULES, OcopModule } from '../modules/module-registry';

/** The module navigation and the one mounted module, chosen by the URL below the shell's base path. */
@Component({
  selector: 'ocop-shell-layout',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ModuleOutlet],
  templateUrl: './shell-layout.html',
  styleUrl: './shell-layout.css',
})
export class ShellLayout {
  private readonly host = inject(OcopHost);
  private readonly path = inject(CurrentPath).value;
  protected readonly t = inject(Translator).t;
  protected readonly modules = OCOP_MODULES;

  protected readonly route = computed(() => moduleForPath(pathBelow(this.host.basePath(), this.path())));
  /** The registry entry itself, so staying inside one module never remounts it. */
  protected readonly activeModule = computed<OcopModule | null>(() => {
    const route = this.route();
    return typeof route === 'object' ? route : null;
  });

  protected href(module: OcopModule): string {
    return `${this.host.basePath().replace(/\/+$/, '')}/${module.segment}`;
  }

  protected follow(event: MouseEvent, url: string): void {
    // New-tab and new-window clicks stay the browser's.
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigateTo(url);
  }
}
