import { AUTH_CHANGED_EVENT, OcopAuth, OcopProfile } from '../host/ocop-auth';

/** Test-only portal session: `getToken`, `profile` and `logout` are Jasmine spies. */
export class FakeOcopAuth extends EventTarget implements OcopAuth {
  token: string;
  user: OcopProfile = { username: 'canbo01', name: 'Nguyễn Văn An', roles: ['ocop-officer'] };

  readonly getToken = jasmine
    .createSpy<(minValidity?: number) => Promise<string>>('getToken')
    .and.callFake(() => Promise.resolve(this.token));
  readonly profile = jasmine.createSpy<() => OcopProfile>('profile').and.callFake(() => this.user);
  readonly logout = jasmine.createSpy<() => void>('logout');

  constructor(token = 'test-token') {
    super();
    this.token = token;
  }

  /** What the portal does when the user or the session changes. */
  changeSession(token: string): void {
    this.token = token;
    this.dispatchEvent(new Event(AUTH_CHANGED_EVENT));
  }
}
