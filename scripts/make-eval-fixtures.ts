/**
 * Builds the evaluation set (issue 9): every fixtures/eval/<half>/<name>.src.md
 * becomes <name>.txt, <name>.docx and <name>.pdf beside it, so one gold file
 * (<name>.gold.csv) scores the same report in three formats.
 *
 * Source markup (fixtures/eval/README.md has the full description): one
 * paragraph per line; `left || right` lines make a borderless two-column block
 * (the header block, the signature block); lines starting with `|` make a
 * table; `[^n]` glued to a word is a footnote reference and `[^n]: text` its
 * body; `<<<pagebreak>>>` forces a new page.
 *
 * - TXT looks like a text export: paragraphs wrapped at 90 columns, pages of
 *   50 lines separated by form feeds, footnote digits glued to the word before
 *   them and footnote bodies at the foot of the page of their reference.
 * - DOCX has bold headings, real Word footnotes and tables, Times New Roman
 *   13 pt on A4, fixed metadata dates (the bytes do not change between runs).
 * - PDF is the DOCX printed by LibreOffice, kept unchanged when only its
 *   creation date and file id differ from the committed one.
 *
 * The gold file is checked too: rows valid, keys in the catalogue, and each
 * value readable from some number in the source (a warning, to catch
 * conversion slips such as 2.173 triệu → 2173000000).
 *
 * Run: npx tsx scripts/make-eval-fixtures.ts [dir...]   (needs `soffice`)
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  AlignmentType, BorderStyle, Document, FootnoteReferenceRun, Packer, PageBreak, Paragraph, Table, TableCell, TableRow,
  TextRun, WidthType,
} from 'docx';
import { z } from 'zod';
import { readCsv } from '../src/eval/csv.js';
import { catalogue } from '../src/model/catalogue.js';
import { GoldRow } from '../src/model/schemas.js';

const EVAL_DIR = fileURLToPath(new URL('../fixtures/eval/', import.meta.url));
const DEFAULT_DIRS = ['sealed-1', 'sealed-2', 'tuning'].map((half) => join(EVAL_DIR, half));

// ---------------------------------------------------------------- markup

type Inline = { text: string } | { footnote: number };

type Block =
  | { kind: 'columns'; rows: [string, string][] }
  | { kind: 'title'; text: string }
  | { kind: 'heading'; inlines: Inline[] }
  | { kind: 'paragraph'; inlines: Inline[] }
  | { kind: 'table'; rows: string[][] }
  | { kind: 'pagebreak' };

interface Source {
  blocks: Block[];
  /** Footnote bodies by number (1..n, in order of reference). */
  footnotes: Map<number, string>;
}

const HEADING = /^([IVX]+\.|\d+(\.\d+)*\.|[a-zđ]\))\s/;
const FOOTNOTE_DEF = /^\[\^(\d+)\]:\s*(.+)$/;
const FOOTNOTE_REF = /\[\^(\d+)\]/g;
const PAGEBREAK = '<<<pagebreak>>>';
const COLUMNS = ' || ';
/** A line with no lowercase letter ("BÁO CÁO", "ỦY BAN NHÂN DÂN"). */
const isCaps = (text: string): boolean => /\p{L}/u.test(text) && text === text.toLocaleUpperCase('vi');

const SourceShape = z.object({
  refs: z.array(z.number().int()),
  defs: z.map(z.number().int(), z.string().min(1)),
  tableCells: z.array(z.string()),
}).superRefine(({ refs, defs, tableCells }, ctx) => {
  refs.forEach((n, i) => {
    if (n !== i + 1) ctx.addIssue({ code: 'custom', message: `footnote reference [^${n}] is number ${i + 1} in reading order` });
    if (!defs.has(n)) ctx.addIssue({ code: 'custom', message: `footnote [^${n}] has no body line` });
  });
  for (const n of defs.keys()) {
    if (!refs.includes(n)) ctx.addIssue({ code: 'custom', message: `footnote body [^${n}] is never referenced` });
  }
  for (const cell of tableCells) {
    if (FOOTNOTE_REF.test(cell)) ctx.addIssue({ code: 'custom', message: `footnote reference inside a table cell: ${cell}` });
    FOOTNOTE_REF.lastIndex = 0;
  }
});

function inlinesOf(line: string, refs: number[]): Inline[] {
  const out: Inline[] = [];
  let at = 0;
  for (const m of line.matchAll(FOOTNOTE_REF)) {
    if (m.index > at) out.push({ text: line.slice(at, m.index) });
    out.push({ footnote: Number(m[1]) });
    refs.push(Number(m[1]));
    at = m.index + m[0].length;
  }
  if (at < line.length) out.push({ text: line.slice(at) });
  return out;
}

const cellsOf = (line: string): string[] => line.trim().replace(/^\|/, '').replace(/\|$/, '').split('|').map((c) => c.trim());

