/**
 * The row model shared by the three table readers (DOCX cells, PDF item
 * positions, plain text), and row semantics: which row a sub-row breaks
 * down, its level, coded answers, numbers.
 */
import type { Place } from '../model/report.js';
import type { Level } from '../model/schemas.js';
import type { Period } from './dimensions.js';
import { foldDiacritics } from './fold.js';
import { levelMarker } from './levels.js';
import { cellNumber } from './numbers.js';
import { levelBreakdown } from './value-cells.js';

/** One row as a reader found it. Cells are text; '' = empty cell. */
export interface RawRow {
  /** Table id within the report: T1, T2, … (a table continued over pages keeps its id). */
  table: string;
  code: string;
  label: string;
  unit: string;
  value: string;
  note: string;
  /** The value cell (the row's first line when the value is empty). */
  place: Place;
  /** The row as read, for evidence. */
  text: string;
  /** Index of the table row the cell came from: the cells of one row (several value columns) share it. */
  row?: number;
  /** Header of the value column: its own cell and the cells merged above it. */
  column?: string;
  /** The period the column or the row label names (start '' = the report's own). */
  period?: Period;
  /** The level the value column names ('' = the unit's own total column). */
  columnLevel?: Level;
  /** What the value counts when the label does not say it: the column header (per-unit and period rows), or the label without its period. */
  meaning?: string;
  /** A per-unit row: the unit's name. */
  unitName?: string;
  /** A per-unit table's total row: the level of the units it adds up. */
  rowLevel?: Level;
  /** The column header, not the label, says what the value counts (rows that name units or periods). */
  byColumn?: boolean;
  /** false: listed, never a figure (a plan, a share of the plan, one unit's row). */
  figure?: boolean;
  /** The indicator the row and column name together (a staff group under "Có mặt"); '' = none, no figure. */
  indicator?: string;
  /** The level the table's lead-in sentence names, for rows that name none. */
  leadLevel?: Level;
}

/** A row with its meaning: what it breaks down, its level, its number. */
export interface TableRowEntry extends RawRow {
  /** Index (in the same list) of the row this one breaks down. */
  parent?: number;
  /** Level set by a level marker ("- Cấp huyện", "Tại cấp xã", a value cell "Cấp huyện 289"). */
  markerLevel?: Level;
  /** The label whose meaning the row carries: its own, or its parent's for a level marker. */
  meaning: string;
  /** Parsed value; undefined when the cell is empty or not one number. */
  number?: number;
  /** A coded answer ("Có = 1; Không = 0"): the value is a code, never a count. */
  coded: boolean;
}

const BREAKDOWN = /^trong\s*do\s*[:,]?\s*/;
const CODED = /\S\s*=\s*\d/;

/** One number per level in a value cell, after the total when the cell gives one ("540 hồ sơ (cấp huyện: 200; cấp xã: 340)"). */
function splitLevelValues(value: string): { total?: string; parts: Array<{ level: Level; value: string }> } | undefined {
  const split = levelBreakdown(value);
  // One level alone, with no total, is a level marker's value, not a breakdown.
  if (!split || (split.total === undefined && split.parts.length < 2)) return undefined;
  return { total: split.total?.value, parts: split.parts };
}

/** Strip a leading "Trong đó" from a cell; report whether it was there. */
function takeBreakdown(cell: string): { rest: string; breakdown: boolean } {
  const folded = foldDiacritics(cell.trim());
  const m = BREAKDOWN.exec(folded);
  if (!m) return { rest: cell.trim(), breakdown: false };
  return { rest: cell.trim().slice(m[0].length).trim(), breakdown: true };
}

/**
 * Give rows their meaning. Rows after "Trong đó" break down the row before
 * it until the next coded row; a level marker row ("- Cấp huyện") breaks
 * down the nearest row above that is not a marker and carries its meaning.
 */
