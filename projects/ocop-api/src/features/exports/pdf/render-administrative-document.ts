import PDFDocument from 'pdfkit';
import type { AdministrativeDocument, DocumentBlock } from './administrative-document';
import { drawHeader } from './document-header';
import { A4, MARGINS, MM, TEXT_BOTTOM, TEXT_LEFT, TEXT_WIDTH } from './page-geometry';
import { FONT, fontFiles } from './pdf-fonts';
import { drawTable } from './pdf-table';
import { FIRST_LINE_INDENT, LINE_GAP, PARAGRAPH_GAP, SIZE, useFont } from './pdf-text';
import { drawClosing } from './signature-block';

/**
 * Renders an administrative document to PDF as Nghị định 30/2020/NĐ-CP lays it out: A4, margins 20/20/30/15 mm,
 * Times-compatible Vietnamese font, the two-column header, body 14 pt justified, bordered tables whose header
 * row repeats on each page, signature and 'Nơi nhận', page numbers centred in the top margin from page 2.
 * `progress` hears each page started.
 */
export function renderAdministrativeDocument(
  document: AdministrativeDocument,
  progress?: (page: number) => void,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: [A4.width, A4.height],
    margins: MARGINS,
    bufferPages: true,
    lang: 'vi-VN',
    info: { Title: `${document.kind} ${document.title}`, Author: document.issuingBody.name, Creator: 'OCOP' },
  });
  const done = collect(doc);
  for (const [name, data] of Object.entries(fontFiles())) doc.registerFont(name, data);

  progress?.(1);
  // Pages added here and by pdfkit itself (a paragraph continued on a new page) alike.
  doc.on('pageAdded', () => progress?.(doc.bufferedPageRange().count));
  const addPage = (): number => {
    doc.addPage();
    return MARGINS.top;
  };

  let y = drawHeader(doc, document);
  for (const block of document.body) y = drawBlock(doc, block, y, addPage);
  drawClosing(doc, document, y + 4 * MM, addPage);
  numberPages(doc);
  doc.end();
  return done;
}

function drawBlock(doc: PDFKit.PDFDocument, block: DocumentBlock, y: number, addPage: () => number): number {
  switch (block.type) {
    case 'heading': {
      useFont(doc, FONT.bold, SIZE.body);
      // Keep a heading with at least two lines of what follows.
      const start = y + doc.currentLineHeight() * 3 > TEXT_BOTTOM ? addPage() : y + 2 * MM;
      doc.text(block.text, TEXT_LEFT, start, { width: TEXT_WIDTH, lineGap: LINE_GAP, paragraphGap: 2 * MM });
      return doc.y;
    }
    case 'paragraph': {
      useFont(doc, FONT.regular, SIZE.body);
      let next = y;
      for (const text of block.text.split(/\r?\n/).map((t) => t.trim())) {
        if (!text) continue;
        if (next + doc.currentLineHeight() > TEXT_BOTTOM) next = addPage();
        doc.text(text, TEXT_LEFT, next, {
          width: TEXT_WIDTH,
          align: 'justify',
          indent: FIRST_LINE_INDENT,
          lineGap: LINE_GAP,
          paragraphGap: PARAGRAPH_GAP,
        });
        next = doc.y;
      }
      return next;
    }
    case 'table':
      return drawTable(doc, block, y + 1 * MM, addPage) + 3 * MM;
  }
}

/** Page numbers: upright 13 pt, centred over the text width in the top margin, none on page 1. */
function numberPages(doc: PDFKit.PDFDocument): void {
  const range = doc.bufferedPageRange();
  useFont(doc, FONT.regular, SIZE.header);
  for (let i = range.start + 1; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    doc.text(String(i + 1), TEXT_LEFT, 9 * MM, { width: TEXT_WIDTH, align: 'center', lineBreak: false });
  }
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
}
