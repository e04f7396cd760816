/**
 * Word 97–2003 .doc files with word-extractor, the maintained pure-JS reader
 * of the format. Its public API gives each story (body, footnotes, …) as
 * cleaned text, where a table cell's end and a paragraph inside a cell both
 * became plain separators, so tables could not be told from prose. This
 * reader takes the stories' raw characters from its piece table instead:
 * '\r' ends a paragraph, '\x07' a cell, the row-end mark (which
 * word-extractor turns into '\n') a row, '\x0c' is a page or section break,
 * '\x02' an auto-numbered note reference. Paragraphs inside cells are told
 * apart by their sprmPFInTable property, read here from the paragraph
 * property pages word-extractor does not keep. Headers and footers are other
 * stories, so they stay out of the body; footnotes and endnotes go at the end,
 * numbered in order of reference like DOCX notes (a document that mixes
 * both kinds is numbered footnotes first).
 * Text stored one byte per character is read through Windows-1252, as the
 * normalise stage's TCVN3/VNI tables expect.
 */
import type { Piece } from 'word-extractor/lib/word-ole-extractor.js';
import type { Report } from '../model/report.js';
import { pagesFromBlocks, type WordBlock } from './blocks.js';
import { ReadError } from './errors.js';

interface Stories {
  body: string;
  notes: string[];
}

/** Marks the end of a paragraph inside a table cell ('\r' in the file); no Word text contains it. */
const CELL_PARAGRAPH = '\u2029';
/** Marks the end of a paragraph before one that starts a new page ('\r' in the file). */
const PAGE_END = '\u2028';
const SPRM_P_F_PAGE_BREAK_BEFORE = 0x2407;
const SPRM_P_F_IN_TABLE = 0x2416;
const SPRM_P_ITAP = 0x6649;

/** Operand size of a sprm by its spra bits ([MS-DOC] 2.2.5.1); spra 6 is variable, its first byte the size. */
const OPERAND_SIZE = [1, 1, 2, 4, 2, 2, -1, 3];

interface ParagraphLayout {
  inTable: boolean;
  pageBreakBefore: boolean;
}

/** What a paragraph's property list (grpprl) says about its place in tables and pages. */
function layoutOf(grpprl: Buffer): ParagraphLayout {
  const layout = { inTable: false, pageBreakBefore: false };
  let at = 0;
  while (at + 2 <= grpprl.length) {
    const sprm = grpprl.readUInt16LE(at);
    at += 2;
    if (sprm === SPRM_P_F_IN_TABLE && grpprl[at] === 1) layout.inTable = true;
    if (sprm === SPRM_P_ITAP && at + 4 <= grpprl.length && grpprl.readInt32LE(at) > 0) layout.inTable = true;
    if (sprm === SPRM_P_F_PAGE_BREAK_BEFORE && grpprl[at] === 1) layout.pageBreakBefore = true;
    const size = OPERAND_SIZE[sprm >> 13];
    at += size < 0 ? grpprl[at] + 1 : size;
  }
  return layout;
}

interface Paragraph extends ParagraphLayout {
  /** File offsets [from, to) of the paragraph's characters. */
  from: number;
  to: number;
}

/**
 * The paragraphs that are in a table or start a page, from the PAPX pages
 * (PlcBtePapx → PapxFkp, [MS-DOC] 2.8.8 and 2.9.175).
 */
function laidOutParagraphs(wordDocument: Buffer, table: Buffer): Paragraph[] {
  const fc = wordDocument.readUInt32LE(0x0102);
  const lcb = wordDocument.readUInt32LE(0x0106);
  const count = (lcb - 4) / 8;
  const plc = table.subarray(fc, fc + lcb);
  const paragraphs: Paragraph[] = [];
  for (let i = 0; i < count; i++) {
    const block = plc.readUInt32LE((count + 1) * 4 + i * 4);
    const fkp = wordDocument.subarray(block * 512, (block + 1) * 512);
    if (fkp.length < 512) continue;
    const runs = fkp[511];
    for (let j = 0; j < runs; j++) {
      const papx = fkp[(runs + 1) * 4 + j * 13] * 2;
      if (papx === 0) continue; // default properties
      const cb = fkp[papx];
      const grpprlAndIstd = cb !== 0 ? fkp.subarray(papx + 1, papx + 2 * cb) : fkp.subarray(papx + 2, papx + 2 + 2 * fkp[papx + 1]);
      const layout = layoutOf(grpprlAndIstd.subarray(2));
      if (layout.inTable || layout.pageBreakBefore) paragraphs.push({ ...layout, from: fkp.readUInt32LE(j * 4), to: fkp.readUInt32LE((j + 1) * 4) });
    }
  }
  return paragraphs;
}

