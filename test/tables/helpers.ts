/** Shared helpers of the table tests: read a fixture through the real readers and normalise stage. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import type { Report, SourceLine } from '../../src/model/report.js';
import { readReport } from '../../src/read/index.js';
import { pagesFromText } from '../../src/read/txt.js';
import { normalise } from '../../src/text/repair.js';
import { runStages } from '../../src/pipeline.js';
import { readCellTables } from '../../src/tables/cells.js';
import type { GridContext } from '../../src/tables/grid.js';
import { mapRows } from '../../src/tables/map.js';
import { readLaidOutTables } from '../../src/tables/pdf.js';
import { resolveRows, type RawRow } from '../../src/tables/rows.js';

export const fixture = (path: string) => fileURLToPath(new URL(`../../fixtures/${path}`, import.meta.url));

export async function readNormalised(path: string): Promise<Report> {
  const report = await readReport(fixture(path), { sourceFile: path });
  return runStages(report, {}, [normalise]);
}

const Appendix = z.object({
  rows: z.array(z.object({
    line: z.number(),
    code: z.string().default(''),
    label: z.string().default(''),
    unit: z.string().default(''),
    value: z.string().default(''),
    note: z.string().default(''),
  })),
});

/** The appendix rows of a sample as transcribed in fixtures/tables/<name>.yaml. */
export function appendixRows(name: string): RawRow[] {
  const data = Appendix.parse(parse(readFileSync(fixture(`tables/${name}.yaml`), 'utf8')));
  return data.rows.map(({ line, ...cells }) => ({ table: 'T1', ...cells, place: { page: 1, line, start: 0, end: 0 }, text: '' }));
}

/** What a row means once read: code, label, unit, value, level, indicator (positions left out). */
export function meanings(rows: readonly RawRow[]): string[] {
  const entries = resolveRows(rows);
  const mapped = mapRows(entries);
  return entries.map((e, i) => [e.code, e.label, e.unit, e.value, mapped.rows[i].level, mapped.rows[i].indicator].join(' | '));
}

export type Cell = string | { t: string; at: number; span?: number };

/** Table lines as the DOCX reader gives them: cells with their grid columns (a cell {t, at, span} sits elsewhere or spans). */
export function table(rows: Cell[][]): SourceLine[] {
  return rows.map((cells, i) => {
    let column = 0;
    const placed = cells.map((c) => {
      const cell = typeof c === 'string' ? { t: c, at: column, span: 1 } : { span: 1, ...c };
      column = cell.at + cell.span;
      return cell;
    });
    const text = placed.map((c) => c.t).join(' | ');
    return {
      page: 1, line: i + 1, offset: 0, text, raw: text, kind: 'table', tableId: 1,
      cells: placed.map((c) => c.t), cellColumns: placed.map((c) => c.at), cellSpans: placed.map((c) => c.span),
    } satisfies SourceLine;
  });
}

/** indicator | level | value | period of each figure the rows give. */
export function figuresOf(read: readonly RawRow[]): string[] {
  return mapRows(resolveRows([...read])).mentions.map((m) => [m.indicator, m.level, m.value, m.period.start && `${m.period.start}..${m.period.end}`].join(' | '));
}

/** The figures of a table given as DOCX cells. */
export const cellFigures = (rows: Cell[][], context: GridContext) => figuresOf(readCellTables(table(rows), context).rows);

/** The figures of tables laid out in plain text. */
export const textFigures = (text: string, context: GridContext) => figuresOf(readLaidOutTables(pagesFromText(text), context).rows);
