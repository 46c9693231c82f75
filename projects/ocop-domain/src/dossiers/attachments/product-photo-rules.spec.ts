import { PRODUCT_PHOTO_LIMITS } from '../dossier';
import { attachmentRefusalDetails, attachmentRefusalMessage } from './attachment-refusal';
import { detectFileKind } from './file-kind';
import {
  checkPhotoCount,
  checkPhotoKind,
  checkPhotoSize,
  isProductPhotoKind,
  PRODUCT_PHOTO_KINDS,
} from './product-photo-rules';

const MB = 1024 * 1024;
const bytes = (...head: number[]) => new Uint8Array([...head, 0, 0, 0, 0, 0, 0, 0, 0]);
const PNG = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);
const JPEG = bytes(0xff, 0xd8, 0xff, 0xe0);
const PDF = bytes(0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37);
const EXE = bytes(0x4d, 0x5a, 0x90, 0x00);

describe('product photo rules', () => {
  it('are 5 MB per photo and six photos per product, JPEG and PNG only', () => {
    expect(PRODUCT_PHOTO_LIMITS).toEqual({ maxFileBytes: 5 * MB, maxPhotos: 6 });
    expect(PRODUCT_PHOTO_KINDS).toEqual(['jpeg', 'png']);
  });

  it('take JPEG and PNG by their content, and refuse a PDF or a program whatever it is called', () => {
    expect(checkPhotoKind(detectFileKind(PNG))).toBeNull();
    expect(checkPhotoKind(detectFileKind(JPEG))).toBeNull();
    expect(isProductPhotoKind(detectFileKind(JPEG))).toBeTrue();
    expect(isProductPhotoKind(null)).toBeFalse();

    const pdf = checkPhotoKind(detectFileKind(PDF));
    expect(pdf).toEqual({ code: 'PHOTO_TYPE_NOT_ALLOWED', accepted: ['jpeg', 'png'], detected: 'pdf' });
    expect(attachmentRefusalMessage(pdf!)).toBe(
      'Tệp là PDF: ảnh sản phẩm chỉ nhận ảnh JPEG hoặc ảnh PNG. ' +
        'Định dạng được xác định theo nội dung tệp, không theo đuôi tên tệp.',
    );
    const exe = checkPhotoKind(detectFileKind(EXE));
    expect(exe).toEqual({ code: 'PHOTO_TYPE_NOT_ALLOWED', accepted: ['jpeg', 'png'], detected: null });
    expect(attachmentRefusalMessage(exe!)).toMatch(
      /^Tệp không thuộc định dạng được chấp nhận: ảnh sản phẩm chỉ nhận ảnh JPEG hoặc ảnh PNG\./,
    );
    expect(attachmentRefusalDetails(exe!)).toEqual({ accepted: ['jpeg', 'png'], detected: null });
  });

  it('refuse an empty photo and one byte over the limit', () => {
    expect(checkPhotoSize(0, PRODUCT_PHOTO_LIMITS)).toEqual({ code: 'FILE_EMPTY' });
    expect(checkPhotoSize(5 * MB, PRODUCT_PHOTO_LIMITS)).toBeNull();
    const over = checkPhotoSize(5 * MB + 1, PRODUCT_PHOTO_LIMITS);
    expect(over).toEqual({ code: 'FILE_TOO_LARGE', maxFileBytes: 5 * MB });
    expect(attachmentRefusalMessage(over!)).toBe('Tệp vượt quá dung lượng cho phép (tối đa 5 MB mỗi tệp).');
  });

  it('take a sixth photo and refuse a seventh, saying what to do', () => {
    expect(checkPhotoCount(5, PRODUCT_PHOTO_LIMITS)).toBeNull();
    const seventh = checkPhotoCount(6, PRODUCT_PHOTO_LIMITS);
    expect(seventh).toEqual({ code: 'TOO_MANY_PHOTOS', maxPhotos: 6 });
    expect(attachmentRefusalMessage(seventh!)).toBe(
      'Sản phẩm đã có đủ 6 ảnh (tối đa 6 ảnh mỗi sản phẩm). Hãy xóa bớt một ảnh rồi tải lên lại.',
    );
    expect(attachmentRefusalDetails(seventh!)).toEqual({ maxPhotos: 6 });
  });
});
