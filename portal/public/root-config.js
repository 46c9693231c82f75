// The stand-in province portal's root config, written as such portals are: framework-free, a native
// import map, single-spa from our own static files, and the portal's one keycloak-js instance, signed in
// before single-spa starts. OCOP is added exactly as brief §3 tells portal teams.
import { registerApplication, start, navigateToUrl, addErrorHandler } from 'single-spa';
import Keycloak from 'keycloak-js';
import { createKeycloakAuth } from '@ocop/auth';
import { home } from './pages/home.js';
import { thuTuc } from './pages/thu-tuc.js';
import { showLoggedOut, showUser } from './session-ui.js';

const config = await (await fetch('/portal-config.json')).json();
const keycloak = new Keycloak(config.keycloak);
// login-required: the portal has no anonymous pages. No session iframe: third-party cookies are unreliable
// and the auth adapter learns of an ended session at its next refresh.
await keycloak.init({ onLoad: 'login-required', pkceMethod: 'S256', checkLoginIframe: false });

const auth = createKeycloakAuth(keycloak, { logoutRedirectUri: `${location.origin}/` });
auth.addEventListener('auth-changed', () => {
  if (auth.loggedOut) showLoggedOut(() => keycloak.login({ redirectUri: location.href }));
});
showUser(auth.profile(), () => auth.logout());

registerApplication({ name: '@portal/home', app: async () => home, activeWhen: (l) => l.pathname === '/' });
registerApplication({
  name: '@portal/thu-tuc-hanh-chinh',
  app: async () => thuTuc,
  activeWhen: '/thu-tuc-hanh-chinh',
});
registerApplication({
  name: '@ocop/shell',
  app: () => import('@ocop/shell'),
  activeWhen: '/ocop',
  customProps: { auth, apiBaseUrl: '/api', locale: document.documentElement.lang || 'vi' },
});

addErrorHandler((err) => console.error(`[portal] application ${err.appOrParcelName} failed`, err));

// Portal menu: client-side navigation, and the active item follows the URL.
const menu = document.getElementById('portal-menu');
menu.addEventListener('click', (event) => {
  const link = event.target.closest('a');
  if (!link || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
  event.preventDefault();
  navigateToUrl(link.getAttribute('href'));
});
function markActive() {
  for (const link of menu.querySelectorAll('a')) {
    const href = link.getAttribute('href');
    const active = href === '/' ? location.pathname === '/' : location.pathname.startsWith(href);
    link.classList.toggle('active', active);
  }
}
window.addEventListener('single-spa:routing-event', markActive);

start({ urlRerouteOnly: true });
