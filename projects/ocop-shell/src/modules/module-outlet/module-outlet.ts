import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  ElementRef,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { OcopHost, StatusPanel, Translator } from '@ocop/common';
import { checkManifest, ManifestProblem } from '@ocop/domain';
import { ApiVersion } from '../api-version';
import { BundleLoader } from '../bundle-loader';
import { OcopModule } from '../module-registry';

/** How long a module may take to appear before the user sees a loading state. */
export const SLOW_LOAD_MS = 300;

type OutletStatus = 'loading' | 'slow' | 'ready' | 'error' | 'incompatible';

/**
 * Mounts one module's custom element: loads its bundle the first time, creates the element, hands it
 * the host's inputs as properties, and removes it when the route moves on. Exactly one element at a time.
 */
@Component({
  selector: 'ocop-module-outlet',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [StatusPanel],
  templateUrl: './module-outlet.html',
  styleUrl: './module-outlet.css',
})
export class ModuleOutlet {
  readonly module = input.required<OcopModule>();

  private readonly host = inject(OcopHost);
  private readonly loader = inject(BundleLoader);
  private readonly apiVersion = inject(ApiVersion);
  /** Why the loaded bundle was not mounted (its manifest does not fit). */
  protected readonly problems = signal<ManifestProblem[]>([]);
  protected readonly problemText = computed(() =>
    this.problems()
      .map((p) => p.message)
      .join(' '),
  );
  protected readonly t = inject(Translator).t;
  protected readonly status = signal<OutletStatus>('loading');
  private readonly slot = viewChild.required<ElementRef<HTMLElement>>('slot');
  private element: HTMLElement | null = null;
  private attempt = 0;
  private slowTimer: ReturnType<typeof setTimeout> | undefined;

  constructor() {
    effect(() => {
      const module = this.module();
      untracked(() => void this.mount(module));
    });
    // Later changes of the host's inputs (a new locale, a new session) reach the mounted element.
    effect(() => {
      const props = this.hostProps();
      if (this.status() === 'ready' && this.element) Object.assign(this.element, props);
    });
    inject(DestroyRef).onDestroy(() => {
      this.attempt++;
      clearTimeout(this.slowTimer);
      this.removeElement();
    });
  }

  protected retry(): void {
    // The bundle is the one the browser has loaded; what may have changed since is the API's version.
    if (this.status() === 'incompatible') this.apiVersion.forget();
    void this.mount(this.module());
  }

  private async mount(module: OcopModule): Promise<void> {
    const attempt = ++this.attempt;
    this.removeElement();
    this.status.set('loading');
    clearTimeout(this.slowTimer);
    this.slowTimer = setTimeout(() => {
      if (attempt === this.attempt && this.status() === 'loading') this.status.set('slow');
    }, SLOW_LOAD_MS);
    try {
      const [exports, apiVersion] = await Promise.all([
        this.loader.load(module.bundle, module.tag),
        this.apiVersion.get(),
      ]);
      if (attempt !== this.attempt) return;
      const problems = checkManifest(exports['manifest'], module, apiVersion);
      if (problems.length) {
        console.error(`[ocop] module ${module.id} not mounted:`, problems.map((p) => p.message).join(' '));
        this.problems.set(problems);
        this.status.set('incompatible');
        return;
      }
      const element = document.createElement(module.tag);
      Object.assign(element, this.hostProps());
      this.slot().nativeElement.appendChild(element);
      this.element = element;
      // An element that throws while connecting reports to the window, not to appendChild: what it
      // leaves behind is an element with no rendering at all.
      if (!element.shadowRoot && element.childNodes.length === 0) {
        throw new Error(`<${module.tag}> did not render when mounted`);
      }
      this.status.set('ready');
    } catch (err) {
      if (attempt !== this.attempt) return;
      this.removeElement();
      console.error(`[ocop] module ${module.id} (${module.bundle}) failed to load`, err);
      this.status.set('error');
    } finally {
      if (attempt === this.attempt) clearTimeout(this.slowTimer);
    }
  }

  private hostProps(): Record<string, unknown> {
    return {
      auth: this.host.auth(),
      apiBaseUrl: this.host.apiBaseUrl(),
      basePath: this.host.basePath(),
      locale: this.host.locale(),
    };
  }

  private removeElement(): void {
    this.element?.remove();
    this.element = null;
  }
}