export function parseSource(text: string, file: string): Source {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trimEnd());
  const blocks: Block[] = [];
  const refs: number[] = [];
  const defs = new Map<number, string>();
  const tableCells: string[] = [];
  // Title zone: the caps title after the header block ("BÁO CÁO") and the short lines that follow it.
  let titleOpen = false;
  let seenBody = false;
  for (const line of lines) {
    if (line.trim() === '') continue;
    const last = blocks.at(-1);
    const def = FOOTNOTE_DEF.exec(line);
    if (def) {
      defs.set(Number(def[1]), def[2].trim());
    } else if (line.trim() === PAGEBREAK) {
      blocks.push({ kind: 'pagebreak' });
    } else if (line.includes(COLUMNS)) {
      const [left, right = ''] = line.split(COLUMNS).map((c) => c.trim());
      if (last?.kind === 'columns') last.rows.push([left, right]);
      else blocks.push({ kind: 'columns', rows: [[left, right]] });
    } else if (line.startsWith('|')) {
      const cells = cellsOf(line);
      if (cells.every((c) => /^:?-+:?$/.test(c))) continue;
      tableCells.push(...cells);
      if (last?.kind === 'table') last.rows.push(cells);
      else blocks.push({ kind: 'table', rows: [cells] });
    } else if (HEADING.test(line)) {
      blocks.push({ kind: 'heading', inlines: inlinesOf(line, refs) });
      seenBody = true;
      titleOpen = false;
    } else {
      // press item: first line, no header block; an excerpt that opens mid-sentence (lost first page) has none
      const headline = !seenBody && blocks.length === 0 && !/^\p{Ll}/u.test(line.trim());
      const title = !seenBody && !line.includes('[^')
        && (headline || isCaps(line) || (titleOpen && line.length < 130 && !/[.:;]$/.test(line)));
      if (title) {
        blocks.push({ kind: 'title', text: line.trim() });
        titleOpen = true;
      } else {
        blocks.push({ kind: 'paragraph', inlines: inlinesOf(line, refs) });
        seenBody = true;
        titleOpen = false;
      }
    }
  }
  const checked = SourceShape.safeParse({ refs, defs, tableCells });
  if (!checked.success) throw new Error(`${file}: ${checked.error.issues.map((i) => i.message).join('; ')}`);
  return { blocks, footnotes: defs };
}

// ---------------------------------------------------------------- TXT

const WIDTH = 90;
const PAGE_LINES = 50;

function wrap(text: string, width = WIDTH): string[] {
  const out: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

const center = (text: string, width: number): string => ' '.repeat(Math.max(0, Math.floor((width - text.length) / 2))) + text;

/** Each output line, with the footnotes first referenced on it. */
interface TxtLine { text: string; notes: number[] }

function bodyLines(block: Block): TxtLine[] | 'pagebreak' {
  switch (block.kind) {
    case 'pagebreak': return 'pagebreak';
    case 'columns': return block.rows.map(([l, r]) => ({ text: `${center(l, 40).padEnd(42)}${center(r, 48)}`.trimEnd(), notes: [] }));
    case 'title': return wrap(block.text, 80).map((text) => ({ text: center(text, WIDTH), notes: [] }));
    case 'table': return block.rows.map((cells) => ({ text: cells.join(' | '), notes: [] }));
    case 'heading':
    case 'paragraph': {
      // Mark each reference so the wrapped line holding it is known; the digits stay glued to the word.
      const marked = block.inlines.map((p) => ('text' in p ? p.text : `\u0002${p.footnote}\u0003`)).join('');
      return wrap(marked).map((line) => ({
        text: line.replace(/[\u0002\u0003]/g, ''),
        notes: [...line.matchAll(/\u0002(\d+)\u0003/g)].map((m) => Number(m[1])),
      }));
    }
  }
}

export function renderTxt(source: Source): string {
  const pages: string[][] = [];
  let body: string[] = [];
  let foot: string[] = [];
  const flush = (): void => {
    while (body.at(-1) === '') body.pop();
    pages.push(foot.length ? [...body, '', ...foot] : body);
    body = [];
    foot = [];
  };
  for (const block of source.blocks) {
    const lines = bodyLines(block);
    if (lines === 'pagebreak') {
      flush();
      continue;
    }
    if (block.kind !== 'columns' && body.length > 0) lines.unshift({ text: '', notes: [] }); // paragraph gap only between blocks
    for (const line of lines) {
      const notes = line.notes.flatMap((n) => wrap(`${n} ${source.footnotes.get(n)}`));
      const used = body.length + 1 + (foot.length + notes.length > 0 ? 1 + foot.length + notes.length : 0);
      if (used > PAGE_LINES && body.length > 0) flush();
      if (line.text === '' && body.length === 0) continue;
      body.push(line.text);
      foot.push(...notes);
    }
  }
  if (body.length) flush();
  return `${pages.map((p) => p.join('\n')).join('\n\f')}\n`;
}

// ---------------------------------------------------------------- DOCX

const FONT = 'Times New Roman';
const SIZE = 26; // half-points: 13 pt
const LINE_SPACING = 312; // 240ths of a line: 1.3 lines, as administrative documents are usually set
const A4 = { width: 11906, height: 16838 };
const MARGIN = { top: 1134, bottom: 1134, left: 1701, right: 1134 };
const TEXT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NO_BORDER, bottom: NO_BORDER, left: NO_BORDER, right: NO_BORDER, insideHorizontal: NO_BORDER, insideVertical: NO_BORDER };

