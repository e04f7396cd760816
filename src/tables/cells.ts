/**
 * Tables that arrive as cells (DOCX: one SourceLine per table row, kind
 * 'table', with `cells`, their grid columns and `tableId`), read as grids
 * (src/tables/grid.ts): the columns' roles come from their content, the
 * header is a hint. Tables without a label column and numbers (the report's
 * header block, a signature table) are not statistics tables.
 */
import type { Place, SourceLine } from '../model/report.js';
import { NO_CONTEXT, readGrid, type Grid, type GridContext, type GridRow } from './grid.js';
import type { RawRow } from './rows.js';

/** Offset of cell `index` in the line text (cells joined by ' | '). */
function cellPlace(line: SourceLine, index: number): Place {
  const cells = line.cells ?? [];
  const value = cells[index] ?? '';
  let start = cells.slice(0, index).reduce((sum, c) => sum + c.length + 3, 0);
  if (line.text.slice(start, start + value.length) !== value) start = Math.max(0, line.text.indexOf(value));
  if (value === '') return { page: line.page, line: line.line, start: line.offset, end: line.offset + line.text.length };
  return { page: line.page, line: line.line, start: line.offset + start, end: line.offset + start + value.length };
}

function gridOf(lines: readonly SourceLine[], table: string): Grid {
  const starts = (line: SourceLine) => line.cellColumns ?? (line.cells ?? []).map((_, i) => i);
  const spans = (line: SourceLine) => line.cellSpans ?? (line.cells ?? []).map(() => 1);
  const columns = Math.max(...lines.map((l) => {
    const s = starts(l);
    return s.length > 0 ? s[s.length - 1] + spans(l)[s.length - 1] : 0;
  }));
  const rows: GridRow[] = lines.map((line) => {
    const s = starts(line);
    return {
      place: { page: line.page, line: line.line, start: line.offset, end: line.offset + line.text.length },
      cells: (line.cells ?? []).map((text, i) => ({
        text,
        column: s[i],
        span: spans(line)[i] ?? 1,
        place: cellPlace(line, i),
      })),
    };
  });
  return { table, columns, rows };
}

export interface CellTables {
  rows: RawRow[];
  /** Statistics tables found (the next free table number is firstTable + tables). */
  tables: number;
  /** Lines of the tables that are not statistics tables (the header block, a signature, a table of words): prose. */
  unread: SourceLine[];
}

/** Read the statistics tables among the table lines (cells) of a report. */
export function readCellTables(lines: readonly SourceLine[], context: GridContext = NO_CONTEXT, firstTable = 1): CellTables {
  const byTable = new Map<number, SourceLine[]>();
  for (const line of lines) {
    if (line.kind !== 'table' || !line.cells || line.tableId === undefined) continue;
    byTable.set(line.tableId, [...(byTable.get(line.tableId) ?? []), line]);
  }
  const rows: RawRow[] = [];
  const unread: SourceLine[] = [];
  let tables = 0;
  for (const tableLines of byTable.values()) {
    const read = readGrid(gridOf(tableLines, `T${firstTable + tables}`), context);
    if (!read) {
      unread.push(...tableLines);
      continue;
    }
    rows.push(...read);
    tables++;
  }
  return { rows, tables, unread };
}
