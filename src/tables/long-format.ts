/**
 * A LONG-FORMAT table (a statistics appendix, one figure per row): each row
 * names its indicator in a label column, its scope in a column of levels or
 * totals ("Toàn tỉnh", "Cấp xã") and its period in a column of periods
 * ("Năm 2023", "Quý IV/2024", "Đến 31/12/2024"), with ONE value column; the
 * same indicator may come back on several rows at other scopes or periods. The
 * columns are found by their content, not their header words: a column whose
 * cells are all periods, one whose cells are all levels or totals. A source or
 * note column (a cited decision and its date) scopes nothing.
 */
import type { Level } from '../model/schemas.js';
import { isTotalLabel, labelScope, periodLabel, type Period, type ReportPeriod } from './dimensions.js';
import { foldDiacritics } from './fold.js';
import type { GridCell, GridContext, GridRow } from './grid.js';
import { matchLabel } from './labels.js';
import { levelsIn } from './levels.js';
import { parseCellNumber } from './numbers.js';
import type { RawRow } from './rows.js';
import { unitValue } from './value-cells.js';
import { clean, NO_VALUE } from './cell-text.js';

const CODE = /^(?:\d{1,3}|[IVX]+|[a-zđ])[.)]?$/iu;
/** Header words of a column that says where a figure comes from or adds a remark: never the label. */
const SOURCE_OR_NOTE = /\b(nguon|ghi chu|can cu|tai lieu)\b/;
/** Header words of a unit column. */
const UNIT_HEADER = /^(dvt|don vi tinh|don vi)$/;
/** Share of a column's filled cells that must be of its kind. */
const MOST = 0.8;

/** The period a cell names and nothing else ("Năm 2023", "Quý IV/2024", "Đến 31/12/2024", "Tại thời điểm 30/6/2025"). */
function periodCell(text: string, report: ReportPeriod): Period | undefined {
  const period = periodLabel(text, report);
  if (period) return period;
  const scope = labelScope(text, report);
  return scope.period !== undefined && scope.meaning === '' ? scope.period : undefined;
}

/** The level a scope cell names: a level ("Cấp xã", "Cấp huyện"), or the unit's own total ("Toàn tỉnh", '' level). */
function scopeCell(text: string): Level | undefined {
  if (isTotalLabel(text)) return '';
  const levels = levelsIn(text);
  // A short cell naming one level and little else ("Cấp xã", "UBND cấp huyện"), not a label that mentions one.
  return levels.length === 1 && clean(text).split(' ').length <= 4 ? levels[0] : undefined;
}

function valueOf(text: string): string | undefined {
  const t = clean(text);
  if (parseCellNumber(t) !== undefined || NO_VALUE.test(t)) return t;
  return unitValue(t)?.value;
}

interface LongColumns {
  code?: number;
  label: number;
  scope?: number;
  period?: number;
  unit?: number;
  value: number;
  notes: number[];
}

/** The columns of a long-format table by their content, or undefined when the table is not one. */
function longColumns(body: readonly GridRow[], headers: readonly string[], columns: number, report: ReportPeriod): LongColumns | undefined {
  const cellsOf = (c: number) => body.map((row) => clean(row.cells.find((cell) => cell.column === c)?.text ?? '')).filter(Boolean);
  const all = [...Array(columns).keys()];
  const filled = all.map(cellsOf);
  const share = (c: number, test: (text: string) => boolean) => (filled[c].length >= 2 ? filled[c].filter(test).length / filled[c].length : 0);
  const header = (c: number) => foldDiacritics(clean(headers[c] ?? '')).toLowerCase();
  const periods = all.filter((c) => share(c, (t) => periodCell(t, report) !== undefined) >= MOST);
  const scopes = all.filter((c) => !periods.includes(c) && share(c, (t) => scopeCell(t) !== undefined) >= MOST);
  // A row code column stands first ("1", "2", … or "I", "a)"): its numbers are no values.
  const code = share(0, (t) => CODE.test(t)) >= MOST ? 0 : undefined;
  const values = all.filter((c) => c !== code && !periods.includes(c) && share(c, (t) => valueOf(t) !== undefined) >= 0.5);
  // One figure per row: one value column, one period column at most, one scope column at most, and one of them.
  if (values.length !== 1 || periods.length > 1 || scopes.length > 1 || periods.length + scopes.length === 0) return undefined;
  const [value] = values;
  const taken = new Set([value, ...periods, ...scopes, ...(code === undefined ? [] : [code])]);
  const textual = all.filter((c) => !taken.has(c) && filled[c].length > 0);
  const unit = textual.find((c) => UNIT_HEADER.test(header(c).replace(/\(.*$/, '').trim()));
  // The label column names indicators: of the text columns left (no source, no note, no unit), the one whose cells
  // name most, the leftmost on a tie.
  const named = (c: number) => filled[c].filter((t) => matchLabel(t).indicator !== '').length;
  const candidates = textual.filter((c) => c !== unit && !SOURCE_OR_NOTE.test(header(c)));
  const label = candidates.reduce<number | undefined>((best, c) => (best === undefined || named(c) > named(best) ? c : best), undefined);
  if (label === undefined || named(label) < 2 || named(label) < 0.5 * filled[label].length) return undefined;
  // Every row names its own indicator: a label merged down over sub-rows is another layout (read by the grid).
  const rows = body.filter((row) => valueOf(row.cells.find((cell) => cell.column === value)?.text ?? '') !== undefined);
  if (rows.length < 2 || filled[label].length < rows.length) return undefined;
  return { code, label, scope: scopes[0], period: periods[0], unit, value, notes: textual.filter((c) => c !== label && c !== unit) };
}

/**
 * The rows of a long-format table, one figure each (its indicator from the label, its level from the scope cell, its
 * period from the period cell, else from the label), or undefined when the table is not one.
 */
export function readLongFormat(table: string, headers: readonly string[], body: readonly GridRow[], columns: number, context: GridContext): RawRow[] | undefined {
  const roles = longColumns(body, headers, columns, context.report);
  if (!roles) return undefined;
  const cell = (row: GridRow, c: number | undefined): GridCell | undefined => (c === undefined ? undefined : row.cells.find((x) => x.column === c));
  const text = (row: GridRow, c: number | undefined) => clean(cell(row, c)?.text ?? '');
  const out: RawRow[] = [];
  body.forEach((row, i) => {
    const label = text(row, roles.label);
    const written = text(row, roles.value);
    if (label === '' && written === '') return;
    const inLabel = labelScope(label, context.report);
    const period = (roles.period !== undefined ? periodCell(text(row, roles.period), context.report) : undefined) ?? inLabel.period;
    const level = roles.scope !== undefined ? scopeCell(text(row, roles.scope)) : undefined;
    const inCell = parseCellNumber(written) === undefined ? unitValue(written) : undefined;
    const valueCell = cell(row, roles.value);
    out.push({
      table,
      code: text(row, roles.code),
      label,
      unit: text(row, roles.unit) || inCell?.unit || '',
      value: inCell?.value ?? written,
      note: roles.notes.map((c) => text(row, c)).filter(Boolean).join('; '),
      place: valueCell && written !== '' ? valueCell.place : row.place,
      text: row.cells.map((c) => clean(c.text)).filter(Boolean).join(' | '),
      row: i,
      column: headers[roles.value] ?? '',
      ...(inLabel.meaning !== label ? { meaning: inLabel.meaning } : {}),
      ...(period ? { period } : {}),
      ...(level !== undefined ? { rowLevel: level } : {}),
    });
  });
  return out;
}
