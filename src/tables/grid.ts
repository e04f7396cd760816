/**
 * A table as a grid of cells (DOCX table rows, PDF text laid out in
 * columns), read by its layout and content, with the header as a hint:
 *
 * - header rows are the rows above the first row that holds a number (a
 *   column-number row "(1) (2) …" among them); a table may have none;
 * - the label column is the widest text column; value columns hold mostly
 *   numbers; a unit column holds short unit words; a code column holds
 *   "I", "1", "1.1", "a";
 * - each value column's header (its own cell and the cells merged above it)
 *   may name a period, a level, the unit's own total, or a plan or a share
 *   of the plan (not figures);
 * - when the rows name units (communes, departments) or periods rather than
 *   indicators, the column headers say what the numbers are: a unit's row
 *   is listed, the total row and each period row give figures.
 *
 * One RawRow per value cell (one per row when the table has one value column).
 */
import type { Place } from '../model/report.js';
import type { Level } from '../model/schemas.js';
import { columnDimension, isTotalLabel, labelScope, NO_PERIOD, periodLabel, type ColumnDimension, type Period, type ReportPeriod } from './dimensions.js';
import { foldDiacritics, foldedTokens } from './fold.js';
import { matchLabel, tableUnits } from './labels.js';
import { parseCellNumber } from './numbers.js';
import type { RawRow } from './rows.js';

export interface GridCell {
  text: string;
  /** First grid column the cell covers. */
  column: number;
  /** Grid columns it covers (merged across). */
  span: number;
  place: Place;
}

export interface GridRow {
  cells: GridCell[];
  /** The row's first line. */
  place: Place;
}

export interface Grid {
  table: string;
  columns: number;
  rows: GridRow[];
}

export interface GridContext {
  report: ReportPeriod;
  /** Level of the reporting unit: a per-unit table of its departments is at this level. */
  unitLevel: Level;
}

/** A report whose period and level are unknown. */
export const NO_CONTEXT: GridContext = { report: { start: '', end: '', year: 0 }, unitLevel: '' };

const clean = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Cell of `row` that covers column `c`. */
function covering(row: GridRow, c: number): GridCell | undefined {
  return row.cells.find((cell) => cell.column <= c && c < cell.column + cell.span);
}

/** Cell of `row` that starts at column `c` (body rows: a cell merged across belongs to its first column). */
function at(row: GridRow, c: number): GridCell | undefined {
  return row.cells.find((cell) => cell.column === c);
}

const LEVEL_VALUES = /^(?:(?:tai\s+)?cap\s+(?:huyen|xa|tinh)\s*:?\s*\d[\d.,]*%?[,;]?\s*)+$/;
const CODED = /\S\s*=\s*\d/;
const NO_VALUE = /^[-–—x]$/i;

/** A value cell: one number, "-" for none, level values ("Cấp huyện 289, cấp xã 159"), a coded answer. */
function isValueCell(text: string): boolean {
  const t = text.trim();
  return parseCellNumber(t) !== undefined || NO_VALUE.test(t) || LEVEL_VALUES.test(foldDiacritics(t)) || CODED.test(t);
}

const CODE = /^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]?$/i;
const BREAKDOWN_CODE = /^trong\s*do\s*:?$/;
/** Codes that open a section row: roman or arabic numbers. */
const SECTION_CODE = /^(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*)[.)]?$/;

function isCodeCell(text: string): boolean {
  return CODE.test(text.trim()) || BREAKDOWN_CODE.test(foldDiacritics(text.trim()));
}

const UNIT_FORMS = new Set(tableUnits.map((u) => foldDiacritics(u)));

/** Short unit words ("Hồ sơ", "Thủ tục", "%", "Lượt người", "Dịch vụ"). */
function isUnitCell(text: string): boolean {
  const folded = foldDiacritics(text.trim()).replace(/[()]/g, '');
  if (UNIT_FORMS.has(folded) || folded === '%') return true;
  const tokens = foldedTokens(folded);
  return tokens.length > 0 && tokens.length <= 3 && folded.length <= 16 && !/\d/.test(folded);
}

/** "(1)", "(6)=(5)/(4)", "A", "1 2 3 …" under a header: column numbers. */
function isNumberingRow(row: GridRow): boolean {
  const filled = row.cells.map((c) => c.text.trim()).filter(Boolean);
  if (filled.length < 3) return false;
  if (filled.every((t) => /^\(?[\dA-Z]{1,2}\)?(?:\s*=.*)?$/.test(t) && /[()A-Z=]/.test(t))) return true;
  return filled.every((t, i) => t === String(i + 1));
}

