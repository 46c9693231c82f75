import {
  acceptAttribute,
  ApiError,
  ATTACHMENT_LIMITS,
  attachmentRefusalDetails,
  attachmentRefusalMessage,
  AttachmentRefusal,
  checkAttachmentKind,
  checkAttachmentSize,
  checkFileName,
  detectFileKind,
  EVIDENCE_ITEM,
  FILE_KIND_HEAD_BYTES,
  FILE_KINDS,
} from '@ocop/domain';

/**
 * A report's evidence is held to a dossier attachment's rules (issue #6, EVIDENCE_ITEM of @ocop/domain, as the
 * API holds it): the same size limits, a report's files counted like one dossier's, so the browser's refusal
 * reads exactly as the server's would.
 */
export const EVIDENCE_LIMITS = ATTACHMENT_LIMITS;

/** The file input's accept list. */
export const EVIDENCE_ACCEPT = acceptAttribute(FILE_KINDS);

/**
 * The domain's rules checked before sending, so nobody waits for 200 MB, or a renamed program, to travel only
 * to be refused; `storedBytes` is what the report already holds (or what was chosen before this file). The
 * API checks them again on the bytes it receives.
 */
export async function evidenceRefusal(file: File, storedBytes: number): Promise<ApiError | null> {
  const name = checkFileName(file.name);
  const refusal: AttachmentRefusal | null = !name.ok
    ? name.refusal
    : (checkAttachmentSize(file.size, storedBytes, EVIDENCE_LIMITS) ??
      checkAttachmentKind(
        detectFileKind(new Uint8Array(await file.slice(0, FILE_KIND_HEAD_BYTES).arrayBuffer())),
        EVIDENCE_ITEM,
      ));
  if (!refusal) return null;
  return {
    code: refusal.code,
    message: attachmentRefusalMessage(refusal),
    details: attachmentRefusalDetails(refusal),
  };
}
