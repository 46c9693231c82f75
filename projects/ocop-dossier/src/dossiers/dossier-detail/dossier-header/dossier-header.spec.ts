import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTestElement, TestHost } from '@ocop/common/testing';
import { DossierDetail } from '@ocop/domain';
import { dossier } from '../testing/dossier-fixtures';
import { DossierHeader } from './dossier-header';

describe('DossierHeader', () => {
  let fixture: ComponentFixture<DossierHeader>;
  let el: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: provideTestElement() });
  });

  async function render(value: DossierDetail): Promise<void> {
    fixture = TestBed.createComponent(DossierHeader);
    fixture.componentRef.setInput('dossier', value);
    el = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  /** Each fact as "label: value". */
  const facts = (): string[] =>
    Array.from(el.querySelectorAll('.facts > div')).map(
      (div) =>
        `${div.querySelector('dt')!.textContent!.trim()}: ${div.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim()}`,
    );

  it('names product, producer, commune, criteria set, registration kind, round, quarter, state and deadline', async () => {
    await render(dossier());

    expect(el.querySelector('h2')!.textContent!.trim()).toBe('Rượu men lá Hữu Lễ');
    expect(facts()).toEqual([
      'Chủ thể: HTX Nông nghiệp Hữu Lễ',
      'Xã, thị trấn: Xã Hữu Lễ',
      'Bộ tiêu chí: Quyết định 1048/QĐ-TTg (2019)',
      'Lần đăng ký đánh giá: Lần đầu',
      'Năm đánh giá: 2020',
      'Thời hạn hoàn thiện theo kế hoạch: Quý I/2020',
      'Trạng thái: Đang chuẩn bị',
      'Hạn xử lý: 31/03/2020 Sắp đến hạn',
      'Dung lượng tệp đã dùng: 1,5 MB / 50 MB',
    ]);
  });

  it('takes the state name from the workflow definition and flags an overdue deadline', async () => {
    await render(
      dossier({
        state: 'returned',
        deadline: '2019-12-20',
        deadlineFlag: 'overdue',
        registrationKind: 'upgrade',
      }),
    );

    expect(el.querySelector('.state')!.textContent!.trim()).toBe('Trả lại để bổ sung');
    const badge = el.querySelector('.badge')!;
    expect(badge.textContent!.trim()).toBe('Quá hạn');
    expect(badge.classList).toContain('overdue');
    expect(facts()).toContain('Lần đăng ký đánh giá: Nâng hạng');
  });

  it('says "none" for a dossier without quarter or deadline, and shows no badge', async () => {
    await render(dossier({ targetQuarter: null, deadline: null, deadlineFlag: null }));

    expect(el.querySelector('.quarter')!.textContent!.trim()).toBe('Không có');
    expect(el.querySelector('.deadline')!.textContent!.trim()).toBe('Không có');
    expect(el.querySelector('.badge')).toBeNull();
  });

  it('lists the domain’s problems in Vietnamese at the top, the lab report’s age included', async () => {
    await render(
      dossier({
        problems: [
          {
            itemId: 'phieu-dang-ky-san-pham',
            code: 'MANDATORY_MISSING',
            message: 'Thiếu hồ sơ bắt buộc: Phiếu đăng ký ý tưởng sản phẩm, đăng ký sản phẩm',
          },
          {
            itemId: 'phieu-kiem-nghiem',
            code: 'LAB_REPORT_TOO_OLD',
            message:
              'Phiếu kiểm nghiệm đã quá 12 tháng: ngày 02/01/2019, chỉ có giá trị đến hết ngày 02/01/2020',
          },
        ],
      }),
    );

    expect(el.querySelector('.problems h3')!.textContent!.trim()).toBe('Hồ sơ còn những điểm cần hoàn thiện');
    const items = Array.from(el.querySelectorAll('.problems li'));
    expect(items.map((li) => li.getAttribute('data-code'))).toEqual([
      'MANDATORY_MISSING',
      'LAB_REPORT_TOO_OLD',
    ]);
    expect(items[1].textContent).toContain('đã quá 12 tháng');
  });

  it('shows no problem list for a complete dossier', async () => {
    await render(dossier({ problems: [] }));

    expect(el.querySelector('.problems')).toBeNull();
  });

  it('keeps data and dd/MM/yyyy in English, and translates the labels', async () => {
    TestBed.inject(TestHost).locale.set('en');
    await render(dossier());

    expect(facts()).toContain('Criteria set: Decision 1048/QĐ-TTg (2019)');
    expect(facts()).toContain('Deadline: 31/03/2020 Due soon');
    expect(facts()).toContain('File storage used: 1.5 MB / 50 MB');
  });
});