/** A row holding a number outside its code cell (years alone are a header: "Năm" / "2021" wrapped). */
function isDataRow(row: GridRow): boolean {
  const filled = row.cells.filter((c) => c.text.trim() !== '');
  const values = filled.filter((cell, i) => isValueCell(cell.text) && !(i === 0 && isCodeCell(cell.text) && filled.length > 1));
  return values.length > 0 && !(values.length >= 2 && values.every((cell) => /^(19|20)\d\d$/.test(cell.text.trim())));
}

function headerRowCount(rows: readonly GridRow[]): number {
  let n = 0;
  while (n < rows.length && n < 5) {
    const row = rows[n];
    const first = row.cells.find((c) => c.text.trim() !== '')?.text ?? '';
    if (isNumberingRow(row)) {
      n++;
      continue;
    }
    // A section row ("I | Cải cách thể chế") ends the header; a letter wrapped out of "STT" does not.
    if (isDataRow(row) || (SECTION_CODE.test(first.trim()) && !/^(stt|tt)$/i.test(first.trim()))) break;
    n++;
  }
  return n < rows.length ? n : 0;
}

/**
 * The cell of a header row over value column `c`. Without one, a cell over a
 * neighbouring value column is taken when `c` has a header of its own lower
 * down: a heading centred over several columns ("Năm 2024" over "Kế hoạch |
 * Thực hiện | Tỷ lệ") covers them all though its text sits over one (PDF).
 * A column-number row "(4) (5)" is not such a header: a wrapped cell over
 * one column ("so với kế / hoạch") stays that column's.
 */
function headerCell(headers: readonly GridRow[], r: number, c: number, values: readonly number[]): GridCell | undefined {
  const own = covering(headers[r], c);
  if (own || !values.includes(c) || !headers.slice(r + 1).some((row) => !isNumberingRow(row) && covering(row, c))) return own;
  // The nearest heading over a run of value columns, the left one on a tie: "Tổng số"
  // at the left edge of a group belongs to the heading centred over the group, not to the group before.
  let left = true;
  let right = true;
  for (let d = 1; left || right; d++) {
    left = left && values.includes(c - d);
    right = right && values.includes(c + d);
    const cell = (left ? covering(headers[r], c - d) : undefined) ?? (right ? covering(headers[r], c + d) : undefined);
    if (cell) return cell;
  }
  return undefined;
}

/** The header text over column `c`: each header row's cell covering it, top down, without repeats. */
function headerOf(headers: readonly GridRow[], c: number, values: readonly number[] = []): string[] {
  const parts: string[] = [];
  for (const [r, row] of headers.entries()) {
    if (isNumberingRow(row)) continue;
    const text = clean(headerCell(headers, r, c, values)?.text ?? '');
    if (text !== '' && parts[parts.length - 1] !== text) parts.push(text);
  }
  return parts;
}

interface ColumnStats {
  filled: number;
  values: number;
  /** Cells that are a year alone ("2021"): a column of them labels year rows. */
  years: number;
  codes: number;
  units: number;
  textLength: number;
}

function statsOf(body: readonly GridRow[], c: number): ColumnStats {
  const stats: ColumnStats = { filled: 0, values: 0, years: 0, codes: 0, units: 0, textLength: 0 };
  for (const row of body) {
    const text = clean(at(row, c)?.text ?? '');
    if (text === '') continue;
    stats.filled++;
    if (isValueCell(text)) stats.values++;
    else stats.textLength += text.length;
    if (YEAR.test(text)) stats.years++;
    if (isCodeCell(text)) stats.codes++;
    if (isUnitCell(text)) stats.units++;
  }
  return stats;
}

const YEAR = /^(19|20)\d\d$/;
const HEADER_CODE = /^(stt|tt|so tt|ma so|ms)$/;
const HEADER_UNIT = /^(don vi tinh|dvt|don vi)$/;
const HEADER_NOTE = /\bghi chu\b/;
const HEADER_VALUE = /\b(so lieu|ket qua|thuc hien|so luong|gia tri|tong so|tong cong)\b/;

interface Roles {
  code?: number;
  label: number;
  unit?: number;
  values: number[];
  notes: number[];
}

