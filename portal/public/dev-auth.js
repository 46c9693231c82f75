// Stand-in for the portal's session until the portal signs in through Keycloak: it satisfies the `auth`
// contract of brief §3 with a fixed demo user and no token (the API runs without authentication in this
// foundation dev mode and says so in its log).
export function devAuth() {
  const auth = new EventTarget();
  const user = { username: 'demo', name: 'Người dùng thử', roles: ['district-officer'], districtCode: '184' };
  auth.getToken = async () => '';
  auth.profile = () => user;
  auth.logout = async () => {
    auth.dispatchEvent(new Event('auth-changed'));
  };
  return auth;
}
