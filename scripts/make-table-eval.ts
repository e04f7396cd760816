/**
 * Builds the table evaluation documents: for each
 * fixtures/tables-eval/<set>/<name>.yaml, a short report (header block,
 * a few paragraphs, one or more real Word tables, signature block) as DOCX,
 * and its PDF through LibreOffice. The gold files beside them
 * (<name>.gold.csv) are written by hand, before any run; see the README there.
 *
 * A table cell is a string, or {t, span, merge} for merged cells (span:
 * columns; merge: 'restart' | 'continue' for a cell merged down). A '\n' in
 * a cell text starts a new paragraph in the cell (a header wrapped by hand).
 * `^{…}` in a cell or paragraph text is set as superscript (a footnote mark).
 *
 * Run: npx tsx scripts/make-table-eval.ts [set | set/name ...]   (needs `soffice` on PATH);
 * `set/name` builds that one document, leaving the set's other built files untouched.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, Document, Packer, PageOrientation, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, VerticalMergeType, WidthType,
} from 'docx';
import { parse } from 'yaml';
import { z } from 'zod';

const ROOT = fileURLToPath(new URL('../fixtures/tables-eval/', import.meta.url));
const FONT = 'Times New Roman';

const Cell = z.union([
  z.string(),
  z.number().transform(String),
  z.object({ t: z.union([z.string(), z.number().transform(String)]).default(''), span: z.number().int().positive().optional(), merge: z.enum(['restart', 'continue']).optional() }),
]);
type Cell = z.infer<typeof Cell>;

const TableSpec = z.object({
  caption: z.string().optional(),
  widths: z.array(z.number().positive()),
  header: z.array(z.array(Cell)).default([]),
  repeatHeader: z.boolean().default(true),
  rows: z.array(z.array(Cell)),
  /** Cell text size in half-points (a wide table set smaller, as real appendices are). */
  fontSize: z.number().int().positive().default(24),
  /** Body rows in bold (section rows, the total row): indexes into rows. */
  boldRows: z.array(z.number().int()).default([]),
  after: z.array(z.string()).default([]),
});

const Spec = z.object({
  issuer: z.array(z.string()).min(1),
  number: z.string(),
  placeDate: z.string(),
  title: z.array(z.string()).min(1),
  before: z.array(z.string()),
  tables: z.array(TableSpec).min(1),
  after: z.array(z.string()).default([]),
  signer: z.array(z.string()).default(['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']),
  /** A wide appendix set on a landscape A4 page. */
  landscape: z.boolean().default(false),
});
type Spec = z.infer<typeof Spec>;

function run(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun {
  return new TextRun({ text, font: FONT, size: options.size ?? 26, bold: options.bold, italics: options.italics });
}

/** Runs of a text: `^{…}` parts become superscript runs (footnote marks after a value or a label). */
function runs(text: string, options: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] {
  return text.split(/\^\{([^}]*)\}/).flatMap((part, i) => {
    if (part === '') return [];
    if (i % 2 === 0) return [run(part, options)];
    return [new TextRun({ text: part, font: FONT, size: options.size ?? 26, bold: options.bold, italics: options.italics, superScript: true })];
  });
}

function paragraph(text: string, options: { bold?: boolean; italics?: boolean; center?: boolean; size?: number } = {}): Paragraph {
  // A line starting with a roman or arabic section number is a heading: bold.
  const heading = options.bold ?? /^(?:[IVX]+\.|\d+\.)\s/.test(text);
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
    indent: options.center ? undefined : { firstLine: 567 },
    spacing: { after: 80 },
    children: runs(text, { ...options, bold: heading }),
  });
}

function tableCell(cell: Cell, width: number, options: { bold: boolean; center: boolean; size: number }): TableCell {
  const spec = typeof cell === 'string' ? { t: cell } : cell;
  const lines = spec.t === '' ? [''] : spec.t.split('\n');
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    columnSpan: spec.span,
    verticalMerge: spec.merge === 'restart' ? VerticalMergeType.RESTART : spec.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    children: lines.map((line) => new Paragraph({
      alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: runs(line, { bold: options.bold, size: options.size }),
    })),
  });
}

/** Widths of the cells of a row: a spanning cell takes the widths of the columns it covers. */
function cellWidths(cells: readonly Cell[], widths: readonly number[]): number[] {
  let column = 0;
  return cells.map((cell) => {
    const span = typeof cell === 'string' ? 1 : cell.span ?? 1;
    const width = widths.slice(column, column + span).reduce((a, b) => a + b, 0);
    column += span;
    return width;
  });
}

