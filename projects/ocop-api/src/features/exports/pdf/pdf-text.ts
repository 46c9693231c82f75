import { FONT } from './pdf-fonts';

/** Type sizes of Nghị định 30/2020 (points). */
export const SIZE = {
  header: 13,
  motto: 14,
  body: 14,
  table: 13,
  recipientsLabel: 12,
  recipients: 11,
} as const;

/** Extra space between lines: about single spacing for Times at 14 pt (the decree allows single to 1.5). */
export const LINE_GAP = 2;
/** Space after a paragraph (the decree: at least 6 pt). */
export const PARAGRAPH_GAP = 6;
/** First-line indent of a paragraph: 1.27 cm. */
export const FIRST_LINE_INDENT = 12.7 * (72 / 25.4);
/** Italic bold does not exist in the vendored fonts; the bold face slanted like a true italic. */
export const OBLIQUE_DEGREES = 12;

export type FontName = (typeof FONT)[keyof typeof FONT];

/** Sets font and size and answers the document, for chaining. */
export function useFont(doc: PDFKit.PDFDocument, font: FontName, size: number): PDFKit.PDFDocument {
  return doc.font(font).fontSize(size);
}

/** A centred line (wrapping inside `width`); answers the y below it. */
export function centred(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  options: PDFKit.Mixins.TextOptions = {},
): number {
  doc.text(text, x, y, { width, align: 'center', lineGap: LINE_GAP, ...options });
  return doc.y;
}

/**
 * A horizontal rule centred under a line of text, `ratio` of that line's width (the decree: the rule under the
 * issuing body and under the title is 1/3 to 1/2 of the line, the one under the motto as long as the motto).
 */
export function ruleUnder(
  doc: PDFKit.PDFDocument,
  textWidth: number,
  ratio: number,
  columnX: number,
  columnWidth: number,
  y: number,
): void {
  const length = textWidth * ratio;
  const x = columnX + (columnWidth - length) / 2;
  doc
    .save()
    .lineWidth(0.6)
    .moveTo(x, y)
    .lineTo(x + length, y)
    .stroke()
    .restore();
}
