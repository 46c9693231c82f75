import { readFileSync } from 'node:fs';

/**
 * Liberation Serif 2.1.5 (SIL OFL, metric-compatible with Times New Roman, which Nghị định 30/2020 asks for),
 * vendored because the 1.x copies of Linux distributions lack Vietnamese glyphs. Read once per process.
 */
const FONT_DIR = new URL('../../../../assets/fonts/', import.meta.url);

export const FONT = { regular: 'Serif', bold: 'Serif-Bold', italic: 'Serif-Italic' } as const;

let cache: Record<(typeof FONT)[keyof typeof FONT], Buffer> | null = null;

export function fontFiles(): Record<(typeof FONT)[keyof typeof FONT], Buffer> {
  cache ??= {
    [FONT.regular]: readFileSync(new URL('LiberationSerif-Regular.ttf', FONT_DIR)),
    [FONT.bold]: readFileSync(new URL('LiberationSerif-Bold.ttf', FONT_DIR)),
    [FONT.italic]: readFileSync(new URL('LiberationSerif-Italic.ttf', FONT_DIR)),
  };
  return cache;
}
