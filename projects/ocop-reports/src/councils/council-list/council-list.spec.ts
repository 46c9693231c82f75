import { OcopProfile } from '@ocop/common';
import { FakeOcopAuth, provideTestElement } from '@ocop/common/testing';
import { COUNCIL, COUNCIL_ID } from '../../testing/evaluation-fixtures';
import { PageUnderTest } from '../../testing/page-under-test';
import { COUNCIL_MEMBER, DISTRICT_OFFICER } from '../../testing/users';
import { CouncilList } from './council-list';

describe('CouncilList', () => {
  let page: PageUnderTest<CouncilList>;

  afterEach(() => page.close());

  async function open(user: OcopProfile): Promise<void> {
    const auth = new FakeOcopAuth();
    auth.user = user;
    page = await PageUnderTest.open(CouncilList, provideTestElement({ auth }));
    await page.answer('/api/councils', [COUNCIL]);
  }

  it('lists the councils with their decision and members, and lets a district officer add one', async () => {
    await open(DISTRICT_OFFICER);
    const row = page.$<HTMLTableRowElement>(`tr[data-council-id="${COUNCIL_ID}"]`);
    expect(Array.from(row.cells).map((c) => c.textContent!.trim())).toEqual([
      COUNCIL.name,
      'Cấp huyện',
      '215/QĐ-UBND ngày 20/03/2020',
      '5 thành viên',
    ]);
    expect(row.querySelector('a')!.getAttribute('href')).toBe(`/ocop/reports/councils/${COUNCIL_ID}`);
    expect(page.$('a.new-council').getAttribute('href')).toBe('/ocop/reports/councils/new');
  });

  it('offers a council member no new council', async () => {
    await open(COUNCIL_MEMBER);
    expect(page.el.querySelector('a.new-council')).toBeNull();
  });
});
