import type { FileKind } from '../checklist/checklist-types';
import type { ProductPhotoLimits } from '../dossier';
import type { AttachmentRefusal } from './attachment-refusal';

/**
 * What a product photo may be. The browser and the API apply the same rules, with the same refusals and
 * messages as attachments (attachment-refusal.ts); the name is checked by checkFileName like any file's.
 */

/** JPEG and PNG only: the pictures every browser shows in an <img>, and that a phone or scanner writes. */
export const PRODUCT_PHOTO_KINDS: readonly FileKind[] = ['jpeg', 'png'];

/** Whether the detected kind (detectFileKind, from the content) is one a photo may have. */
export function isProductPhotoKind(detected: FileKind | null): detected is FileKind {
  return detected !== null && PRODUCT_PHOTO_KINDS.includes(detected);
}

/** The refusal of a photo whose content is of kind `detected`. */
export function photoKindRefusal(detected: FileKind | null): AttachmentRefusal {
  return { code: 'PHOTO_TYPE_NOT_ALLOWED', accepted: PRODUCT_PHOTO_KINDS, detected };
}

/** Null when a photo of this kind is fine. */
export function checkPhotoKind(detected: FileKind | null): AttachmentRefusal | null {
  return isProductPhotoKind(detected) ? null : photoKindRefusal(detected);
}

/** Null when a photo of `size` bytes is fine: not empty, not over the per-photo limit. */
export function checkPhotoSize(size: number, limits: ProductPhotoLimits): AttachmentRefusal | null {
  if (size <= 0) return { code: 'FILE_EMPTY' };
  if (size > limits.maxFileBytes) return { code: 'FILE_TOO_LARGE', maxFileBytes: limits.maxFileBytes };
  return null;
}

/** Null when a product that has `stored` photos may take one more. */
export function checkPhotoCount(stored: number, limits: ProductPhotoLimits): AttachmentRefusal | null {
  return stored >= limits.maxPhotos ? { code: 'TOO_MANY_PHOTOS', maxPhotos: limits.maxPhotos } : null;
}
