/**
 * Reads a district OCOP plan written as the seed document is (documents/ke-hoach-ocop-van-quan-2020.md): a
 * bold title, legal bases, then I. purposes and requirements, II. contents and funding, III. the actors and
 * their duties, and the signer. Pure: text in, the plan's parts out; the demo loader decides what becomes
 * data.
 */

/** An actor of section III ("7. Trung tâm Y tế huyện") with its duties. */
export interface PlanDocumentActor {
  /** The document's numbering: 'III.7'. */
  code: string;
  /** Who the duties are given to, as the heading names them. */
  title: string;
  /**
   * One entry per "- " bullet. An actor without bullets has one duty: its paragraph, or, when the heading is
   * a whole sentence (item 13), that sentence.
   */
  duties: string[];
  /** Whether the duties are the document's bullets (false: the single duty stands in for the paragraph). */
  bulleted: boolean;
}

export interface PlanDocument {
  /** "Kế hoạch thực hiện Chương trình … năm 2020". */
  title: string;
  /** The "Căn cứ …" and "Thực hiện …" paragraphs before section I. */
  legalBases: string[];
  /** I.1. */
  purposes: string[];
  /** I.2, paragraphs cut by page breaks joined again. */
  requirements: string[];
  /** II.1 bullets: what the year is to achieve. */
  contents: string[];
  /** II.2 bullets. */
  fundingSources: string[];
  /** The contents heading of II.1 ("Nội dung"), used as its section title. */
  contentsTitle: string;
  actors: PlanDocumentActor[];
  /** "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Hoàng Văn Quân". */
  signer: string;
}

const ROMAN_HEADING = /^([IVX]+)\.\s+(.+)$/;
const NUMBERED_HEADING = /^(\d+)\.\s+(.+)$/;
const BULLET = /^-\s+/;
// A line ending like this closes its paragraph; anything else was cut by a page break.
const CLOSED = /[.;:!?…]$/;

interface Block {
  text: string;
  kind: 'heading' | 'bullet' | 'bold' | 'paragraph' | 'list';
}

/** Parses the plan; throws when a part the demo needs is missing, so a changed document fails loudly. */
export function parsePlanDocument(markdown: string): PlanDocument {
  const blocks = joinPageBreaks(toBlocks(markdown));
  const title = blocks.find((b) => b.kind === 'bold');
  if (!title) throw new Error('plan document: no bold title');

  const romanStart = (numeral: string): number =>
    blocks.findIndex((b) => b.kind === 'heading' && ROMAN_HEADING.exec(b.text)?.[1] === numeral);
  const [partI, partII, partIII] = ['I', 'II', 'III'].map(romanStart);
  const closing = blocks.findIndex((b) => b.kind === 'paragraph' && b.text.startsWith('Trên đây'));
  if (partI === undefined || partII === undefined || partIII === undefined) throw new Error('unreachable');
  if (partI < 0 || partII < partI || partIII < partII || closing < partIII) {
    throw new Error(
      'plan document: sections I, II, III and the closing paragraph are not all there in order',
    );
  }

  const preamble = blocks.slice(0, partI);
  const partOne = subsections(blocks.slice(partI + 1, partII));
  const partTwo = subsections(blocks.slice(partII + 1, partIII));
  return {
    title: planTitle(title.text),
    legalBases: preamble
      .filter((b) => b.kind === 'paragraph' && /^(Căn cứ|Thực hiện) /.test(b.text))
      .map((b) => b.text),
    purposes: texts(subsection(partOne, '1')),
    requirements: texts(subsection(partOne, '2')),
    contents: texts(subsection(partTwo, '1')),
    contentsTitle: subsection(partTwo, '1').title,
    fundingSources: texts(subsection(partTwo, '2')),
    actors: actorsOf(subsections(blocks.slice(partIII + 1, closing))),
    signer: signerOf(blocks.slice(closing + 1)),
  };
}

