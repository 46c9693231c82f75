import type { FileKind } from '../checklist/checklist-types';
import type { AttachmentLimits } from '../dossier';
import { FILE_KIND_LABELS, FILE_KINDS } from './file-kind';

/**
 * Why an upload is refused. The API answers these as 400 `{code, message, details}` (details: the object
 * without `code`), and the browser checks the same rules before sending a byte, with the same messages.
 */
export type AttachmentRefusal =
  | { code: 'FILE_EMPTY' }
  | { code: 'FILE_TOO_LARGE'; maxFileBytes: number }
  | { code: 'DOSSIER_TOO_LARGE'; maxDossierBytes: number; storedBytes: number }
  | {
      code: 'FILE_TYPE_NOT_ALLOWED';
      /** The checklist item's name, as messages quote it. */
      itemName: string;
      accepted: readonly FileKind[];
      /** What the content is; null when it is none of the kinds we know. */
      detected: FileKind | null;
    }
  | { code: 'FILE_NAME_INVALID'; reason: FileNameProblem }
  /** A product photo that is not a picture we show (product-photo-rules.ts). */
  | { code: 'PHOTO_TYPE_NOT_ALLOWED'; accepted: readonly FileKind[]; detected: FileKind | null }
  | { code: 'TOO_MANY_PHOTOS'; maxPhotos: number };

export type AttachmentRefusalCode = AttachmentRefusal['code'];

export type FileNameProblem = 'empty' | 'too-long' | 'separator' | 'control-character' | 'dot-segment';

/** Longest file name kept, in characters (code points); longer names are refused rather than cut. */
export const MAX_FILE_NAME_LENGTH = 200;

const BYTES_PER_MB = 1024 * 1024;

/** Megabytes as Vietnamese write them: 10485760 → "10 MB", 2621440 → "2,5 MB". */
export function formatMegabytes(bytes: number): string {
  const mb = Math.round((bytes / BYTES_PER_MB) * 10) / 10;
  return `${String(mb).replace('.', ',')} MB`;
}

