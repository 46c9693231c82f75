import type { DocumentBlock } from './administrative-document';
import { MARGINS, MM, TEXT_BOTTOM, TEXT_LEFT, TEXT_WIDTH } from './page-geometry';
import { FONT } from './pdf-fonts';
import { SIZE, useFont } from './pdf-text';

type TableBlock = Extract<DocumentBlock, { type: 'table' }>;

const PAD_X = 1.2 * MM;
const PAD_Y = 1 * MM;
const CELL_LINE_GAP = 1;

/**
 * Draws a bordered table from `y`, breaking across pages between rows and repeating the header row on each
 * new page; answers the y below it. A row taller than a page is cut by its page (never happens with the
 * documents here: cells are short).
 */
export function drawTable(
  doc: PDFKit.PDFDocument,
  table: TableBlock,
  startY: number,
  addPage: () => number,
): number {
  const widths = columnWidths(table);
  const header = table.columns.map((c) => c.header);
  const headerHeight = rowHeight(doc, table, header, widths, 'header');

  let y = startY;
  if (y + headerHeight + minRow(doc, table, widths) > TEXT_BOTTOM) y = addPage();
  y = drawRow(doc, header, widths, y, headerHeight, 'header', table);
  const rows: [string[], RowStyle][] = table.rows.map((row) => [row, 'body']);
  if (table.total) rows.push([table.total, 'total']);
  for (const [row, style] of rows) {
    const height = rowHeight(doc, table, row, widths, style);
    if (y + height > TEXT_BOTTOM && y > MARGINS.top + headerHeight + 1) {
      y = addPage();
      y = drawRow(doc, header, widths, y, headerHeight, 'header', table);
    }
    y = drawRow(doc, row, widths, y, height, style, table);
  }
  return y;
}

function columnWidths(table: TableBlock): number[] {
  const sum = table.columns.reduce((total, c) => total + c.width, 0) || 1;
  return table.columns.map((c) => (c.width / sum) * TEXT_WIDTH);
}

function minRow(doc: PDFKit.PDFDocument, table: TableBlock, widths: number[]): number {
  const first = table.rows[0];
  return first ? rowHeight(doc, table, first, widths, 'body') : 0;
}

/** The header row is bold and centred; the total row bold, aligned as its columns. */
type RowStyle = 'header' | 'body' | 'total';

function cellFont(doc: PDFKit.PDFDocument, table: TableBlock, style: RowStyle): void {
  useFont(doc, style === 'body' ? FONT.regular : FONT.bold, table.fontSize ?? SIZE.table);
}

function rowHeight(
  doc: PDFKit.PDFDocument,
  table: TableBlock,
  cells: string[],
  widths: number[],
  style: RowStyle,
): number {
  cellFont(doc, table, style);
  const heights = widths.map(
    (width, i) =>
      doc.heightOfString(cells[i] ?? '', { width: width - 2 * PAD_X, lineGap: CELL_LINE_GAP }) -
      CELL_LINE_GAP,
  );
  return Math.max(doc.currentLineHeight(), ...heights) + 2 * PAD_Y;
}

function drawRow(
  doc: PDFKit.PDFDocument,
  cells: string[],
  widths: number[],
  y: number,
  height: number,
  style: RowStyle,
  table: TableBlock,
): number {
  cellFont(doc, table, style);
  let x = TEXT_LEFT;
  widths.forEach((width, i) => {
    doc.save().lineWidth(0.5).rect(x, y, width, height).stroke().restore();
    const align = style === 'header' ? 'center' : (table.columns[i]?.align ?? 'left');
    const options = { width: width - 2 * PAD_X, align, lineGap: CELL_LINE_GAP };
    const text = cells[i] ?? '';
    // Centred vertically, as word processors print short cells next to wrapped ones.
    const textHeight = doc.heightOfString(text, options) - CELL_LINE_GAP;
    doc.text(text, x + PAD_X, y + (height - textHeight) / 2, { ...options, height: height - PAD_Y });
    x += width;
  });
  return y + height;
}
