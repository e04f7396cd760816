/**
 * Word documents with mammoth: its HTML is simple and regular (p, h1–h6,
 * li, table/tr/td, sup/a for notes), so a small tag walk turns it into lines
 * in document order. Table rows become one line each (kind='table', cells).
 * Footnotes and endnotes come from the document's note parts (mammoth's
 * note list), never from where text stands: they go at the end
 * (kind='footnote', footnote=N, numbered in order of reference, footnotes
 * and endnotes together) and their reference marks stay in the body as the
 * number glued to the word before, as in PDF text, each recorded on its line
 * (SourceLine.noteMarks). Pages come from the page breaks Word records (see
 * markPageBreaks); the notes are on the last page.
 */
import type { NoteMark, Report } from '../model/report.js';
import { pagesFromBlocks, type WordBlock } from './blocks.js';
import { loadMammoth } from './mammoth.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

/** A Word block as blocks.ts lays it out; the page is always known here (1-based: a new page after each break Word recorded). */
export type Block = WordBlock & { page: number };

/** Stands for a page break in the document XML and mammoth's HTML; no report text holds it (Private Use Area). */
const PAGE_BREAK = '\uE002';

/**
 * Word's page breaks as PAGE_BREAK text that mammoth carries into its HTML:
 * where Word's own layout started a page when the file was saved
 * (w:lastRenderedPageBreak), explicit breaks (w:br w:type="page") and
 * paragraphs set to start a page (w:pageBreakBefore). Two with no text between
 * them (Word writes both for one explicit break) count once.
 */
export function markPageBreaks(xml: string): string {
  const mark = `<w:t>${PAGE_BREAK}</w:t>`;
  return xml
    .replace(/<w:lastRenderedPageBreak\s*\/>/g, mark)
    .replace(/<w:br\b[^>]*\bw:type="page"[^>]*\/>/g, (br) => `${br}${mark}`)
    .replace(/<w:pPr>(?:(?!<\/w:pPr>)[\s\S])*?<w:pageBreakBefore(?:\s+w:val="(?:1|true|on)")?\s*\/>[\s\S]*?<\/w:pPr>/g, (pPr) => `${pPr}<w:r>${mark}</w:r>`);
}

const NOTE_ITEM = /<li id="(footnote|endnote)-([^"]+)">/g;
const NOTE_REF = /<sup><a href="#(footnote|endnote)-([^"]+)" id="[^"]*">\[?([^\]<]*)\]?<\/a><\/sup>/g;
const BACK_LINK = /\s*<a href="#(?:footnote|endnote)-ref-[^"]*">[^<]*<\/a>/g;
// A note mark travels through the tag walk as private-use brackets around its number, taken out when a line is made.
const MARK_OPEN = '\uE000';
const MARK_CLOSE = '\uE001';
const MARK = /\uE000(\d+)\uE001/g;

/** A line's text without mark brackets, and where the marks stand in it. */
function unmark(text: string): { text: string; marks: NoteMark[] } {
  const marks: NoteMark[] = [];
  let out = '';
  let last = 0;
  for (const m of text.matchAll(MARK)) {
    out += text.slice(last, m.index);
    marks.push({ footnote: Number(m[1]), start: out.length, end: out.length + m[1].length });
    out += m[1];
    last = m.index + m[0].length;
  }
  return { text: out + text.slice(last), marks };
}

