import { TestBed } from '@angular/core/testing';
import { provideTestElement } from '@ocop/common/testing';
import { formatDateTime } from '@ocop/common';
import { DossierTimelineEntry } from '@ocop/domain';
import {
  COMMUNE_OFFICER,
  DISTRICT_OFFICER,
  DOSSIER_ID,
  dossier,
  timelineEntry,
} from '../testing/dossier-fixtures';
import { DossierPageHarness, specAuth } from '../testing/dossier-page-harness';

const DISTRICT_ACTOR: DossierTimelineEntry['actor'] = {
  username: 'vq.nongnghiep',
  name: 'Hoàng Thị Lan',
  roles: ['district-officer'],
  districtCode: '184',
  communeCode: null,
  departmentCode: null,
};

/** The Hữu Lễ story: created, an item provided, a file added, submitted, returned with reasons. */
const STORY: DossierTimelineEntry[] = [
  timelineEntry('create', null, { state: 'draft' }, { id: 'e1', at: '2020-01-02T01:00:00Z' }),
  timelineEntry(
    'item-update',
    { itemId: 'giay-dang-ky-kinh-doanh', status: 'missing', documentDate: null, remarks: null },
    { itemId: 'giay-dang-ky-kinh-doanh', status: 'provided', documentDate: null, remarks: 'Bản sao' },
    { id: 'e2', at: '2020-01-03T02:15:00Z' },
  ),
  timelineEntry(
    'attachment-add',
    null,
    { itemId: 'giay-dang-ky-kinh-doanh', fileName: 'Giấy ĐKKD.pdf', size: 1000, sha256: 'ab' },
    { id: 'e3', at: '2020-01-03T02:16:00Z' },
  ),
  timelineEntry(
    'submit',
    { state: 'draft' },
    { state: 'submitted', deadline: '2020-01-17' },
    { id: 'e4', at: '2020-01-03T03:00:00Z', comment: 'Đã kiểm tra tại xã' },
  ),
  timelineEntry(
    'return',
    { state: 'submitted' },
    {
      state: 'returned',
      deadline: '2020-01-20',
      returnedItems: [{ itemId: 'phieu-kiem-nghiem', reason: 'Phiếu kiểm nghiệm quá 12 tháng' }],
    },
    { id: 'e5', at: '2020-01-06T08:05:00Z', actor: DISTRICT_ACTOR, comment: 'Bổ sung trước Tết' },
  ),
  timelineEntry(
    'attachment-remove',
    { itemId: 'giay-dang-ky-kinh-doanh', fileName: 'Giấy ĐKKD.pdf', size: 1000, sha256: 'ab' },
    null,
    { id: 'e6', at: '2020-01-07T01:00:00Z' },
  ),
];

describe('DossierTimeline', () => {
  let page: DossierPageHarness | undefined;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestElement({ auth: specAuth('spec-timeline') }) });
  });

  afterEach(() => {
    page?.http.verify();
    page?.destroy();
    page = undefined;
  });

  const entries = (): HTMLElement[] => page!.all('ocop-dossier-timeline ol.entries > li');
  const what = (): string[] => entries().map((li) => li.querySelector('.what')!.textContent!.trim());

  it('lists the entries oldest first in an ordered list, each with its time as <time datetime>', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier(), STORY);

    expect(entries().map((li) => li.getAttribute('data-entry'))).toEqual([
      'e1',
      'e2',
      'e3',
      'e4',
      'e5',
      'e6',
    ]);
    const time = entries()[4].querySelector('time')!;
    expect(time.getAttribute('datetime')).toBe('2020-01-06T08:05:00Z');
    expect(time.textContent!.trim()).toBe(formatDateTime('2020-01-06T08:05:00Z'));
    expect(time.textContent!.trim()).toMatch(/^06\/01\/2020 \d\d:\d\d$/);
  });

  it('names who acted, in which role and unit', async () => {
    page = await DossierPageHarness.open(DISTRICT_OFFICER, dossier(), STORY);

    const line = (i: number): string =>
      entries()[i].querySelector('.line')!.textContent!.replace(/\s+/g, ' ');
    expect(line(0)).toContain('Vi Văn Em (xa.huule)');
    expect(line(0)).toContain('Cán bộ UBND xã');
    expect(line(0)).toContain('Xã Hữu Lễ');
    expect(line(4)).toContain('Hoàng Thị Lan (vq.nongnghiep)');
    expect(line(4)).toContain('Cán bộ Phòng NN&PTNT huyện');
    expect(line(4)).toContain('Huyện Văn Quan');
  });

  it('says what happened: transitions by the workflow’s names, item and file changes by item name', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier(), STORY);

    expect(what()).toEqual([
      'Tạo hồ sơ',
      'Cập nhật thành phần “Giấy đăng ký kinh doanh”: Thiếu → Đã cung cấp',
      'Thêm tệp “Giấy ĐKKD.pdf” vào thành phần “Giấy đăng ký kinh doanh”',
      'Gửi huyện: Đang chuẩn bị → Đã gửi huyện',
      'Trả lại để bổ sung: Đã gửi huyện → Trả lại để bổ sung',
      'Xóa tệp “Giấy ĐKKD.pdf” khỏi thành phần “Giấy đăng ký kinh doanh”',
    ]);
    expect(entries()[1].querySelector('.detail')!.textContent!.trim()).toBe('Ghi chú: Bản sao');
  });

  it('shows the comment, and for a return the items with their reasons and the deadline', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier(), STORY);

    const returned = entries()[4];
    expect(returned.querySelector('.comment')!.textContent!.trim()).toBe('Ghi chú: Bổ sung trước Tết');
    expect(returned.textContent).toContain('Hạn: 20/01/2020');
    const reasons = Array.from(returned.querySelectorAll('.returned li')).map((li) =>
      li.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(reasons).toEqual([
      'Phiếu kết quả kiểm tra chỉ tiêu ATTP theo tiêu chuẩn công bố (phiếu kiểm nghiệm): Phiếu kiểm nghiệm quá 12 tháng',
    ]);
    expect(entries()[3].querySelector('.comment')!.textContent!.trim()).toBe('Ghi chú: Đã kiểm tra tại xã');
  });

  it('says when there is nothing yet, and offers a retry when the timeline fails', async () => {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());
    expect(page.text('ocop-dossier-timeline .muted')).toBe('Chưa có hoạt động nào.');

    page.store.loadTimeline();
    await page.settle();
    page
      .expect('GET', `/api/dossiers/${DOSSIER_ID}/timeline`)
      .flush({ code: 'INTERNAL', message: 'Lỗi máy chủ.' }, { status: 500, statusText: 'Server Error' });
    await page.settle();
    expect(page.text('ocop-dossier-timeline .error')).toContain('Không tải được nhật ký hồ sơ.');

    page.button('Thử lại', page.query('ocop-dossier-timeline')!)!.click();
    await page.flushTimeline(STORY);
    expect(entries().length).toBe(6);
  });
});