function runs(inlines: Inline[], bold = false): (TextRun | FootnoteReferenceRun)[] {
  return inlines.map((p) => ('text' in p ? new TextRun({ text: p.text, bold }) : new FootnoteReferenceRun(p.footnote)));
}

const bodyParagraph = (inlines: Inline[], bold: boolean): Paragraph => new Paragraph({
  alignment: AlignmentType.JUSTIFIED,
  indent: { firstLine: 567 },
  spacing: { before: 120, after: 0 },
  children: runs(inlines, bold),
});

function columnsTable(rows: [string, string][]): Table {
  const half = [Math.round(TEXT_WIDTH * 0.42), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.42)];
  const column = (side: 0 | 1): Paragraph[] => rows.map((row, i) => {
    const text = row[side];
    const caps = isCaps(text) || /^Độc lập/.test(text);
    // The issuer's first line (ỦY BAN NHÂN DÂN) is plain; the unit name under it and the motto are bold.
    const bold = caps && !(side === 0 && i === 0 && rows.length > 1 && isCaps(rows[1][0]));
    return new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text, bold, italics: side === 1 && /ngày\s+\d/.test(text), size: side === 1 && /ngày\s+\d/.test(text) ? SIZE : 24 })],
    });
  });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: half,
    borders: NO_BORDERS,
    rows: [new TableRow({
      children: ([0, 1] as const).map((side) => new TableCell({ width: { size: half[side], type: WidthType.DXA }, borders: NO_BORDERS, children: column(side) })),
    })],
  });
}

function dataTable(rows: string[][]): Table {
  const columns = Math.max(...rows.map((r) => r.length));
  const widths = Array.from({ length: columns }, (_, i): number => (i === 0 && columns > 2 ? 700 : 0));
  const rest = Math.floor((TEXT_WIDTH - widths.reduce((a, b) => a + b, 0)) / widths.filter((w) => w === 0).length);
  const columnWidths = widths.map((w) => w || rest);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths,
    rows: rows.map((cells, r) => new TableRow({
      tableHeader: r === 0,
      cantSplit: true,
      children: columnWidths.map((width, c) => new TableCell({
        width: { size: width, type: WidthType.DXA },
        margins: { top: 40, bottom: 40, left: 80, right: 80 },
        children: [new Paragraph({
          alignment: c === 0 || /^[\d.,%\s/]+$/.test(cells[c] ?? '') ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [new TextRun({ text: cells[c] ?? '', bold: r === 0, size: 24 })],
        })],
      })),
    })),
  });
}

function docxChildren(source: Source): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of source.blocks) {
    switch (block.kind) {
      case 'pagebreak': out.push(new Paragraph({ children: [new PageBreak()] })); break;
      case 'columns': out.push(columnsTable(block.rows), new Paragraph({ children: [] })); break;
      case 'title': out.push(new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: block.text, bold: true })] })); break;
      case 'heading': out.push(bodyParagraph(block.inlines, true)); break;
      case 'paragraph': out.push(bodyParagraph(block.inlines, false)); break;
      case 'table': out.push(dataTable(block.rows), new Paragraph({ children: [] })); break;
    }
  }
  return out;
}

/** 2025-01-01T00:00:00Z: docx stamps core.xml with `new Date()` and every zip entry with `Date.now()`. */
const FIXED_TIME = Date.UTC(2025, 0, 1);

async function withFixedClock<T>(make: () => Promise<T>): Promise<T> {
  const RealDate = Date;
  class FixedDate extends RealDate {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(FIXED_TIME);
      else super(...(args as [string]));
    }
    static override now(): number {
      return FIXED_TIME;
    }
  }
  globalThis.Date = FixedDate as DateConstructor;
  try {
    return await make();
  } finally {
    globalThis.Date = RealDate;
  }
}

