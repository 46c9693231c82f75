import {
  ChangeDetectionStrategy,
  Component,
  effect,
  ElementRef,
  forwardRef,
  inject,
  input,
  untracked,
  ViewEncapsulation,
} from '@angular/core';
import { OcopElementRoot, provideOcopElement } from '@ocop/common';
import { ShellLayout } from '../layout/shell-layout';
import { startStandaloneAuth } from '../standalone/standalone-auth';

/**
 * <ocop-shell>: owns everything under its base path. Under single-spa the portal mounts it through the
 * lifecycles in main.ts and passes its session as `auth`; a plain page can place it with `keycloak-url`
 * instead, and the shell signs in itself. The root only carries the inputs: what it provides (OcopHost is
 * the root itself) is injected by its children.
 */
@Component({
  selector: 'ocop-shell',
  encapsulation: ViewEncapsulation.ShadowDom,
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ShellLayout],
  providers: [provideOcopElement(forwardRef(() => ShellApp))],
  template: `<div class="ocop-root" [attr.lang]="locale()"><ocop-shell-layout /></div>`,
  styleUrl: '../../../ocop-common/src/styles/ocop-root.css',
})
export class ShellApp extends OcopElementRoot {
  readonly keycloakUrl = input<string>();
  readonly keycloakRealm = input('langson');
  readonly keycloakClientId = input('ocop-portal');

  constructor() {
    super();
    const element = inject<ElementRef<HTMLElement & { auth?: unknown }>>(ElementRef).nativeElement;
    let started = false;
    effect(() => {
      const url = this.keycloakUrl();
      if (this.auth() || !url || started) return;
      started = true;
      const config = { url, realm: this.keycloakRealm(), clientId: this.keycloakClientId() };
      // Set like a portal would set it, so the `auth` input stays the one source of the session.
      untracked(() =>
        startStandaloneAuth(config).then(
          (auth) => (element.auth = auth),
          (err: unknown) => console.error('[ocop] standalone sign-in failed', err),
        ),
      );
    });
  }
}
