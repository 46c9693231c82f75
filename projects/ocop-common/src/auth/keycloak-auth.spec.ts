import { nextTask, waitUntil } from '../testing/test-host';
import { AUTH_CHANGED_EVENT } from '../host/ocop-auth';
import { createKeycloakAuth, KeycloakAuth, KeycloakLike, profileFromToken } from './keycloak-auth';

/** A keycloak-js stand-in: the token expires when the test says so, and updateToken waits for the test. */
class FakeKeycloak implements KeycloakLike {
  token?: string;
  tokenParsed?: Record<string, unknown>;
  expired = false;
  /** Settles the pending updateToken call, if any. */
  finishRefresh: ((result: { token: string } | Error) => void) | null = null;
  /** Lock names held (per navigator.locks.query) while updateToken ran. */
  locksHeldDuringRefresh: string[] = [];

  readonly isTokenExpired = jasmine
    .createSpy<(minValidity?: number) => boolean>('isTokenExpired')
    .and.callFake(() => this.expired);
  readonly updateToken = jasmine
    .createSpy<(minValidity?: number) => Promise<boolean>>('updateToken')
    .and.callFake(async () => {
      const locks = await navigator.locks.query();
      this.locksHeldDuringRefresh = (locks.held ?? []).map((l) => l.name ?? '');
      const result = await new Promise<{ token: string } | Error>(
        (resolve) => (this.finishRefresh = resolve),
      );
      this.finishRefresh = null;
      if (result instanceof Error) throw result;
      this.token = result.token;
      this.expired = false;
      return true;
    });
  readonly login = jasmine
    .createSpy<(o?: { redirectUri?: string }) => Promise<void>>('login')
    .and.resolveTo();
  readonly logout = jasmine
    .createSpy<(o?: { redirectUri?: string }) => Promise<void>>('logout')
    .and.resolveTo();

  constructor(token = 'token-1') {
    this.token = token;
  }
}

let counter = 0;

describe('createKeycloakAuth', () => {
  let name: string;
  let kc: FakeKeycloak;
  let auth: KeycloakAuth;
  let created: KeycloakAuth[];
  let changes: number;

  const create = (keycloak: KeycloakLike, coordinationName = name): KeycloakAuth => {
    const instance = createKeycloakAuth(keycloak, {
      coordinationName,
      logoutRedirectUri: 'https://cong.example.vn/',
    });
    created.push(instance);
    return instance;
  };

  beforeEach(() => {
    name = `ocop-auth-test-${Date.now()}-${++counter}`;
    created = [];
    kc = new FakeKeycloak();
    auth = create(kc);
    changes = 0;
    auth.addEventListener(AUTH_CHANGED_EVENT, () => changes++);
  });

  afterEach(() => {
    for (const instance of created) instance.dispose();
  });

  describe('getToken', () => {
    it('returns the current token without refreshing while it is valid for minValidity', async () => {
      expect(await auth.getToken(45)).toBe('token-1');

      expect(kc.isTokenExpired).toHaveBeenCalledWith(45);
      expect(kc.updateToken).not.toHaveBeenCalled();
    });

    it('spends ONE refresh on a burst of callers while the token expires, and gives all the new token', async () => {
      kc.expired = true;

      const calls = [1, 2, 3, 4, 5].map(() => auth.getToken());
      await waitUntil(() => kc.finishRefresh !== null);
      // Every caller is waiting on the one refresh still in flight.
      await nextTask();
      expect(kc.updateToken).toHaveBeenCalledTimes(1);
      expect(kc.updateToken).toHaveBeenCalledWith(30);

      kc.finishRefresh!({ token: 'token-2' });
      await nextTask(20);

      // No second refresh queued behind the lock either.
      expect(kc.updateToken).toHaveBeenCalledTimes(1);
      expect(await Promise.all(calls)).toEqual(['token-2', 'token-2', 'token-2', 'token-2', 'token-2']);
    });

    it('refreshes again for a later expiry once the first refresh is over', async () => {
      kc.expired = true;
      const first = auth.getToken();
      await waitUntil(() => kc.finishRefresh !== null);
      kc.finishRefresh!({ token: 'token-2' });
      expect(await first).toBe('token-2');

      kc.expired = true;
      const second = auth.getToken();
      await waitUntil(() => kc.finishRefresh !== null);
      kc.finishRefresh!({ token: 'token-3' });

      expect(await second).toBe('token-3');
      expect(kc.updateToken).toHaveBeenCalledTimes(2);
    });

    it('refreshes inside the Web Lock named after the coordination name, so tabs take turns', async () => {
      const request = spyOn(navigator.locks, 'request').and.callThrough();
      kc.expired = true;

      const token = auth.getToken();
      await waitUntil(() => kc.finishRefresh !== null);

      expect(request).toHaveBeenCalledTimes(1);
      expect(request.calls.argsFor(0)[0]).toBe(`${name}:refresh`);
      expect(kc.locksHeldDuringRefresh).toContain(`${name}:refresh`);
      kc.finishRefresh!({ token: 'token-2' });
      expect(await token).toBe('token-2');
      const after = await navigator.locks.query();
      expect((after.held ?? []).map((l) => l.name)).not.toContain(`${name}:refresh`);
    });

    it('does not dispatch auth-changed for a refresh (same session, nothing reloads)', async () => {
      kc.expired = true;
      const token = auth.getToken();
      await waitUntil(() => kc.finishRefresh !== null);
      kc.finishRefresh!({ token: 'token-2' });
      await token;
      await nextTask();

      expect(changes).toBe(0);
    });

    it('sends the user to log in, back to this URL, when the refresh fails; every waiting caller rejects', async () => {
      kc.expired = true;

      const calls = [auth.getToken(), auth.getToken(), auth.getToken()];
      const settled = Promise.allSettled(calls);
      await waitUntil(() => kc.finishRefresh !== null);
      kc.finishRefresh!(new Error('refresh token expired'));

      const results = await settled;
      expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected', 'rejected']);
      expect((results[0] as PromiseRejectedResult).reason).toEqual(new Error('SESSION_EXPIRED'));
      expect(kc.login).toHaveBeenCalledOnceWith({ redirectUri: location.href });
      expect(changes).toBe(0);
    });

    it('rejects after logout without asking Keycloak', async () => {
      await auth.logout();

      await expectAsync(auth.getToken()).toBeRejectedWithError('LOGGED_OUT');
      expect(kc.updateToken).not.toHaveBeenCalled();
    });
  });

  describe('logout', () => {
    it('tells the other tabs on the BroadcastChannel and logs out of Keycloak', async () => {
      const messages: unknown[] = [];
      const listener = new BroadcastChannel(name);
      listener.onmessage = (event: MessageEvent) => messages.push(event.data);
      try {
        await auth.logout();
        await waitUntil(() => messages.length > 0);

        expect(messages).toEqual(['logout']);
        expect(kc.logout).toHaveBeenCalledOnceWith({ redirectUri: 'https://cong.example.vn/' });
        expect(auth.loggedOut).toBeTrue();
      } finally {
        listener.close();
      }
    });

    it('ends the session in another tab: loggedOut, auth-changed, no token any more, no redirect', async () => {
      const otherKc = new FakeKeycloak('other-token');
      const otherTab = create(otherKc);
      let otherChanges = 0;
      otherTab.addEventListener(AUTH_CHANGED_EVENT, () => otherChanges++);
      expect(await otherTab.getToken()).toBe('other-token');

      await auth.logout();
      await waitUntil(() => otherTab.loggedOut);
      await nextTask();

      // The other tab shows its logged-out state; it must not be sent to the login form by itself.
      expect(otherKc.login).not.toHaveBeenCalled();
      expect(otherChanges).toBe(1);
      // Only the tab the user clicked in goes to Keycloak; the others just drop their session.
      expect(otherKc.logout).not.toHaveBeenCalled();
      await expectAsync(otherTab.getToken()).toBeRejectedWithError('LOGGED_OUT');
      // The tab that logged out does not hear its own message.
      expect(changes).toBe(0);
    });

    it('reaches only tabs of the same coordination name, and no instance after dispose()', async () => {
      const stranger = create(new FakeKeycloak(), `${name}-other`);
      const disposedKc = new FakeKeycloak();
      const disposed = create(disposedKc);
      disposed.dispose();
      const listening = create(new FakeKeycloak());

      await auth.logout();
      await waitUntil(() => listening.loggedOut);
      await nextTask(20);

      expect(stranger.loggedOut).toBeFalse();
      expect(disposed.loggedOut).toBeFalse();
    });
  });

  it('profile() reads the parsed token with the API client’s roles', () => {
    kc.tokenParsed = {
      preferred_username: 'xa.huule',
      given_name: 'Văn Em',
      family_name: 'Vi',
      resource_access: { 'ocop-api': { roles: ['commune-officer'] } },
      commune_code: '06322',
    };

    expect(auth.profile()).toEqual({
      username: 'xa.huule',
      name: 'Vi Văn Em',
      roles: ['commune-officer'],
      districtCode: undefined,
      communeCode: '06322',
      departmentCode: undefined,
    });
  });
});

