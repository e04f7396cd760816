/**
 * Word documents with mammoth: its HTML is simple and regular (p, h1–h6,
 * li, table/tr/td, sup/a for notes), so a small tag walk turns it into lines
 * in document order. Table rows become one line each (kind='table', cells);
 * footnotes and endnotes go at the end (kind='footnote', footnote=N) and their
 * reference marks stay in the body as the number glued to the word before,
 * as in PDF text. Word has no pages: everything is page 1.
 */
import type { Page, Report, SourceLine } from '../model/report.js';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00A0' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

interface Block {
  kind: 'body' | 'table' | 'footnote';
  text: string;
  cells?: string[];
  /** First grid column and columns covered of each cell (merged cells counted); parallel to `cells`. */
  cellColumns?: number[];
  cellSpans?: number[];
  tableId?: number;
  footnote?: number;
}

const NOTE_LIST = /<li id="(footnote|endnote)-([^"]+)">([\s\S]*?)<\/li>/g;
const NOTE_REF = /<sup><a href="#(footnote|endnote)-([^"]+)" id="[^"]*">\[?([^\]<]*)\]?<\/a><\/sup>/g;

/** Lines of mammoth HTML, in document order, notes last. */
export function blocksFromHtml(html: string): Block[] {
  // Notes: numbered in order of reference; their bodies are taken out of the flow.
  const numbers = new Map<string, number>();
  let counter = 0;
  let body = html.replace(NOTE_REF, (_m, type: string, id: string) => {
    const key = `${type}-${id}`;
    if (!numbers.has(key)) numbers.set(key, ++counter);
    return String(numbers.get(key));
  });
  const notes: Block[] = [];
  body = body.replace(NOTE_LIST, (_m, type: string, id: string, inner: string) => {
    const n = numbers.get(`${type}-${id}`) ?? ++counter;
    const withoutBackLink = inner.replace(/\s*<a href="#(?:footnote|endnote)-ref-[^"]*">[^<]*<\/a>/g, '');
    for (const text of paragraphTexts(withoutBackLink)) notes.push({ kind: 'footnote', text, footnote: n });
    return '';
  });
  notes.forEach((note, i) => {
    // The first line of a note carries its number, like a footnote body in a PDF.
    if (i === 0 || notes[i - 1].footnote !== note.footnote) note.text = `${note.footnote} ${note.text}`;
  });
  return [...walk(body), ...notes];
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

function walk(html: string): Block[] {
  const blocks: Block[] = [];
  let tableDepth = 0;
  let tableId = 0;
  let row: string[] | undefined;
  let rowColumns: number[] = [];
  let rowSpans: number[] = [];
  let cell: string[] | undefined;
  let text = '';
  // Grid columns taken by a cell merged down from a row above: rows left to cover, per column.
  let mergedDown: number[] = [];
  let column = 0;
  const freeColumn = (from: number) => {
    let c = from;
    while ((mergedDown[c] ?? 0) > 0) c++;
    return c;
  };
  const flush = () => {
    const t = inlineText(text);
    text = '';
    if (cell) {
      if (t.trim()) cell.push(t.trim());
    } else if (t.length > 0) {
      blocks.push({ kind: 'body', text: t });
    }
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
        if (row.some((c) => c.length > 0)) blocks.push({ kind: 'table', text: row.join(' | '), cells: row, cellColumns: rowColumns, cellSpans: rowSpans, tableId });
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
    } else {
      text += token;
    }
  }
  flush();
  return blocks;
}

export async function readDocx(bytes: Uint8Array, report: Report): Promise<void> {
  // Loaded on first use (~80 ms): a worker that only reads PDFs never loads it.
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const page: Page = { number: 1, lines: [] };
  let offset = 0;
  blocksFromHtml(value).forEach((block, i) => {
    const line: SourceLine = { page: 1, line: i + 1, offset, text: block.text, raw: block.text, kind: block.kind };
    if (block.cells) {
      line.cells = block.cells;
      line.cellColumns = block.cellColumns;
      line.cellSpans = block.cellSpans;
      line.tableId = block.tableId;
    }
    if (block.footnote !== undefined) line.footnote = block.footnote;
    page.lines.push(line);
    offset += block.text.length + 1;
  });
  report.pages = [page];
}
