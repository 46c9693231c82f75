import {
  acceptAttribute,
  detectFileKind,
  FILE_KIND_HEAD_BYTES,
  FILE_KIND_MEDIA_TYPES,
  FILE_KINDS,
  isFileKind,
} from './file-kind';

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));
const concat = (...parts: Uint8Array[]) => {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
};

interface ZipEntry {
  name: string;
  /** Bytes of (pretend) compressed data after the header. */
  dataLength: number;
  /** Written with a data descriptor: the header states no sizes (bit 3). */
  streamed?: boolean;
}

/** The local headers and data of a ZIP archive, as far as detection reads them. */
function zipHead(entries: ZipEntry[]): Uint8Array {
  return concat(
    ...entries.map(({ name, dataLength, streamed }) => {
      const header = new Uint8Array(30);
      const view = new DataView(header.buffer);
      view.setUint32(0, 0x04034b50, true);
      view.setUint16(4, 20, true);
      view.setUint16(6, streamed ? 0x0008 : 0, true);
      view.setUint16(8, 8, true);
      view.setUint32(18, streamed ? 0 : dataLength, true);
      view.setUint16(26, name.length, true);
      // Filler that is no header signature.
      return concat(header, text(name), new Uint8Array(dataLength).fill(0x5a));
    }),
  );
}

const OFFICE_PREAMBLE: ZipEntry[] = [
  { name: '[Content_Types].xml', dataLength: 420 },
  { name: '_rels/.rels', dataLength: 240 },
  { name: 'docProps/core.xml', dataLength: 350 },
];

function ftyp(major: string, compatible: string[]): Uint8Array {
  const box = concat(
    new Uint8Array(4),
    text('ftyp'),
    text(major),
    new Uint8Array(4),
    ...compatible.map(text),
  );
  new DataView(box.buffer).setUint32(0, box.length);
  return concat(box, new Uint8Array(16));
}

describe('detectFileKind', () => {
  it('knows PDF, JPEG and PNG by their signatures', () => {
    expect(detectFileKind(text('%PDF-1.7\n%âãÏÓ'))).toBe('pdf');
    expect(detectFileKind(bytes(0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46))).toBe('jpeg');
    expect(detectFileKind(bytes(0xff, 0xd8, 0xff, 0xe1))).toBe('jpeg');
    expect(detectFileKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13))).toBe('png');
  });

  it('does not look at anything but the content: a Windows program stays a program', () => {
    expect(detectFileKind(concat(text('MZ'), bytes(0x90, 0x00, 0x03), text('%PDF-')))).toBeNull();
    expect(detectFileKind(text('\x7fELF'))).toBeNull();
  });

  it('refuses what is too short to tell, and the near misses', () => {
    expect(detectFileKind(new Uint8Array(0))).toBeNull();
    expect(detectFileKind(text('%PDF'))).toBeNull();
    expect(detectFileKind(text(' %PDF-1.4')))
      .withContext('PDF must start at byte 0')
      .toBeNull();
    expect(detectFileKind(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a))).toBeNull();
    expect(detectFileKind(bytes(0xff, 0xd8))).toBeNull();
    expect(detectFileKind(text('GIF89a'))).toBeNull();
    expect(detectFileKind(text('<html><script>'))).toBeNull();
  });

  it('tells DOCX from XLSX by the ZIP entries after the usual preamble', () => {
    const docx = zipHead([...OFFICE_PREAMBLE, { name: 'word/document.xml', dataLength: 3000 }]);
    const xlsx = zipHead([...OFFICE_PREAMBLE, { name: 'xl/workbook.xml', dataLength: 800 }]);
    expect(detectFileKind(docx)).toBe('docx');
    expect(detectFileKind(xlsx)).toBe('xlsx');
  });

  it('finds the entries of a streamed archive whose headers state no sizes', () => {
    const entries = [...OFFICE_PREAMBLE, { name: 'xl/workbook.xml', dataLength: 10 }].map((e) => ({
      ...e,
      streamed: true,
    }));
    expect(detectFileKind(zipHead(entries))).toBe('xlsx');
  });

  it('finds word/ behind a thumbnail of some tens of kB, within the head it documents', () => {
    const head = zipHead([
      ...OFFICE_PREAMBLE,
      { name: 'docProps/thumbnail.jpeg', dataLength: 40_000 },
      { name: 'word/document.xml', dataLength: 100 },
    ]);
    expect(head.length).toBeLessThan(FILE_KIND_HEAD_BYTES);
    expect(detectFileKind(head)).toBe('docx');
  });

  it('refuses a ZIP that is no Office document, or whose word/ entry lies beyond the head it was given', () => {
    expect(detectFileKind(zipHead([{ name: 'setup.exe', dataLength: 500 }]))).toBeNull();
    expect(detectFileKind(zipHead([{ name: 'mimetype', dataLength: 39 }])))
      .withContext('ODF')
      .toBeNull();
    const late = zipHead([...OFFICE_PREAMBLE, { name: 'word/document.xml', dataLength: 10 }]);
    expect(detectFileKind(late.subarray(0, late.length - 20))).toBeNull();
  });

  it('knows MP4 by its brand, not by the ftyp box that HEIC and AVIF images share', () => {
    expect(detectFileKind(ftyp('isom', ['isom', 'iso2', 'avc1', 'mp41']))).toBe('mp4');
    expect(detectFileKind(ftyp('XAVC', ['XAVC', 'mp42'])))
      .withContext('compatible brand')
      .toBe('mp4');
    expect(detectFileKind(ftyp('heic', ['mif1', 'heic']))).toBeNull();
    expect(detectFileKind(ftyp('avif', ['avif', 'mif1', 'miaf']))).toBeNull();
  });

  it('knows MP3 by an ID3 tag or an MPEG audio frame header, not by any FF byte', () => {
    expect(detectFileKind(concat(text('ID3'), bytes(0x04, 0, 0, 0, 0, 0x0f)))).toBe('mp3');
    expect(detectFileKind(bytes(0xff, 0xfb, 0x90, 0x64)))
      .withContext('MPEG-1 layer III')
      .toBe('mp3');
    expect(detectFileKind(bytes(0xff, 0xf1, 0x50, 0x80)))
      .withContext('AAC ADTS')
      .toBeNull();
    expect(detectFileKind(bytes(0xff, 0xfb, 0xf0, 0x64)))
      .withContext('bad bitrate')
      .toBeNull();
  });
});

describe('file kind tables', () => {
  it('give every kind a media type, and an accept list for file pickers', () => {
    for (const kind of FILE_KINDS) expect(FILE_KIND_MEDIA_TYPES[kind]).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
    expect(acceptAttribute(['pdf', 'jpeg', 'png'])).toBe('.pdf,.jpg,.jpeg,.png');
    expect(isFileKind('docx')).toBeTrue();
    expect(isFileKind('exe')).toBeFalse();
  });
});
