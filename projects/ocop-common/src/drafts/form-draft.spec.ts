import { TestBed } from '@angular/core/testing';
import { FakeOcopAuth, provideTestHost, TestHost } from '../testing';
import { FormDrafts } from './form-draft';

interface Draft {
  name: string;
}

describe('FormDrafts', () => {
  const USER_A = 'spec-drafts-a';
  const USER_B = 'spec-drafts-b';
  const FORM = 'spec-form';
  const keyOf = (user: string, form = FORM): string => `ocop-draft:${user}:${form}`;
  let drafts: FormDrafts;
  let host: TestHost;
  let auth: FakeOcopAuth;

  beforeEach(() => {
    auth = new FakeOcopAuth();
    auth.user = { username: USER_A, name: 'Lý Thị Dung', roles: ['department-officer'] };
    TestBed.configureTestingModule({ providers: [provideTestHost({ auth }), FormDrafts] });
    drafts = TestBed.inject(FormDrafts);
    host = TestBed.inject(TestHost);
  });

  afterEach(() => {
    for (const user of [USER_A, USER_B, 'anonymous']) {
      localStorage.removeItem(keyOf(user));
      localStorage.removeItem(keyOf(user, 'other-form'));
    }
    jasmine.clock().uninstall();
  });

  it('loads what was saved, with the time of the change, until it is cleared', () => {
    jasmine.clock().install();
    jasmine.clock().mockDate(new Date('2025-03-04T05:06:07.000Z'));

    drafts.save<Draft>(FORM, { name: 'Mật ong' });

    expect(drafts.load<Draft>(FORM)).toEqual({
      value: { name: 'Mật ong' },
      savedAt: '2025-03-04T05:06:07.000Z',
    });
    expect(localStorage.getItem(keyOf(USER_A))).not.toBeNull();

    drafts.clear(FORM);

    expect(drafts.load<Draft>(FORM)).toBeNull();
    expect(localStorage.getItem(keyOf(USER_A))).toBeNull();
  });

  it('keeps the last save only, per form', () => {
    drafts.save<Draft>(FORM, { name: 'M' });
    drafts.save<Draft>(FORM, { name: 'Mật ong' });
    drafts.save<Draft>('other-form', { name: 'Chè' });

    expect(drafts.load<Draft>(FORM)?.value).toEqual({ name: 'Mật ong' });
    expect(drafts.load<Draft>('other-form')?.value).toEqual({ name: 'Chè' });
  });

  it('keeps drafts per user: another user signed in on the same browser does not see them', () => {
    drafts.save<Draft>(FORM, { name: 'Của A' });

    const other = new FakeOcopAuth();
    other.user = { username: USER_B, name: 'Vi Văn Em', roles: ['commune-officer'] };
    host.auth.set(other);

    expect(drafts.load<Draft>(FORM)).toBeNull();
    drafts.save<Draft>(FORM, { name: 'Của B' });
    drafts.clear(FORM);

    host.auth.set(auth);
    expect(drafts.load<Draft>(FORM)?.value).toEqual({ name: 'Của A' });
  });

  it('files drafts under "anonymous" without a session', () => {
    host.auth.set(undefined);

    drafts.save<Draft>(FORM, { name: 'Khách' });

    expect(localStorage.getItem(keyOf('anonymous'))).toContain('Khách');
    expect(localStorage.getItem(keyOf(USER_A))).toBeNull();
  });

  it('gives null for a draft that is not valid JSON', () => {
    localStorage.setItem(keyOf(USER_A), '{"value": {"name": "Mật');

    expect(drafts.load<Draft>(FORM)).toBeNull();
  });

  it('keeps the form working when the storage refuses to save', () => {
    spyOn(Storage.prototype, 'setItem').and.throwError(new DOMException('full', 'QuotaExceededError'));

    expect(() => drafts.save<Draft>(FORM, { name: 'Mật ong' })).not.toThrow();
    expect(drafts.load<Draft>(FORM)).toBeNull();
  });
});