function toBlocks(markdown: string): Block[] {
  return markdown
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((raw) => raw.split('\n').map((line) => line.trim()))
    .map((lines) => lines.filter((line) => line !== ''))
    .filter((lines) => lines.length > 0)
    .map((lines): Block => {
      const first = lines[0] ?? '';
      if (first.startsWith('**')) return { kind: 'bold', text: lines.join('\n').replace(/\*\*/g, '') };
      if (lines.length > 1 && lines.every((line) => BULLET.test(line))) {
        return { kind: 'list', text: lines.join('\n') };
      }
      const text = lines.join(' ');
      if (BULLET.test(text)) return { kind: 'bullet', text: text.replace(BULLET, '') };
      if (ROMAN_HEADING.test(text) || NUMBERED_HEADING.test(text)) return { kind: 'heading', text };
      return { kind: 'paragraph', text };
    });
}

/**
 * The document was copied from pages: a paragraph cut by a page break continues on the next "paragraph". A
 * block that starts no bullet or heading continues a bullet or paragraph whose text did not end its sentence.
 */
function joinPageBreaks(blocks: Block[]): Block[] {
  const joined: Block[] = [];
  for (const block of blocks) {
    const previous = joined.at(-1);
    const continues =
      previous !== undefined &&
      block.kind === 'paragraph' &&
      (previous.kind === 'paragraph' || previous.kind === 'bullet') &&
      !CLOSED.test(previous.text);
    if (continues) joined[joined.length - 1] = { ...previous, text: `${previous.text} ${block.text}` };
    else joined.push(block);
  }
  return joined;
}

interface Subsection {
  number: string;
  title: string;
  body: Block[];
}

function subsections(blocks: Block[]): Subsection[] {
  const result: Subsection[] = [];
  for (const block of blocks) {
    const heading = block.kind === 'heading' ? NUMBERED_HEADING.exec(block.text) : null;
    if (heading) result.push({ number: heading[1] ?? '', title: heading[2] ?? '', body: [] });
    else if (result.length > 0) result[result.length - 1]?.body.push(block);
    else throw new Error(`plan document: text before the first numbered heading: "${block.text}"`);
  }
  return result;
}

function subsection(parts: Subsection[], number: string): Subsection {
  const part = parts.find((p) => p.number === number);
  if (!part) throw new Error(`plan document: no subsection ${number}`);
  return part;
}

function texts(part: Subsection): string[] {
  return part.body.map((b) => b.text);
}

function actorsOf(parts: Subsection[]): PlanDocumentActor[] {
  return parts.map((part) => {
    const code = `III.${part.number}`;
    const bullets = part.body.filter((b) => b.kind === 'bullet').map((b) => b.text);
    if (bullets.length > 0) return { code, title: part.title, duties: bullets, bulleted: true };
    const [paragraph] = part.body;
    if (paragraph) return { code, title: part.title, duties: [paragraph.text], bulleted: false };
    // "13. Các cơ quan …, UBND các xã, thị trấn căn cứ … chủ động xây dựng kế hoạch …": the heading is the
    // duty; the actor is what precedes "căn cứ" (the usual "X căn cứ … chủ động …" of such plans).
    const actor = /^(.+?) căn cứ /.exec(part.title)?.[1] ?? part.title;
    return { code, title: actor, duties: [part.title], bulleted: false };
  });
}

function signerOf(blocks: Block[]): string {
  const boldIndex = blocks.findIndex((b) => b.kind === 'bold');
  const name = blocks[boldIndex + 1];
  if (boldIndex < 0 || name?.kind !== 'paragraph') throw new Error('plan document: no signer block');
  return [...(blocks[boldIndex]?.text.split('\n') ?? []), name.text].join(' / ');
}

/** "KẾ HOẠCH⏎Thực hiện Chương trình …⏎huyện Văn Quan năm 2020" → "Kế hoạch thực hiện Chương trình …". */
function planTitle(bold: string): string {
  const [kind = '', ...subject] = bold.split('\n');
  const lower = kind.toLocaleLowerCase('vi');
  const rest = subject.join(' ');
  const capitalized = `${lower.charAt(0).toLocaleUpperCase('vi')}${lower.slice(1)}`;
  return `${capitalized} ${rest.charAt(0).toLocaleLowerCase('vi')}${rest.slice(1)}`;
}