/** Column roles from the body's content, the header's words breaking ties. */
function rolesOf(body: readonly GridRow[], headers: readonly GridRow[], columns: number): Roles | undefined {
  const stats = Array.from({ length: columns }, (_, c) => statsOf(body, c));
  const leaf = (c: number) => foldDiacritics(headerOf(headers, c).at(-1) ?? '').replace(/\(.*$/, '').trim();
  const isCode = (c: number) => stats[c].filled > 0 && (stats[c].codes / stats[c].filled >= 0.7 || HEADER_CODE.test(leaf(c))) && stats[c].textLength / Math.max(1, stats[c].filled - stats[c].values) <= 10;
  const textual = (c: number) => stats[c].filled > 0 && stats[c].values / stats[c].filled < 0.5;
  let label: number | undefined;
  for (let c = 0; c < columns; c++) {
    if (!textual(c) || (isCode(c) && c < columns - 1)) continue;
    if (label === undefined || stats[c].textLength > stats[label].textLength) label = c;
  }
  // Without a text column, a column of years alone labels the rows ("Năm | Hồ sơ tiếp nhận | …" over "2021 | 14.256 | …").
  label ??= [...Array(columns).keys()].find((c) => stats[c].filled >= 2 && stats[c].years === stats[c].filled);
  if (label === undefined) return undefined;
  const code = [...Array(label).keys()].find(isCode);
  const right = [...Array(columns).keys()].filter((c) => c > label);
  const unitLike = (c: number) => (stats[c].filled > 0 && textual(c) && stats[c].units / stats[c].filled >= 0.6) || (HEADER_UNIT.test(leaf(c)) && textual(c));
  const unit = right.find((c) => unitLike(c) && !HEADER_NOTE.test(leaf(c)));
  const values = right.filter((c) => c !== unit && !HEADER_NOTE.test(leaf(c)) && (
    (stats[c].filled > 0 && stats[c].values / stats[c].filled >= 0.5) || (stats[c].values === 0 && HEADER_VALUE.test(leaf(c)))
  ));
  if (values.length === 0 || !body.some((row) => values.some((c) => parseCellNumber(at(row, c)?.text ?? '') !== undefined || isValueCell(at(row, c)?.text ?? '')))) return undefined;
  const notes = right.filter((c) => c !== unit && !values.includes(c) && stats[c].filled > 0);
  return { code, label, unit, values, notes };
}

/**
 * What a row's label names: a unit (and that unit's level), a level of
 * government, the total, a period, a category of the column's counts (a
 * field, "Đất đai"), or an indicator.
 */
type RowKind =
  | { kind: 'unit'; level: Level | 'own' }
  | { kind: 'level'; level: Level }
  | { kind: 'total' }
  | { kind: 'period'; period: Period }
  | { kind: 'category' }
  | { kind: 'indicator' };

const COMMUNE = /^(xa|phuong|thi tran|dac khu)\s+\p{L}/u;
const DISTRICT = /^(huyen|quan|thi xa|thanh pho)\s+\p{L}/u;
/** A level's row: "Cấp tỉnh (các sở, ngành)", "Cấp thị xã", "Cấp xã". */
const LEVEL_ROW = /^cap\s+(tinh|thanh pho|thi xa|huyen|quan|xa|phuong|thi tran)$/;
const LEVEL_OF_WORD: Record<string, Level> = {
  tinh: 'province', 'thanh pho': 'district', 'thi xa': 'district', huyen: 'district', quan: 'district', xa: 'commune', phuong: 'commune', 'thi tran': 'commune',
};
const AGENCY = /^(so|ban|phong|van phong|trung tam|chi cuc|cuc|ubnd|uy ban|cong an|bao hiem|thanh tra|ngan hang|kho bac|benh vien|truong|doi|hoi)\b/;

function rowKind(label: string, report: ReportPeriod): RowKind {
  const text = label.replace(/^[-+•\s]+/, '');
  const folded = foldDiacritics(text).trim();
  if (isTotalLabel(text)) return { kind: 'total' };
  const period = periodLabel(text, report);
  if (period) return { kind: 'period', period };
  const level = LEVEL_ROW.exec(folded.replace(/\(.*\)?$/, '').replace(/[.:]/g, '').trim());
  if (level) return { kind: 'level', level: LEVEL_OF_WORD[level[1]] };
  if (COMMUNE.test(folded)) return { kind: 'unit', level: 'commune' };
  if (DISTRICT.test(folded)) return { kind: 'unit', level: 'district' };
  // An agency of the reporting unit itself ("Sở Tư pháp"), not an indicator label ("Số TTHC …").
  if (AGENCY.test(folded) && !/^so\s+(luong|lieu|ho so|tthc|thu tuc|van ban|nhiem vu|bien che|nguoi|don vi|co quan|phieu|thu|lan|cuoc|luot|vu|vbqppl)\b/.test(folded)) {
    return { kind: 'unit', level: 'own' };
  }
  return { kind: 'indicator' };
}

/** The wording a column header stands for when the rows are units or periods: the best-matching reading of it. */
function headerMeaning(parts: readonly string[], earlyApart = false): string {
  const leaf = parts.at(-1) ?? '';
  const parent = parts.slice(0, -1).join(' ');
  const own = isTotalLabel(leaf) && parent !== '' ? parent : parts.join(' ');
  // "Trong đó trực tuyến": the breakdown words say nothing of what is counted.
  const base = own.replace(/\([^)]*\)/g, ' ').replace(/^\s*trong\s+đó\s*:?/iu, ' ').replace(/\s+/g, ' ').trim();
  const percent = /%|tỷ lệ/i.test(parts.join(' '));
  const candidates = [base, leaf, `Số hồ sơ ${base}`, `Số hồ sơ ${base.replace(/^số\s+/i, '')}`, base.replace(/^tỷ lệ\s+/i, 'Tỷ lệ hồ sơ giải quyết ')];
  // "Đúng hẹn", "Trễ hẹn" alone: the appointment words are said only of dossiers resolved.
  if (/^(đúng|trễ)\s+hẹn$/iu.test(base)) candidates.push(`Số hồ sơ giải quyết ${base}`);
  // "Đúng hạn" is on time only beside a column of its own for early (as in prose); alone it may include early.
  if (earlyApart && /^đúng\s+hạn$/iu.test(base)) candidates.push(`Số hồ sơ giải quyết ${base}`);
  let best = { text: base, score: -1 };
  for (const text of candidates) {
    const match = matchLabel(text, { percent });
    if (match.indicator !== '' && match.score > best.score) best = { text, score: match.score };
  }
  return best.text;
}

