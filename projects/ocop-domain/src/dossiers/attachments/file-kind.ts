import type { FileKind } from '../checklist/checklist-types';

/**
 * What a file is, from its first bytes (magic numbers), never from its name: a program renamed "x.pdf" is
 * still a program. Pure: the caller reads the head of the file (browser: File.slice, API: the first chunks
 * of the upload stream) and passes it in.
 */

/**
 * How many bytes of the head detection reads: min(FILE_KIND_HEAD_BYTES, file size). Every kind but the
 * Office formats is told by its first 16 bytes. DOCX and XLSX are ZIP archives told apart by the names of
 * their entries (word/… or xl/…); the local header of each entry sits before its compressed data, and the
 * generators we know (Word, Excel, LibreOffice, Google Docs, openpyxl, docx4j) write the [Content_Types],
 * _rels and docProps entries (a few kB, a thumbnail up to some tens of kB) before the first word/ or xl/
 * entry, so 64 KiB is plenty while still being decided long before a 10 MB upload ends.
 */
export const FILE_KIND_HEAD_BYTES = 64 * 1024;

/** Every kind an attachment may have, in the order messages list them. */
export const FILE_KINDS: readonly FileKind[] = ['pdf', 'jpeg', 'png', 'docx', 'xlsx', 'mp4', 'mp3'];

/** The Content-Type a kind is served with. */
export const FILE_KIND_MEDIA_TYPES: Readonly<Record<FileKind, string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  mp4: 'video/mp4',
  mp3: 'audio/mpeg',
};

/** Usual file name endings of each kind, for a file picker's `accept` (the content decides, not these). */
export const FILE_KIND_EXTENSIONS: Readonly<Record<FileKind, readonly string[]>> = {
  pdf: ['.pdf'],
  jpeg: ['.jpg', '.jpeg'],
  png: ['.png'],
  docx: ['.docx'],
  xlsx: ['.xlsx'],
  mp4: ['.mp4', '.m4v'],
  mp3: ['.mp3'],
};

/** How messages name each kind to people. */
export const FILE_KIND_LABELS: Readonly<Record<FileKind, string>> = {
  pdf: 'PDF',
  jpeg: 'ảnh JPEG',
  png: 'ảnh PNG',
  docx: 'Word (DOCX)',
  xlsx: 'Excel (XLSX)',
  mp4: 'video MP4',
  mp3: 'âm thanh MP3',
};

/**
 * Kinds a browser may show inline (preview): PDF and images. Anything else is only ever downloaded, so an
 * upload can never become a page of ours.
 */
export const PREVIEWABLE_FILE_KINDS: readonly FileKind[] = ['pdf', 'jpeg', 'png'];

export function isFileKind(value: unknown): value is FileKind {
  return typeof value === 'string' && (FILE_KINDS as readonly string[]).includes(value);
}

/** The `accept` attribute of a file input for these kinds, e.g. ".pdf,.jpg,.jpeg,.png". */
export function acceptAttribute(kinds: readonly FileKind[]): string {
  return kinds.flatMap((kind) => FILE_KIND_EXTENSIONS[kind]).join(',');
}

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP_LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04]; // PK\x03\x04
const ID3 = [0x49, 0x44, 0x33];
const FTYP = [0x66, 0x74, 0x79, 0x70];

/**
 * ISO base media brands that are MP4 video or audio. HEIC/AVIF images and others share the 'ftyp' box, so
 * the brand, not the box, decides.
 */
const MP4_BRANDS = new Set([
  'isom',
  'iso2',
  'iso4',
  'iso5',
  'iso6',
  'mp41',
  'mp42',
  'avc1',
  'M4V ',
  'M4A ',
  'dash',
]);

function startsWith(bytes: Uint8Array, signature: readonly number[], at = 0): boolean {
  if (bytes.length < at + signature.length) return false;
  return signature.every((byte, i) => bytes[at + i] === byte);
}

function ascii(bytes: Uint8Array, from: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(from, from + length));
}

const uint16 = (b: Uint8Array, at: number) => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const uint32be = (b: Uint8Array, at: number) =>
  (((b[at] ?? 0) << 24) | ((b[at + 1] ?? 0) << 16) | ((b[at + 2] ?? 0) << 8) | (b[at + 3] ?? 0)) >>> 0;

/**
 * DOCX or XLSX from the entry names of the ZIP local headers in the head. Headers are found by their
 * signature rather than by skipping entry sizes, because an entry written with a data descriptor (bit 3,
 * common for streamed archives) states no size in its header.
 */
function officeKind(head: Uint8Array): FileKind | null {
  for (let at = 0; at + 30 <= head.length; at++) {
    if (!startsWith(head, ZIP_LOCAL_HEADER, at)) continue;
    const nameLength = uint16(head, at + 26);
    if (nameLength === 0 || at + 30 + nameLength > head.length) continue;
    const name = ascii(head, at + 30, nameLength);
    if (name.startsWith('word/')) return 'docx';
    if (name.startsWith('xl/')) return 'xlsx';
    at += 29 + nameLength;
  }
  return null;
}

function isMp4(head: Uint8Array): boolean {
  if (!startsWith(head, FTYP, 4)) return false;
  // The ftyp box: size, 'ftyp', major brand, minor version, compatible brands up to the box's end.
  const boxEnd = Math.min(uint32be(head, 0), head.length);
  if (MP4_BRANDS.has(ascii(head, 8, 4))) return true;
  for (let at = 16; at + 4 <= boxEnd; at += 4) {
    if (MP4_BRANDS.has(ascii(head, at, 4))) return true;
  }
  return false;
}

/**
 * An MPEG audio frame header: 11 sync bits, then a version, layer, bitrate and sample rate that are not the
 * reserved values. That excludes JPEG (FF D8) and AAC's ADTS (layer 00).
 */
function isMpegAudioFrame(head: Uint8Array): boolean {
  if (head.length < 4 || head[0] !== 0xff) return false;
  const b1 = head[1] ?? 0;
  const b2 = head[2] ?? 0;
  if ((b1 & 0xe0) !== 0xe0) return false;
  const version = (b1 >> 3) & 0b11;
  const layer = (b1 >> 1) & 0b11;
  const bitrate = b2 >> 4;
  const sampleRate = (b2 >> 2) & 0b11;
  return version !== 0b01 && layer !== 0b00 && bitrate !== 0b1111 && sampleRate !== 0b11;
}

/**
 * The kind of a file from its head: the first min(FILE_KIND_HEAD_BYTES, size) bytes. Null when it is none of
 * the kinds we accept (a program, a plain ZIP, a GIF, an old .doc…). PDF must start with %PDF- at byte 0:
 * readers tolerate junk before it, but nothing we expect to receive (scanners, office suites) writes any.
 */
export function detectFileKind(head: Uint8Array): FileKind | null {
  if (startsWith(head, PDF)) return 'pdf';
  if (startsWith(head, JPEG)) return 'jpeg';
  if (startsWith(head, PNG)) return 'png';
  if (startsWith(head, ZIP_LOCAL_HEADER)) return officeKind(head);
  if (isMp4(head)) return 'mp4';
  if (startsWith(head, ID3) || isMpegAudioFrame(head)) return 'mp3';
  return null;
}
