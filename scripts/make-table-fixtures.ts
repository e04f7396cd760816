/**
 * Builds the appendix-table fixtures: for each fixtures/tables/<name>.yaml
 * (the appendix rows of a corpus sample), a DOCX with a real Word table
 * (STT | Chỉ tiêu thống kê | Đơn vị tính | Số liệu | Ghi chú, two header rows,
 * per-level sub-rows, long enough to span pages) and its PDF (LibreOffice).
 *
 * The two samples are laid out differently on purpose, as real reports are:
 * - tho-xuan: header rows marked to repeat on every page; "Trong đó" in the
 *   STT cell of the first sub-row.
 * - ha-hoa: header not repeated by Word (continuation pages start without
 *   one) but typed again once in the middle of the table, as in documents
 *   pasted together; "Trong đó" on a row of its own.
 *
 * Run: npx tsx scripts/make-table-fixtures.ts   (needs `soffice` on PATH)
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  AlignmentType, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalMergeType, WidthType,
} from 'docx';
import { parse } from 'yaml';
import { z } from 'zod';

const DIR = fileURLToPath(new URL('../fixtures/tables/', import.meta.url));

const AppendixFile = z.object({
  title: z.string(),
  source: z.string(),
  rows: z.array(z.object({
    line: z.number().int().positive(),
    code: z.string().default(''),
    label: z.string().default(''),
    unit: z.string().default(''),
    value: z.string().default(''),
    note: z.string().default(''),
  })),
});
type AppendixRow = z.infer<typeof AppendixFile>['rows'][number];

interface Layout {
  name: string;
  repeatHeader: boolean;
  /** Row index before which the header rows are typed again. */
  typedHeaderAt?: number;
  breakdownInCodeCell: boolean;
}

const LAYOUTS: Layout[] = [
  { name: 'tho-xuan-appendix', repeatHeader: true, breakdownInCodeCell: true },
  { name: 'ha-hoa-appendix', repeatHeader: false, typedHeaderAt: 60, breakdownInCodeCell: false },
];

const WIDTHS = [900, 4700, 1500, 1200, 1000]; // twips: STT, label, unit, value, note
const MARGINS = { top: 40, bottom: 40, left: 80, right: 80 };
const FONT = 'Times New Roman';

function cell(text: string, options: { bold?: boolean; width: number; center?: boolean; span?: number; merge?: 'restart' | 'continue' }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    margins: MARGINS,
    columnSpan: options.span,
    verticalMerge: options.merge === 'restart' ? VerticalMergeType.RESTART : options.merge === 'continue' ? VerticalMergeType.CONTINUE : undefined,
    children: [new Paragraph({
      alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
      children: [new TextRun({ text, bold: options.bold, font: FONT, size: 24 })],
    })],
  });
}

function headerRows(repeat: boolean): TableRow[] {
  const bold = { bold: true, center: true };
  return [
    new TableRow({
      tableHeader: repeat,
      children: [
        cell('STT', { ...bold, width: WIDTHS[0], merge: 'restart' }),
        cell('Chỉ tiêu thống kê (Sử dụng trong kỳ báo cáo hàng quý, 6 tháng, 9 tháng, năm)', { ...bold, width: WIDTHS[1], merge: 'restart' }),
        cell('Kết quả thống kê', { ...bold, width: WIDTHS[2] + WIDTHS[3], span: 2 }),
        cell('Ghi chú', { ...bold, width: WIDTHS[4], merge: 'restart' }),
      ],
    }),
    new TableRow({
      tableHeader: repeat,
      children: [
        cell('', { width: WIDTHS[0], merge: 'continue' }),
        cell('', { width: WIDTHS[1], merge: 'continue' }),
        cell('Đơn vị tính', { ...bold, width: WIDTHS[2] }),
        cell('Số liệu', { ...bold, width: WIDTHS[3] }),
        cell('', { width: WIDTHS[4], merge: 'continue' }),
      ],
    }),
  ];
}

/** Rows of the Word table: "Trong đó" moves into the STT cell of the next row when the layout says so. */
function bodyCells(rows: readonly AppendixRow[], layout: Layout): string[][] {
  const out: string[][] = [];
  let pendingBreakdown = false;
  for (const row of rows) {
    const breakdown = /^Trong đó\s*/.exec(row.label);
    if (layout.breakdownInCodeCell && breakdown && row.code === '') {
      const rest = row.label.slice(breakdown[0].length);
      if (rest === '' && row.value === '') {
        pendingBreakdown = true;
        continue;
      }
      out.push(['Trong đó', rest, row.unit, row.value, row.note]);
      continue;
    }
    out.push([pendingBreakdown ? 'Trong đó' : row.code, row.label, row.unit, row.value, row.note]);
    pendingBreakdown = false;
  }
  return out;
}

async function build(layout: Layout): Promise<void> {
  const data = AppendixFile.parse(parse(readFileSync(`${DIR}${layout.name}.yaml`, 'utf8')));
  const rows: TableRow[] = [...headerRows(layout.repeatHeader)];
  bodyCells(data.rows, layout).forEach((cells, i) => {
    if (i === layout.typedHeaderAt) rows.push(...headerRows(false));
    const section = /^\d+\.?$/.test(cells[0]);
    rows.push(new TableRow({
      cantSplit: true,
      children: cells.map((text, c) => cell(text, { width: WIDTHS[c], bold: section, center: c === 0 || c >= 2 })),
    }));
  });
  const doc = new Document({
    sections: [{
      properties: { page: { margin: { top: 1134, bottom: 1134, left: 1418, right: 1134 } } },
      children: [
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: data.title, bold: true, font: FONT, size: 26 })] }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: `(Kèm theo báo cáo; số liệu chép từ ${data.source})`, italics: true, font: FONT, size: 24 })] }),
        new Table({ width: { size: WIDTHS.reduce((a, b) => a + b), type: WidthType.DXA }, columnWidths: WIDTHS, rows }),
      ],
    }],
  });
  const docx = `${DIR}${layout.name}.docx`;
  writeFileSync(docx, await Packer.toBuffer(doc));
  execFileSync('soffice', ['--headless', '--convert-to', 'pdf', '--outdir', DIR, docx], { stdio: 'ignore' });
}

for (const layout of LAYOUTS) await build(layout);