/** A value column's header names an indicator (read as the rows of a per-unit or per-period table read it). */
function headerNamesIndicator(parts: readonly string[]): boolean {
  return matchLabel(headerMeaning(parts), { percent: /%|tỷ lệ/i.test(parts.join(' ')) }).indicator !== '';
}

/**
 * Whether the rows name units, levels, periods or categories rather than
 * indicators, so that the column headers say what the numbers count. Rows
 * that name no indicator, summed in a total row under headers that each
 * name one, are categories ("Đất đai", "Tư pháp - Hộ tịch"): `kinds` marks them.
 */
function rowsNameColumns(labels: readonly string[], kinds: RowKind[], headers: ReadonlyArray<readonly string[]>): boolean {
  const labelled = kinds.filter((_, i) => labels[i] !== '');
  const named = labelled.filter((k) => k.kind === 'unit' || k.kind === 'period' || k.kind === 'level').length;
  const totals = labelled.filter((k) => k.kind === 'total').length;
  if (named >= 2 && named + totals >= 0.6 * labelled.length) return true;
  const others = kinds.map((k, i) => (k.kind === 'indicator' && labels[i] !== '' ? i : -1)).filter((i) => i >= 0);
  const categories = totals > 0 && others.length >= 2 && others.every((i) => matchLabel(labels[i]).indicator === '')
    && headers.filter(headerNamesIndicator).length >= Math.max(1, headers.length / 2);
  if (categories) for (const i of others) kinds[i] = { kind: 'category' };
  return categories;
}

