import { TestBed } from '@angular/core/testing';
import { provideTestElement, TestHost, waitUntil } from '@ocop/common/testing';
import { Observable, Subscriber } from 'rxjs';
import { UploadEvent } from '../dossier-api';
import { COMMUNE_OFFICER, DOSSIER_ID, dossier, item } from '../testing/dossier-fixtures';
import { DossierPageHarness, specAuth } from '../testing/dossier-page-harness';

const ITEM = 'giay-dang-ky-kinh-doanh';

describe('UploadControl', () => {
  let page: DossierPageHarness | undefined;
  /** The upload under way, as the stubbed DossierApi.upload saw it. */
  let upload: {
    subscriber: Subscriber<UploadEvent>;
    aborted: boolean;
    /** Set by the test before it completes or fails the upload as the server would. */
    finished: boolean;
    file: File;
    itemId: string;
  } | null;
  let uploadSpy: jasmine.Spy;

  beforeEach(() => {
    upload = null;
    TestBed.configureTestingModule({ providers: provideTestElement({ auth: specAuth('spec-upload') }) });
  });

  afterEach(() => {
    page?.http.verify();
    page?.destroy();
    page = undefined;
  });

  async function open(): Promise<void> {
    page = await DossierPageHarness.open(COMMUNE_OFFICER, dossier());
    uploadSpy = spyOn(page.api, 'upload').and.callFake((dossierId: string, itemId: string, file: File) => {
      expect(dossierId).toBe(DOSSIER_ID);
      return new Observable<UploadEvent>((subscriber) => {
        const current = { subscriber, aborted: false, finished: false, file, itemId };
        upload = current;
        return () => {
          if (!current.finished) current.aborted = true;
        };
      });
    });
  }

  const control = (): HTMLElement => page!.query(`article[data-item="${ITEM}"] ocop-upload-control`)!;
  const input = (): HTMLInputElement => control().querySelector<HTMLInputElement>('input[type="file"]')!;

  /** Chooses the file, and waits while its head is read: until it is sent or refused. */
  async function choose(file: File): Promise<void> {
    const sent = uploadSpy.calls.count();
    const before = page!.store.uploads()[ITEM];
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input().files = transfer.files;
    input().dispatchEvent(new Event('change'));
    await waitUntil(() => uploadSpy.calls.count() > sent || page!.store.uploads()[ITEM] !== before);
    await page!.settle();
  }

  /** A file whose content is a PDF (the kind is read from the bytes, not from the name). */
  const pdf = (name = 'Giấy phép.pdf', bytes = 2048): File => {
    const content = new Uint8Array(bytes);
    content.set(new TextEncoder().encode('%PDF-1.4\n').slice(0, bytes));
    return new File([content], name, { type: 'application/pdf' });
  };

  it('shows the limits and accepted kinds before any upload, tied to the file input', async () => {
    await open();

    const limits = control().querySelector('.limits')!;
    expect(limits.textContent!.trim()).toBe('Tối đa 10 MB mỗi tệp, 50 MB cả hồ sơ; PDF, JPEG, PNG');
    expect(input().getAttribute('aria-describedby')).toBe(limits.id);
    expect(control().querySelector(`label[for="${input().id}"]`)!.textContent!.trim()).toBe(
      'Chọn tệp để tải lên',
    );
    expect(input().accept).toBe('.pdf,.jpg,.jpeg,.png');
    expect(control().querySelector('progress')).toBeNull();
  });

  it('shows the progress with a percentage, and the new file when done', async () => {
    await open();
    await choose(pdf());

    expect(uploadSpy).toHaveBeenCalledTimes(1);
    expect(upload!.itemId).toBe(ITEM);
    expect(upload!.file.name).toBe('Giấy phép.pdf');
    upload!.subscriber.next({ progress: 0.42 });
    await page!.settle();

    const progress = control().querySelector<HTMLProgressElement>('progress')!;
    expect(progress.value).toBeCloseTo(0.42);
    expect(control().querySelector('.percent')!.textContent!.trim()).toBe(
      'Đang tải lên “Giấy phép.pdf”: 42%',
    );
    expect(input().disabled).toBeTrue();

    const withFile = dossier({ version: 8 });
    withFile.items[1] = item(ITEM, {
      status: 'provided',
      attachments: [
        ...withFile.items[1].attachments,
        { ...withFile.items[1].attachments[0], id: 'new-file', fileName: 'Giấy phép.pdf' },
      ],
    });
    upload!.finished = true;
    upload!.subscriber.next({ done: withFile });
    upload!.subscriber.complete();
    await page!.flushTimeline();

    expect(control().querySelector('progress')).toBeNull();
    expect(control().querySelector('.done')!.textContent!.trim()).toBe('Đã tải lên “Giấy phép.pdf”.');
    expect(page!.all(`article[data-item="${ITEM}"] .files li .name`).map((n) => n.textContent)).toContain(
      'Giấy phép.pdf',
    );
    expect(upload!.aborted).toBeFalse();
  });

  it('cancels: the request is aborted and nothing is kept', async () => {
    await open();
    await choose(pdf());
    upload!.subscriber.next({ progress: 0.3 });
    await page!.settle();

    page!.button('Hủy', control())!.click();
    await page!.settle();

    expect(upload!.aborted).toBeTrue();
    expect(control().querySelector('progress')).toBeNull();
    expect(control().querySelector('.cancelled')!.textContent!.trim()).toBe(
      'Đã hủy tải lên “Giấy phép.pdf”; tệp không được lưu.',
    );
    expect(input().disabled).toBeFalse();
  });

  it('shows the API’s Vietnamese reason for a refused file', async () => {
    await open();
    await choose(pdf('Phiếu kiểm nghiệm.pdf'));

    // Someone else's upload filled the dossier meanwhile: only the API can know.
    upload!.finished = true;
    upload!.subscriber.error({
      code: 'DOSSIER_TOO_LARGE',
      message:
        'Tổng dung lượng tệp của hồ sơ vượt quá mức cho phép (tối đa 50 MB mỗi hồ sơ, còn lại 0,3 MB).',
    });
    await page!.settle();

    const error = control().querySelector('.error')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent!.trim()).toBe(
      'Không tải lên được “Phiếu kiểm nghiệm.pdf”: Tổng dung lượng tệp của hồ sơ vượt quá mức cho phép ' +
        '(tối đa 50 MB mỗi hồ sơ, còn lại 0,3 MB).',
    );
  });

  it('refuses, before sending, an empty file, one over the limit and a program renamed .pdf', async () => {
    await open();

    await choose(pdf('rỗng.pdf', 0));
    expect(control().querySelector('.error')!.textContent!.trim()).toBe(
      'Không tải lên được “rỗng.pdf”: Tệp rỗng (0 byte). Hãy chọn đúng tệp tài liệu rồi tải lên lại.',
    );

    await choose(pdf('lớn.pdf', 10 * 1024 * 1024 + 1));
    expect(control().querySelector('.error')!.textContent!.trim()).toBe(
      'Không tải lên được “lớn.pdf”: Tệp vượt quá dung lượng cho phép (tối đa 10 MB mỗi tệp).',
    );

    const program = new Uint8Array(4096);
    program.set([0x4d, 0x5a]); // MZ: a Windows program
    await choose(new File([program], 'setup.pdf', { type: 'application/pdf' }));
    expect(control().querySelector('.error')!.textContent).toContain('Không tải lên được “setup.pdf”');
    expect(control().querySelector('.error')!.textContent).toContain('không theo đuôi tên tệp');

    expect(uploadSpy).not.toHaveBeenCalled();
  });

  it('takes a dropped file', async () => {
    await open();
    const transfer = new DataTransfer();
    transfer.items.add(pdf('kéo thả.pdf'));
    const box = control().querySelector<HTMLElement>('.upload')!;

    box.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, cancelable: true }));
    await page!.settle();
    expect(box.classList).toContain('dragging');
    const drop = new DragEvent('drop', { dataTransfer: transfer, cancelable: true });
    box.dispatchEvent(drop);
    await waitUntil(() => uploadSpy.calls.count() === 1);
    await page!.settle();

    expect(drop.defaultPrevented).toBeTrue();
    expect(upload!.file.name).toBe('kéo thả.pdf');
    expect(box.classList).not.toContain('dragging');
  });

  it('aborts an upload under way when the page goes away', async () => {
    await open();
    await choose(pdf());

    page!.destroy();

    expect(upload!.aborted).toBeTrue();
  });

  it('writes the limits the English way in English', async () => {
    TestBed.inject(TestHost).locale.set('en');
    await open();

    expect(control().querySelector('.limits')!.textContent!.trim()).toBe(
      'At most 10 MB per file, 50 MB per dossier; PDF, JPEG, PNG',
    );
  });
});