export function resolveRows(rows: readonly RawRow[]): TableRowEntry[] {
  const out: TableRowEntry[] = [];
  let breakdownParent: number | undefined;
  let lastMain: number | undefined;
  /** The last row with an arabic code and a value: letter items below it break it down. */
  let lastNumbered: number | undefined;
  let table = '';
  let previous: RawRow | undefined;
  /** Rows with a value, by code: "6.1" under "6 | Hồ sơ tiếp nhận | 1.386" breaks that row down. */
  let counted = new Map<string, number>();
  for (const raw of rows) {
    if (raw.table !== table) {
      table = raw.table;
      breakdownParent = lastMain = lastNumbered = undefined;
      counted = new Map();
    }
    // Another value cell of the row just read: same label, same parent.
    const sameRow = previous !== undefined && raw.row !== undefined && previous.row === raw.row && previous.table === raw.table;
    previous = raw;
    if (sameRow) {
      // The row's first cell (a share cell read before this one has a meaning of its own).
      let start = out.length - 1;
      while (start > 0 && out[start - 1].table === raw.table && out[start - 1].row === raw.row) start--;
      const first = out[start];
      out.push({ ...raw, code: first.code, label: first.label, coded: first.coded, number: first.coded ? undefined : cellNumber(raw.value, raw.unit), parent: sameColumnParent(out, first.parent, raw.column), markerLevel: first.markerLevel, meaning: raw.meaning ?? first.meaning });
      continue;
    }
    if (raw.byColumn) {
      out.push({ ...raw, coded: false, number: cellNumber(raw.value, raw.unit), meaning: raw.meaning ?? '' });
      continue;
    }
    const fromCode = takeBreakdown(raw.code);
    const fromLabel = takeBreakdown(raw.label);
    const code = fromCode.rest;
    const label = fromLabel.rest;
    const dashCode = DASH_CODE.test(code);
    if (fromCode.breakdown || fromLabel.breakdown) breakdownParent = lastMain;
    // Letter items ("a)", "b.") under a numbered row split its number, as rows after "Trong đó" do.
    else if (LETTER_CODE.test(code) && lastNumbered !== undefined) breakdownParent = lastNumbered;
    else if (code !== '' && !dashCode) breakdownParent = undefined;
    // The first dash-led row under an undashed one ("Hồ sơ đã giải quyết" / "- Trước hạn") breaks that row down, as after
    // "Trong đó"; the dash in the label or alone in the code column.
    else if ((dashCode || DASHED.test(label)) && lastMain !== undefined && !isDashed(out[lastMain])) breakdownParent = lastMain;
    const coded = [raw.unit, raw.value, raw.label, raw.note].some((c) => CODED.test(c));
    const base = { ...raw, code, label, coded, number: coded ? undefined : cellNumber(raw.value, raw.unit) };
    if (label === '' && code === '' && raw.value === '') continue; // a bare "Trong đó"
    const parent = lastMain !== undefined ? out[lastMain] : undefined;
    // "Tỷ lệ" alone on an uncoded row under a count ("5 | Số hồ sơ quá hạn | 3" / " | Tỷ lệ | % | 0,75"): the share of that count.
    if (code === '' && parent && BARE_SHARE_ROW.test(foldDiacritics(label).trim())) {
      out.push({ ...base, parent: lastMain, meaning: `Tỷ lệ ${parent.meaning.replace(/^số\s+(?:lượng\s+)?/iu, '')}` });
      continue;
    }
    const marker = (code === '' || dashCode) && parent ? levelMarker(label, parent.meaning) : undefined;
    if (marker && parent) {
      out.push({ ...base, parent: lastMain, markerLevel: marker, meaning: parent.meaning });
      continue;
    }
    const index = out.length;
    const split = coded ? undefined : splitLevelValues(raw.value);
    // "4 | Trong đó quá hạn": a numbered row that opens with "Trong đó" still breaks down the row before.
    const codeParent = counted.get(/^(.+)\.\d+\.?$/.exec(code)?.[1] ?? '');
    const letterItem = LETTER_CODE.test(code) && breakdownParent !== undefined;
    out.push({ ...base, parent: code === '' || dashCode || fromLabel.breakdown || letterItem ? breakdownParent : codeParent, meaning: raw.meaning ?? label, number: split ? (split.total === undefined ? undefined : cellNumber(split.total, raw.unit)) : base.number });
    if (NUMBER_CODE.test(code)) lastNumbered = raw.value.trim() !== '' ? index : undefined;
    else if (!letterItem && code !== '') lastNumbered = undefined;
    if (code !== '' && !dashCode && raw.value.trim() !== '') counted.set(code.replace(/\.$/, ''), index);
    lastMain = index;
    for (const part of split?.parts ?? []) {
      out.push({
        ...base,
        code: '',
        label: `${part.level === 'district' ? 'Cấp huyện' : part.level === 'commune' ? 'Cấp xã' : 'Cấp tỉnh'}`,
        value: part.value,
        number: cellNumber(part.value, raw.unit),
        parent: index,
        markerLevel: part.level,
        meaning: label,
      });
    }
  }
  return out;
}

/**
 * A sub-row's cell breaks down its parent row's cell in the same column (the level of "Toàn thành phố" over
 * "Trong đó: trực tuyến" is that column's, not the first column's); the parent row's first cell when none is there.
 */
function sameColumnParent(out: readonly TableRowEntry[], parent: number | undefined, column: string | undefined): number | undefined {
  if (parent === undefined || column === undefined) return parent;
  const first = out[parent];
  if (first.row === undefined) return parent;
  for (let i = parent; i < out.length && out[i].table === first.table && out[i].row === first.row; i++) if (out[i].column === column) return i;
  return parent;
}

/** A letter item's code ("a)", "b.", "đ)"), and a numbered row's ("2", "3."). */
const LETTER_CODE = /^[a-zđ][.)]$/u;
const NUMBER_CODE = /^\d{1,2}\.?$/;

/** A row label led by a dash or bullet ("- Trước hạn"). */
const DASHED = /^\s*[-–+•]\s*\p{L}/u;
/** A dash alone in the code column: the row is a dash-led sub-row. */
const DASH_CODE = /^[-–+•]$/;
const isDashed = (row: Pick<RawRow, 'code' | 'label'>) => DASHED.test(row.label) || DASH_CODE.test(row.code);
/** A row label that says only "share" ("Tỷ lệ", "Tỷ lệ (%)", "Tỷ lệ %"). */
const BARE_SHARE_ROW = /^[-+•\s]*ty le\s*(?:\(?%\)?)?$/;

/** Whether a row is a rate: a '%' unit or value, or a label starting "Tỷ lệ". */
export function isRate(row: Pick<RawRow, 'unit' | 'value' | 'label'>, parentLabel = ''): boolean | undefined {
  if (/%/.test(row.unit) || /%\s*$/.test(row.value)) return true;
  if (/^t[ỷỉ] l[ệê]/i.test(row.label.trim()) || (/^t[ỷỉ] l[ệê]/i.test(parentLabel.trim()) && row.unit === '')) return true;
  if (row.unit.trim() !== '') return false;
  return undefined;
}
