import { OcopProfile } from '@ocop/common';
import { FakeOcopAuth, provideTestElement } from '@ocop/common/testing';
import { COUNCIL, COUNCIL_ID, SESSION_ID, sessionSummary } from '../../testing/evaluation-fixtures';
import { PageUnderTest } from '../../testing/page-under-test';
import { DISTRICT_OFFICER, PROVINCE_OFFICER } from '../../testing/users';
import { CouncilDetail } from './council-detail';

describe('CouncilDetail', () => {
  let page: PageUnderTest<CouncilDetail>;

  afterEach(() => page.close());

  async function open(user: OcopProfile): Promise<void> {
    const auth = new FakeOcopAuth();
    auth.user = user;
    page = await PageUnderTest.open(CouncilDetail, provideTestElement({ auth }), { councilId: COUNCIL_ID });
    await page.answer(`/api/councils/${COUNCIL_ID}`, COUNCIL);
    await page.answer(`/api/sessions?councilId=${COUNCIL_ID}`, [sessionSummary()]);
  }

  it('shows the decision, the term, the members with their positions and accounts, and the sessions', async () => {
    await open(DISTRICT_OFFICER);
    expect(page.text('h2')).toBe(COUNCIL.name);
    expect(page.text('.decision')).toBe('215/QĐ-UBND ngày 20/03/2020');
    expect(page.text('.term')).toBe('từ 20/03/2020');
    const rows = page.all<HTMLTableRowElement>('table.members tbody tr');
    expect(Array.from(rows[0]!.cells).map((c) => c.textContent!.trim())).toEqual([
      '1',
      'Nguyễn Văn Thắng',
      'Chủ tịch Hội đồng',
      'Phó Chủ tịch UBND huyện',
      '—',
    ]);
    expect(rows[1]!.querySelector('.username')!.textContent).toBe('vq.nongnghiep');
    expect(page.$(`li[data-session-id="${SESSION_ID}"] a`).getAttribute('href')).toBe(
      `/ocop/reports/sessions/${SESSION_ID}`,
    );
    expect(page.$('a.new-session').getAttribute('href')).toBe(
      `/ocop/reports/sessions/new?councilId=${COUNCIL_ID}`,
    );
    expect(page.$('a.edit-council').getAttribute('href')).toBe(`/ocop/reports/councils/${COUNCIL_ID}/edit`);
  });

  it('lets the province officer read a district council but not manage it', async () => {
    await open(PROVINCE_OFFICER);
    expect(page.el.querySelector('a.new-session')).toBeNull();
    expect(page.el.querySelector('a.edit-council')).toBeNull();
  });
});
