import { createKeycloakAuth, KeycloakAuth } from '@ocop/common';

export interface StandaloneKeycloakConfig {
  url: string;
  realm: string;
  clientId: string;
}

/**
 * Standalone mode (a page without single-spa and without a portal session): the shell creates the page's
 * one keycloak-js instance itself. keycloak-js is loaded only here, as a lazy chunk, so portals that hand
 * us their session never download it.
 */
export async function startStandaloneAuth(config: StandaloneKeycloakConfig): Promise<KeycloakAuth> {
  const { default: Keycloak } = await import('keycloak-js');
  const keycloak = new Keycloak(config);
  await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
  return createKeycloakAuth(keycloak, { logoutRedirectUri: location.href });
}
