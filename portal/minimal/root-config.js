// A second, minimal portal written only from docs/integration.md (steps 4 and 5): its own Keycloak
// client, OCOP under /portal/ocop. The e2e suite uses it to prove that the document is enough.
import { registerApplication, start } from 'single-spa';
import Keycloak from 'keycloak-js';
import { createKeycloakAuth } from '@ocop/auth';

const { keycloak: sso } = await (await fetch('/portal-config.json')).json();
const keycloak = new Keycloak({ url: sso.url, realm: sso.realm, clientId: 'minimal-portal' });
await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });
const auth = createKeycloakAuth(keycloak, { logoutRedirectUri: `${location.origin}/portal/ocop` });

registerApplication({
  name: '@ocop/shell',
  app: () => import('@ocop/shell'),
  activeWhen: '/portal/ocop',
  customProps: { auth, apiBaseUrl: '/api', basePath: '/portal/ocop', locale: 'vi' },
});
start();
