import { mkdir, writeFile } from 'node:fs/promises';
import { createCanvas } from '@napi-rs/canvas';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { REPO_ROOT } from '../../../../config/config';

/** One run of text as pdf.js reads it, in points from the page's top left corner. */
export interface PdfText {
  str: string;
  x: number;
  /** Top of the text (baseline minus the font height). */
  top: number;
  width: number;
  height: number;
}

export interface PdfPageRead {
  /** [0, 0, width, height] in points. */
  view: number[];
  items: PdfText[];
  /** The page's texts joined line by line (items on one baseline joined without separators). */
  lines: string[];
}

type PdfJsDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

export async function openPdf(data: Buffer): Promise<PdfJsDocument> {
  return getDocument({ data: new Uint8Array(data), useSystemFonts: false, isEvalSupported: false }).promise;
}

/** Every page's texts with their positions. */
export async function readPdf(data: Buffer): Promise<PdfPageRead[]> {
  const pdf = await openPdf(data);
  const pages: PdfPageRead[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const height = page.view[3]!;
    const content = await page.getTextContent();
    const items: PdfText[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      const [, , , , x, baseline] = item.transform as number[];
      items.push({
        str: item.str,
        x: x!,
        top: height - baseline! - item.height,
        width: item.width,
        height: item.height,
      });
    }
    pages.push({ view: page.view, items, lines: linesOf(items) });
  }
  await pdf.destroy();
  return pages;
}

function linesOf(items: PdfText[]): string[] {
  const rows = new Map<number, PdfText[]>();
  for (const item of items) {
    const key = [...rows.keys()].find((k) => Math.abs(k - item.top) < 2) ?? item.top;
    rows.set(key, [...(rows.get(key) ?? []), item]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) =>
      row
        .sort((a, b) => a.x - b.x)
        .map((i) => i.str)
        .join('')
        .replace(/\s+/g, ' ')
        .trim(),
    );
}

/** Renders page `n` to a PNG under test-results/artifacts/ (for people to look at) and answers its path. */
export async function writePagePng(data: Buffer, n: number, fileName: string): Promise<string> {
  const pdf = await openPdf(data);
  const page = await pdf.getPage(n);
  const viewport = page.getViewport({ scale: 2 });
  const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  await page.render({
    canvas: canvas as never,
    canvasContext: context as never,
    viewport,
  }).promise;
  const dir = `${REPO_ROOT}test-results/artifacts`;
  await mkdir(dir, { recursive: true });
  const path = `${dir}/${fileName}`;
  await writeFile(path, canvas.toBuffer('image/png'));
  await pdf.destroy();
  return path;
}

/** Every text in drawing order, joined by single spaces: a wrapped table cell reads as one phrase. */
export function flowText(pages: readonly PdfPageRead[]): string {
  return pages
    .flatMap((p) => p.items.map((i) => i.str))
    .join(' ')
    .replace(/\s+/g, ' ');
}

/** The texts without any white space (pdf.js drops runs of spaces, as in 'Số:      /BC-UBND'). */
export function compactText(pages: readonly PdfPageRead[]): string {
  return pages
    .flatMap((p) => p.lines)
    .join('')
    .replace(/\s+/g, '');
}
