import type { AdministrativeDocument } from './administrative-document';
import { placeDateLine } from './document-date';
import { MARGINS, MM, TEXT_LEFT, TEXT_WIDTH } from './page-geometry';
import { FONT } from './pdf-fonts';
import { centred, ruleUnder, SIZE, useFont } from './pdf-text';

export const NATIONAL_NAME = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM';
export const MOTTO = 'Độc lập - Tự do - Hạnh phúc';

/**
 * The two header columns of page 1: the issuing body at the left, the national name and motto at the right
 * (wide enough for the national name on one line), each column's texts centred in it.
 */
export function headerColumns(doc: PDFKit.PDFDocument): {
  left: { x: number; width: number };
  right: { x: number; width: number };
} {
  useFont(doc, FONT.bold, SIZE.header);
  const rightWidth = Math.max(doc.widthOfString(NATIONAL_NAME) + 4 * MM, TEXT_WIDTH * 0.58);
  return {
    left: { x: TEXT_LEFT, width: TEXT_WIDTH - rightWidth },
    right: { x: TEXT_LEFT + TEXT_WIDTH - rightWidth, width: rightWidth },
  };
}

/**
 * Draws the header of page 1 (issuing body, national name, motto, number, place and date, kind, title) and
 * answers the y where the body starts.
 */
export function drawHeader(doc: PDFKit.PDFDocument, document: AdministrativeDocument): number {
  const { left, right } = headerColumns(doc);
  const top = MARGINS.top;

  if (document.draft) drawDraftMark(doc);

  // Left: the parent body upright, the issuing body bold, a short rule below.
  let leftY = top;
  if (document.issuingBody.parent) {
    useFont(doc, FONT.regular, SIZE.header);
    leftY = centred(doc, document.issuingBody.parent.toLocaleUpperCase('vi'), left.x, leftY, left.width);
  }
  useFont(doc, FONT.bold, SIZE.header);
  const name = document.issuingBody.name.toLocaleUpperCase('vi');
  leftY = centred(doc, name, left.x, leftY, left.width);
  const nameWidth = Math.min(doc.widthOfString(name), left.width);
  ruleUnder(doc, nameWidth, 0.4, left.x, left.width, leftY + 1);

  // Right: national name and motto, the motto underlined by a rule of its own length.
  useFont(doc, FONT.bold, SIZE.header);
  let rightY = centred(doc, NATIONAL_NAME, right.x, top, right.width);
  useFont(doc, FONT.bold, SIZE.motto);
  rightY = centred(doc, MOTTO, right.x, rightY, right.width);
  ruleUnder(doc, doc.widthOfString(MOTTO), 1, right.x, right.width, rightY + 1);

  // Number under the issuing body, place and date under the motto, on the same line.
  const lineY = Math.max(leftY, rightY) + 3 * MM;
  useFont(doc, FONT.regular, SIZE.header);
  if (document.number) centred(doc, `Số: ${document.number}`, left.x, lineY + 1, left.width);
  useFont(doc, FONT.italic, SIZE.motto);
  const afterDate = centred(
    doc,
    placeDateLine(document.place, document.issuedOn),
    right.x,
    lineY,
    right.width,
  );

  // Kind and title centred over the text width, a short rule under the title.
  let y = afterDate + 8 * MM;
  useFont(doc, FONT.bold, SIZE.body);
  y = centred(doc, document.kind.toLocaleUpperCase('vi'), TEXT_LEFT, y, TEXT_WIDTH);
  y = centred(doc, document.title, TEXT_LEFT + 10 * MM, y, TEXT_WIDTH - 20 * MM);
  const titleLine = Math.min(doc.widthOfString(document.title), TEXT_WIDTH - 20 * MM);
  ruleUnder(doc, titleLine, 0.4, TEXT_LEFT, TEXT_WIDTH, y + 1);
  return y + 6 * MM;
}

/** 'DỰ THẢO' in a box at the top left of page 1, in the top margin. */
function drawDraftMark(doc: PDFKit.PDFDocument): void {
  useFont(doc, FONT.bold, SIZE.header);
  const text = 'DỰ THẢO';
  const width = doc.widthOfString(text) + 4 * MM;
  const height = doc.currentLineHeight() + 2 * MM;
  const x = TEXT_LEFT;
  const y = 7 * MM;
  doc.save().lineWidth(0.8).rect(x, y, width, height).stroke().restore();
  doc.text(text, x, y + 1 * MM + 1, { width, align: 'center', lineBreak: false });
}