export function renderDocx(source: Source, title: string): Promise<Buffer> {
  return withFixedClock(() => {
    const doc = new Document({
      creator: 'cchc-extract eval fixtures',
      title,
      styles: {
        default: { document: { run: { font: FONT, size: SIZE }, paragraph: { spacing: { line: LINE_SPACING } } } },
        paragraphStyles: [{ id: 'FootnoteText', name: 'footnote text', basedOn: 'Normal', run: { size: 22 }, paragraph: { spacing: { line: 240 } } }],
      },
      footnotes: Object.fromEntries([...source.footnotes].map(([n, text]) => [n, {
        children: [new Paragraph({ alignment: AlignmentType.JUSTIFIED, style: 'FootnoteText', children: [new TextRun({ text, size: 22 })] })],
      }])),
      sections: [{
        properties: { page: { size: A4, margin: MARGIN } },
        children: docxChildren(source),
      }],
    });
    return Packer.toBuffer(doc);
  });
}

// ---------------------------------------------------------------- PDF

/** LibreOffice stamps each PDF with its creation time, a random id and a checksum of both: ignore those when comparing. */
const pdfIdentity = (pdf: Buffer): string => pdf.toString('latin1')
  .replace(/\/CreationDate\s*\(D:[^)]*\)/g, '')
  .replace(/\/DocChecksum\s*\/[0-9A-Fa-f]+/g, '')
  .replace(/\/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]/g, '');

/** Prints the DOCX files with one LibreOffice call, in a private profile so parallel soffice runs do not collide. */
function printPdfs(docxFiles: string[], outDir: string): void {
  if (docxFiles.length === 0) return;
  const work = mkdtempSync(join(tmpdir(), 'cchc-eval-pdf-'));
  try {
    execFileSync('soffice', [
      `-env:UserInstallation=${pathToFileURL(join(work, 'profile')).href}`,
      '--headless', '--convert-to', 'pdf', '--outdir', work, ...docxFiles,
    ], { stdio: 'ignore' });
    for (const docx of docxFiles) {
      const name = basename(docx).replace(/\.docx$/, '.pdf');
      const fresh = readFileSync(join(work, name));
      const target = join(outDir, name);
      if (existsSync(target) && pdfIdentity(readFileSync(target)) === pdfIdentity(fresh)) continue;
      writeFileSync(target, fresh);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- gold

/** 4.218,6 tỷ is 4218.6 × 1e9 = 4218599999999.9995 in floating point: compare at 12 significant digits. */
const comparable = (value: number): number => Number(value.toPrecision(12));

/** Every value a number token of the source can stand for: 57.286, 99,48, 2.173 (triệu), 1,2 (tỷ). */
function sourceValues(text: string): Set<number> {
  const values = new Set<number>();
  for (const [token] of text.matchAll(/\d+(?:[.,]\d+)*/g)) {
    const vietnamese = Number(token.replace(/\./g, '').replace(',', '.'));
    for (const base of [vietnamese, Number(token.replace(/,/g, ''))]) {
      if (!Number.isFinite(base)) continue;
      for (const scale of [1, 1e3, 1e6, 1e9]) values.add(comparable(base * scale));
    }
  }
  return values;
}

function checkGold(goldFile: string, sourceText: string): number {
  const rows = readCsv(goldFile, GoldRow);
  const values = sourceValues(sourceText.replace(FOOTNOTE_REF, ''));
  for (const { line, row } of rows) {
    if (!catalogue.has(row.indicator)) throw new Error(`${goldFile}:${line}: unknown indicator ${row.indicator}`);
    if ((row.period_start === '') !== (row.period_end === '')) throw new Error(`${goldFile}:${line}: period needs both ends or neither`);
    if (!values.has(comparable(row.value))) console.warn(`warning ${goldFile}:${line}: ${row.value} is no number of the source`);
  }
  return rows.length;
}

// ---------------------------------------------------------------- main

async function buildDir(dir: string): Promise<void> {
  const names = readdirSync(dir).filter((f) => f.endsWith('.src.md')).map((f) => f.slice(0, -'.src.md'.length)).sort();
  const docxFiles: string[] = [];
  for (const name of names) {
    const sourceFile = join(dir, `${name}.src.md`);
    const text = readFileSync(sourceFile, 'utf8');
    const source = parseSource(text, sourceFile);
    const goldFile = join(dir, `${name}.gold.csv`);
    const gold = existsSync(goldFile) ? checkGold(goldFile, text) : 0;
    if (gold === 0) console.warn(`warning ${sourceFile}: no gold rows`);
    writeFileSync(join(dir, `${name}.txt`), renderTxt(source));
    const docx = join(dir, `${name}.docx`);
    writeFileSync(docx, await renderDocx(source, name));
    docxFiles.push(docx);
    console.log(`${name}: ${source.footnotes.size} footnotes, ${gold} gold figures`);
  }
  printPdfs(docxFiles, dir);
}

const dirs = process.argv.slice(2).map((d) => resolve(d));
for (const dir of dirs.length ? dirs : DEFAULT_DIRS) {
  if (existsSync(dir)) await buildDir(dir);
}
