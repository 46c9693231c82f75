import type { AttachmentInfo, FileKind } from '@ocop/domain';
import { isoInstant } from '../audit/audit.repository';

/** What a file's row gives for its AttachmentInfo, selected with ATTACHMENT_INFO_COLUMNS. */
export interface AttachmentInfoRow {
  id: string;
  file_name: string;
  kind: FileKind;
  size: string;
  sha256: string;
  uploaded_at: string;
  uploaded_by: string;
}

/** The columns of AttachmentInfoRow, of a file table aliased `a`. */
export const ATTACHMENT_INFO_COLUMNS = `a.id, a.file_name, a.kind, a.size::text as size, a.sha256,
  ${isoInstant('a.uploaded_at')} as uploaded_at, a.uploaded_by`;

export function toAttachmentInfo(row: AttachmentInfoRow): AttachmentInfo {
  return {
    id: row.id,
    fileName: row.file_name,
    kind: row.kind,
    size: Number(row.size),
    sha256: row.sha256,
    uploadedAt: row.uploaded_at,
    uploadedBy: row.uploaded_by,
  };
}