describe('profileFromToken', () => {
  it('writes the family name first, as Vietnamese names are read', () => {
    const profile = profileFromToken({
      preferred_username: 'xa.huule',
      given_name: 'Văn Em',
      family_name: 'Vi',
      name: 'Văn Em Vi',
    });

    expect(profile.name).toBe('Vi Văn Em');
    expect(profile.username).toBe('xa.huule');
  });

  it('takes the roles of the API client only, and the unit codes', () => {
    const profile = profileFromToken({
      preferred_username: 'vq.yte',
      family_name: 'Lý',
      given_name: 'Thị Dung',
      resource_access: {
        'ocop-api': { roles: ['department-officer'] },
        account: { roles: ['manage-account'] },
      },
      realm_access: { roles: ['portal-user'] },
      district_code: '184',
      department_code: 'TTYT',
    });

    expect(profile).toEqual({
      username: 'vq.yte',
      name: 'Lý Thị Dung',
      roles: ['department-officer'],
      districtCode: '184',
      communeCode: undefined,
      departmentCode: 'TTYT',
    });
  });

  it('reads the roles of another API client id when given one', () => {
    const claims = { resource_access: { 'ocop-api-test': { roles: ['province-officer'] } } };

    expect(profileFromToken(claims, 'ocop-api-test').roles).toEqual(['province-officer']);
    expect(profileFromToken(claims).roles).toEqual([]);
  });

  it('falls back to the name claim, then the username; no roles and no units when absent', () => {
    expect(profileFromToken({ preferred_username: 'khach', name: 'Phạm Văn Khách' }).name).toBe(
      'Phạm Văn Khách',
    );
    expect(profileFromToken({ preferred_username: 'khach', family_name: '', given_name: '' }).name).toBe(
      'khach',
    );
    expect(profileFromToken({ preferred_username: 'khach', given_name: 'Khách' }).name).toBe('Khách');
    expect(profileFromToken({})).toEqual({
      username: '',
      name: '',
      roles: [],
      districtCode: undefined,
      communeCode: undefined,
      departmentCode: undefined,
    });
  });

  it('ignores unit claims that are empty or not text', () => {
    const profile = profileFromToken({ preferred_username: 'a', district_code: '', commune_code: 6322 });

    expect(profile.districtCode).toBeUndefined();
    expect(profile.communeCode).toBeUndefined();
  });
});
