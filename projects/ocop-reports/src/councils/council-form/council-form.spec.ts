import { OcopProfile } from '@ocop/common';
import { FakeOcopAuth, provideTestElement, waitUntil } from '@ocop/common/testing';
import { COUNCIL, COUNCIL_ID } from '../../testing/evaluation-fixtures';
import { PageUnderTest } from '../../testing/page-under-test';
import { COMMUNE_OFFICER, DISTRICT_OFFICER } from '../../testing/users';
import { CouncilForm } from './council-form';

function providers(user: OcopProfile) {
  const auth = new FakeOcopAuth();
  auth.user = user;
  return provideTestElement({ auth });
}

describe('CouncilForm', () => {
  let page: PageUnderTest<CouncilForm>;

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    page.close();
    localStorage.clear();
  });

  const row = (i: number, field: string): string => `tr[data-row="${i}"] .${field}`;

  async function fillMember(i: number, name: string, title: string, username = ''): Promise<void> {
    await page.type(row(i, 'full-name'), name);
    await page.type(row(i, 'title'), title);
    if (username) await page.type(row(i, 'username'), username);
  }

  it('says what is wrong next to each field, in Vietnamese, and sends nothing', async () => {
    page = await PageUnderTest.open(CouncilForm, providers(DISTRICT_OFFICER));
    expect(page.text('h2')).toBe('Thêm Hội đồng đánh giá, phân hạng');
    // A new council starts with a chair, a member and a secretary.
    expect(page.all<HTMLSelectElement>('select.position').map((s) => s.value)).toEqual([
      'chair',
      'member',
      'secretary',
    ]);
    await page.type('#cf-decisionDate', '31/04/2020');
    await page.click('button.save');

    expect(page.text('#cf-name-error')).toBe('Không được để trống');
    expect(page.text('#cf-decisionDate-error')).toBe('Ngày không hợp lệ (ngày/tháng/năm)');
    expect(page.text(`tr[data-row="0"] td:nth-child(2) .error`)).toBe('Không được để trống');
    expect(page.$('#cf-name').getAttribute('aria-invalid')).toBe('true');
    expect(page.text('.invalid')).toBe('Vui lòng sửa các ô được đánh dấu.');

    // Two chairs: the rule is said above the members.
    await page.type(`${row(1, 'position')}`, 'chair');
    expect(page.text('.members-error')).toBe('Hội đồng phải có đúng một Chủ tịch');
    page.http.expectNone('/api/councils');
  });

  it('adds and removes member rows, then creates the council and opens it', async () => {
    page = await PageUnderTest.open(CouncilForm, providers(DISTRICT_OFFICER));
    await page.type('#cf-name', COUNCIL.name);
    await page.type('#cf-decisionNumber', '215/QĐ-UBND');
    await page.type('#cf-decisionDate', '20/03/2020');
    await page.type('#cf-termFrom', '20/3/2020');
    await fillMember(0, 'Nguyễn Văn Thắng', 'Phó Chủ tịch UBND huyện');
    await fillMember(1, 'Lý Thị Hoa', 'Trưởng phòng Kinh tế và Hạ tầng', 'hoidong.1');
    await fillMember(2, 'Hoàng Văn Cường', 'Chuyên viên Phòng NN&PTNT', 'vq.nongnghiep');
    await page.click('button.add-member');
    await page.click('button.add-member');
    expect(page.all('tr.member-row').length).toBe(5);
    await page.click('tr[data-row="4"] button.remove-member');
    expect(page.all('tr.member-row').length).toBe(4);
    await fillMember(3, 'Vy Văn Bình', 'Phó trưởng phòng Y tế', 'HOIDONG.1');
    await page.click('button.save');
    expect(page.text(`tr[data-row="3"] td:nth-child(5) .error`)).toBe(
      'Tài khoản này đã gán cho thành viên khác',
    );
    page.http.expectNone('/api/councils');

    await page.type(row(3, 'username'), 'hoidong.2');
    await page.click('button.save');
    const req = await page.answer('/api/councils', COUNCIL, { method: 'POST', status: 201 });
    expect(req.request.body).toEqual({
      level: 'district',
      unitCode: '184',
      name: COUNCIL.name,
      decisionNumber: '215/QĐ-UBND',
      decisionDate: '2020-03-20',
      termFrom: '2020-03-20',
      termTo: null,
      members: [
        { fullName: 'Nguyễn Văn Thắng', position: 'chair', title: 'Phó Chủ tịch UBND huyện', username: null },
        {
          fullName: 'Lý Thị Hoa',
          position: 'member',
          title: 'Trưởng phòng Kinh tế và Hạ tầng',
          username: 'hoidong.1',
        },
        {
          fullName: 'Hoàng Văn Cường',
          position: 'secretary',
          title: 'Chuyên viên Phòng NN&PTNT',
          username: 'vq.nongnghiep',
        },
        {
          fullName: 'Vy Văn Bình',
          position: 'member',
          title: 'Phó trưởng phòng Y tế',
          username: 'hoidong.2',
        },
      ],
    });
    await waitUntil(() => location.pathname === `/ocop/reports/councils/${COUNCIL_ID}`);
  });

  it('edits a council with its version, shows the API’s field errors in place, and offers a reload on 409', async () => {
    page = await PageUnderTest.open(CouncilForm, providers(DISTRICT_OFFICER), { councilId: COUNCIL_ID });
    await page.answer(`/api/councils/${COUNCIL_ID}`, COUNCIL);
    expect(page.text('h2')).toBe('Sửa Hội đồng đánh giá, phân hạng');
    expect(page.$<HTMLInputElement>('#cf-decisionDate').value).toBe('20/03/2020');
    expect(page.all<HTMLInputElement>('input.username').map((i) => i.value)).toEqual([
      '',
      'vq.nongnghiep',
      'hoidong.1',
      'hoidong.2',
      'hoidong.3',
    ]);

    await page.click('button.save');
    let req = await page.answer(
      `/api/councils/${COUNCIL_ID}`,
      {
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ',
        details: [
          { field: 'members[4].username', code: 'not_found', message: 'Không có tài khoản hoidong.3' },
        ],
      },
      { method: 'PUT', status: 400 },
    );
    expect(req.request.body.version).toBe(3);
    expect(req.request.body.members[0].id).toBe(COUNCIL.members[0]!.id);
    expect(page.text(`tr[data-row="4"] td:nth-child(5) .error`)).toBe('Không có tài khoản hoidong.3');

    await page.click('button.save');
    req = await page.answer(
      `/api/councils/${COUNCIL_ID}`,
      { code: 'STALE_VERSION', message: 'Đã có người sửa', details: { currentVersion: 4 } },
      { method: 'PUT', status: 409 },
    );
    expect(page.text('.conflict p')).toContain('Hội đồng đã được người khác sửa');
    await page.click('button.reload');
    await page.answer(`/api/councils/${COUNCIL_ID}`, { ...COUNCIL, name: 'Tên mới', version: 4 });
    expect(page.$<HTMLInputElement>('#cf-name').value).toBe('Tên mới');
    expect(page.el.querySelector('.conflict')).toBeNull();
  });

  it('keeps what was typed as a draft and offers it back when the form opens again', async () => {
    page = await PageUnderTest.open(CouncilForm, providers(DISTRICT_OFFICER));
    await page.type('#cf-name', 'Hội đồng đang nhập dở');
    await page.click('button.add-member');
    page.close();

    page = await PageUnderTest.open(CouncilForm, providers(DISTRICT_OFFICER));
    expect(page.text('.draft p')).toContain('Bạn có một bản nháp chưa lưu lúc');
    expect(page.$<HTMLInputElement>('#cf-name').value).toBe('');
    await page.click('button.restore-draft');
    expect(page.$<HTMLInputElement>('#cf-name').value).toBe('Hội đồng đang nhập dở');
    expect(page.all('tr.member-row').length).toBe(4);
    expect(page.el.querySelector('.draft')).toBeNull();
  });

  it('tells a user who manages no council that they cannot set one up', async () => {
    page = await PageUnderTest.open(CouncilForm, providers(COMMUNE_OFFICER));
    expect(page.text('.not-allowed')).toContain('Chỉ cán bộ cấp huyện');
    expect(page.el.querySelector('form')).toBeNull();
  });
});