/** Text of the character positions [start, end) across the pieces. */
function textRange(pieces: readonly Piece[], start: number, end: number): string {
  let text = '';
  for (const piece of pieces) {
    const from = Math.max(start, piece.startCp);
    const to = Math.min(end, piece.startCp + piece.text.length);
    if (from < to) text += piece.text.slice(from - piece.startCp, to - piece.startCp);
  }
  return text;
}

type Extractor = new () => { extract(reader: unknown): Promise<Stories> };

/** A word-extractor reader that returns the raw stories with cell paragraphs marked. */
async function storyExtractor(): Promise<Extractor> {
  const { default: WordOleExtractor } = await import('word-extractor/lib/word-ole-extractor.js');
  class StoryExtractor extends WordOleExtractor {
    protected override extractWordDocument(document: unknown, buffer: Buffer): Promise<unknown> {
      if (buffer.length >= 12 && (buffer.readUInt16LE(0x0a) & 0x0100) !== 0) return Promise.reject(new ReadError('Word document is encrypted'));
      return super.extractWordDocument(document, buffer);
    }

    protected override writeParagraphProperties(buffer: Buffer, tableBuffer: Buffer): void {
      super.writeParagraphProperties(buffer, tableBuffer); // turns row-end marks into '\n'
      for (const paragraph of laidOutParagraphs(buffer, tableBuffer)) {
        if (paragraph.inTable) this.markParagraphEnd(this.cpOf(paragraph.to) - 1, CELL_PARAGRAPH);
        if (paragraph.pageBreakBefore) this.markParagraphEnd(this.cpOf(paragraph.from) - 1, PAGE_END);
      }
    }

    /** Character position of a file offset (-1 when no piece holds it). */
    private cpOf(fileOffset: number): number {
      const piece = this._pieces.find((p) => fileOffset >= p.startFilePos && fileOffset <= p.startFilePos + p.size);
      return piece ? piece.startCp + (fileOffset - piece.startFilePos) / piece.bpc : -1;
    }

    /** Replace the paragraph mark '\r' at this character position by `mark`. */
    private markParagraphEnd(cp: number, mark: string): void {
      const piece = this._pieces.find((p) => cp >= p.startCp && cp < p.startCp + p.text.length);
      const at = piece ? cp - piece.startCp : -1;
      if (piece && piece.text[at] === '\r') piece.text = piece.text.slice(0, at) + mark + piece.text.slice(at + 1);
    }

    protected override buildDocument(): Stories {
      const { ccpText, ccpFtn, ccpHdd, ccpAtn, ccpEdn } = this._boundaries;
      const story = (start: number, length: number) => (length > 0 ? textRange(this._pieces, start, start + length) : '');
      const endnotesAt = ccpText + ccpFtn + ccpHdd + ccpAtn;
      return {
        body: story(0, ccpText),
        // Each note starts with its own reference mark.
        notes: [story(ccpText, ccpFtn), story(endnotesAt, ccpEdn)].flatMap((s) => s.split('\x02').slice(1)),
      };
    }
  }
  return StoryExtractor as unknown as Extractor;
}

/** Field codes give way to their results ({HYPERLINK "…" result} → result), nested ones first. */
function resolveFields(text: string): string {
  let previous;
  do {
    previous = text;
    text = text.replace(/\x13[^\x13\x14\x15]*\x14?([^\x13\x14\x15]*)\x15/g, '$1');
  } while (text !== previous);
  return text;
}