/** Lines of mammoth HTML, in document order, notes last. */
export function blocksFromHtml(html: string): Block[] {
  // Mammoth writes the notes as one list after the body: <ol><li id="footnote-ID">…</li>…</ol>.
  const firstNote = html.search(/<li id="(?:footnote|endnote)-/);
  const notesStart = firstNote < 0 ? html.length : html.lastIndexOf('<ol>', firstNote);
  const numbers = new Map<string, number>();
  let counter = 0;
  const body = html.slice(0, notesStart).replace(NOTE_REF, (_m, type: string, id: string) => {
    const key = `${type}-${id}`;
    if (!numbers.has(key)) numbers.set(key, ++counter);
    return `${MARK_OPEN}${numbers.get(key)}${MARK_CLOSE}`;
  });
  const blocks = walk(body);
  const lastPage = blocks[blocks.length - 1]?.page ?? 1;
  const notesHtml = html.slice(notesStart);
  const items = [...notesHtml.matchAll(NOTE_ITEM)];
  items.forEach((item, i) => {
    const n = numbers.get(`${item[1]}-${item[2]}`) ?? ++counter;
    const inner = notesHtml.slice(item.index + item[0].length, items[i + 1]?.index ?? notesHtml.length);
    paragraphTexts(inner.replace(BACK_LINK, '')).forEach((text, j) => {
      // The first line of a note carries its number, like a footnote body in a PDF.
      blocks.push({ kind: 'footnote', text: j === 0 ? `${n} ${text}` : text, page: lastPage, footnote: n });
    });
  });
  return blocks;
}

/** Paragraph-level texts of an HTML fragment (a <br> also ends a line). */
function paragraphTexts(fragment: string): string[] {
  return fragment
    .split(/<\/(?:p|h[1-6]|li)>|<br\s*\/?>/)
    .map(inlineText)
    .filter((t) => t.length > 0);
}

function inlineText(fragment: string): string {
  return decodeEntities(fragment.replace(/<[^>]+>/g, '')).replace(/[\r\n]+/g, ' ');
}

/** A superscript footnote mark: one or two digits, or asterisks (not an exponent of a unit: "m²"). */
const SUPERSCRIPT_MARK = /^\s*(?:\d{1,2}|\*{1,3})\s*$/;

function walk(html: string): Block[] {
  const blocks: Block[] = [];
  let page = 1;
  let breakPending = false;
  /** The page of a block that starts now: after a page break, the next one. */
  const pageNow = () => {
    if (breakPending) page += 1;
    breakPending = false;
    return page;
  };
  let tableDepth = 0;
  let tableId = 0;
  let row: string[] | undefined;
  let rowColumns: number[] = [];
  let rowSpans: number[] = [];
  let cell: string[] | undefined;
  let text = '';
  // Grid columns taken by a cell merged down from a row above: rows left to cover, per column.
  let mergedDown: number[] = [];
  /** Where the superscript run being read starts in `text`. */
  let supStart: number | undefined;
  let column = 0;
  const freeColumn = (from: number) => {
    let c = from;
    while ((mergedDown[c] ?? 0) > 0) c++;
    return c;
  };
  const flush = () => {
    // A break inside a paragraph splits it: each part is a line on its own page.
    inlineText(text).split(PAGE_BREAK).forEach((part, i) => {
      if (i > 0) breakPending = true;
      const t = i > 0 ? part.trimStart() : part;
      if (cell) {
        if (t.trim()) cell.push(unmark(t).text.trim());
      } else if (t.length > 0) {
        const { text: clean, marks } = unmark(t);
        blocks.push({ kind: 'body', text: clean, page: pageNow(), ...(marks.length > 0 ? { marks } : {}) });
      }
    });
    text = '';
  };
  for (const token of html.split(/(<[^>]+>)/)) {
    if (!token.startsWith('<')) {
      text += token;
      continue;
    }
    const tag = /^<\/?([a-z0-9]+)/i.exec(token)?.[1]?.toLowerCase() ?? '';
    const closing = token.startsWith('</');
    if (tag === 'table') {
      flush();
      tableDepth += closing ? -1 : 1;
      if (!closing && tableDepth === 1) {
        tableId += 1;
        mergedDown = [];
      }
    } else if (tag === 'tr' && tableDepth === 1) {
      flush();
      if (!closing) {
        row = [];
        rowColumns = [];
        rowSpans = [];
        column = 0;
      } else if (row) {
        if (row.some((c) => c.length > 0)) blocks.push({ kind: 'table', text: row.join(' | '), cells: row, cellColumns: rowColumns, cellSpans: rowSpans, tableId, page: pageNow() });
        row = undefined;
        mergedDown = mergedDown.map((n) => Math.max(0, n - 1));
      }
    } else if ((tag === 'td' || tag === 'th') && tableDepth === 1) {
      flush();
      if (!closing) {
        cell = [];
        const span = Number(/colspan="(\d+)"/.exec(token)?.[1] ?? 1);
        const down = Number(/rowspan="(\d+)"/.exec(token)?.[1] ?? 1);
        column = freeColumn(column);
        rowColumns.push(column);
        rowSpans.push(span);
        // This row's own count is taken off when the row closes.
        for (let c = column; c < column + span; c++) mergedDown[c] = down;
        column += span;
      } else if (cell) {
        row?.push(cell.join(' '));
        cell = undefined;
      }
    } else if (/^(p|h[1-6]|li|br)$/.test(tag)) {
      if (closing || tag === 'br') flush();
    } else if (tag === 'sup' && cell) {
      // A footnote mark set in superscript in a table cell ("2.846" + "1") is no part of the value or label: read
      // flat it would make "2.8461". Note references (mammoth's links) were taken out before the walk.
      if (!closing) supStart = text.length;
      else if (supStart !== undefined && SUPERSCRIPT_MARK.test(text.slice(supStart)) && !/(?:^|\s)(?:k|c|d)?m$/.test(inlineText(text.slice(0, supStart)))) text = text.slice(0, supStart);
      if (closing) supStart = undefined;
    } else {
      text += token;
    }
  }
  flush();
  return blocks;
}

/** The DOCX with its page breaks marked (markPageBreaks), stored uncompressed for mammoth to open again. */
async function withPageBreaks(bytes: Uint8Array): Promise<Buffer> {
  const { default: JSZip } = await import('jszip');
  const zip = await JSZip.loadAsync(bytes);
  const document = zip.file('word/document.xml');
  if (!document) return Buffer.from(bytes);
  zip.file('word/document.xml', markPageBreaks(await document.async('string')));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
}

export async function readDocx(bytes: Uint8Array, report: Report): Promise<void> {
  const mammoth = await loadMammoth();
  const { value } = await mammoth.convertToHtml({ buffer: await withPageBreaks(bytes) });
  report.pages = pagesFromBlocks(blocksFromHtml(value));
}
