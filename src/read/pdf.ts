/**
 * PDF text with pdf.js (unpdf's serverless build, in-thread, no fonts loaded). Lines are
 * rebuilt from positioned text items in reading order: pdf.js keeps each
 * page's DRAWING order (header, body, footnotes, footer), so items are
 * grouped by baseline and sorted top to bottom, then left to right. Running
 * page numbers are dropped; the footnote area at a page's bottom is marked.
 * A page without a usable text layer (a scan: an image and next to no text)
 * is rendered and read by OCR instead, its words laid out as text items, so
 * it goes through the same line, footnote and table reconstruction.
 */
import { pdfjs, type PdfJs } from './pdfjs.js';
import type { LineBox, Page, PdfItem, Report, SourceLine } from '../model/report.js';
import { missingOcrPackages, ocrPdfPage, scanImagePages, type OcrOptions, type OcrPage } from '../ocr/tesseract.js';
import { footnoteNumberAt, isReferenced, readsAsTableRow } from '../text/footnotes.js';
import { ReadError } from './errors.js';

interface TextItemLike {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

const isTextItem = (item: object): item is TextItemLike => 'str' in item && 'transform' in item;

export interface RawLine {
  y: number; // baseline from page top
  size: number; // largest font size on the line
  items: PdfItem[];
  text: string;
}

/** Items whose baselines differ by less than this share a line (superscript reference marks included). */
const BASELINE_TOLERANCE = 0.45;
/** A footnote's own number, raised and smaller, joins the line of the text it opens when that line's baseline is this close (× its font size). */
const RAISED_MARK_TOLERANCE = 0.7;
/** A horizontal gap wider than this (× font size) between items is a space. */
const SPACE_GAP = 0.12;

export function itemsToLines(items: PdfItem[]): RawLine[] {
  const sorted = items.filter((i) => i.str.length > 0).sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: RawLine[] = [];
  for (const item of sorted) {
    const last = lines[lines.length - 1];
    const markAbove = last !== undefined && last.items.length === 1 && /^\d{1,3}$/.test(last.items[0].str.trim()) && last.size < 0.8 * item.height;
    const tolerance = (markAbove ? RAISED_MARK_TOLERANCE : BASELINE_TOLERANCE) * Math.max(item.height, last?.size ?? 0, 1);
    if (last && Math.abs(item.y - last.y) <= tolerance) {
      last.items.push(item);
      last.size = Math.max(last.size, item.height);
    } else {
      lines.push({ y: item.y, size: item.height, items: [item], text: '' });
    }
  }
  for (const line of lines) {
    line.items.sort((a, b) => a.x - b.x);
    let text = '';
    let end = -Infinity;
    const first = line.items[0];
    const baseline = Math.max(...line.items.filter((i) => i.height >= line.size * 0.8).map((i) => i.y));
    for (const item of line.items) {
      const gap = item.x - end;
      // A raised note number before a number ("20" then "12 đơn vị …") stays apart from it.
      const afterMark = item === line.items[1] && /^\d{1,3}$/.test(first.str) && first.height < 0.8 * item.height && /^\d/.test(item.str);
      // A reference mark (raised, smaller digits) is glued to the word before it, however justified the line.
      const mark = /^\d{1,3}$/.test(item.str) && item.height < 0.8 * line.size && item.y < baseline - 0.15 * line.size;
      const spaced = afterMark || (gap > SPACE_GAP * Math.max(item.height, 1) && !mark);
      if (mark) text = text.trimEnd();
      else if (text && spaced && !text.endsWith(' ') && !item.str.startsWith(' ')) text += ' ';
      text += item.str;
      end = Math.max(end, item.x + item.width);
    }
    line.text = text.trimEnd();
    // The baseline of a line is that of its body-size text, not of raised reference marks.
    line.y = baseline;
  }
  return lines.filter((l) => l.text.trim().length > 0);
}

const PAGE_NUMBER = /^\s*(?:[-–—]\s*)?(?:trang\s+)?(\d{1,4})(?:\s*[-–—])?(?:\s*\/\s*\d{1,4})?\s*$/iu;

/**
 * A running page number: the very top or bottom line, only a number, and
 * close to the page's index (a cover page may be unnumbered). A lone table
 * value at the top of a page ("0", "1") is not one.
 */
function dropPageNumbers(lines: RawLine[], pageNumber: number): RawLine[] {
  const isPageNumber = (line: RawLine) => {
    const m = PAGE_NUMBER.exec(line.text);
    return m !== null && Math.abs(Number(m[1]) - pageNumber) <= 2;
  };
  return lines.filter((line, i) => !((i === 0 || i === lines.length - 1) && lines.length > 1 && isPageNumber(line)));
}

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** The font size most characters on the page are set in. */
function bodySize(lines: RawLine[]): number {
  const chars = new Map<number, number>();
  for (const item of lines.flatMap((l) => l.items)) {
    const size = Math.round(item.height * 2) / 2;
    chars.set(size, (chars.get(size) ?? 0) + item.str.length);
  }
  return [...chars.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

/**
 * The note number a line starts with: a raised or smaller number drawn as
 * its own item ("19" before "+ Năm 2021: …", "20" before "12 đơn vị …": the
 * text alone glues them), else the number the text starts with.
 */
export function noteNumberOf(line: RawLine): number | undefined {
  const [first, second] = line.items;
  const digits = first?.str.trim() ?? '';
  const raised = first !== undefined && (first.height < 0.8 * line.size || line.y - first.y > 0.2 * line.size);
  if (second && /^\d{1,3}$/.test(digits) && raised) return Number(digits);
  return footnoteNumberAt(line.text);
}

/** Does the line start with a raised or smaller number (a footnote's own mark)? */
const startsWithRaisedNumber = (line: RawLine) => noteNumberOf(line) !== undefined && noteNumberOf(line) !== footnoteNumberAt(line.text);

/**
 * Index of the first footnote line of the page, or -1: a line that starts
 * with the next footnote number, is referenced in the body above (this page
 * or the previous one), and is set smaller than the body, or stands after a
 * gap wider than the body's line pitch (the footnote separator), or starts
 * with the number raised as a mark (notes set in the body's size, no gap).
 */
function footnoteAreaStart(lines: RawLine[], next: number, previousBody: string): number {
  const size = bodySize(lines);
  const separatedAt = (j: number) => {
    const above = lines.slice(0, j);
    const pitch = median(above.slice(1).map((l, k) => l.y - above[k].y));
    return lines[j].size < size - 0.5 || lines[j].y - lines[j - 1].y > 1.4 * pitch;
  };
  for (let i = 1; i < lines.length; i++) {
    // A ranking table at the page's foot ("1 …name… 91,27 1") starts with the next number too: it is no note.
    if (noteNumberOf(lines[i]) !== next || readsAsTableRow(lines[i].text)) continue;
    if (!isReferenced(`${previousBody}\n${lines.slice(0, i).map((l) => l.text).join('\n')}`, next)) continue;
    if (separatedAt(i) || startsWithRaisedNumber(lines[i])) return i;
    // The previous footnote may continue at the top of this page's footnote area.
    for (let j = i - 1; j >= Math.max(1, i - 8) && next > 1; j--) if (separatedAt(j)) return j;
  }
  return -1;
}

const lineStart = (line: RawLine) => line.items[0].x;
const lineEnd = (line: RawLine) => Math.max(...line.items.map((i) => i.x + i.width));

/** The width its first item gives the line's first word. */
function firstWordWidth(line: RawLine): number {
  const first = line.items[0];
  const text = first.str.trimStart();
  const word = /^\S+/u.exec(text)?.[0] ?? '';
  return text.length > 0 ? (first.width * word.length) / text.length : 0;
}

/** Where a line stands on its page (SourceLine.box). */
function boxOf(line: RawLine): LineBox {
  return { left: lineStart(line), right: lineEnd(line), baseline: line.y, size: line.size, firstWord: firstWordWidth(line) };
}

export interface PdfPageResult {
  page: Page;
  /** Next expected footnote number after this page. */
  nextFootnote: number;
}

/** `previousBody`: body text of the previous page, where a reference to a footnote on this page may stand. */
export function buildPage(number: number, items: PdfItem[], width: number, height: number, nextFootnote: number, previousBody = ''): PdfPageResult {
  const lines = dropPageNumbers(itemsToLines(items), number);
  const start = footnoteAreaStart(lines, nextFootnote, previousBody);
  const page: Page = { number, lines: [], items, width, height };
  let next = nextFootnote;
  let footnote: number | undefined = next > 1 ? next - 1 : undefined;
  let offset = 0;
  const body = () => `${previousBody}\n${page.lines.filter((l) => l.kind === 'body').map((l) => l.text).join('\n')}`;
  lines.forEach((l, i) => {
    const line: SourceLine = { page: number, line: i + 1, offset, text: l.text, raw: l.text, kind: 'body', box: boxOf(l) };
    if (start >= 0 && i >= start) {
      const n = noteNumberOf(l);
      // One lost number is skipped when the one after it is referenced ("18 …", "20 …": 19 never read as a start).
      if (n === next || (n === next + 1 && isReferenced(body(), n))) {
        footnote = n;
        next = n + 1;
      }
      line.kind = 'footnote';
      line.footnote = footnote;
    }
    page.lines.push(line);
    offset += l.text.length + 1;
  });
  return { page, nextFootnote: next };
}

function errorMessage(err: unknown): string {
  const name = err instanceof Error ? err.name : '';
  const message = err instanceof Error ? err.message : String(err);
  if (name === 'PasswordException') return 'PDF is encrypted';
  if (name === 'InvalidPDFException' || /Invalid PDF|XRef|trailer|startxref|Bad FCHECK|unexpected end/i.test(message)) {
    return 'PDF is damaged or truncated';
  }
  return `PDF could not be read: ${message.split('\n')[0]}`;
}

/** Text only: no font loading, no console output. */
export const PDF_OPTIONS = { disableFontFace: true, useSystemFonts: false, verbosity: 0 } as const;

/** Pages requested from pdf.js at once: it overlaps their parsing and stream decompression (~10% faster than one by one). */
export const PAGES_IN_FLIGHT = 16;

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

interface PageText {
  items: PdfItem[];
  width: number;
  height: number;
}

async function pageText(doc: PdfDocument, n: number): Promise<PageText> {
  const pdfPage = await doc.getPage(n);
  const [x0, y0, x1, y1] = pdfPage.view;
  const content = await pdfPage.getTextContent();
  const items: PdfItem[] = (content.items as object[]).filter(isTextItem).map((item) => ({
    str: item.str,
    x: item.transform[4] - x0,
    y: y1 - item.transform[5],
    width: item.width,
    height: item.height || Math.hypot(item.transform[2], item.transform[3]),
  }));
  pdfPage.cleanup();
  return { items, width: x1 - x0, height: y1 - y0 };
}

/** Fewer letters than this in the text layer, with an image on the page: a scan (a stamp or signature line may be text). */
const SCAN_MAX_LETTERS = 200;
/** Pages read by OCR with a mean word confidence below this get a warning: check their figures. */
export const LOW_OCR_CONFIDENCE = 70;

/** A text layer with at least this many letters is kept unless OCR reads twice as many (a signature page with a stamp). */
const SOME_TEXT = 20;

const LETTER = /\p{L}/gu;
/** Letters in the items, counting stops at `enough` (a digital page has hundreds: most stop after a few items). */
function letterCount(items: readonly PdfItem[], enough = Infinity): number {
  let n = 0;
  for (const item of items) {
    n += item.str.match(LETTER)?.length ?? 0;
    if (n >= enough) break;
  }
  return n;
}

/**
 * Whether a page has no usable text layer but a page-sized image: what OCR is
 * for. poppler's pdfimages tells the image's size; without poppler, any image
 * pdf.js draws counts (its operator list stops early on some non-embedded
 * fonts in this build, so it is only the fallback).
 */
async function isScan(doc: PdfDocument, n: number, text: PageText, imagePages: () => Promise<Set<number> | undefined>, paintsImage: (op: number) => boolean): Promise<boolean> {
  if (letterCount(text.items, SCAN_MAX_LETTERS) >= SCAN_MAX_LETTERS) return false;
  const listed = await imagePages();
  if (listed !== undefined) return listed.has(n);
  const page = await doc.getPage(n);
  try {
    return (await page.getOperatorList()).fnArray.some(paintsImage);
  } finally {
    page.cleanup();
  }
}

/** OCR words as text items in PDF units: each word on its line's baseline, at its line's height. */
export function ocrItems(ocr: OcrPage): PdfItem[] {
  const scale = 72 / ocr.dpi;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return ocr.lines.flatMap((words) => {
    const baseline = median(words.map((w) => w.top + w.height));
    const size = median(words.map((w) => w.height));
    // The trailing space keeps words apart whose boxes touch.
    return words.map((w) => ({ str: `${w.text} `, x: w.left * scale, y: baseline * scale, width: w.width * scale, height: size * scale }));
  });
}

export interface PdfReadOptions {
  /** OCR commands and resolution; false = never OCR (scanned pages stay empty). */
  ocr?: OcrOptions | false;
}

function pageList(pages: number[]): string {
  return `${pages.slice(0, 5).join(', ')}${pages.length > 5 ? ', …' : ''}`;
}

export async function readPdf(bytes: Uint8Array, report: Report, options: PdfReadOptions = {}): Promise<void> {
  const { getDocument, OPS } = await pdfjs();
  const IMAGE_OPS = new Set([OPS.paintImageXObject, OPS.paintInlineImageXObject, OPS.paintImageXObjectRepeat, OPS.paintImageMaskXObject]);
  const paintsImage = (op: number) => IMAGE_OPS.has(op);
  const ocrOptions = options.ocr === false ? undefined : options.ocr ?? {};
  const mayHaveImages = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes('/Image');
  // pdf.js takes ownership of (detaches) the buffer it is given: hand it a copy.
  const task = getDocument({ data: new Uint8Array(bytes), ...PDF_OPTIONS });
  try {
    let doc;
    try {
      doc = await task.promise;
    } catch (err) {
      throw new ReadError(errorMessage(err));
    }
    let next = 1;
    let previousBody = '';
    const failed: number[] = [];
    const empty: number[] = [];
    const scans: number[] = [];
    const ocrFailed: number[] = [];
    let missingOcr: string | undefined;
    // Listed once, when the first page with next to no text asks. An image is a stream, never inside an
    // object stream: a file without '/Image' in its bytes has none (most digital reports), no listing needed.
    let listing: Promise<Set<number> | undefined> | undefined;
    const imagePages = () => (listing ??= mayHaveImages ? scanImagePages(report.path, ocrOptions || {}) : Promise.resolve(new Set<number>()));
    const total = doc.numPages;
    for (let first = 1; first <= total; first += PAGES_IN_FLIGHT) {
      const numbers = Array.from({ length: Math.min(PAGES_IN_FLIGHT, total - first + 1) }, (_, i) => first + i);
      const texts = await Promise.allSettled(numbers.map((n) => pageText(doc, n)));
      // Scans of this run of pages are all sent to OCR now: the OCR gate decides how many run at once.
      const ocrs = await Promise.all(texts.map(async (text, i) => {
        if (!ocrOptions || text.status === 'rejected' || !(await isScan(doc, numbers[i], text.value, imagePages, paintsImage).catch(() => false))) return undefined;
        scans.push(numbers[i]);
        missingOcr ??= await missingOcrPackages(ocrOptions);
        if (missingOcr) return undefined;
        const read = ocrPdfPage(report.path, numbers[i], ocrOptions);
        read.catch(() => {}); // awaited in page order below
        return read;
      }));
      // Pages are built in order: footnote numbering runs on from the page before.
      for (const [i, text] of texts.entries()) {
        const n = numbers[i];
        try {
          if (text.status === 'rejected') throw text.reason;
          let { items } = text.value;
          let ocr: OcrPage | undefined;
          if (ocrs[i]) {
            try {
              const read = await ocrs[i]!;
              const ocrText = ocrItems(read);
              const layerLetters = letterCount(items);
              if (layerLetters < SOME_TEXT || letterCount(ocrText) >= 2 * layerLetters) {
                ocr = read;
                items = ocrText;
              }
            } catch (err) {
              ocrFailed.push(n);
              report.diagnostics.push({ severity: 'warning', message: `page ${n}: OCR failed: ${err instanceof Error ? err.message : String(err)}`, source: 'read' });
            }
          }
          const built = buildPage(n, items, text.value.width, text.value.height, next, previousBody);
          if (ocr) markOcr(built.page, ocr, report);
          next = built.nextFootnote;
          previousBody = built.page.lines.filter((l) => l.kind === 'body').map((l) => l.text).join('\n');
          if (built.page.lines.length === 0) empty.push(n);
          report.pages.push(built.page);
        } catch (err) {
          failed.push(n);
          report.pages.push({ number: n, lines: [] });
          report.diagnostics.push({ severity: 'warning', message: `page ${n}: ${errorMessage(err)}`, source: 'read' });
        }
      }
    }
    const problems: string[] = [];
    if (failed.length > 0) problems.push(`${failed.length} of ${total} pages could not be read (damaged PDF?)`);
    if (missingOcr) {
      problems.push(`${scans.length} of ${total} pages are scans without a text layer, not read: OCR needs ${missingOcr} (apt-get install ${missingOcr})`);
    } else if (ocrFailed.length > 0) {
      problems.push(`OCR failed on ${ocrFailed.length} of ${total} pages: ${pageList(ocrFailed)}`);
    }
    const unexplained = empty.filter((n) => !(missingOcr && scans.includes(n)) && !ocrFailed.includes(n));
    if (unexplained.length > 0) problems.push(`${unexplained.length} of ${total} pages have no text layer (scanned?): ${pageList(unexplained)}`);
    if (empty.length + failed.length === total && !missingOcr) {
      throw new ReadError(failed.length > 0 ? 'PDF is damaged or truncated' : 'no text layer (scanned pages?)');
    }
    if (problems.length > 0) {
      report.status = 'partial';
      report.error = problems.join('; ');
    }
  } finally {
    await task.destroy();
  }
}

/** Mark the lines of a page read by OCR, and say when the reading was poor. */
export function markOcr(page: Page, ocr: OcrPage, report: Report): void {
  const confidence = Math.round(ocr.confidence);
  for (const line of page.lines) {
    line.ocr = confidence;
    // A scan's word boxes are too rough (and its pages too unevenly placed) to tell paragraphs by (text/layout.ts).
    delete line.box;
  }
  report.textRepair.add('ocr');
  if (page.lines.length > 0 && confidence < LOW_OCR_CONFIDENCE) {
    report.diagnostics.push({
      severity: 'warning',
      message: `page ${page.number}: low OCR confidence (${confidence} < ${LOW_OCR_CONFIDENCE}): check its figures against the scan`,
      source: 'ocr',
    });
  }
}
