// The stand-in province portal's root config, written as such portals are: framework-free, a native
// import map, single-spa from our own static files. OCOP is added exactly as brief §3 tells portal teams.
import { registerApplication, start, navigateToUrl, addErrorHandler } from 'single-spa';
import { home } from './pages/home.js';
import { thuTuc } from './pages/thu-tuc.js';
import { devAuth } from './dev-auth.js';

const auth = devAuth();

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

const who = auth.profile();
document.getElementById('portal-user').textContent = who.name;

start({ urlRerouteOnly: true });
