import { CHECKLIST_ITEMS_1048 } from '../checklist/checklist-items';
import { ATTACHMENT_LIMITS } from '../dossier';
import {
  attachmentRefusalDetails,
  attachmentRefusalMessage,
  checkAttachmentKind,
  checkAttachmentSize,
  formatMegabytes,
} from './attachment-refusal';

const MB = 1024 * 1024;
const LIMITS = { maxFileBytes: 10 * MB, maxDossierBytes: 50 * MB };

describe('checkAttachmentSize', () => {
  it('refuses an empty file', () => {
    expect(checkAttachmentSize(0, 0, LIMITS)).toEqual({ code: 'FILE_EMPTY' });
  });

  it('takes a file of exactly the limit and refuses one byte more', () => {
    expect(checkAttachmentSize(10 * MB, 0, LIMITS)).toBeNull();
    expect(checkAttachmentSize(10 * MB + 1, 0, LIMITS)).toEqual({
      code: 'FILE_TOO_LARGE',
      maxFileBytes: 10 * MB,
    });
  });

  it('refuses a file that takes the dossier over its total, up to the byte', () => {
    expect(checkAttachmentSize(MB, 49 * MB, LIMITS)).toBeNull();
    expect(checkAttachmentSize(MB + 1, 49 * MB, LIMITS)).toEqual({
      code: 'DOSSIER_TOO_LARGE',
      maxDossierBytes: 50 * MB,
      storedBytes: 49 * MB,
    });
  });

  it('uses the limits of the domain by default in the API (10 MB per file, 50 MB per dossier)', () => {
    expect(ATTACHMENT_LIMITS).toEqual(LIMITS);
  });
});

describe('checkAttachmentKind', () => {
  const labReport = CHECKLIST_ITEMS_1048.find((item) => item.id === 'phieu-kiem-nghiem');

  it('accepts the kinds the item lists, and refuses others naming what was found', () => {
    if (labReport === undefined) throw new Error('no lab report item');
    expect(checkAttachmentKind('pdf', labReport)).toBeNull();
    expect(checkAttachmentKind('docx', labReport)).toEqual({
      code: 'FILE_TYPE_NOT_ALLOWED',
      itemName: labReport.name,
      accepted: labReport.acceptedFileKinds,
      detected: 'docx',
    });
    expect(checkAttachmentKind(null, labReport)?.code).toBe('FILE_TYPE_NOT_ALLOWED');
  });
});

describe('attachmentRefusalMessage', () => {
  it('shows the per-file limit in MB', () => {
    expect(attachmentRefusalMessage({ code: 'FILE_TOO_LARGE', maxFileBytes: 10 * MB })).toBe(
      'Tệp vượt quá dung lượng cho phép (tối đa 10 MB mỗi tệp).',
    );
  });

  it('shows the dossier limit and what is left of it', () => {
    expect(
      attachmentRefusalMessage({
        code: 'DOSSIER_TOO_LARGE',
        maxDossierBytes: 50 * MB,
        storedBytes: 47.5 * MB,
      }),
    ).toBe('Tổng dung lượng tệp của hồ sơ vượt quá mức cho phép (tối đa 50 MB mỗi hồ sơ, còn lại 2,5 MB).');
  });

  it('names the item, what the file is, and the kinds the item takes', () => {
    const refusal = {
      code: 'FILE_TYPE_NOT_ALLOWED',
      itemName: 'Phiếu kiểm nghiệm',
      accepted: ['png', 'pdf', 'jpeg'],
      detected: null,
    } as const;
    expect(attachmentRefusalMessage(refusal)).toBe(
      'Tệp không thuộc định dạng được chấp nhận: thành phần “Phiếu kiểm nghiệm” chỉ nhận PDF, ảnh JPEG hoặc ' +
        'ảnh PNG. Định dạng được xác định theo nội dung tệp, không theo đuôi tên tệp.',
    );
    expect(attachmentRefusalMessage({ ...refusal, accepted: ['pdf'], detected: 'png' })).toMatch(
      /^Tệp là ảnh PNG: thành phần “Phiếu kiểm nghiệm” chỉ nhận PDF\. /,
    );
    expect(attachmentRefusalMessage({ ...refusal, itemName: 'Sản phẩm mẫu', accepted: [] })).toBe(
      'Thành phần “Sản phẩm mẫu” không nhận tệp đính kèm.',
    );
  });

  it('says what to do about an empty file', () => {
    expect(attachmentRefusalMessage({ code: 'FILE_EMPTY' })).toContain('0 byte');
  });
});

describe('attachmentRefusalDetails and formatMegabytes', () => {
  it('give the refusal without its code, and MB with a decimal comma', () => {
    expect(attachmentRefusalDetails({ code: 'FILE_EMPTY' })).toBeNull();
    expect(attachmentRefusalDetails({ code: 'FILE_TOO_LARGE', maxFileBytes: 5 })).toEqual({
      maxFileBytes: 5,
    });
    expect(formatMegabytes(10 * MB)).toBe('10 MB');
    expect(formatMegabytes(1.25 * MB)).toBe('1,3 MB');
    expect(formatMegabytes(0)).toBe('0 MB');
  });
});