function kindList(kinds: readonly FileKind[]): string {
  // In FILE_KINDS order, so the same item always reads the same way.
  const labels = FILE_KINDS.filter((k) => kinds.includes(k)).map((k) => FILE_KIND_LABELS[k]);
  return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} hoặc ${labels.at(-1)}`;
}

const FILE_NAME_MESSAGES: Readonly<Record<FileNameProblem, string>> = {
  empty: 'Tệp chưa có tên. Hãy đặt tên cho tệp rồi tải lên lại.',
  'too-long': `Tên tệp quá dài (tối đa ${MAX_FILE_NAME_LENGTH} ký tự). Hãy đổi tên ngắn hơn rồi tải lên lại.`,
  separator: 'Tên tệp không được chứa dấu “/” hoặc “\\”. Hãy đổi tên tệp rồi tải lên lại.',
  'control-character': 'Tên tệp chứa ký tự điều khiển không hợp lệ. Hãy đổi tên tệp rồi tải lên lại.',
  'dot-segment': 'Tên tệp không hợp lệ (chỉ gồm dấu chấm). Hãy đổi tên tệp rồi tải lên lại.',
};

/** The Vietnamese sentence for a refusal, complete enough to act on without other context. */
export function attachmentRefusalMessage(refusal: AttachmentRefusal): string {
  switch (refusal.code) {
    case 'FILE_EMPTY':
      return 'Tệp rỗng (0 byte). Hãy chọn đúng tệp tài liệu rồi tải lên lại.';
    case 'FILE_TOO_LARGE':
      return `Tệp vượt quá dung lượng cho phép (tối đa ${formatMegabytes(refusal.maxFileBytes)} mỗi tệp).`;
    case 'DOSSIER_TOO_LARGE': {
      const left = Math.max(0, refusal.maxDossierBytes - refusal.storedBytes);
      return (
        `Tổng dung lượng tệp của hồ sơ vượt quá mức cho phép (tối đa ${formatMegabytes(refusal.maxDossierBytes)}` +
        ` mỗi hồ sơ, còn lại ${formatMegabytes(left)}).`
      );
    }
    case 'FILE_TYPE_NOT_ALLOWED': {
      const item = `“${refusal.itemName}”`;
      if (refusal.accepted.length === 0) {
        return `Thành phần ${item} không nhận tệp đính kèm.`;
      }
      const what =
        refusal.detected === null
          ? 'Tệp không thuộc định dạng được chấp nhận'
          : `Tệp là ${FILE_KIND_LABELS[refusal.detected]}`;
      return (
        `${what}: thành phần ${item} chỉ nhận ${kindList(refusal.accepted)}. ` +
        'Định dạng được xác định theo nội dung tệp, không theo đuôi tên tệp.'
      );
    }
    case 'FILE_NAME_INVALID':
      return FILE_NAME_MESSAGES[refusal.reason];
    case 'PHOTO_TYPE_NOT_ALLOWED': {
      const what =
        refusal.detected === null
          ? 'Tệp không thuộc định dạng được chấp nhận'
          : `Tệp là ${FILE_KIND_LABELS[refusal.detected]}`;
      return (
        `${what}: ảnh sản phẩm chỉ nhận ${kindList(refusal.accepted)}. ` +
        'Định dạng được xác định theo nội dung tệp, không theo đuôi tên tệp.'
      );
    }
    case 'TOO_MANY_PHOTOS':
      return (
        `Sản phẩm đã có đủ ${refusal.maxPhotos} ảnh (tối đa ${refusal.maxPhotos} ảnh mỗi sản phẩm). ` +
        'Hãy xóa bớt một ảnh rồi tải lên lại.'
      );
  }
}

/** What a refusal adds to its code, for an error's `details`. */
export function attachmentRefusalDetails(refusal: AttachmentRefusal): Record<string, unknown> | null {
  const { code: _code, ...details } = refusal;
  return Object.keys(details).length === 0 ? null : details;
}

/**
 * The size rules: not empty, not over the per-file limit, and not taking the dossier over its total.
 * Null when the size is fine. The API applies it again while the bytes arrive, as a declared size can lie.
 */
export function checkAttachmentSize(
  size: number,
  storedBytes: number,
  limits: AttachmentLimits,
): AttachmentRefusal | null {
  if (size <= 0) return { code: 'FILE_EMPTY' };
  if (size > limits.maxFileBytes) return { code: 'FILE_TOO_LARGE', maxFileBytes: limits.maxFileBytes };
  if (storedBytes + size > limits.maxDossierBytes) {
    return { code: 'DOSSIER_TOO_LARGE', maxDossierBytes: limits.maxDossierBytes, storedBytes };
  }
  return null;
}

/** Whether the item takes files of this kind (its definition's acceptedFileKinds); null is no kind. */
export function itemAcceptsKind(
  item: { acceptedFileKinds: readonly FileKind[] },
  detected: FileKind | null,
): detected is FileKind {
  return detected !== null && item.acceptedFileKinds.includes(detected);
}

/** The refusal of a file of kind `detected` for the item. */
export function fileKindRefusal(
  item: { name: string; acceptedFileKinds: readonly FileKind[] },
  detected: FileKind | null,
): AttachmentRefusal {
  return { code: 'FILE_TYPE_NOT_ALLOWED', itemName: item.name, accepted: item.acceptedFileKinds, detected };
}

/** The kind rule: the item takes files of the kinds its definition lists. Null when the kind is fine. */
export function checkAttachmentKind(
  detected: FileKind | null,
  item: { name: string; acceptedFileKinds: readonly FileKind[] },
): AttachmentRefusal | null {
  return itemAcceptsKind(item, detected) ? null : fileKindRefusal(item, detected);
}
