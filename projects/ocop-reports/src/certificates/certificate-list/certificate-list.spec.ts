import type { OcopProfile } from '@ocop/common';
import { FakeOcopAuth, provideTestElement } from '@ocop/common/testing';
import { type Certificate, vietnamDate } from '@ocop/domain';
import { certificate } from '../testing/certificate-fixtures';
import { CertificateListPage } from './certificate-list';
import { PageUnderTest } from '../../testing/page-under-test';
import { DISTRICT_OFFICER, PROVINCE_OFFICER } from '../../testing/users';

describe('CertificateListPage', () => {
  let page: PageUnderTest<CertificateListPage>;

  // The Karma page's own address, put back after the specs that move to the certificates page's address.
  let karmaAddress = '';
  beforeEach(() => (karmaAddress = location.pathname + location.search + location.hash));
  afterEach(() => {
    page.close();
    history.replaceState(history.state, '', karmaAddress);
  });

  async function open(
    rows: Certificate[],
    user: OcopProfile = PROVINCE_OFFICER,
    url = '/api/certificates',
  ): Promise<void> {
    const auth = new FakeOcopAuth();
    auth.user = user;
    page = await PageUnderTest.open(CertificateListPage, provideTestElement({ auth }));
    await page.answer(url, rows);
  }

  /** As when the portal shows <basePath>/reports/certificates with `search`. */
  function at(search: string): void {
    history.replaceState(history.state, '', `/ocop/reports/certificates${search}`);
  }

  const rowTexts = (): string[][] =>
    page
      .all('tbody tr')
      .map((tr) => Array.from(tr.children).map((cell) => cell.textContent!.replace(/\s+/g, ' ').trim()));

  it('lists each certificate with its stars, dates dd/MM/yyyy and a status in words', async () => {
    await open([
      certificate('a'),
      certificate('b', {
        product: { id: 'p-b', name: 'Tinh dầu hồi Văn Quan' },
        stars: 4,
        status: 'expiring',
      }),
      certificate('c', { status: 'expired' }),
      certificate('d', { status: 'revoked', revokedOn: '2021-01-01' }),
    ]);

    const rows = rowTexts();
    expect(rows[0]!.slice(0, 8)).toEqual([
      'Rượu men lá Hữu Lễ',
      'HTX Hữu Lễ',
      'Xã Hữu Lễ',
      '★★★☆☆ 3 sao',
      '12/GCN-UBND',
      '22/05/2020',
      '22/05/2023',
      'Còn hiệu lực',
    ]);
    expect(rows.map((r) => r[7])).toEqual(['Còn hiệu lực', 'Sắp hết hạn', 'Hết hạn', 'Đã thu hồi']);
    expect(page.text('.count')).toBe('4 giấy chứng nhận');
    expect(page.$('tbody tr a.history').getAttribute('href')).toBe('/ocop/reports/products/p-a/evaluations');
    expect(page.all('button.revoke').length).toBe(3);
  });

  it('asks the API by status and by the search text, which it matches without diacritics', async () => {
    await open([certificate('a')]);

    await page.type('select[name="status"]', 'expiring');
    await page.answer('/api/certificates?status=expiring', []);
    expect(page.text('ocop-status-panel')).toContain('Không có giấy chứng nhận nào phù hợp.');

    await page.type('input[name="q"]', 'huu le');
    await page.click('button.search');
    await page.answer('/api/certificates?status=expiring&q=huu%20le', [
      certificate('a', { status: 'expiring' }),
    ]);
    expect(rowTexts().length).toBe(1);
  });

  it('starts with the status and the search the URL gives (the home reminder links to ?status=expiring)', async () => {
    at('?status=expiring&q=h%C6%B0%CC%83u');
    await open(
      [certificate('a', { status: 'expiring' })],
      PROVINCE_OFFICER,
      '/api/certificates?status=expiring&q=h%E1%BB%AFu',
    );

    expect(page.$<HTMLSelectElement>('select[name="status"]').value).toBe('expiring');
    // Normalised to NFC, as typed text is.
    expect(page.$<HTMLInputElement>('input[name="q"]').value).toBe('hữu');
    expect(rowTexts().map((r) => r[7])).toEqual(['Sắp hết hạn']);
  });

  it('ignores a status it does not know, and shows every certificate', async () => {
    at('?status=soon');
    await open([certificate('a')]);
    expect(page.$<HTMLSelectElement>('select[name="status"]').value).toBe('');
    expect(location.search).toBe('');
  });

  it('keeps the URL in step with the filter and the search, without adding history entries', async () => {
    at('?status=expiring');
    await open([], PROVINCE_OFFICER, '/api/certificates?status=expiring');
    const entries = history.length;

    await page.type('select[name="status"]', 'expired');
    await page.answer('/api/certificates?status=expired', []);
    expect(location.pathname).toBe('/ocop/reports/certificates');
    expect(location.search).toBe('?status=expired');

    await page.type('input[name="q"]', 'huu le');
    // Typing alone neither asks the API nor changes the URL; searching does.
    expect(location.search).toBe('?status=expired');
    await page.click('button.search');
    await page.answer('/api/certificates?status=expired&q=huu%20le', []);
    expect(location.search).toBe('?status=expired&q=huu+le');

    await page.type('select[name="status"]', '');
    await page.answer('/api/certificates?q=huu%20le', []);
    expect(location.search).toBe('?q=huu+le');
    expect(history.length).toBe(entries);
  });

  it('follows the URL when another link changes it (the menu link to the whole list)', async () => {
    at('?status=expiring');
    await open([], PROVINCE_OFFICER, '/api/certificates?status=expiring');

    history.pushState(history.state, '', '/ocop/reports/certificates');
    window.dispatchEvent(new PopStateEvent('popstate'));
    await page.settle();
    await page.answer('/api/certificates', [certificate('a')]);

    expect(page.$<HTMLSelectElement>('select[name="status"]').value).toBe('');
    expect(rowTexts().length).toBe(1);
  });

  it('revokes with a reason and a date after confirmation (province officer)', async () => {
    await open([certificate('a')]);

    await page.click('button.revoke');
    const dialog = page.$<HTMLDialogElement>('dialog.revoke-dialog');
    expect(dialog.open).toBeTrue();
    expect(dialog.textContent).toContain('Thu hồi giấy chứng nhận 12/GCN-UBND?');
    const [y, m, d] = vietnamDate(new Date()).split('-');
    expect(page.$<HTMLInputElement>('input[name="revokedOn"]').value).toBe(`${d}/${m}/${y}`);

    await page.click('button.confirm-revoke');
    expect(page.text('#revoke-reason-error')).toBe('Nhập lý do thu hồi giấy chứng nhận');
    expect(page.http.match({ method: 'POST' }).length).toBe(0);

    await page.type('textarea[name="reason"]', 'Vi phạm an toàn thực phẩm');
    await page.type('input[name="revokedOn"]', '01/03/2021');
    await page.click('button.confirm-revoke');
    const post = await page.answer(
      '/api/certificates/a/revoke',
      certificate('a', { status: 'revoked', revokedOn: '2021-03-01' }),
      { method: 'POST' },
    );
    expect(post.request.body).toEqual({ reason: 'Vi phạm an toàn thực phẩm', revokedOn: '2021-03-01' });

    expect(dialog.open).toBeFalse();
    expect(rowTexts()[0]![7]).toBe('Đã thu hồi');
    expect(page.el.querySelector('button.revoke')).toBeNull();
    expect(page.text('.done')).toBe('Đã thu hồi giấy chứng nhận 12/GCN-UBND.');
  });

  it('offers no revocation to a district officer', async () => {
    await open([certificate('a')], DISTRICT_OFFICER);
    expect(page.el.querySelector('button.revoke')).toBeNull();
  });
});