/** Characters that carry no text: deleted runs, pictures, drawn objects, annotation marks, stray field marks. */
const NO_TEXT = /[\x00\x01\x03-\x06\x08\x13-\x15]/g;

/** Blocks of one story in document order; `noteNumber` numbers the body's note references. */
export function storyBlocks(raw: string, noteNumber?: () => number): WordBlock[] {
  // The optional hyphen becomes U+00AD, which normalise drops, or reads as 'ư' in TCVN3 text (where LibreOffice saves that letter as one).
  let text = resolveFields(raw).replace(/\x1e/g, '-').replace(/\x1f/g, '\u00AD').replace(NO_TEXT, '');
  if (noteNumber) text = text.replace(/\x02/g, () => String(noteNumber()));
  else text = text.replace(/\x02/g, '');
  const blocks: WordBlock[] = [];
  let page = 1;
  let tableId = 0;
  let inRow = false;
  let segment = '';
  let segments: Array<{ text: string; page: number }> = [];
  let cellParagraphs: string[] = [];
  let cells: string[] = [];
  let rowPage = 1;

  const endSegment = () => {
    segments.push({ text: segment, page });
    segment = '';
  };
  const takeSegments = () => {
    endSegment();
    const taken = segments.filter((s) => s.text.trim().length > 0);
    segments = [];
    return taken;
  };
  const addToCell = () => {
    const taken = takeSegments();
    if (cells.length === 0 && cellParagraphs.length === 0) rowPage = taken[0]?.page ?? page;
    cellParagraphs.push(...taken.map((s) => s.text.trim()));
  };

  for (const char of text) {
    if (char === '\r' || char === '\x0e' || char === PAGE_END) {
      for (const s of takeSegments()) blocks.push({ kind: 'body', text: s.text, page: s.page });
      inRow = false;
      if (char === PAGE_END) page += 1;
    } else if (char === '\x0b') {
      endSegment();
    } else if (char === '\x0c') {
      endSegment();
      page += 1;
    } else if (char === CELL_PARAGRAPH) {
      addToCell();
    } else if (char === '\x07') {
      addToCell();
      cells.push(cellParagraphs.join(' '));
      cellParagraphs = [];
    } else if (char === '\n') {
      takeSegments();
      if (cells.some((c) => c.length > 0)) {
        if (!inRow) tableId += 1;
        blocks.push({ kind: 'table', text: cells.join(' | '), cells, tableId, page: rowPage });
        inRow = true;
      }
      cells = [];
      cellParagraphs = [];
    } else {
      segment += char;
    }
  }
  for (const s of takeSegments()) blocks.push({ kind: 'body', text: s.text, page: s.page });
  return blocks;
}

/** Body blocks, then the notes (kind='footnote', the first line of each led by its number) on the last page. */
export function docBlocks(stories: Stories): WordBlock[] {
  let references = 0;
  const body = storyBlocks(stories.body, () => ++references);
  const lastPage = body[body.length - 1]?.page ?? 1;
  const notes = stories.notes.flatMap((note, i) =>
    storyBlocks(note).map((block, j): WordBlock => ({
      kind: 'footnote',
      text: j === 0 ? `${i + 1} ${block.text.trimStart()}` : block.text,
      footnote: i + 1,
      page: lastPage,
    })),
  );
  return [...body, ...notes];
}

export async function readDoc(bytes: Uint8Array, report: Report): Promise<void> {
  const [Extractor, { default: BufferReader }] = await Promise.all([storyExtractor(), import('word-extractor/lib/buffer-reader.js')]);
  let stories: Stories;
  try {
    stories = await new Extractor().extract(new BufferReader(Buffer.from(bytes)));
  } catch (err) {
    if (err instanceof ReadError) throw err;
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    throw new ReadError(/Invalid magic number|not.*Word document/i.test(message) ? 'not a Word document' : `Word document is damaged: ${message}`);
  }
  report.pages = pagesFromBlocks(docBlocks(stories));
}
