/**
 * The `tables` stage: read the report's statistics tables (DOCX table rows,
 * PDF text-item positions, plain-text layouts) into one row model, give
 * rows their meaning, map them to indicators by label. Readers run from the
 * most explicit structure (cells, item positions) to the least (`|` rows,
 * columns of text, one cell per line, flattened paragraphs). Lines a table used
 * become kind='table' so the prose rules do not read them again.
 */
import type { Report, SourceLine } from '../model/report.js';
import type { Stage } from '../pipeline.js';
import { mapRows } from './map.js';
import { resolveRows, type RawRow } from './rows.js';
import { readCellTables } from './cells.js';
import { readCellLineTables } from './cell-lines.js';
import { readLaidOutTables, readPdfTables } from './pdf.js';
import { readPipedTables } from './piped.js';
import { readTextTables } from './text.js';
import { nextTable, readFlatTables } from './flat.js';
import { scopeByLeadIn } from './lead-in.js';
import type { GridContext } from './grid.js';
import { footnoteRefsOf, forgetBodyFlow } from '../text/body-flow.js';

/** What the grid readers need to know of the report: its period (for "Kỳ trước", "Quý I") and its level. */
function gridContext(report: Report): GridContext {
  const { periodStart, periodEnd, reportDate, unitLevel, unitName, issuer } = report.meta;
  const year = Number((periodEnd || reportDate).slice(0, 4)) || 0;
  // A city's own report names its own level "cấp thành phố" (Cần Thơ's the province's, a provincial city's the district's).
  const city = /(?:^|\s)thành phố\s/iu.test(issuer) && (unitLevel === 'province' || unitLevel === 'district');
  return { report: { start: periodStart, end: periodEnd, year }, unitLevel, unitName, ...(city ? { cityLevel: unitLevel } : {}) };
}

/** All statistics-table rows of a report, in reading order of the tables found. */
export function readTables(report: Report): RawRow[] {
  const lines = report.pages.flatMap((p) => p.lines);
  const context = gridContext(report);
  const found: RawRow[] = [];
  /** Rows a reader read; the lines it took become kind='table' (the prose rules do not read them again). */
  const take = (read: { rows: RawRow[]; lines: SourceLine[] }) => {
    found.push(...read.rows);
    for (const line of read.lines) line.kind = 'table';
  };
  const cells = readCellTables(lines, context, 1);
  found.push(...cells.rows);
  // A Word table that is no statistics table is read as prose, as its text would be in a .txt.
  for (const line of cells.unread) line.kind = 'body';
  take(readPdfTables(report.pages, context, nextTable(found)));
  take(readPipedTables(lines, context, nextTable(found)));
  // A table flattened one cell per line keeps its columns only in the count of its lines: read before the plain-text
  // reader, which would take its lines as rows of a label and one value.
  take(readCellLineTables(lines, context, nextTable(found)));
  take(readTextTables(lines.filter((l) => l.kind === 'body'), nextTable(found)));
  // Text laid out in columns (pdftotext -layout) is a .txt's: the plain-text reader leaves it alone (its header is one
  // line of cells); DOCX paragraphs are never laid out with spaces.
  if (report.format === 'txt') take(readLaidOutTables(report.pages, context, nextTable(found)));
  return [...found, ...readFlatTables(lines, found)];
}

/**
 * Footnote marks glued to the end of a number in text laid out in columns
 * ("2.8461": 2.846 and note 1, as pdftotext prints a raised mark), found
 * where the notes under the table were: blanked, so the cell reads as its
 * number. Only a mark that ends its cell (line end or a column gap after it).
 */
function unglueValueMarks(report: Report): void {
  for (const ref of footnoteRefsOf(report)) {
    const { source, lineStart, lineEnd } = ref;
    const after = source.text.slice(lineEnd);
    if (source.kind !== 'body' || !/\d/.test(source.text[lineStart - 1] ?? '') || !/^(?:\s{2,}|\s*$)/.test(after)) continue;
    source.text = source.text.slice(0, lineStart) + ' '.repeat(lineEnd - lineStart) + after;
  }
}

export const tablesStage: Stage = {
  name: 'tables',
  run(report) {
    unglueValueMarks(report);
    const rows = scopeByLeadIn(readTables(report), report, gridContext(report).report);
    const mapped = mapRows(resolveRows(rows));
    report.tableRows.push(...mapped.rows);
    report.mentions.push(...mapped.mentions);
    report.diagnostics.push(...mapped.diagnostics);
    // Earlier stages cached the body flow while these lines were still body text.
    forgetBodyFlow(report);
    // A note marked in a table cell has no body sentence to take its scope from: it reads in the report's.
    const tableLines = new Set(report.pages.flatMap((p) => p.lines).filter((l) => l.kind === 'table').map((l) => `${l.page}:${l.line}`));
    for (const [n, place] of report.footnoteAnchors) if (tableLines.has(`${place.page}:${place.line}`)) report.footnoteAnchors.delete(n);
  },
};
