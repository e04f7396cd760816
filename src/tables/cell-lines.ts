/**
 * Tables flattened one cell per line (a Word table pasted as paragraphs, a
 * text layer that lost its columns):
 *
 *   Cấp / Tiếp nhận / Đã giải quyết / Cấp huyện / 8.412 / 8.297 / Cấp xã / …
 *
 * The header is the run of short lines without a number before the first
 * row; each row is a label (after a code when the header starts with STT /
 * TT) and then one number per remaining header cell (a word under "Đơn vị
 * tính"). Two rows or more that
 * keep that shape make a grid, read by src/tables/grid.ts like a Word table.
 * An empty cell leaves no line, so a table with empty cells is not read here.
 */
import type { Place, SourceLine } from '../model/report.js';
import { NO_CONTEXT, readGrid, type GridContext, type GridRow } from './grid.js';
import { parseCellNumber } from './numbers.js';
import type { RawRow } from './rows.js';

const MAX_HEADER = 10;
/** A header cell or a row label: short, no sentence ending in it. */
const MAX_CELL = 60;
const CODE_HEADER = /^(stt|tt|số tt)$/i;
const UNIT_HEADER = /^(đơn vị tính|đvt|đơn vị)$/i;
/** A unit cell ("Hồ sơ", "%", "Phiếu"): a few words, no number. */
const isUnit = (line: SourceLine) => isCell(line) && !isValue(line) && text(line).length <= 20 && !/\d/.test(text(line));
const CODE = /^(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]?$/i;

const text = (line: SourceLine) => line.text.trim();
const isValue = (line: SourceLine) => parseCellNumber(text(line)) !== undefined || /^[-–—]$/.test(text(line));
const isCell = (line: SourceLine) => line.kind === 'body' && text(line) !== '' && text(line).length <= MAX_CELL && !/[.;:!?]$/.test(text(line));
const isWords = (line: SourceLine) => isCell(line) && !isValue(line) && /\p{L}/u.test(text(line));

function placeOf(line: SourceLine): Place {
  const lead = line.text.length - line.text.trimStart().length;
  return { page: line.page, line: line.line, start: line.offset + lead, end: line.offset + lead + text(line).length };
}

interface Found {
  rows: GridRow[];
  columns: number;
  /** Index after the table's last line. */
  end: number;
  lines: SourceLine[];
}

/** The table whose header starts at `start` (header lines up to a label followed by numbers), or undefined. */
function tableAt(lines: readonly SourceLine[], start: number): Found | undefined {
  let h = 0;
  while (start + h < lines.length && h < MAX_HEADER && isWords(lines[start + h])) h++;
  const hasCode = CODE_HEADER.test(text(lines[start]));
  // A unit column ("Đơn vị tính") holds words in every row: the header says where.
  const unitAt = lines.slice(start, start + h).findIndex((l) => UNIT_HEADER.test(text(l)));
  // The first row's label is words too: the header is the longest run before it that rows of as many cells follow.
  for (let columns = Math.min(h, MAX_HEADER); columns >= 2; columns--) {
    const body = start + columns;
    const rows: SourceLine[][] = [];
    let i = body;
    for (;;) {
      const row = lines.slice(i, i + columns);
      if (row.length < columns) break;
      const [first, second] = row;
      const labelOk = hasCode ? CODE.test(text(first)) && isWords(second) : isWords(first);
      const cellOk = (l: SourceLine, k: number) => (k === unitAt ? isUnit(l) : isCell(l) && isValue(l));
      if (!labelOk || !row.every((l, k) => k < (hasCode ? 2 : 1) || cellOk(l, k))) break;
      rows.push(row);
      i += columns;
    }
    if (rows.length < 2) continue;
    const header = lines.slice(start, body);
    const toRow = (row: SourceLine[]): GridRow => ({
      cells: row.map((line, column) => ({ text: text(line), column, span: 1, place: placeOf(line) })),
      place: placeOf(row[0]),
    });
    return { rows: [toRow(header), ...rows.map(toRow)], columns, end: i, lines: [...header, ...rows.flat()] };
  }
  return undefined;
}

export interface CellLineTables {
  rows: RawRow[];
  lines: SourceLine[];
  tables: number;
}

/** Read the tables flattened one cell per line among the body lines (blank lines left out). */
export function readCellLineTables(all: readonly SourceLine[], context: GridContext = NO_CONTEXT, firstTable = 1): CellLineTables {
  const lines = all.filter((l) => l.kind === 'body' && text(l) !== '');
  const out: CellLineTables = { rows: [], lines: [], tables: 0 };
  for (let i = 0; i < lines.length; i++) {
    // A header starts after a line that is not a cell (the sentence introducing the table).
    if (!isWords(lines[i]) || (i > 0 && isCell(lines[i - 1]))) continue;
    const found = tableAt(lines, i);
    if (!found) continue;
    const read = readGrid({ table: `T${firstTable + out.tables}`, columns: found.columns, rows: found.rows }, context);
    if (!read || read.length === 0) continue;
    out.rows.push(...read);
    out.lines.push(...found.lines);
    out.tables++;
    i = found.end - 1;
  }
  return out;
}