/** Columns a row covers (spans counted): a YAML flow list split at a comma inside a label shows up here. */
function checkWidth(cells: readonly Cell[], spec: z.infer<typeof TableSpec>, where: string): void {
  const covered = cells.reduce<number>((sum, c) => sum + (typeof c === 'string' ? 1 : c.span ?? 1), 0);
  if (covered !== spec.widths.length) throw new Error(`${where}: ${covered} columns, expected ${spec.widths.length}: ${JSON.stringify(cells)}`);
}

function buildTable(spec: z.infer<typeof TableSpec>, name: string): Table {
  for (const cells of [...spec.header, ...spec.rows]) checkWidth(cells, spec, name);
  const rows: TableRow[] = [];
  for (const cells of spec.header) {
    const widths = cellWidths(cells, spec.widths);
    rows.push(new TableRow({ tableHeader: spec.repeatHeader, children: cells.map((c, i) => tableCell(c, widths[i], { bold: true, center: true, size: spec.fontSize })) }));
  }
  spec.rows.forEach((cells, r) => {
    const widths = cellWidths(cells, spec.widths);
    const bold = spec.boldRows.includes(r);
    rows.push(new TableRow({
      cantSplit: true,
      children: cells.map((c, i) => {
        const text = typeof c === 'string' ? c : c.t;
        const numeric = /^[\d.,%\s()–-]*$/.test(text.replace(/\^\{[^}]*\}/g, ''));
        return tableCell(c, widths[i], { bold, center: numeric && text !== '', size: spec.fontSize });
      }),
    }));
  });
  return new Table({ width: { size: spec.widths.reduce((a, b) => a + b, 0), type: WidthType.DXA }, columnWidths: spec.widths, rows });
}

/** The header block: issuer and number on the left, national motto and place/date on the right (a borderless table, as in real reports). */
function headerBlock(spec: Spec): Table {
  const left = [...spec.issuer.map((t) => paragraph(t, { bold: true, center: true, size: 24 })), paragraph(`Số: ${spec.number}`, { center: true, size: 24, bold: false })];
  const right = [
    paragraph('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', { bold: true, center: true, size: 24 }),
    paragraph('Độc lập - Tự do - Hạnh phúc', { bold: true, center: true, size: 24 }),
    paragraph(spec.placeDate, { italics: true, center: true, size: 24, bold: false }),
  ];
  const cell = (children: Paragraph[], width: number) => new TableCell({ width: { size: width, type: WidthType.DXA }, borders: TableBorders.NONE, children });
  return new Table({
    borders: TableBorders.NONE,
    width: { size: 9300, type: WidthType.DXA },
    columnWidths: [3700, 5600],
    rows: [new TableRow({ children: [cell(left, 3700), cell(right, 5600)] })],
  });
}

async function build(dir: string, name: string): Promise<void> {
  const spec = Spec.parse(parse(readFileSync(`${dir}${name}.yaml`, 'utf8')));
  const children: Array<Paragraph | Table> = [headerBlock(spec), paragraph('', { center: true })];
  spec.title.forEach((t, i) => children.push(paragraph(t, { bold: true, center: true, size: i === 0 ? 28 : 26 })));
  for (const text of spec.before) children.push(paragraph(text));
  for (const table of spec.tables) {
    if (table.caption) children.push(paragraph(table.caption, { bold: true, center: true }));
    children.push(buildTable(table, name));
    for (const text of table.after) children.push(paragraph(text));
  }
  for (const text of spec.after) children.push(paragraph(text));
  children.push(paragraph('Nơi nhận:', { bold: true, size: 22 }));
  children.push(paragraph('- Như trên;', { size: 22, bold: false }));
  children.push(paragraph('- Lưu: VT.', { size: 22, bold: false }));
  for (const line of spec.signer) children.push(paragraph(line, { bold: true, center: true }));
  const doc = new Document({
    sections: [{
      properties: {
        page: {
          size: spec.landscape ? { orientation: PageOrientation.LANDSCAPE, width: 11906, height: 16838 } : undefined,
          margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 },
        },
      },
      children,
    }],
  });
  const docx = `${dir}${name}.docx`;
  writeFileSync(docx, await Packer.toBuffer(doc));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', dir, docx], { stdio: 'ignore' });
}

const targets = process.argv.slice(2);
for (const target of targets.length > 0 ? targets : readdirSync(ROOT, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)) {
  const [set, name] = target.split('/');
  const dir = `${ROOT}${set}/`;
  const names = name ? [name] : readdirSync(dir).filter((f) => f.endsWith('.yaml')).sort().map((f) => f.replace(/\.yaml$/, ''));
  for (const one of names) await build(dir, one);
}
