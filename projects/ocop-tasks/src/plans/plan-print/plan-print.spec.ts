import { HttpTestingController } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { nextTask, provideTestElement, TestHost } from '@ocop/common/testing';
import { PlanDetail } from '@ocop/domain';
import { taskId } from '../../my-tasks/testing/task-fixtures';
import { PLAN_2020, PLAN_ID, ROLLUPS, TASKS } from '../plan-list/testing/plan-fixtures';
import { documentSubtitle, issuerLine, numberLine, placeDateLine, placeName } from './plan-document';
import { PlanPrint } from './plan-print';

describe('PlanPrint', () => {
  let fixture: ComponentFixture<PlanPrint>;
  let http: HttpTestingController;
  let el: HTMLElement;

  async function open(plan: PlanDetail = PLAN_2020): Promise<void> {
    TestBed.configureTestingModule({ providers: provideTestElement() });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(PlanPrint);
    fixture.componentRef.setInput('planId', PLAN_ID);
    el = fixture.nativeElement as HTMLElement;
    fixture.detectChanges();
    await nextTask();
    http.expectOne(`/api/tasks/plans/${PLAN_ID}`).flush(plan);
    http
      .expectOne((r) => r.url === `/api/tasks/plans/${PLAN_ID}/tasks`)
      .flush({ items: TASKS, total: TASKS.length });
    http.expectOne(`/api/tasks/plans/${PLAN_ID}/rollups`).flush(ROLLUPS);
    await fixture.whenStable();
  }

  afterEach(() => {
    http.verify();
    fixture.destroy();
  });

  const text = (selector: string): string => el.querySelector(selector)?.textContent?.trim() ?? '';

  it('prints the administrative header: issuing body, number, national name, motto, place and date', async () => {
    await open();
    expect(text('.issuer-name')).toBe('UBND HUYỆN VĂN QUAN');
    expect(text('.number')).toBe('Số: 45/KH-UBND');
    expect(text('.country')).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(text('.motto')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(text('.place-date')).toBe('Văn Quan, ngày 15 tháng 01 năm 2020');
    expect(text('.doc-kind')).toBe('KẾ HOẠCH');
    expect(text('.doc-title')).toBe('Thực hiện Chương trình mỗi xã một sản phẩm huyện Văn Quan năm 2020');
    expect(el.querySelector('article.document')!.getAttribute('lang')).toBe('vi');
    expect(text('.legal-bases')).toContain('Căn cứ Quyết định số 1048/QĐ-TTg');
  });

  it('prints the task table under the sections, with status, unit, due and reported/accepted percentages', async () => {
    await open();
    const headers = Array.from(el.querySelectorAll('table.tasks thead th')).map((th) =>
      th.textContent!.trim(),
    );
    expect(headers).toEqual([
      'STT',
      'Nhiệm vụ',
      'Đơn vị chủ trì (phối hợp)',
      'Thời hạn',
      'Trạng thái',
      'Báo cáo (%)',
      'Nghiệm thu (%)',
    ]);
    const cells = (n: number): string[] =>
      Array.from(el.querySelectorAll(`table.tasks tr[data-task="${taskId(n)}"] td`)).map((td) =>
        td.textContent!.replace(/\s+/g, ' ').trim(),
      );
    expect(cells(1)).toEqual([
      '1',
      'Hướng dẫn chủ thể hoàn thiện hồ sơ Rượu men lá',
      'Phòng Nông nghiệp và Phát triển nông thôn (Xã Hữu Lễ)',
      '15/03/2020',
      'Đã nghiệm thu',
      '100',
      '100',
    ]);
    expect(cells(2)).toEqual([
      '2',
      'Sơ kết quý, báo cáo Ban Chỉ đạo',
      'Phòng Nông nghiệp và Phát triển nông thôn',
      'Quý II/2020',
      'Đang thực hiện (Quá hạn)',
      '50',
      '',
    ]);
    expect(cells(3)[2]).toBe('Trung tâm Y tế (HTX Văn Quan Xanh; Xã Hữu Lễ)');
    expect(cells(3)[3]).toBe('Quý III/2020');
    expect(cells(4)[3]).toBe('');
    const sections = Array.from(el.querySelectorAll('table.tasks tr.section')).map((tr) =>
      tr.textContent!.trim(),
    );
    expect(sections).toEqual([
      'III.3. Phòng Nông nghiệp và Phát triển nông thôn',
      'III.7. Trung tâm Y tế',
      'III.11. UBND các xã, thị trấn',
    ]);
  });

  it('prints the targets with their roll-ups labelled as aggregates and how they were computed', async () => {
    await open();
    expect(text('table.targets thead')).toContain('số liệu tổng hợp');
    const mt1 = text('table.targets tr[data-target="MT1"]');
    expect(mt1).toContain('01 hồ sơ được hoàn thiện, nộp tỉnh (1 hồ sơ)');
    expect(mt1).toContain('Quý I/2020');
    expect(mt1).toContain('100 %');
    expect(text('table.targets tr[data-target="MT2"] .formula')).toBe(
      'Trung bình cộng tiến độ đã nghiệm thu của 1 nhiệm vụ (không tính 1 nhiệm vụ đã hủy): (0) / 1 = 0 %',
    );
    expect(text('.plan-rollup')).toContain('Tiến độ chung của kế hoạch (số liệu tổng hợp): 25 %');
  });

  it('ends with the signature block, line by line', async () => {
    await open();
    const lines = Array.from(el.querySelectorAll('.signature p')).map((p) => p.textContent!.trim());
    expect(lines).toEqual(['KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Hoàng Văn Quân']);
    expect(el.querySelector('.signature p:last-child')!.classList).toContain('name');
  });

  it('leaves number and date blank on a draft', async () => {
    await open({ ...PLAN_2020, number: null, issuedOn: null, signer: null });
    expect(text('.number')).toMatch(/^Số:\s+\/KH-UBND$/);
    expect(text('.place-date')).toMatch(/^Văn Quan, ngày\s+tháng\s+năm 2020$/);
    expect(el.querySelectorAll('.signature p').length).toBe(0);
  });

  it('prints with the browser and hides the module navigation and toolbar when printing', async () => {
    await open();
    const print = spyOn(window, 'print');
    el.querySelector<HTMLButtonElement>('button.print')!.click();
    expect(print).toHaveBeenCalledTimes(1);
    // The print rules are the component's own (the element lives in a shadow root: no global CSS): the
    // shared print-document.css gives the A4 page, plan-print.css hides the module navigation.
    const sheets = Array.from(document.querySelectorAll('style')).map((style) => style.textContent ?? '');
    expect(sheets.some((css) => /@media print\s*\{[^}]*ocop-tasks-nav/.test(css))).toBeTrue();
    expect(sheets.some((css) => css.includes('.admin-header') && css.includes('size: A4'))).toBeTrue();
  });

  it('keeps the document Vietnamese when the screens are English', async () => {
    await open();
    TestBed.inject(TestHost).locale.set('en');
    fixture.detectChanges();
    expect(text('button.print')).toBe('Print');
    expect(text('.motto')).toBe('Độc lập - Tự do - Hạnh phúc');
    expect(text(`table.tasks tr[data-task="${taskId(1)}"]`)).toContain('Đã nghiệm thu');
  });
});

describe('plan document lines', () => {
  const plan = { unit: { code: '184', name: 'Huyện Văn Quan' }, year: 2020 };

  it('writes the issuing body and the place as administrative documents do', () => {
    expect(issuerLine('Huyện Văn Quan')).toBe('UBND HUYỆN VĂN QUAN');
    expect(placeName('Huyện Văn Quan')).toBe('Văn Quan');
    expect(placeName('Thành phố Lạng Sơn')).toBe('Lạng Sơn');
    expect(placeName('Tỉnh Lạng Sơn')).toBe('Lạng Sơn');
    expect(numberLine('45/KH-UBND')).toBe('Số: 45/KH-UBND');
  });

  it('pads days below 10 and the months 1 and 2 only', () => {
    expect(placeDateLine({ ...plan, issuedOn: '2020-01-05' })).toBe('Văn Quan, ngày 05 tháng 01 năm 2020');
    expect(placeDateLine({ ...plan, issuedOn: '2020-02-28' })).toBe('Văn Quan, ngày 28 tháng 02 năm 2020');
    expect(placeDateLine({ ...plan, issuedOn: '2020-07-15' })).toBe('Văn Quan, ngày 15 tháng 7 năm 2020');
    expect(placeDateLine({ ...plan, issuedOn: '2020-12-09' })).toBe('Văn Quan, ngày 09 tháng 12 năm 2020');
  });

  it('takes "Kế hoạch" off the title under the KẾ HOẠCH line', () => {
    expect(documentSubtitle('Kế hoạch thực hiện Chương trình OCOP năm 2020')).toBe(
      'Thực hiện Chương trình OCOP năm 2020',
    );
    expect(documentSubtitle('Chương trình OCOP năm 2020')).toBe('Chương trình OCOP năm 2020');
  });
});
