import { TestBed } from '@angular/core/testing';
import { UPLOAD_XHR } from '@ocop/common';
import { FakeXhr, fakeXhrFactory, provideTestElement, waitUntil } from '@ocop/common/testing';
import { AttachmentInfo } from '@ocop/domain';
import { pendingTask, report, task, TASK_ID, TTYT_OFFICER } from '../testing/task-fixtures';
import { specAuth, TaskPageHarness } from '../testing/task-page-harness';

const REPORTS_URL = `/api/tasks/tasks/${TASK_ID}/reports`;
const NEW_REPORT_ID = '0c0b2020-0000-4000-8000-0000000000e9';
const DRAFT_KEY = `ocop-draft:spec-report:task-detail:${TASK_ID}:report`;

/** A file whose content is a PDF (the kind is read from the bytes, not from the name). */
function pdf(name = 'Biên bản.pdf', bytes = 2048): File {
  const content = new Uint8Array(bytes);
  content.set(new TextEncoder().encode('%PDF-1.4\n'));
  return new File([content], name, { type: 'application/pdf' });
}

function evidence(id: string, fileName: string): AttachmentInfo {
  return {
    id,
    fileName,
    kind: 'pdf',
    size: 2048,
    sha256: 'c'.repeat(64),
    uploadedAt: '2020-07-15T02:00:00Z',
    uploadedBy: 'vq.yte',
  };
}

