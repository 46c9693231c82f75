import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideTestHost } from '@ocop/common/testing';
import { AttachmentInfo } from '@ocop/domain';
import { Observable, of, throwError } from 'rxjs';
import { DOSSIER_DETAIL_MESSAGES } from '../../i18n/messages-dossier-detail';
import { MessageKey, registerMessages } from '../../i18n/messages';
import { Translator } from '../../i18n/translator';
import { FileDisposition, FileList, FileListTexts } from './file-list';

registerMessages(DOSSIER_DETAIL_MESSAGES);

/** The dossier's words, as a module passes its own. */
const word = (name: string): MessageKey => `dossierDetail.attachments.${name}` as MessageKey;
const TEXTS: FileListTexts = {
  ...Object.fromEntries(['title', 'empty', 'checksum', 'preview', 'download'].map((n) => [n, word(n)])),
  remove: word('delete'),
  previewTitle: word('previewTitle'),
  openFailed: word('openFailed'),
  close: 'dossierDetail.close',
} as FileListTexts;

const PDF = {
  id: 'file-1',
  fileName: 'Biên bản kiểm tra.pdf',
  kind: 'pdf',
  size: 2048,
  sha256: 'a3f1c9e07b5d'.padEnd(64, '0'),
} as AttachmentInfo;

describe('FileList', () => {
  let fixture: ComponentFixture<FileList>;
  let el: HTMLElement;
  let asked: [string, FileDisposition][];

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideTestHost(), Translator] });
    asked = [];
  });

  async function render(
    files: AttachmentInfo[],
    bytes: () => Observable<Blob> | null,
    canRemove = false,
  ): Promise<void> {
    fixture = TestBed.createComponent(FileList);
    fixture.componentRef.setInput('files', files);
    fixture.componentRef.setInput('texts', TEXTS);
    fixture.componentRef.setInput('sizeText', (n: number) => `${n} B`);
    fixture.componentRef.setInput('canRemove', canRemove);
    fixture.componentRef.setInput('bytes', (file: AttachmentInfo, disposition: FileDisposition) => {
      asked.push([file.id, disposition]);
      return bytes();
    });
    await fixture.whenStable();
    el = fixture.nativeElement as HTMLElement;
  }

  it('says so when there are no files', async () => {
    await render([], () => null);
    expect(el.querySelector('.empty')!.textContent!.trim()).toBe('Chưa có tệp nào.');
  });

  it('lists name, size and short checksum in the module’s words; remove only when allowed', async () => {
    await render([PDF], () => null);
    expect(el.querySelector('.name')!.textContent).toBe(PDF.fileName);
    expect(el.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      '2048 B · Mã kiểm tra SHA-256: a3f1c9e07b5d',
    );
    expect(el.querySelector('.delete')).toBeNull();

    fixture.componentRef.setInput('canRemove', true);
    await fixture.whenStable();
    const removed = jasmine.createSpy('remove');
    fixture.componentInstance.remove.subscribe(removed);
    el.querySelector<HTMLButtonElement>('.delete')!.click();
    expect(removed).toHaveBeenCalledOnceWith(PDF);
  });

  it('previews through the given bytes, in a dialog titled by an id of its own', async () => {
    await render([PDF], () => of(new Blob(['%PDF-1.4'])));
    el.querySelector<HTMLButtonElement>('.preview')!.click();
    await fixture.whenStable();

    expect(asked).toEqual([['file-1', 'inline']]);
    const dialog = el.querySelector<HTMLDialogElement>('dialog.preview-dialog')!;
    expect(dialog.open).toBeTrue();
    expect(dialog.querySelector('iframe')!.src).toMatch(/^blob:/);
    const title = dialog.getAttribute('aria-labelledby')!;
    expect(dialog.querySelector(`#${title}`)!.textContent!.trim()).toBe(`Tệp “${PDF.fileName}”`);
    dialog.close();
  });

  it('shows the API’s message when the bytes cannot be fetched', async () => {
    await render([PDF], () => throwError(() => ({ code: 'NOT_FOUND', message: 'Không tìm thấy tệp.' })));
    el.querySelector<HTMLButtonElement>('.download')!.click();
    await fixture.whenStable();

    expect(asked).toEqual([['file-1', 'attachment']]);
    expect(el.querySelector('.error')!.textContent!.trim()).toBe(
      `Không mở được tệp “${PDF.fileName}”: Không tìm thấy tệp.`,
    );
  });
});
