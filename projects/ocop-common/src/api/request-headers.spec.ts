import { FakeOcopAuth } from '@ocop/common/testing';
import { apiRequestHeaders, apiUrl } from './request-headers';

describe('apiRequestHeaders', () => {
  it('asks the session for a token valid for 30 s more and sends it as a bearer token', async () => {
    const auth = new FakeOcopAuth('abc');

    expect(await apiRequestHeaders(auth, null)).toEqual({ Authorization: 'Bearer abc' });
    expect(auth.getToken).toHaveBeenCalledOnceWith(30);
  });

  it('adds the viewed district, and sends no Authorization without a session or a token', async () => {
    expect(await apiRequestHeaders(undefined, '184')).toEqual({ 'X-OCOP-District': '184' });
    expect(await apiRequestHeaders(new FakeOcopAuth(''), null)).toEqual({});
  });

  it('fails when the session cannot give a token', async () => {
    const auth = new FakeOcopAuth();
    auth.getToken.and.rejectWith(new Error('session over'));

    await expectAsync(apiRequestHeaders(auth, null)).toBeRejectedWithError('session over');
  });
});

describe('apiUrl', () => {
  it('joins base and path without doubled slashes', () => {
    expect(apiUrl('/api', '/dossiers')).toBe('/api/dossiers');
    expect(apiUrl('https://ocop.example.vn/api//', '/me')).toBe('https://ocop.example.vn/api/me');
  });
});