describe('ReportForm', () => {
  let page: TaskPageHarness | undefined;
  let xhrs: FakeXhr[];

  beforeEach(() => {
    xhrs = [];
    localStorage.removeItem(DRAFT_KEY);
    TestBed.configureTestingModule({
      providers: [
        provideTestElement({ auth: specAuth('spec-report') }),
        { provide: UPLOAD_XHR, useValue: fakeXhrFactory((xhr) => xhrs.push(xhr)) },
      ],
    });
  });

  afterEach(() => {
    page?.http.verify();
    page?.destroy();
    page = undefined;
    localStorage.removeItem(DRAFT_KEY);
  });

  const form = (): HTMLElement => page!.query('ocop-report-form')!;
  const percent = (): HTMLInputElement => form().querySelector<HTMLInputElement>('#report-percent')!;
  const text = (): HTMLTextAreaElement => form().querySelector<HTMLTextAreaElement>('#report-text')!;
  const files = (): HTMLInputElement => form().querySelector<HTMLInputElement>('#report-files')!;

  async function open(): Promise<void> {
    page = await TaskPageHarness.open(TTYT_OFFICER, task());
  }

  async function fill(percentText: string, reportText = 'Đã kiểm tra 5 cơ sở'): Promise<void> {
    await page!.type(percent(), percentText);
    await page!.type(text(), reportText);
  }

  async function send(): Promise<void> {
    form().querySelector<HTMLButtonElement>('button.send-report')!.click();
    await page!.settle();
  }

  const listed = (): number => form().querySelectorAll('.chosen li').length;
  const refusals = (): number => form().querySelectorAll('.refused').length;

  /** Chooses the files, and waits while their heads are read: until each is listed or refused. */
  async function choose(...chosen: File[]): Promise<void> {
    const before = listed();
    const transfer = new DataTransfer();
    for (const file of chosen) transfer.items.add(file);
    files().files = transfer.files;
    files().dispatchEvent(new Event('change'));
    await waitUntil(() => listed() + refusals() >= before + chosen.length);
    await page!.settle();
  }

  it('is offered to the lead unit, with the evidence limits tied to the file input', async () => {
    await open();

    expect(form()).not.toBeNull();
    const limits = form().querySelector('#report-files-limits')!;
    expect(limits.textContent!.trim()).toBe(
      'Tối đa 10 MB mỗi tệp, 50 MB mỗi báo cáo; PDF, JPEG, PNG, DOCX, XLSX, MP4, MP3',
    );
    expect(files().getAttribute('aria-describedby')).toBe('report-files-limits');
    expect(files().multiple).toBeTrue();
  });

  for (const [typed, expected] of [
    ['-5', 'Tiến độ phải là số nguyên từ 0 đến 100 (%)'],
    ['120', 'Tiến độ phải là số nguyên từ 0 đến 100 (%)'],
    ['abc', 'Tiến độ phải là số nguyên từ 0 đến 100 (%)'],
    ['50,5', 'Tiến độ phải là số nguyên từ 0 đến 100 (%)'],
    ['', 'Chưa nhập tiến độ. Tiến độ phải là số nguyên từ 0 đến 100 (%)'],
  ]) {
    it(`refuses the percentage “${typed}” with a clear message, sending nothing`, async () => {
      await open();
      await fill(typed);

      await send();

      expect(form().querySelector('#report-percent-error')!.textContent!.trim()).toBe(expected);
      expect(percent().getAttribute('aria-invalid')).toBe('true');
      expect(percent().getAttribute('aria-describedby')).toContain('report-percent-error');
      expect(document.activeElement).toBe(percent());
      page!.http.expectNone(REPORTS_URL);
    });
  }

  it('requires the text too', async () => {
    await open();
    await fill('40', '   ');

    await send();

    expect(form().querySelector('#report-text-error')!.textContent!.trim()).toBe(
      'Nội dung báo cáo không được để trống',
    );
    expect(form().querySelector('#report-percent-error')).toBeNull();
    page!.http.expectNone(REPORTS_URL);
  });

  it('posts a good report, then uploads each evidence file to the new report with its progress', async () => {
    await open();
    await fill('60');
    await choose(pdf('Biên bản 1.pdf'), pdf('Biên bản 2.pdf'));
    expect(form().querySelectorAll('.chosen li').length).toBe(2);

    await send();

    const post = page!.expect('POST', REPORTS_URL);
    expect(post.request.body).toEqual({
      percent: 60,
      text: 'Đã kiểm tra 5 cơ sở',
      version: 4,
      requestId: jasmine.stringMatching(/^[0-9A-Za-z-]{8,64}$/),
    });
    post.flush(
      pendingTask({ version: 5, reports: [report({ id: NEW_REPORT_ID, percent: 60, attachments: [] })] }),
    );
    await waitUntil(() => xhrs.length === 1);
    await page!.settle();

    expect(page!.text('.sent')).toBe('Đã gửi báo cáo tiến độ; báo cáo đang chờ đơn vị thường trực xem xét.');
    expect(page!.query('ocop-report-form')).toBeNull();
    expect(xhrs[0].method).toBe('POST');
    expect(xhrs[0].url).toBe(
      `/api/tasks/reports/${NEW_REPORT_ID}/attachments?fileName=${encodeURIComponent('Biên bản 1.pdf')}`,
    );
    expect(xhrs[0].headers['Authorization']).toBe('Bearer spec-token');
    expect(page!.text('ocop-evidence-uploads li[data-status="queued"]')).toContain(
      'Chờ tải lên “Biên bản 2.pdf”',
    );

    xhrs[0].progress(512, 2048);
    await page!.settle();
    const bar = page!.query<HTMLProgressElement>('ocop-evidence-uploads progress')!;
    expect(bar.value).toBe(0.25);
    expect(page!.text('ocop-evidence-uploads .percent')).toMatch(/^Đang tải lên “Biên bản 1\.pdf”: 25\s?%$/);

    xhrs[0].respond(201, evidence('a-1', 'Biên bản 1.pdf'));
    await waitUntil(() => xhrs.length === 2);
    await page!.settle();
    expect(xhrs[1].url).toContain(encodeURIComponent('Biên bản 2.pdf'));
    xhrs[1].respond(201, evidence('a-2', 'Biên bản 2.pdf'));
    await page!.settle();

    expect(page!.all('ocop-evidence-uploads li[data-status="done"]').length).toBe(2);
    // Once every file is settled the task is read again, with its evidence and new version.
    page!.expect('GET', `/api/tasks/tasks/${TASK_ID}`).flush(
      pendingTask({
        version: 7,
        reports: [
          report({ id: NEW_REPORT_ID, percent: 60, attachments: [evidence('a-1', 'Biên bản 1.pdf')] }),
        ],
      }),
    );
    await page!.settle();
    expect(page!.store.task()!.version).toBe(7);
    expect(page!.text(`[data-report="${NEW_REPORT_ID}"] .files`)).toContain('Biên bản 1.pdf');
  });

  it('cancels one upload under way and goes on with the next', async () => {
    await open();
    await fill('60');
    await choose(pdf('Một.pdf'), pdf('Hai.pdf'));
    await send();
    page!
      .expect('POST', REPORTS_URL)
      .flush(pendingTask({ version: 5, reports: [report({ id: NEW_REPORT_ID, attachments: [] })] }));
    await waitUntil(() => xhrs.length === 1);
    await page!.settle();
    xhrs[0].progress(100, 2048);
    await page!.settle();

    page!.button('Hủy', page!.query('ocop-evidence-uploads')!)!.click();
    await waitUntil(() => xhrs.length === 2);
    await page!.settle();

    expect(xhrs[0].aborted).toBeTrue();
    expect(page!.text('ocop-evidence-uploads .cancelled')).toBe(
      'Đã hủy tải lên “Một.pdf”; tệp không được lưu.',
    );
    xhrs[1].respond(201, evidence('a-2', 'Hai.pdf'));
    await page!.settle();
    page!.expect('GET', `/api/tasks/tasks/${TASK_ID}`).flush(pendingTask({ version: 6 }));
    await page!.settle();
  });

  it('refuses a file that is no document before sending a byte', async () => {
    await open();

    await choose(new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], 'setup.pdf'));

    expect(form().querySelectorAll('.chosen li').length).toBe(0);
    expect(form().querySelector('.refused')!.textContent!.trim()).toContain('Không nhận “setup.pdf”');
    expect(form().querySelector('.refused')!.textContent).toContain('Minh chứng báo cáo tiến độ');
  });

  it('shows the API’s field errors next to their fields', async () => {
    await open();
    await fill('60');
    await send();

    page!.expect('POST', REPORTS_URL).flush(
      {
        code: 'VALIDATION_FAILED',
        message: 'Dữ liệu không hợp lệ',
        details: [
          { field: 'percent', code: 'out_of_range', message: 'Tiến độ không được thấp hơn lần trước' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await page!.settle();

    expect(form().querySelector('#report-percent-error')!.textContent!.trim()).toBe(
      'Tiến độ không được thấp hơn lần trước',
    );
    expect(percent().value).toBe('60');
  });

  it('sends the same request id again when the first answer was lost', async () => {
    await open();
    await fill('60');
    await send();
    const first = page!.expect('POST', REPORTS_URL);
    const requestId = (first.request.body as { requestId: string }).requestId;
    first.flush(null, { status: 0, statusText: 'Unknown Error' });
    await page!.settle();
    expect(form().querySelector('[role="alert"]')!.textContent!.trim()).toBe(
      'Không kết nối được với máy chủ OCOP.',
    );

    await send();

    const retry = page!.expect('POST', REPORTS_URL);
    expect((retry.request.body as { requestId: string }).requestId).toBe(requestId);
    retry.flush(pendingTask({ version: 5 }));
    await page!.settle();
  });

  it('keeps the typed percentage and text as a draft across a session loss', async () => {
    await open();
    await fill('45', 'Đang hoàn thiện biên bản');
    page!.destroy();

    await open();

    expect(percent().value).toBe('45');
    expect(text().value).toBe('Đang hoàn thiện biên bản');
    expect(form().querySelector('.restored')!.textContent).toContain('Tệp minh chứng cần chọn lại');
  });

  it('is not offered while a report waits for review', async () => {
    page = await TaskPageHarness.open(TTYT_OFFICER, pendingTask());

    expect(page.query('ocop-report-form')).toBeNull();
  });
});
