// A page with no single-spa and no portal session: it only places <ocop-shell> and tells it where Keycloak
// is; the shell signs in by itself (brief §3, standalone mode).
import '@ocop/shell';

const { keycloak } = await (await fetch('/portal-config.json')).json();
const shell = document.createElement('ocop-shell');
shell.setAttribute('keycloak-url', keycloak.url);
shell.setAttribute('keycloak-realm', keycloak.realm);
shell.setAttribute('keycloak-client-id', keycloak.clientId);
shell.setAttribute('base-path', '/standalone/ocop');
document.getElementById('ocop-here').appendChild(shell);
