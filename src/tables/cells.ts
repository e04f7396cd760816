/**
 * Tables that arrive as cells (DOCX: one SourceLine per table row, kind
 * 'table', with `cells` and `tableId`). Column roles come from the header
 * ("STT", "Chỉ tiêu", "Đơn vị tính", "Số liệu", "Ghi chú"), or from the usual
 * order when the header spans two rows. Only tables whose header names a
 * label column and a value or unit column are statistics tables.
 */
import type { Place, SourceLine } from '../model/report.js';
import { foldDiacritics } from './fold.js';
import type { RawRow } from './rows.js';

type Role = 'code' | 'label' | 'unit' | 'value' | 'note' | 'other';

/** Header cells, matched on the whole cell (a parenthesised aside dropped). */
const ROLE_CUES: ReadonlyArray<[Role, RegExp]> = [
  ['code', /^(stt|tt|so tt|ma so)$/],
  ['label', /^(chi tieu( thong ke)?|noi dung|ten chi tieu)$/],
  ['unit', /^(don vi tinh|dvt)$/],
  ['value', /^(so lieu|ket qua( thong ke)?|gia tri|so luong)$/],
  ['note', /^ghi chu$/],
];

function roleOf(cell: string): Role | undefined {
  const folded = foldDiacritics(cell.trim()).replace(/\s*\(.*$/, '').replace(/[.:]$/, '');
  return ROLE_CUES.find(([, cue]) => cue.test(folded))?.[0];
}

/** A header row: a label column, or unit and value columns, and nothing that is not a header cell. */
function isHeaderRow(cells: readonly string[]): boolean {
  const filled = cells.filter((c) => c.trim() !== '');
  const roles = filled.map(roleOf);
  if (roles.includes(undefined)) return false;
  return roles.includes('label') || (roles.includes('unit') && roles.includes('value'));
}

/** The usual column order of a statistics table, by column count. */
function defaultRoles(columns: number): Role[] {
  const order: Role[] = columns >= 5 ? ['code', 'label', 'unit', 'value', 'note'] : columns === 4 ? ['code', 'label', 'unit', 'value'] : ['code', 'label', 'value'];
  return Array.from({ length: columns }, (_, i) => order[i] ?? 'other');
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
}

/** Offset of cell `index` in the line text (cells joined by ' | '). */
function cellPlace(line: SourceLine, index: number, value: string): Place {
  const cells = line.cells ?? [];
  let start = cells.slice(0, index).reduce((sum, c) => sum + c.length + 3, 0);
  if (line.text.slice(start, start + value.length) !== value) start = Math.max(0, line.text.indexOf(value));
  if (value === '') return { page: line.page, line: line.line, start: line.offset, end: line.offset + line.text.length };
  return { page: line.page, line: line.line, start: line.offset + start, end: line.offset + start + value.length };
}

function readTable(lines: readonly SourceLine[], table: string): RawRow[] | undefined {
  const columns = mostCommon(lines.map((l) => l.cells?.length ?? 0));
  const headers = lines.filter((l) => isHeaderRow(l.cells ?? []));
  const headerRoles = headers.flatMap((l) => l.cells ?? []).map(roleOf);
  if (!headerRoles.includes('label') || !(headerRoles.includes('value') || headerRoles.includes('unit'))) return undefined;
  const full = headers.find((l) => l.cells?.length === columns);
  const roles = full ? (full.cells ?? []).map((c, i) => roleOf(c) ?? defaultRoles(columns)[i]) : defaultRoles(columns);
  const rows: RawRow[] = [];
  for (const line of lines) {
    const cells = line.cells ?? [];
    if (headers.includes(line)) continue;
    // A cell merged down from the row above is missing at the left: pad there.
    const pad = Math.max(0, columns - cells.length);
    const get = (role: Role) => {
      const i = roles.indexOf(role) - pad;
      return i >= 0 && i < cells.length ? cells[i].replace(/\s+/g, ' ').trim() : '';
    };
    const value = get('value');
    rows.push({
      table,
      code: get('code'),
      label: get('label'),
      unit: get('unit'),
      value,
      note: get('note'),
      place: cellPlace(line, roles.indexOf('value') - pad, value),
      text: cells.map((c) => c.trim()).filter(Boolean).join(' | '),
    });
  }
  return rows;
}

export interface CellTables {
  rows: RawRow[];
  /** Statistics tables found (the next free table number is firstTable + tables). */
  tables: number;
}

/** Read the statistics tables among the table lines (cells) of a report. */
export function readCellTables(lines: readonly SourceLine[], firstTable = 1): CellTables {
  const byTable = new Map<number, SourceLine[]>();
  for (const line of lines) {
    if (line.kind !== 'table' || !line.cells || line.tableId === undefined) continue;
    byTable.set(line.tableId, [...(byTable.get(line.tableId) ?? []), line]);
  }
  const rows: RawRow[] = [];
  let tables = 0;
  for (const tableLines of byTable.values()) {
    const read = readTable(tableLines, `T${firstTable + tables}`);
    if (!read) continue;
    rows.push(...read);
    tables++;
  }
  return { rows, tables };
}