/** The level most units of a per-unit table share ('own' = the reporting unit's departments). */
function unitsLevel(kinds: readonly RowKind[], context: GridContext): Level {
  const counts = new Map<Level | 'own', number>();
  for (const k of kinds) if (k.kind === 'unit') counts.set(k.level, (counts.get(k.level) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (top === undefined) return '';
  return top === 'own' ? (context.unitLevel === 'province' || context.unitLevel === 'district' ? context.unitLevel : '') : top;
}

/**
 * Rows that repeat the header further down (a header typed again, or
 * repeated on a new page): no number, every cell a piece of the header.
 */
function repeatsHeader(row: GridRow, headers: readonly GridRow[], columns: number): boolean {
  if (isNumberingRow(row)) return true;
  if (headers.length === 0 || row.cells.some((c) => isValueCell(c.text))) return false;
  const headerText = foldDiacritics(Array.from({ length: columns }, (_, c) => headerOf(headers, c).join(' ')).join(' | '));
  const filled = row.cells.map((c) => foldDiacritics(clean(c.text))).filter(Boolean);
  return filled.length >= 2 && filled.every((t) => headerText.includes(t));
}

/** Read a grid into rows, or undefined when it is not a statistics table (no label column, no numbers). */
export function readGrid(grid: Grid, context: GridContext): RawRow[] | undefined {
  const headerCount = headerRowCount(grid.rows);
  const headers = grid.rows.slice(0, headerCount);
  const body = grid.rows.slice(headerCount).filter((row) => !repeatsHeader(row, headers, grid.columns));
  const roles = rolesOf(body, headers, grid.columns);
  if (!roles) return undefined;
  const cellText = (row: GridRow, c: number | undefined) => (c === undefined ? '' : clean(at(row, c)?.text ?? ''));
  const headerParts = new Map(roles.values.map((c) => [c, headerOf(headers, c, roles.values)]));
  const dims = new Map<number, ColumnDimension>(roles.values.map((c) => [c, columnDimension((headerParts.get(c) ?? []).join(' '), context.report)]));
  const kinds = body.map((row) => rowKind(cellText(row, roles.label), context.report));
  const byColumn = rowsNameColumns(body.map((row) => cellText(row, roles.label)), kinds, roles.values.map((c) => headerParts.get(c) ?? []));
  const earlyApart = roles.values.some((c) => /^trước\s+hạn$/iu.test(headerParts.get(c)?.at(-1) ?? ''));
  const meanings = new Map(roles.values.map((c) => [c, byColumn ? headerMeaning(headerParts.get(c) ?? [], earlyApart) : '']));
  const hasPlan = [...dims.values()].some((d) => d.kind === 'plan');
  const totalLevel = unitsLevel(kinds, context);
  const out: RawRow[] = [];
  body.forEach((row, i) => {
    const label = cellText(row, roles.label);
    const code = cellText(row, roles.code);
    const unit = cellText(row, roles.unit);
    const note = roles.notes.map((c) => cellText(row, c)).filter(Boolean).join('; ');
    const text = row.cells.map((c) => clean(c.text)).filter(Boolean).join(' | ');
    const scope = byColumn ? { meaning: label } : labelScope(label, context.report);
    const kind = kinds[i];
    const filled = roles.values.filter((c) => cellText(row, c) !== '');
    const emit = (c: number | undefined) => {
      const cell = c === undefined ? undefined : at(row, c);
      const value = cellText(row, c);
      const dim = c === undefined ? undefined : dims.get(c);
      const many = roles.values.length > 1;
      const base: RawRow = {
        table: grid.table, code, label, unit, value, note, text,
        place: cell && value !== '' ? cell.place : row.place,
        row: i,
        column: c === undefined ? '' : (headerParts.get(c) ?? []).join(' '),
      };
      if (!byColumn) {
        const period = dim && dim.period !== NO_PERIOD ? dim.period : scope.period;
        // A plan column, a share of the plan, never figures; one value column among several says which is the result.
        const figure = !dim || dim.kind === 'value' || (dim.kind === 'share' && !hasPlan && !many);
        // Without a unit column, a "%" in the column's header is the unit ("Năm 2023 (%)").
        return out.push({
          ...base,
          ...(roles.unit === undefined && /%/.test(base.column ?? '') ? { unit: '%' } : {}),
          ...(scope.meaning !== label ? { meaning: scope.meaning } : {}),
          ...(period ? { period } : {}),
          ...(many && dim?.level !== undefined ? { columnLevel: dim.level } : {}),
          ...(figure ? {} : { figure: false }),
        });
      }
      const meaning = c === undefined ? '' : meanings.get(c) ?? '';
      const headerText = (headerParts.get(c ?? -1) ?? []).join(' ');
      out.push({
        ...base,
        unit: unit || (/%/.test(headerText) ? '%' : ''),
        meaning,
        byColumn: true,
        ...(kind.kind === 'period' ? { period: kind.period } : dim && dim.period !== NO_PERIOD ? { period: dim.period } : {}),
        ...(kind.kind === 'unit' ? { unitName: label } : {}),
        ...(kind.kind === 'total' ? { rowLevel: totalLevel } : kind.kind === 'level' ? { rowLevel: kind.level } : {}),
        ...(kind.kind === 'total' || kind.kind === 'period' || kind.kind === 'level' ? (dim?.kind === 'plan' ? { figure: false } : {}) : { figure: false }),
      });
    };
    if (filled.length === 0) emit(roles.values.length === 1 ? roles.values[0] : undefined);
    else for (const c of filled) emit(c);
  });
  return out;
}
