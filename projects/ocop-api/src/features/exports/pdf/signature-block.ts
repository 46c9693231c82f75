import type { AdministrativeDocument, DocumentSignature } from './administrative-document';
import { headerColumns } from './document-header';
import { MM, TEXT_BOTTOM } from './page-geometry';
import { FONT } from './pdf-fonts';
import { centred, LINE_GAP, OBLIQUE_DEGREES, SIZE, useFont } from './pdf-text';

/** Room left for the handwritten signature and the seal between the title and the name. */
const SIGNING_SPACE = 24 * MM;

/**
 * The closing of the document: 'Nơi nhận' at the left (or a second signer), the signer at the right, both
 * starting on the same line. Kept together on one page: a page break before it when it does not fit.
 */
export function drawClosing(
  doc: PDFKit.PDFDocument,
  document: AdministrativeDocument,
  startY: number,
  addPage: () => number,
): void {
  const { left, right } = headerColumns(doc);
  const leftHeight = document.coSignature
    ? signatureHeight(doc, document.coSignature, left.width)
    : recipientsHeight(doc, document.recipients, left.width);
  const height = Math.max(signatureHeight(doc, document.signature, right.width), leftHeight);
  const y = startY + height > TEXT_BOTTOM ? addPage() : startY;

  drawSignature(doc, document.signature, right.x, y, right.width);
  if (document.coSignature) drawSignature(doc, document.coSignature, left.x, y, left.width);
  else drawRecipients(doc, document.recipients, left.x, y, left.width);
}

function signatureHeight(doc: PDFKit.PDFDocument, signature: DocumentSignature, width: number): number {
  useFont(doc, FONT.bold, SIZE.body);
  const options = { width, align: 'center' as const, lineGap: LINE_GAP };
  return (
    doc.heightOfString(signature.title.toLocaleUpperCase('vi'), options) +
    SIGNING_SPACE +
    doc.heightOfString(signature.name || ' ', options)
  );
}

function drawSignature(
  doc: PDFKit.PDFDocument,
  signature: DocumentSignature,
  x: number,
  y: number,
  width: number,
): void {
  useFont(doc, FONT.bold, SIZE.body);
  const below = centred(doc, signature.title.toLocaleUpperCase('vi'), x, y, width);
  if (signature.name) centred(doc, signature.name, x, below + SIGNING_SPACE, width);
}

/** '- item;' lines, the last ending with '.'. */
export function recipientLines(recipients: readonly string[]): string[] {
  return recipients.map((r, i) => {
    const text = r.trim().replace(/[;.]+$/, '');
    return `- ${text}${i === recipients.length - 1 ? '.' : ';'}`;
  });
}

function recipientsHeight(doc: PDFKit.PDFDocument, recipients: readonly string[], width: number): number {
  useFont(doc, FONT.bold, SIZE.recipientsLabel);
  let height = doc.currentLineHeight();
  useFont(doc, FONT.regular, SIZE.recipients);
  const dash = doc.widthOfString('- ');
  for (const line of recipientLines(recipients))
    height += doc.heightOfString(line.slice(2), { width: width - dash });
  return height;
}

function drawRecipients(
  doc: PDFKit.PDFDocument,
  recipients: readonly string[],
  x: number,
  y: number,
  width: number,
): void {
  if (recipients.length === 0) return;
  useFont(doc, FONT.bold, SIZE.recipientsLabel);
  doc.text('Nơi nhận:', x, y, { width, oblique: OBLIQUE_DEGREES });
  let lineY = doc.y;
  useFont(doc, FONT.regular, SIZE.recipients);
  // A wrapped recipient continues under its text, not under the dash.
  const dash = doc.widthOfString('- ');
  for (const line of recipientLines(recipients)) {
    doc.text(line, x + dash, lineY, { width: width - dash, indent: -dash });
    lineY = doc.y;
  }
}
