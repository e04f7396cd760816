/**
 * Word documents with mammoth: its HTML is simple and regular (p, h1–h6,
 * li, table/tr/td, sup/a for notes), so a small tag walk turns it into lines
 * in document order. Table rows become one line each (kind='table', cells);
 * footnotes and endnotes go at the end (kind='footnote', footnote=N) and their
 * reference marks stay in the body as the number glued to the word before,
 * as in PDF text. Pages come from the page breaks Word records (see
 * markPageBreaks); the notes are on the last page.
 */
import type { Report } from '../model/report.js';
import { pagesFromBlocks } from './blocks.js';

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
  tableId?: number;
  footnote?: number;
  page?: number;
}

/** Stands for a page break in the document XML and mammoth's HTML; no report text holds it (Private Use Area). */
const PAGE_BREAK = '\uE000';

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
  let cell: string[] | undefined;
  let text = '';
  let page = 1;
  let breakPending = false;
  /** The page of a block that starts now: after a page break, the next one. */
  const pageNow = () => {
    if (breakPending) page += 1;
    breakPending = false;
    return page;
  };
  const flush = () => {
    // A break inside a paragraph splits it: each part is a line on its own page.
    inlineText(text).split(PAGE_BREAK).forEach((part, i) => {
      if (i > 0) breakPending = true;
      const t = i > 0 ? part.trimStart() : part;
      if (cell) {
        if (t.trim()) cell.push(t.trim());
      } else if (t.length > 0) {
        blocks.push({ kind: 'body', text: t, page: pageNow() });
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
      if (!closing && tableDepth === 1) tableId += 1;
    } else if (tag === 'tr' && tableDepth === 1) {
      flush();
      if (!closing) row = [];
      else if (row) {
        if (row.some((c) => c.length > 0)) blocks.push({ kind: 'table', text: row.join(' | '), cells: row, tableId, page: pageNow() });
        row = undefined;
      }
    } else if ((tag === 'td' || tag === 'th') && tableDepth === 1) {
      flush();
      if (!closing) cell = [];
      else if (cell) {
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
  // Loaded on first use (~80 ms): a worker that only reads PDFs never loads it.
  const { default: mammoth } = await import('mammoth');
  const { value } = await mammoth.convertToHtml({ buffer: await withPageBreaks(bytes) });
  const blocks = blocksFromHtml(value);
  // The notes follow the body, on its last page.
  const lastPage = Math.max(1, ...blocks.map((block) => block.page ?? 1));
  report.pages = pagesFromBlocks(blocks.map((block) => (block.kind === 'footnote' && block.page === undefined ? { ...block, page: lastPage } : block)));
}
