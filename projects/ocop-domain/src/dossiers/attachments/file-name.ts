import type { AttachmentRefusal } from './attachment-refusal';
import { MAX_FILE_NAME_LENGTH } from './attachment-refusal';

/**
 * The user's file name is kept only to be shown and to name the download; storage never derives a path
 * from it. It is still checked, so that no stored name can look like a path, hide characters, or spoof its
 * ending when shown (a right-to-left override makes "hoso‮fdp.exe" read "hosoexe.pdf").
 */

export type FileNameCheck = { ok: true; name: string } | { ok: false; refusal: AttachmentRefusal };

// C0 and C1 controls, DEL, and the bidirectional embedding/override/isolate marks.
const CONTROL = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;
const SEPARATOR = /[/\\]/;

function invalid(reason: Extract<AttachmentRefusal, { code: 'FILE_NAME_INVALID' }>['reason']): FileNameCheck {
  return { ok: false, refusal: { code: 'FILE_NAME_INVALID', reason } };
}

/**
 * The name as stored: NFC (macOS sends NFD), without surrounding whitespace; or why it cannot be one. Any
 * "/" or "\" is refused outright, which also covers "../x.pdf"; a name made only of dots ("." / "..") is a
 * path segment, not a name.
 */
export function checkFileName(raw: string): FileNameCheck {
  const name = raw.normalize('NFC').trim();
  if (name === '') return invalid('empty');
  if ([...name].length > MAX_FILE_NAME_LENGTH) return invalid('too-long');
  if (SEPARATOR.test(name)) return invalid('separator');
  if (CONTROL.test(name)) return invalid('control-character');
  if (/^\.+$/.test(name)) return invalid('dot-segment');
  return { ok: true, name };
}
