/**
 * Content-Disposition for a download that keeps the user's Vietnamese file name (RFC 6266): `filename*`
 * carries the NFC name in UTF-8 for every current browser, `filename` an ASCII stand-in for the rest.
 */

const MARKS = /\p{M}/gu;
// RFC 5987 attr-char is narrower than what encodeURIComponent leaves alone.
const NOT_ATTR_CHAR = /['()*]/g;

/** The name without diacritics, with anything outside printable ASCII (and quotes, backslashes) as "_". */
export function asciiFileName(name: string): string {
  const plain = name
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return plain.trim() === '' ? 'tep-dinh-kem' : plain;
}

/** RFC 5987 ext-value of the NFC name. */
export function encodeExtValue(name: string): string {
  const encoded = encodeURIComponent(name.normalize('NFC')).replace(
    NOT_ATTR_CHAR,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `UTF-8''${encoded}`;
}

export function contentDisposition(type: 'attachment' | 'inline', fileName: string): string {
  return `${type}; filename="${asciiFileName(fileName)}"; filename*=${encodeExtValue(fileName)}`;
}
