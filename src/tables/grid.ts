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
import { indicatorOf } from '../model/catalogue.js';
import type { Place } from '../model/report.js';
import type { Level } from '../model/schemas.js';
import { columnDimension, isTotalLabel, labelScope, NO_PERIOD, periodLabel, type ColumnDimension, type Period, type ReportPeriod } from './dimensions.js';
import { foldDiacritics, foldedTokens } from './fold.js';
import { expandHeading, matchLabel, plans, tableUnits } from './labels.js';
import { CUT_NUMBER, cutAbbreviation, ENDS_IN_YEAR, endsHeadingAbove, joinLines, NUMBERED_HEADING } from './wrapped.js';
import { levelsIn } from './levels.js';
import { levelOfBodies } from './body-levels.js';
import { UNIT_WORDS, unitLevelOf } from '../parse/unit-words.js';
import { NEW_INTAKE, newIntakeColumns } from './new-intake.js';
import { channelReading } from './channel-rows.js';
import { readLongFormat } from './long-format.js';
import { BARE_SHARE, pairedShares } from './share-pairs.js';
import { levelColumnsOfWhole, partsOfTotals, rankColumns } from './column-parts.js';
import { columnFacet, groupIndicator, headerGroupIndicator } from './row-groups.js';
import { headerMoneyUnit, parseCellNumber } from './numbers.js';
import type { RawRow } from './rows.js';
import { bracketedRate, countAndRate, countAndRateLabels, countFraction, countPairHeading, levelBreakdown, unitValue, type CellValue } from './value-cells.js';
import { clean, NO_VALUE } from './cell-text.js';

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
  /** Most rows the header may take (default 5): a PDF header wraps one row per line of text. */
  maxHeaderRows?: number;
  /** Header rows are lines of text (PDF): a heading wrapped over lines is in several rows. */
  lineHeader?: boolean;
}

export interface GridContext {
  report: ReportPeriod;
  /** Level of the reporting unit: a per-unit table of its departments is at this level. */
  unitLevel: Level;
  /** In a city's own report, the level "Cấp thành phố" names: the city's (a centrally-run city's is the province's). */
  cityLevel?: Level;
  /** The reporting unit's name without its level word ("Phú Yên"), when the report says it. */
  unitName?: string;
}

/** A report whose period and level are unknown. */
export const NO_CONTEXT: GridContext = { report: { start: '', end: '', year: 0 }, unitLevel: '' };


/** Cell of `row` that covers column `c`. */
function covering(row: GridRow, c: number): GridCell | undefined {
  return row.cells.find((cell) => cell.column <= c && c < cell.column + cell.span);
}

/** Cell of `row` that starts at column `c` (body rows: a cell merged across belongs to its first column). */
function at(row: GridRow, c: number): GridCell | undefined {
  return row.cells.find((cell) => cell.column === c);
}

const CODED = /\S\s*=\s*\d/;

/** A value cell: one number, "-" for none, level values ("Cấp huyện 289, cấp xã 159"), a coded answer, a number with its unit ("119 thủ tục"), a count with its rate ("1.980 (81,6%)"), a total with its level parts, two counts ("3.264/3.281"). */
function isValueCell(text: string): boolean {
  const t = text.trim();
  return parseCellNumber(t) !== undefined || NO_VALUE.test(t) || levelBreakdown(t) !== undefined || CODED.test(t) || unitValue(t) !== undefined || bracketedRate(t) !== undefined || countFraction(t) !== undefined;
}

const CODE = /^(?:[IVXLC]+|\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]?$/i;
const BREAKDOWN_CODE = /^trong\s*do\s*:?$/;
/** Codes that open a section row: roman or arabic numbers. */
const SECTION_CODE = /^(?:[IVX]+|\d{1,2}(?:\.\d{1,2})*)[.)]?$/;
/** Codes of a group row over numbered rows. */
const GROUP_CODE = /^[IVX]+[.)]?$/;

function isCodeCell(text: string): boolean {
  return CODE.test(text.trim()) || BREAKDOWN_CODE.test(foldDiacritics(text.trim()));
}

const UNIT_FORMS = new Set(tableUnits.map((u) => foldDiacritics(u)));

/** A unit word of the dictionary ("Hồ sơ", "TTHC", "%"). */
function isKnownUnit(text: string): boolean {
  const folded = foldDiacritics(text.trim()).replace(/[()]/g, '');
  return UNIT_FORMS.has(folded) || folded === '%';
}

/**
 * A row code set before a short capitalised name in one laid-out cell ("2 Đất đai", "8 Y tế"): a label,
 * not a number with its unit ("2 hồ sơ", "119 thủ tục" name a known unit or are written in lower case).
 */
function isCodedName(text: string): boolean {
  const inCell = unitValue(text.trim());
  return inCell !== undefined && /^\d{1,2}$/.test(inCell.value) && /^\p{Lu}/u.test(inCell.unit) && !isKnownUnit(inCell.unit);
}

/** Short unit words ("Hồ sơ", "Thủ tục", "%", "Lượt người", "Dịch vụ"). */
function isUnitCell(text: string): boolean {
  const folded = foldDiacritics(text.trim()).replace(/[()]/g, '');
  if (isKnownUnit(text)) return true;
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

/** A year or a full date: a column heading's end when it stands alone in a cell ("Giao năm" / "2024", "Có mặt đến" / "30/11/2024"). */
const HEADING_DATE = /^(?:(?:\d{1,2}\/){1,2})?(19|20)\d\d$/;

/** A row holding a number outside its code cell (years or dates alone are a header wrapped under "Năm", "đến"). */
function isDataRow(row: GridRow): boolean {
  const filled = row.cells.filter((c) => c.text.trim() !== '');
  const values = filled.filter((cell, i) => isValueCell(cell.text) && !(i === 0 && isCodeCell(cell.text) && filled.length > 1));
  const isHeading = (cell: GridCell) => HEADING_DATE.test(cell.text.trim());
  // A date is no value cell, so a row of a year and dates has one value: every filled cell a heading is header too.
  const headingsOnly = (cells: readonly GridCell[]) => cells.length >= 2 && cells.every(isHeading);
  // The year alone and the end of a heading wrapped before its year ("9 tháng" / "2024" beside "Cùng" / "kỳ 2023").
  const wrappedYears = values.every(isHeading) && filled.filter((c) => ENDS_IN_YEAR.test(c.text.trim())).length >= 2;
  return values.length > 0 && !headingsOnly(values) && !headingsOnly(filled) && !wrappedYears;
}


/** A header line holding only the digits wrapped off cut numbers above them ("4" under "31/12/202"). */
function endsCutNumbers(row: GridRow, above: GridRow | undefined): boolean {
  const filled = row.cells.filter((c) => c.text.trim() !== '');
  return above !== undefined && filled.length > 0 && filled.every((c) => /^\d{1,2}$/.test(c.text.trim()) && CUT_NUMBER.test(clean(covering(above, c.column)?.text ?? '')));
}

/** A header line holding only years or dates that end headings wrapped above them ("giao năm" / "2024", "Có mặt đến" / "31/12/2024"). */
function endsWrappedHeadings(row: GridRow, above: GridRow | undefined): boolean {
  const filled = row.cells.filter((c) => c.text.trim() !== '');
  return above !== undefined && filled.length > 0
    && filled.every((c) => HEADING_DATE.test(c.text.trim()) && /\b(?:năm|đến|ngày)$/iu.test(clean(covering(above, c.column)?.text ?? '')));
}

/** A header line of numbers wrapped off numbered headings above them ("Mức độ" / "3"), words going on beside them. */
function endsNumberedHeadings(row: GridRow, above: GridRow | undefined): boolean {
  const filled = row.cells.filter((c) => c.text.trim() !== '');
  return above !== undefined && filled.some((c) => /^\d{1,2}$/.test(c.text.trim()))
    && filled.every((c) => endsHeadingAbove(c.text.trim(), clean(covering(above, c.column)?.text ?? '')));
}

/** A band's code and text: a letter or roman number, then a word ("II. CẤP XÃ", "B. Lũy kế 6 tháng"). */
const BAND_TEXT = /^(?:[A-E]|[IVX]+)[.)]\s+\p{L}/u;

/**
 * A band row: one cell across the whole table, opened by a band's code (the rows under it repeat the indicators);
 * in laid-out text (`lineHeader`) the one cell, its width unknown, falls in the code or the label column.
 */
function isBandRow(row: GridRow, columns: number, lineHeader: boolean): boolean {
  const filled = row.cells.filter((c) => c.text.trim() !== '');
  const [cell] = filled;
  return filled.length === 1 && (lineHeader ? cell.column <= 1 : cell.column === 0 && cell.span >= columns) && BAND_TEXT.test(cell.text.trim());
}

function headerRowCount(rows: readonly GridRow[], maxRows = 5, lineHeader = false, columns = Infinity): number {
  // A column-number row closes the header, however many lines the header wrapped over.
  const numbering = rows.slice(0, 10).findIndex(isNumberingRow);
  if (numbering > 0 && numbering + 1 < rows.length && !rows.slice(0, numbering).some(isDataRow)) return numbering + 1;
  let n = 0;
  while (n < rows.length && n < maxRows) {
    const row = rows[n];
    const firstCell = row.cells.find((c) => c.text.trim() !== '');
    const first = firstCell?.text ?? '';
    if (isNumberingRow(row) || (lineHeader && n > 0 && (endsCutNumbers(row, rows[n - 1]) || endsWrappedHeadings(row, rows[n - 1]) || endsNumberedHeadings(row, rows[n - 1])))) {
      n++;
      continue;
    }
    // A section row ("I | Cải cách thể chế") ends the header; a letter wrapped out of "STT" does not, nor a
    // roman number wrapped out of a heading over a value column ("Quý" / "III"): a row code stands at the left.
    if (isDataRow(row) || (n > 0 && isBandRow(row, columns, lineHeader)) || (SECTION_CODE.test(first.trim()) && !/^(stt|tt)$/i.test(first.trim()) && (firstCell?.column ?? 0) <= 1)) break;
    n++;
  }
  return n < rows.length ? n : 0;
}

/**
 * The cell of a header row over value column `c`. Without one, a cell over a
 * neighbouring value column is taken when `c` has a header of its own lower
 * down: a heading centred over several columns ("Năm 2024" over "Kế hoạch |
 * Thực hiện | Tỷ lệ") covers them all though its text sits over fewer (PDF).
 * Between a heading on the left and one on the right, the one that stays
 * centred when it reaches `c` (its mirror column is free) is taken.
 */
function headerCell(headers: readonly GridRow[], r: number, c: number, values: readonly number[]): GridCell | undefined {
  const own = covering(headers[r], c);
  // A column-number row "(1) (2) …" is no header of its own below.
  if (own || !values.includes(c) || !headers.slice(r + 1).some((row) => !isNumberingRow(row) && covering(row, c))) return own;
  // … but never across the edge of a heading above ("Đã giải quyết" under "Kết quả" does not reach into "Tiếp nhận").
  const above = (n: number) => headers.slice(0, r).map((_, q) => clean(headerCell(headers, q, n, values)?.text ?? '')).join('|');
  const mine = above(c);
  const nearest = (step: -1 | 1): GridCell | undefined => {
    for (let n = c + step; n >= 0 && values.includes(n) && above(n) === mine; n += step) {
      const cell = covering(headers[r], n);
      if (cell) return cell;
    }
    return undefined;
  };
  const left = nearest(-1);
  const right = nearest(1);
  const centred = (cell: GridCell) => {
    const mirror = 2 * cell.column + cell.span - 1 - c;
    const there = covering(headers[r], mirror);
    return values.includes(mirror) && (there === undefined || there === cell);
  };
  if (left && right && !centred(left) && centred(right)) return right;
  return left ?? right;
}

/** A span of time that names no year ("9 tháng", "6 tháng đầu năm", "Quý III"; not "Kết quả các năm", a group over years). */
const SPAN_WITHOUT_YEAR = /^(?:\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|quý\s+[IVX]+(?:\s+năm)?)$/iu;

/** The header text over column `c`: each header row's cell covering it, top down, without repeats. */
function headerOf(headers: readonly GridRow[], c: number, values: readonly number[] = [], lineHeader = false): string[] {
  const parts: string[] = [];
  for (const [r, row] of headers.entries()) {
    if (isNumberingRow(row)) continue;
    const text = expandHeading(clean(headerCell(headers, r, c, values)?.text ?? ''));
    if (text === '' || parts[parts.length - 1] === text) continue;
    // A header line that starts with a small letter goes on with the heading above ("Tổng" / "số", "đang giải" / "quyết").
    // … and so do digits under a number broken at the cell's edge ("31/12/202" / "4").
    const brokenNumber = /^\d{1,2}$/.test(text) && CUT_NUMBER.test(parts[parts.length - 1] ?? '');
    // … and so does the number of a numbered heading ("Mức độ" / "3").
    const headingNumber = /^\d{1,2}$/.test(text) && NUMBERED_HEADING.test(parts[parts.length - 1] ?? '');
    // … and so does a year alone under a span of time that waits for it ("9 tháng" / "2024", "Quý III" / "2024").
    const yearOfSpan = YEAR.test(text) && SPAN_WITHOUT_YEAR.test(parts[parts.length - 1] ?? '');
    // … and so do capitals that finish an abbreviation cut at the cell's edge ("Qua BCC" / "I").
    const brokenAbbreviation = cutAbbreviation(parts[parts.length - 1] ?? '', text);
    if (lineHeader && parts.length > 0 && (/^\p{Ll}/u.test(text) || brokenNumber || headingNumber || yearOfSpan || brokenAbbreviation)) parts.push(joinLines([parts.pop()!, text]));
    else parts.push(text);
  }
  return joinWrappedLeaf(parts);
}

/** Lines of one header cell wrapped apart (PDF: "Tỷ lệ" / "(%)", "Số" / "lượng"), joined again when together they make a leaf. */
function joinWrappedLeaf(parts: string[]): string[] {
  const out = [...parts];
  while (out.length >= 2) {
    const joined = `${out[out.length - 2]} ${out[out.length - 1]}`;
    const folded = foldDiacritics(clean(joined));
    if (!BARE_SHARE.test(folded) && !GENERIC_HEADING.test(folded) && !DOSSIER_LEAF.test(folded)) break;
    out.splice(-2, 2, joined);
  }
  return out;
}

interface ColumnStats {
  filled: number;
  values: number;
  /** Cells that are a year alone ("2021"): a column of them labels year rows. */
  years: number;
  codes: number;
  units: number;
  knownUnits: number;
  textLength: number;
}

function statsOf(body: readonly GridRow[], c: number): ColumnStats {
  const stats: ColumnStats = { filled: 0, values: 0, years: 0, codes: 0, units: 0, knownUnits: 0, textLength: 0 };
  for (const row of body) {
    const text = clean(at(row, c)?.text ?? '');
    if (text === '') continue;
    stats.filled++;
    if (isValueCell(text) && !isCodedName(text)) stats.values++;
    else stats.textLength += text.length;
    if (YEAR.test(text)) stats.years++;
    if (isCodeCell(text)) stats.codes++;
    if (isUnitCell(text)) stats.units++;
    if (isKnownUnit(text)) stats.knownUnits++;
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
  /** A label column left of the label, its cells merged down over the rows that break it down ("Hồ sơ tiếp nhận" over "Tổng số / Trực tuyến"). */
  outer?: number;
  label: number;
  unit?: number;
  values: number[];
  notes: number[];
}

/** Column roles from the body's content, the header's words breaking ties. */
function rolesOf(body: readonly GridRow[], headers: readonly GridRow[], columns: number, lineHeader = false): Roles | undefined {
  const stats = Array.from({ length: columns }, (_, c) => statsOf(body, c));
  const leaf = (c: number) => foldDiacritics(headerOf(headers, c, [], lineHeader).at(-1) ?? '').replace(/\(.*$/, '').trim();
  const isCode = (c: number) => stats[c].filled > 0 && (stats[c].codes / stats[c].filled >= 0.7 || HEADER_CODE.test(leaf(c))) && stats[c].textLength / Math.max(1, stats[c].filled - stats[c].values) <= 10;
  const textual = (c: number) => stats[c].filled > 0 && stats[c].values / stats[c].filled < 0.5;
  // A note column ("Ghi chú") labels no row, however long its text (a cited plan and its date beside one short row).
  const note = (c: number) => HEADER_NOTE.test(leaf(c));
  let label: number | undefined;
  for (let c = 0; c < columns; c++) {
    if (!textual(c) || (isCode(c) && c < columns - 1)) continue;
    if (label === undefined || (note(label) && !note(c)) || (note(label) === note(c) && stats[c].textLength > stats[label].textLength)) label = c;
  }
  // Without a text column but a note, a column of years alone labels the rows ("Năm | Hồ sơ tiếp nhận | Ghi chú" over
  // "2021 | 14.256 | …").
  const years = [...Array(columns).keys()].find((c) => stats[c].filled >= 2 && stats[c].years === stats[c].filled);
  if (label === undefined || (note(label) && years !== undefined)) label = years ?? label;
  if (label === undefined) return undefined;
  // Two label columns side by side, the left one filled less (merged down): indicator, then its breakdown.
  const breaksDown = (a: number, b: number) => a >= 0 && b < columns && textual(a) && textual(b) && !isCode(a) && !isCode(b)
    && stats[a].filled < stats[b].filled && stats[b].knownUnits < 0.5 * stats[b].filled && !HEADER_UNIT.test(leaf(b)) && !HEADER_NOTE.test(leaf(b));
  const outer = breaksDown(label, label + 1) ? label : breaksDown(label - 1, label) ? label - 1 : undefined;
  if (outer === label) label++;
  const code = [...Array(outer ?? label).keys()].find(isCode);
  const right = [...Array(columns).keys()].filter((c) => c > label);
  const unitLike = (c: number) => (stats[c].filled > 0 && textual(c) && stats[c].units / stats[c].filled >= 0.6) || (HEADER_UNIT.test(leaf(c)) && textual(c));
  const unit = right.find((c) => unitLike(c) && !HEADER_NOTE.test(leaf(c)));
  const values = right.filter((c) => c !== unit && !HEADER_NOTE.test(leaf(c)) && (
    (stats[c].filled > 0 && stats[c].values / stats[c].filled >= 0.5) || (stats[c].values === 0 && HEADER_VALUE.test(leaf(c)))
  ));
  if (values.length === 0 || !body.some((row) => values.some((c) => parseCellNumber(at(row, c)?.text ?? '') !== undefined || isValueCell(at(row, c)?.text ?? '')))) return undefined;
  const notes = right.filter((c) => c !== unit && !values.includes(c) && stats[c].filled > 0);
  return { code, outer, label, unit, values, notes };
}

/**
 * What a row's label names: a unit (and that unit's level), the total, a period, or an indicator. A level or total
 * sub-row under a period merged down over it carries that period too; `byBodies`: a level named by its resolving bodies.
 */
type RowKind = { kind: 'unit'; level: Level | 'own' } | { kind: 'total'; period?: Period } | { kind: 'period'; period: Period } | { kind: 'level'; level: Level; period?: Period; byBodies?: true } | { kind: 'indicator' };

/**
 * A row label that only names a level ("Cấp huyện", "Cấp thị xã", "Cấp tỉnh (các sở, ngành)"), or the
 * procedures of a level of authority ("TTHC thuộc thẩm quyền cấp huyện", "Thẩm quyền giải quyết của cấp xã").
 */
const LEVEL_ROW = /^(?:tai\s+)?(?:ubnd\s+)?(?:(?:thu tuc(?: hanh chinh)?|tthc)\s+)?(?:thuoc\s+)?(?:tham quyen\s+(?:giai quyet\s+)?(?:cua\s+)?)?cap\s+(tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)((?:\s*(?:,|\/|va)\s*(?:thanh pho|huyen|quan|thi xa|xa|phuong|thi tran))*)$/;
const LEVEL_OF: Record<string, Level> = {
  tinh: 'province', 'thanh pho': 'district', huyen: 'district', quan: 'district', 'thi xa': 'district', xa: 'commune', phuong: 'commune', 'thi tran': 'commune',
};

/**
 * The level of a level row that names the kinds of units of ONE level ("Cấp xã, phường", "Cấp xã/thị trấn", "Cấp
 * huyện, thị xã"); kinds of two levels ("Cấp huyện, xã") name no level row.
 */
function levelRowLevel(match: RegExpExecArray, cityLevel?: Level): Level | undefined {
  const levelOf = (kind: string) => (kind === 'thanh pho' ? cityLevel : undefined) ?? LEVEL_OF[kind];
  const first = levelOf(match[1]);
  const others = match[2].split(/\s*(?:,|\/|\bva\b)\s*/).filter(Boolean).map((kind) => LEVEL_OF[kind]);
  return others.every((level) => level === first) ? first : undefined;
}

/** A commune, ward or township by its level word; a township also abbreviated with its dot ("TT. Văn Quan"). */
const COMMUNE = /^(?:(?:xa|phuong|thi tran|dac khu)\s+|tt\.\s*)\p{L}/u;
const DISTRICT = /^(huyen|quan|thi xa|thanh pho)\s+\p{L}/u;
const AGENCY = /^(so|ban|phong|van phong|trung tam|chi cuc|cuc|ubnd|uy ban|cong an|bao hiem|thanh tra|ngan hang|kho bac|benh vien|truong|doi|hoi)\b/;

/** A place named without its level word: one to four words, each capitalised ("Phú Cường", "Hoàng Su Phì"); a field is written in sentence case ("Đất đai"). */
const PLACE_NAME = /^\p{Lu}\p{Ll}*(?:\s+\p{Lu}\p{Ll}*){0,3}$/u;
/** The level of the places a unit is made of. */
const LEVEL_BELOW: Record<Level, Level> = { province: 'district', district: 'commune', commune: '', '': '' };

/** A row label naming the reporting unit itself ("Tỉnh Phú Yên" in the province's report): the unit's own figures. */
function namesOwnUnit(label: string, context: GridContext): boolean {
  const { unitName, unitLevel } = context;
  if (!unitName || unitLevel === '') return false;
  const fold = (text: string) => foldDiacritics(clean(text)).toLowerCase();
  const [folded, name] = [fold(label), fold(unitName)];
  // With a level word, the unit's own ("Thành phố Cần Thơ" is a province; "Thành phố Hà Tĩnh" is not Hà Tĩnh province).
  return folded === name || UNIT_WORDS.some(([word]) => folded === `${fold(word)} ${name}` && unitLevelOf(word, unitName).level === unitLevel);
}

const SECTION_PREFIX = /^(?:[A-E]|[IVX]+)[.)]?\s+(?=\p{Lu})/u;

/** `bodiesNameLevels`: whether bodies that resolve ("UBND các xã") name a level row (only in a table of levels). */
function rowKind(label: string, report: ReportPeriod, cityLevel?: Level, bodiesNameLevels = true): RowKind {
  const text = label.replace(/^[-+•\s]+/, '');
  const folded = foldDiacritics(text).trim();
  // "Năm 2023: Cấp huyện": a period cell merged down over level sub-rows ("Cấp huyện / Cấp xã / Cộng"), joined to each.
  const merged = /^([^:]+):\s+(.+)$/.exec(text);
  const mergedPeriod = merged ? periodLabel(merged[1], report) : undefined;
  if (merged && mergedPeriod) {
    const sub = rowKind(merged[2], report, cityLevel, bodiesNameLevels);
    if (sub.kind === 'level' || sub.kind === 'total') return { ...sub, period: mergedPeriod };
  }
  if (isTotalLabel(text)) return { kind: 'total' };
  // A section letter or roman number left in the label by a narrow code column ("A CẤP HUYỆN", "II. Cấp xã").
  const uncoded = text.replace(SECTION_PREFIX, '');
  const levelText = foldDiacritics(uncoded.replace(/\([^)]*(?:\)|$)/g, ' ')).replace(/[.:]/g, '').replace(/\s+/g, ' ').trim();
  const level = LEVEL_ROW.exec(levelText);
  const rowLevel = level ? levelRowLevel(level, cityLevel) : undefined;
  if (rowLevel) return { kind: 'level', level: rowLevel };
  // "Các cơ quan chuyên môn thuộc UBND huyện", "UBND các xã, thị trấn": a level named by the bodies that resolve.
  const bodiesLevel = bodiesNameLevels ? levelOfBodies(levelText, cityLevel) : undefined;
  if (bodiesLevel) return { kind: 'level', level: bodiesLevel, byBodies: true };
  // "Cộng quý I/2025", "Tổng cộng 6 tháng": the sum over a period is that period's row.
  const period = periodLabel(text, report) ?? periodLabel(text.replace(/^(?:tổng\s+cộng|cộng|tổng)\s+/iu, ''), report);
  if (period) return { kind: 'period', period };
  if (COMMUNE.test(folded)) return { kind: 'unit', level: 'commune' };
  if (DISTRICT.test(folded)) return { kind: 'unit', level: 'district' };
  // An agency of the reporting unit itself ("Sở Tư pháp"), not an indicator label ("Số TTHC …").
  if (AGENCY.test(folded) && !/^so\s+(luong|lieu|ho so|tthc|thu tuc|van ban|nhiem vu|bien che|nguoi|don vi|co quan|phieu|thu|lan|cuoc|luot|vu|vbqppl)\b/.test(folded)) {
    return { kind: 'unit', level: 'own' };
  }
  return { kind: 'indicator' };
}

/** Words for the report's own period in a header ("trong năm", "trong kỳ báo cáo"): they add nothing to what is counted. */
const OWN_PERIOD_WORDS = /(?:^|\s)trong\s+(?:năm|kỳ|quý|tháng)(?:\s+báo\s+cáo)?(?=\s|$|[,.;:)])/giu;

/** Headings that say a number follows, not what it counts ("Kết quả", "Số liệu", "Chia ra"). */
const GENERIC_HEADING = /^(ket qua( thuc hien)?|so lieu|thuc hien|so luong|chia ra|trong do:?)$/;

/** A heading naming a share of something ("Tỷ lệ số hóa (%)"), not only "share" (the bare one is BARE_SHARE). */
const SHARE_HEADING = /^ty le\s+\p{L}/u;

/** A leaf that says only that dossiers are counted ("Số hồ sơ", "Hồ sơ") under a heading that says which. */
const DOSSIER_LEAF = /^(?:so\s+)?(?:luong\s+)?ho\s+so$/;
/** Words naming the online service itself, not what is counted through it. */
const SERVICE_WORDS = /^(?:dvc|dvctt|dịch\s+vụ\s+công)\s+/iu;

/** A header text as a label: without brackets, a leading "Trong đó", its period and own-period words. */
function headerLabel(text: string, report: ReportPeriod): string {
  const bare = text.replace(/\([^)]*\)/g, ' ').replace(/^\s*trong\s+đó\s*[:,]?\s*/iu, '').replace(OWN_PERIOD_WORDS, ' ');
  return labelScope(clean(bare), report).meaning;
}

/**
 * The wording a column header stands for when the rows are units or
 * periods: its cells read from the widest (all of them) to the narrowest
 * (the leaf alone), the first reading that names an indicator ("Trực tuyến"
 * under "Mới tiếp nhận" under "Số hồ sơ nhận giải quyết" is "Mới tiếp nhận
 * Trực tuyến"). A "Tổng số" leaf stands for the cell above it.
 */
const RESULT_OF_RESOLVING = /^ket qua (?:giai quyet|xu ly)(?: ho so)?$/;

function headerMeaning(parts: readonly string[], report: ReportPeriod, not = ''): string {
  // A heading and its share leaf run together in one cell ("Quá hạn Tỷ lệ (%)", a PDF header line) are two parts.
  const split = parts.flatMap((p) => /^(.*\S)\s+(tỷ\s+lệ(?:\s*\(%\))?)$/iu.exec(clean(p))?.slice(1) ?? [p]);
  // "Kết quả giải quyết" over Tổng số / Quá hạn: the dossiers resolved, as "Đã giải quyết" is.
  const resolvedHeading = split.map((p) => (RESULT_OF_RESOLVING.test(foldDiacritics(clean(p))) ? 'Đã giải quyết' : p));
  // Under a share heading ("Tỷ lệ số hóa (%)" over "Hồ sơ" / "Kết quả") the leaf says what the share is of: never generic.
  const underShare = (i: number) => i > 0 && SHARE_HEADING.test(foldDiacritics(clean(resolvedHeading[i - 1])));
  // A generic heading with its period ("Kết quả 6 tháng đầu năm 2023" over "Tiếp nhận") is still generic: the period is the column's, read apart.
  const generic = (p: string) => GENERIC_HEADING.test(foldDiacritics(clean(p))) || GENERIC_HEADING.test(foldDiacritics(clean(headerLabel(p, report))));
  const named = resolvedHeading.filter((p, i) => !generic(p) || (i === resolvedHeading.length - 1 && underShare(i)));
  const own = named.length > 1 && isTotalLabel(named[named.length - 1]) ? named.slice(0, -1) : named;
  const percent = /%|tỷ lệ/i.test(parts.join(' '));
  // "Số hồ sơ" under "DVC trực tuyến toàn trình": the dossiers received through that service, never the services.
  if (own.length >= 2 && DOSSIER_LEAF.test(foldDiacritics(clean(own[own.length - 1]))) && !SHARE_HEADING.test(foldDiacritics(clean(own[own.length - 2])))) {
    for (let k = own.length - 1; k >= 1; k--) {
      const heading = headerLabel(own.slice(-1 - k, -1).join(' '), report).replace(SERVICE_WORDS, '');
      const best = bestReading([`Số hồ sơ ${heading}`, `Số hồ sơ tiếp nhận ${heading}`], false, 'dossier.', not);
      if (best !== '') return best;
    }
  }
  // A bare share leaf ("Tỷ lệ (%)" under "Quá hạn") is the share of what its parent counts, never a rate of its own.
  if (own.length >= 1 && BARE_SHARE.test(foldDiacritics(clean(own[own.length - 1])))) {
    for (let k = own.length - 1; k >= 1; k--) {
      const base = headerLabel(own.slice(-1 - k, -1).join(' '), report).replace(/^số\s+(?:hồ\s+sơ\s+)?/iu, '');
      const best = bestReading(namesProcedures(base) ? [`Tỷ lệ ${base}`] : [`Tỷ lệ ${base}`, `Tỷ lệ hồ sơ ${base}`, `Tỷ lệ hồ sơ giải quyết ${base}`], true, '', not);
      if (best !== '') return best;
    }
    return '';
  }
  // "DVCTT toàn trình" under a heading that counts dossiers ("Tiếp nhận"): the dossiers that came in through
  // that service, never the services themselves.
  const leaf = own.at(-1) ?? '';
  if (own.length >= 2 && SERVICE_WORDS.test(leaf)) {
    const heading = headerLabel(own.slice(0, -1).join(' '), report);
    const rest = leaf.replace(SERVICE_WORDS, '').replace(/^trực\s+tuyến\s*/iu, '');
    const best = matchLabel(heading).indicator.startsWith('dossier.') ? bestReading([`${heading} trực tuyến ${rest}`, `Số hồ sơ ${heading} trực tuyến ${rest}`], percent, 'dossier.', not) : '';
    if (best !== '') return best;
  }
  // "Số hồ sơ" under a heading says only that dossiers are counted: never read alone.
  const lowest = own.length >= 2 && DOSSIER_LEAF.test(foldDiacritics(clean(own[own.length - 1]))) ? 2 : 1;
  for (let k = own.length; k >= lowest; k--) {
    const base = headerLabel(own.slice(-k).join(' '), report);
    const candidates = [base, ...(namesProcedures(base) ? [] : [`Số hồ sơ ${base}`, `Số hồ sơ ${base.replace(/^số\s+/i, '')}`, base.replace(/^tỷ lệ\s+/i, 'Tỷ lệ hồ sơ giải quyết ')])];
    // "Đúng hẹn", "Trễ hẹn", "Trễ hạn" alone: said only of dossiers resolved.
    if (/^giải\s+quyết$/iu.test(base)) candidates.push('Số hồ sơ đã giải quyết');
    if (/^(đúng\s+hẹn|trễ\s+h[ạẹ]n)$/iu.test(base)) candidates.push(`Số hồ sơ giải quyết ${base}`);
    const best = bestReading(candidates, percent, '', not);
    if (best !== '') return best;
  }
  const whole = headerLabel(own.join(' '), report);
  // A count column ("Số hồ sơ" under "Thanh toán trực tuyến") whose words name only a share counts nothing of the catalogue.
  const wholeNames = matchLabel(whole).indicator;
  if ((!percent && wholeNames !== '' && indicatorOf(wholeNames).unit === 'percent') || (not !== '' && wholeNames === not)) return '';
  return whole;
}

/** The wording of the share of what a count column counts ("Số hồ sơ nộp trực tuyến" → "Tỷ lệ hồ sơ nộp trực tuyến"), or ''. */
function shareOf(countMeaning: string): string {
  if (countMeaning === '' || matchLabel(countMeaning, { percent: false }).indicator === '') return '';
  const base = countMeaning.replace(/^(?:tổng\s+)?số\s+(?:lượng\s+)?(?:hồ\s+sơ\s+)?/iu, '');
  return bestReading([`Tỷ lệ ${base}`, `Tỷ lệ hồ sơ ${base}`, `Tỷ lệ hồ sơ giải quyết ${base}`], true);
}

/** A heading about procedures, not dossiers ("Tỷ lệ TTHC trực tuyến"): never read as a share of dossiers. */
function namesProcedures(heading: string): boolean {
  const folded = foldDiacritics(heading.toLowerCase());
  return /\b(?:tthc|thu tuc)\b/.test(folded) && !/\bho so\b/.test(folded);
}

/** Of several wordings of one header, the one whose label match names an indicator (of `prefix`, not `not`) with the best score, or ''. */
function bestReading(candidates: readonly string[], percent: boolean, prefix = '', not = ''): string {
  let best = { text: '', score: -1 };
  for (const text of candidates) {
    const match = matchLabel(text, { percent });
    if (match.indicator !== '' && match.indicator !== not && match.indicator.startsWith(prefix) && match.score > best.score) best = { text, score: match.score };
  }
  return best.text;
}

/**
 * A bare "Đúng hạn" heading beside no "Trước hạn" column counts the
 * dossiers resolved on time or early (the gold convention of the corpus
 * halves); under a heading that says what is on time ("Hồ sơ đã giải quyết"),
 * or beside an early column, it stays the on-time count.
 */
function onTimeIncludesEarly(meanings: Map<number, string>, headerParts: ReadonlyMap<number, readonly string[]>): void {
  const indicators = new Map([...meanings].map(([c, m]) => [c, m === '' ? '' : matchLabel(m).indicator]));
  if ([...indicators.values()].includes('dossier.early')) {
    // Beside an early column, a share under "Đúng hạn" alone is not the on-time-or-early rate; a column that names
    // its share itself ("Tỷ lệ đúng hạn (%)", apart from the counts) still is.
    for (const [c, indicator] of indicators) {
      const parts = foldDiacritics(clean((headerParts.get(c) ?? []).join(' ')));
      // The lowest heading with words ("Tỷ lệ đúng hạn", not a "(%)" wrapped under it).
      const leaf = (headerParts.get(c) ?? []).map((p) => foldDiacritics(clean(p.replace(/\([^)]*\)/g, ' ')))).filter(Boolean).at(-1) ?? '';
      const namesShare = SHARE_HEADING.test(leaf);
      if (indicator === 'dossier.on_time_rate' && !/truoc/.test(parts) && !namesShare) meanings.set(c, '');
    }
    return;
  }
  for (const [c, indicator] of indicators) {
    const bare = /^(?:so ho so )?(?:giai quyet )?dung (?:han|hen)$/.test(foldDiacritics(clean((headerParts.get(c) ?? []).join(' ').replace(/\([^)]*\)/g, ' '))));
    if (indicator === 'dossier.on_time' && bare) meanings.set(c, 'Số hồ sơ giải quyết trước hạn và đúng hạn');
  }
}

/**
 * A count column (no share word over it) beside columns that count
 * procedures, and none that count dossiers, counts procedures too:
 * "Thanh toán trực tuyến" beside "DVC trực tuyến toàn trình" is the
 * procedures paid online, never the share of dossiers paid online.
 */
function countsProceduresBeside(meanings: Map<number, string>, headerParts: ReadonlyMap<number, readonly string[]>, report: ReportPeriod): void {
  const counts = [...meanings.keys()].filter((c) => !/%|tỷ\s+lệ/iu.test((headerParts.get(c) ?? []).join(' ')));
  const indicators = new Map(counts.map((c) => [c, meanings.get(c) ? matchLabel(meanings.get(c)!, { percent: false }).indicator : '']));
  const families = [...indicators.values()].map((indicator) => indicator.split('.')[0]);
  if (!families.includes('procedure') || families.includes('dossier')) return;
  for (const [c, indicator] of indicators) {
    if (indicator !== '') continue;
    const leaf = headerLabel((headerParts.get(c) ?? []).at(-1) ?? '', report);
    meanings.set(c, bestReading([`Số TTHC ${leaf}`], false, 'procedure.'));
  }
}

/**
 * Columns beside one that counts the plan's tasks ("Số nhiệm vụ theo Kế hoạch | Đã hoàn thành | Tỷ lệ hoàn
 * thành (%)") count or share those tasks: a header that reads as one with "nhiệm vụ" is read so.
 */
function tasksNamedBeside(headerParts: ReadonlyMap<number, readonly string[]>, report: ReportPeriod): Map<number, readonly string[]> {
  const out = new Map(headerParts);
  const percentOf = (parts: readonly string[]) => /%|tỷ\s+lệ/iu.test(parts.join(' '));
  const named = (parts: readonly string[]) => matchLabel(headerMeaning(parts, report), { percent: percentOf(parts) }).indicator;
  if (![...headerParts.values()].some((parts) => named(parts) === 'plan.tasks')) return out;
  const ofTasks = (text: string, percent: boolean) => {
    const reading = percent ? clean(text).replace(/^tỷ\s+lệ\s+/iu, 'Tỷ lệ nhiệm vụ ') : `Số nhiệm vụ ${clean(text)}`;
    return matchLabel(headerLabel(reading, report), { percent }).indicator.startsWith('plan.') ? reading : undefined;
  };
  for (const [c, parts] of headerParts) {
    if (parts.length === 0 || named(parts) === 'plan.tasks') continue;
    // The whole header (a PDF wraps one heading over lines), else its leaf under a wider heading; read so even when
    // the words alone lean to dossiers ("Tỷ lệ hoàn thành" is no share of dossiers here).
    const reading = ofTasks(parts.join(' '), percentOf(parts)) ?? ofTasks(parts.at(-1)!, percentOf(parts));
    if (reading) out.set(c, [reading]);
  }
  return out;
}

/** Whether a column header, read as what the column counts, names an indicator. */
function headerNamesIndicator(parts: readonly string[], report: ReportPeriod): boolean {
  return matchLabel(headerMeaning(parts, report), { percent: /%|tỷ lệ/i.test(parts.join(' ')) }).indicator !== '';
}

/**
 * Rows that name categories rather than indicators (fields "Hộ tịch",
 * "Đất đai", "Xây dựng"; agencies of unknown names) closed by a total row
 * or opened by level rows,
 * under value columns whose headers say what is counted: read by column,
 * like units' rows. Most labels must map to no indicator, so an indicator
 * table with a total row stays one.
 */
function rowsAreCategories(labels: readonly string[], kinds: readonly RowKind[], columnHeaders: ReadonlyArray<readonly string[]>, report: ReportPeriod): boolean {
  // Closed by a total row, or opened by level rows ("A CẤP HUYỆN" over its fields: a part cut from its total by a page break).
  if (!kinds.some((k) => k.kind === 'total' || k.kind === 'level') || columnHeaders.length < 2) return false;
  const others = labels.filter((label, i) => label !== '' && kinds[i].kind === 'indicator');
  if (others.length < 2) return false;
  const unmapped = others.filter((label) => matchLabel(label).indicator === '').length;
  const named = columnHeaders.filter((parts) => headerNamesIndicator(parts, report)).length;
  return unmapped >= 0.8 * others.length && named >= 0.5 * columnHeaders.length;
}

/** The level most units of a per-unit table share ('own' = the reporting unit's departments). */
function unitsLevel(kinds: readonly RowKind[], context: GridContext): Level {
  const counts = new Map<Level | 'own', number>();
  for (const k of kinds) if (k.kind === 'unit') counts.set(k.level, (counts.get(k.level) ?? 0) + 1);
  const top = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  // The former units of a merged commune ("Thị trấn A | … ", "Xã B | …" in the new commune's report): their total is the
  // reporting unit's own, not a lower level's.
  if (top === undefined || (top === 'commune' && context.unitLevel === 'commune')) return '';
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

/**
 * Each row's label and the text it is read by. With an outer label column,
 * the outer cell (carried down over the rows it was merged over) goes before
 * the row's own: "Hồ sơ đang giải quyết: Quá hạn" reads as the pending late
 * dossiers; a "Tổng số" row reads as the outer label alone.
 */
function composeLabels(body: readonly GridRow[], roles: Roles, cellText: (row: GridRow, c: number | undefined) => string): { labels: string[]; readings: string[] } {
  if (roles.outer === undefined) {
    const labels = body.map((row) => cellText(row, roles.label));
    return { labels, readings: labels };
  }
  const outers: string[] = [];
  let outer = '';
  let first = 0;
  for (const [i, row] of body.entries()) {
    const cell = cellText(row, roles.outer);
    const code = cellText(row, roles.code);
    if (cell !== '' && code === '' && outer !== '' && /^\p{Ll}/u.test(cell)) {
      // Laid-out text wraps the outer label onto the next sub-row's line ("… đang thực" / "hiện" beside "Cấp xã"):
      // the rest of the label, for every row it is merged over.
      outer = joinLines([outer, cell]);
      outers.fill(outer, first);
    } else if (cell !== '' || code !== '') {
      // A new code with no outer cell starts a row of its own.
      outer = cell;
      first = i;
    }
    outers.push(outer);
  }
  const labels: string[] = [];
  const readings: string[] = [];
  for (const [i, row] of body.entries()) {
    const own = cellText(row, roles.label);
    const label = outers[i] === '' ? own : own === '' ? outers[i] : `${outers[i]}: ${own}`;
    labels.push(label);
    readings.push(outers[i] === '' || own === '' ? label : isTotalLabel(own) ? outers[i] : `${outers[i]} ${own}`);
  }
  return { labels, readings };
}

/**
 * An indicator merged down over period sub-rows whose two label columns laid-out text runs together ("Hồ sơ tiếp
 * nhận Quý II/2025", then "Lũy kế 6 tháng" alone): a code-less period row under a row naming an indicator and a
 * period reads as that indicator for its own period. Rows that are periods only (no indicator above) stay periods.
 */
function periodSubRows(codes: readonly string[], labels: readonly string[], readings: string[], kinds: RowKind[], report: ReportPeriod): void {
  let head: string | undefined;
  labels.forEach((label, i) => {
    if (head !== undefined && codes[i] === '' && kinds[i].kind === 'period') {
      // The period in brackets: read for the period, left out of the wording matched.
      readings[i] = `${head} (${label})`;
      kinds[i] = { kind: 'indicator' };
      return;
    }
    const scope = labelScope(readings[i], report);
    head = kinds[i].kind === 'indicator' && scope.period !== undefined && scope.meaning !== '' ? scope.meaning : undefined;
  });
}

/** Whether a label names a score (the PAR index's total), the one figure of a scored table. */
function namesScore(label: string): boolean {
  const { indicator } = matchLabel(label);
  return indicator !== '' && indicatorOf(indicator).unit === 'score';
}

/**
 * A header-less table of label / value pairs set side by side (label | value
 * | label | value): each pair is a row of its own, read left pair first. Every
 * even column holds text and every odd one numbers, row after row.
 */
function sideBySidePairs(grid: Grid): Grid | undefined {
  const { columns, rows } = grid;
  if (columns < 4 || columns % 2 !== 0 || rows.length === 0 || headerRowCount(rows) !== 0) return undefined;
  if (rows.some((row) => row.cells.some((cell) => cell.span !== 1))) return undefined;
  for (let c = 0; c < columns; c += 2) {
    const labels = statsOf(rows, c);
    const values = statsOf(rows, c + 1);
    // Every label a text, every value a number; at most one pair left blank per column pair.
    // A column of unit words or codes is no label column ("2.702 | hồ sơ | 12" is one row).
    if (labels.units >= 0.5 * labels.filled || labels.codes > 0) return undefined;
    if (labels.values > 0 || labels.filled !== values.filled || values.values !== values.filled || labels.filled < rows.length - 1) return undefined;
  }
  const pairs: GridRow[] = [];
  for (const row of rows) {
    for (let c = 0; c < columns; c += 2) {
      const label = at(row, c);
      const value = at(row, c + 1);
      if (!label || clean(label.text) === '') continue;
      const cells = [{ ...label, column: 0 }, ...(value ? [{ ...value, column: 1 }] : [])];
      pairs.push({ cells, place: label.place });
    }
  }
  return { table: grid.table, columns: 2, rows: pairs };
}

/**
 * A strip of indicator headings over ONE row of values, no label column
 * ("Văn bản ban hành | Cơ quan được kiểm tra | …" over "12 | 5 | …"): each
 * column is a row of its own, its heading the label (the report's period, the
 * unit's own). Most headings must name an indicator: a strip of periods or
 * levels over one row says nothing of what is counted.
 */
function headingsOverValueRow(grid: Grid): Grid | undefined {
  const { columns, rows } = grid;
  const headerCount = headerRowCount(rows, grid.maxHeaderRows, grid.lineHeader, grid.columns);
  if (columns < 3 || headerCount === 0 || rows.length !== headerCount + 1) return undefined;
  const [values] = rows.slice(headerCount);
  if (values.cells.length !== columns) return undefined;
  const headers = rows.slice(0, headerCount);
  const all = Array.from({ length: columns }, (_, c) => c);
  const pairs: GridRow[] = [];
  for (const c of all) {
    const value = at(values, c);
    const heading = clean(headerOf(headers, c, all, grid.lineHeader).join(' '));
    const written = clean(value?.text ?? '');
    if (!value || (parseCellNumber(written) === undefined && !NO_VALUE.test(written)) || heading === '') return undefined;
    const headingCell = headers.map((row) => covering(row, c)).find((cell) => cell && clean(cell.text) !== '');
    pairs.push({ cells: [{ text: heading, column: 0, span: 1, place: headingCell?.place ?? value.place }, { ...value, column: 1, span: 1 }], place: value.place });
  }
  const named = pairs.filter((row) => matchLabel(row.cells[0].text).indicator !== '').length;
  return named >= 0.5 * columns ? { table: grid.table, columns: 2, rows: pairs } : undefined;
}

/** Value columns whose lowest heading says what is counted of a staff group ("Biên chế giao", "Có mặt"), when two or more kinds are there. */
function groupFacets(values: readonly number[], headerParts: ReadonlyMap<number, readonly string[]>): Map<number, string> {
  const facets = new Map<number, string>();
  for (const c of values) {
    // A year or date alone on the last header line ends the heading above it ("giao năm" / "2024"): one leaf.
    const parts = headerParts.get(c) ?? [];
    const leaf = parts.length > 1 && HEADING_DATE.test(parts.at(-1)!.trim()) ? parts.slice(-2).join(' ') : parts.at(-1) ?? '';
    const facet = columnFacet(leaf);
    if (facet) facets.set(c, facet);
  }
  return new Set(facets.values()).size >= 2 ? facets : new Map();
}

/** A staff group's cell under a facet column: its indicator, and its level ('' when it is the reporting unit's own). */
function groupRow(label: string, facet: string | undefined, context: GridContext): Pick<RawRow, 'indicator' | 'rowLevel'> | undefined {
  const indicator = facet === undefined ? undefined : groupIndicator(label, facet);
  if (indicator === undefined) return undefined;
  const levels = levelsIn(label);
  const level = levels.length === 1 && levels[0] !== context.unitLevel ? levels[0] : '';
  return { indicator, rowLevel: level };
}

/**
 * Units as COLUMNS (a transposed per-unit table: "Xã A | Xã B | … | Toàn
 * huyện" over indicator rows): a unit's column is listed, never a figure;
 * a total column is at the level of the units, as a total row over them is.
 * Undefined unless two or more value columns name units.
 */
function unitColumns(values: readonly number[], headerParts: ReadonlyMap<number, readonly string[]>, context: GridContext): { listed: Set<number>; total: Set<number>; level: Level } | undefined {
  // The leaf names the unit, or the leaf with the lines above it when a PDF wraps a name over lines ("Xã Vĩnh" /
  // "Bình Bắc"), a heading over the units ("Chia ra") left out.
  const kindOf = (parts: readonly string[]) => {
    for (let k = parts.length - 1; k >= 0; k--) {
      const kind = rowKind(clean(parts.slice(k).join(' ')), context.report);
      if (kind.kind === 'unit' || kind.kind === 'total') return kind;
    }
    return rowKind(clean(parts.join(' ')), context.report);
  };
  const kinds = new Map(values.map((c) => [c, kindOf(headerParts.get(c) ?? [])]));
  const listed = new Set(values.filter((c) => kinds.get(c)?.kind === 'unit'));
  if (listed.size < 2) return undefined;
  const total = new Set(values.filter((c) => kinds.get(c)?.kind === 'total'));
  return { listed, total, level: unitsLevel([...kinds.values()], context) };
}

/**
 * The last row when it has neither code nor label and its counts are the sums
 * of the rows above it (a total row set in bold with its label cell left
 * empty): its index, or undefined. At least two columns must add up, and most
 * of those where every row has a number (shares never add up).
 */
function unlabelledTotal(body: readonly GridRow[], labels: readonly string[], values: readonly number[], cellText: (row: GridRow, c: number) => string, codeOf: (row: GridRow) => string): number | undefined {
  const last = body.length - 1;
  if (last < 2 || labels[last] !== '' || codeOf(body[last]) !== '' || labels.slice(0, last).some((label) => label === '')) return undefined;
  const numbers = (row: GridRow) => values.map((c) => parseCellNumber(cellText(row, c)));
  const above = body.slice(0, last).map(numbers);
  const total = numbers(body[last]);
  let checked = 0;
  let adding = 0;
  values.forEach((_, k) => {
    const parts = above.map((row) => row[k]);
    if (total[k] === undefined || parts.some((n) => n === undefined)) return;
    checked++;
    const sum = parts.reduce<number>((a, n) => a + n!, 0);
    if (Math.abs(sum - total[k]!) < 0.5) adding++;
  });
  return adding >= 2 && adding > checked / 2 ? last : undefined;
}

/** A row code and the space before a label starting with a capital ("3 Xã …", "II. Cấp xã"). */
const LEADING_CODE = /^(\d{1,2}(?:\.\d{1,2})*\.?|[IVX]+\.)\s+(?=\p{Lu})/u;

/** Whether most labels of a column open with a row code (at least three). */
function codedLabels(labels: readonly string[]): boolean {
  const filled = labels.filter(Boolean);
  const coded = filled.filter((label) => LEADING_CODE.test(label)).length;
  return coded >= 3 && coded >= 0.6 * filled.length;
}

/** A header code as a mid-table header repeats it ("STT", "TT"; "ST" with its last letter wrapped to the next line). */
const INNER_HEADER_CODE = /^(?:stt|st|tt|so tt)$/;

/**
 * A row inside the body that starts a block of its own under new column headings (a second header row naming
 * other columns: "STT | Biên chế | Được giao | Có mặt" after the dossier rows): no value in it, a header code in the
 * first column or text over every column that held values above, and a row with values after it. A header repeated
 * as it was (a new page) starts no block.
 */
function innerHeaderRows(grid: Grid, headerCount: number): number[] {
  const { rows, columns } = grid;
  const headers = rows.slice(0, headerCount);
  const hasValue = (row: GridRow) => row.cells.some((cell) => isValueCell(clean(cell.text)));
  let lastWithValue = rows.length - 1;
  while (lastWithValue >= 0 && !hasValue(rows[lastWithValue])) lastWithValue--;
  const starts: number[] = [];
  let valueColumns = new Set<number>();
  for (let r = headerCount; r < rows.length; r++) {
    const row = rows[r];
    const first = row.cells.find((cell) => clean(cell.text) !== '');
    if (hasValue(row)) {
      // A row code is no value column's.
      for (const cell of row.cells) if (isValueCell(clean(cell.text)) && !(cell === first && isCodeCell(cell.text))) valueColumns.add(cell.column);
      continue;
    }
    const worded = row.cells.filter((cell) => valueColumns.has(cell.column) && /\p{L}{2}/u.test(cell.text));
    const coded = first !== undefined && first.column === 0 && INNER_HEADER_CODE.test(foldDiacritics(clean(first.text)));
    // Headings differ from each other ("Không có | Không có" is a row's answer).
    const distinct = new Set(worded.map((cell) => foldDiacritics(clean(cell.text)))).size === worded.length;
    const headsValues = worded.length >= 2 && distinct && (coded || worded.length === valueColumns.size);
    if (!headsValues || r > lastWithValue || repeatsHeader(row, headers, columns)) continue;
    starts.push(r);
    valueColumns = new Set();
  }
  return starts;
}

/**
 * Read a grid into rows, or undefined when it is not a statistics table (no label column, no numbers). A header row
 * inside the body starts a block read under its own headings.
 */
export function readGrid(table: Grid, context: GridContext): RawRow[] | undefined {
  const halves = sideBySideHalves(table, context);
  if (!halves) return readBlocks(table, context);
  const read = halves.map(({ grid, level }, h) => readBlocks(grid, context)?.map((row) => ({
    ...row,
    // Rows are numbered through the whole table, the right half's after the left's.
    ...(row.row !== undefined ? { row: row.row + h * table.rows.length } : {}),
    ...(level !== undefined && row.rowLevel === undefined && row.columnLevel === undefined ? { rowLevel: level } : {}),
  })));
  return read.some(Boolean) ? read.flatMap((rows) => rows ?? []) : undefined;
}

/**
 * A table set as halves side by side: the leaf header row repeats the same headings in each half ("TT | Chỉ tiêu |
 * Kết quả | TT | Chỉ tiêu | Kết quả"), each half with a text column of its own. Each half is a table of its own, at
 * the level a heading above it names ("Cấp huyện" over the left half; "Toàn huyện" the unit's own), if any.
 */
function sideBySideHalves(grid: Grid, context: GridContext): Array<{ grid: Grid; level?: Level }> | undefined {
  const { rows, columns } = grid;
  const headerCount = headerRowCount(rows, grid.maxHeaderRows, grid.lineHeader, columns);
  if (headerCount === 0 || columns < 4) return undefined;
  const leaves = Array.from({ length: columns }, (_, c) => foldDiacritics(clean(covering(rows[headerCount - 1], c)?.text ?? '')));
  const body = rows.slice(headerCount);
  /** A column of labels: mostly words, not codes. */
  const textual = (c: number) => {
    const stats = statsOf(body, c);
    return stats.filled > 0 && stats.values < 0.5 * stats.filled && stats.codes < stats.filled;
  };
  for (let halves = 2; halves <= columns / 2; halves++) {
    const width = columns / halves;
    if (!Number.isInteger(width)) continue;
    const repeats = leaves.every((leaf, c) => leaf !== '' && leaf === leaves[c % width]);
    if (!repeats || !Array.from({ length: width }, (_, c) => c).some(textual)) continue;
    return Array.from({ length: halves }, (_, h) => {
      const [from, to] = [h * width, (h + 1) * width];
      const clip = (row: GridRow): GridRow => ({
        ...row,
        cells: row.cells.filter((cell) => cell.column < to && cell.column + cell.span > from).map((cell) => {
          const column = Math.max(cell.column, from);
          return { ...cell, column: column - from, span: Math.min(cell.column + cell.span, to) - column };
        }),
      });
      const named = rows.slice(0, headerCount - 1).flatMap((row) => clip(row).cells).map((cell) => rowKind(clean(cell.text), context.report, context.cityLevel));
      const kind = named.find((k) => k.kind === 'level' || k.kind === 'total');
      const level = kind?.kind === 'level' ? kind.level : kind?.kind === 'total' ? '' : undefined;
      return { grid: { ...grid, columns: width, rows: rows.map(clip) }, ...(level !== undefined ? { level } : {}) };
    });
  }
  return undefined;
}

/** Read a grid block by block, a header row inside the body starting a block. */
function readBlocks(table: Grid, context: GridContext): RawRow[] | undefined {
  const starts = innerHeaderRows(table, headerRowCount(table.rows, table.maxHeaderRows, table.lineHeader, table.columns));
  if (starts.length === 0) return readBlock(table, context);
  const bounds = [0, ...starts, table.rows.length];
  const read = bounds.slice(0, -1).map((start, k) => {
    const block = readBlock({ ...table, rows: table.rows.slice(start, bounds[k + 1]) }, context);
    // Rows are numbered through the whole table.
    return block?.map((row) => ({ ...row, ...(row.row !== undefined ? { row: row.row + start } : {}) }));
  });
  return read.some(Boolean) ? read.flatMap((rows) => rows ?? []) : undefined;
}

/** A span of time wanting its year, as a merged period cell's first line ("6 tháng cuối năm", "Quý II năm"). */
const SPAN_BEFORE_YEAR = /^(?:\d{1,2}\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?|(?:nửa|sáu\s+tháng)\s+(?:đầu|cuối)\s+năm|quý\s+[IVX]+(?:\s+năm)?)$/iu;
const YEAR_LINE = /^(?:năm\s+)?(?:19|20)\d\d$/iu;

/**
 * Lines of text (PDF): a period cell merged down over sub-rows wraps its year onto the next sub-row's line ("6 tháng
 * đầu năm" / "2024"); the year goes back to the cell it ends, the sub-row's cell left empty, as a Word table has it.
 */
function joinWrappedPeriodCells(grid: Grid, headerCount: number): Grid {
  if (!grid.lineHeader) return grid;
  const rows = grid.rows.map((row) => ({ ...row, cells: [...row.cells] }));
  for (let r = Math.max(headerCount, 1); r < rows.length; r++) {
    const cells = rows[r].cells;
    const k = cells.findIndex((cell) => YEAR_LINE.test(clean(cell.text)));
    const above = k < 0 ? undefined : at(rows[r - 1], cells[k].column);
    if (!above || !SPAN_BEFORE_YEAR.test(clean(above.text))) continue;
    rows[r - 1].cells[rows[r - 1].cells.indexOf(above)] = { ...above, text: `${clean(above.text)} ${clean(cells[k].text)}` };
    cells.splice(k, 1);
  }
  return { ...grid, rows };
}

function readBlock(table: Grid, context: GridContext): RawRow[] | undefined {
  const regrouped = sideBySidePairs(table) ?? headingsOverValueRow(table) ?? table;
  const headerCount = headerRowCount(regrouped.rows, regrouped.maxHeaderRows, regrouped.lineHeader, regrouped.columns);
  const grid = joinWrappedPeriodCells(regrouped, headerCount);
  const headers = grid.rows.slice(0, headerCount);
  const body = grid.rows.slice(headerCount).filter((row) => !repeatsHeader(row, headers, grid.columns));
  // One figure per row, its scope and period in columns of their own: read row by row.
  const long = readLongFormat(grid.table, Array.from({ length: grid.columns }, (_, c) => headerOf(headers, c, [], grid.lineHeader).join(' ')), body, grid.columns, context);
  if (long) return long;
  const roles = rolesOf(body, headers, grid.columns, grid.lineHeader);
  if (!roles) return undefined;
  // A cell merged across the code and label columns ("Tổng cộng" over STT and the label) is the row's label.
  const spansLabel = (cell: GridCell | undefined) => cell !== undefined && roles.label !== undefined && cell.column < roles.label && cell.column + (cell.span ?? 1) > roles.label;
  const rawText = (row: GridRow, c: number | undefined) => {
    if (c === undefined) return '';
    if (c === roles.label && !at(row, c)) return clean(row.cells.find(spansLabel)?.text ?? '');
    const cell = at(row, c);
    return spansLabel(cell) ? '' : clean(cell?.text ?? '');
  };
  // Laid-out text sets a row code one space before its label ("10 Xã Tén"): with no code column, and most labels
  // opened by a code, the code is split off the label.
  const coded = roles.code === undefined && codedLabels(body.map((row) => rawText(row, roles.label)));
  const cellText = (row: GridRow, c: number | undefined) => (coded && c === roles.label ? rawText(row, c).replace(LEADING_CODE, '') : rawText(row, c));
  const codeOf = (row: GridRow) => (coded ? LEADING_CODE.exec(rawText(row, roles.label))?.[1] ?? '' : cellText(row, roles.code));
  const headerParts = new Map(roles.values.map((c) => [c, headerOf(headers, c, roles.values, grid.lineHeader)]));
  /** The headers as read for what a column counts (the shown header stays as written). */
  const readParts = tasksNamedBeside(headerParts, context.report);
  const dims = new Map<number, ColumnDimension>(roles.values.map((c) => [c, columnDimension(headerParts.get(c) ?? [], context.report, context.cityLevel)]));
  const { labels, readings } = composeLabels(body, roles, cellText);
  const kinds = labels.map((label) => rowKind(label, context.report, context.cityLevel));
  // Bodies name a level only in a table of levels ("Các phòng, ban …" / "UBND các xã …" / "Toàn huyện"): among
  // agencies' or indicators' rows the same words head a group or count the bodies.
  if (!kinds.every((k, i) => labels[i] === '' || k.kind === 'level' || k.kind === 'total')) {
    kinds.forEach((k, i) => {
      if (k.kind === 'level' && k.byBodies) kinds[i] = rowKind(labels[i], context.report, context.cityLevel, false);
    });
  }
  periodSubRows(body.map(codeOf), labels, readings, kinds, context.report);
  const unlabelled = unlabelledTotal(body, labels, roles.values, (row, c) => cellText(row, c), codeOf);
  if (unlabelled !== undefined) kinds[unlabelled] = { kind: 'total' };
  // Rows naming only the reporting unit itself (a transposed table of its own figures): its own total, read by
  // column. Among other units' rows (a department's report listing every department) it is one unit of many.
  const ownUnitOnly = labels.some((label) => label !== '') && labels.every((label) => label === '' || namesOwnUnit(label, context));
  if (ownUnitOnly) labels.forEach((label, i) => {
    if (label !== '') kinds[i] = { kind: 'total' };
  });
  const labelled = kinds.filter((_, i) => labels[i] !== '');
  const byUnitOrPeriod = labelled.filter((k) => k.kind === 'unit' || k.kind === 'period').length;
  // Rows naming only levels (and a total): "Cấp huyện" rows under indicator rows are level sub-rows instead.
  const byLevel = labelled.filter((k) => k.kind === 'level').length >= 2 && labelled.every((k) => k.kind === 'level' || k.kind === 'total');
  let byColumn = byLevel || ownUnitOnly || (byUnitOrPeriod >= 2 && (byUnitOrPeriod + labelled.filter((k) => k.kind === 'total').length) >= 0.6 * labelled.length);
  // Rows of intake channels closed by a total row, under columns that say what is counted: read by column.
  const channels = labels.map((label, i) => (kinds[i].kind === 'indicator' && label !== '' ? channelReading(label) : ''));
  const channelRows = channels.filter(Boolean).length;
  if (!byColumn && channelRows >= 2 && channelRows === labelled.filter((k) => k.kind === 'indicator').length && kinds.some((k) => k.kind === 'total')
    && roles.values.filter((c) => headerNamesIndicator(headerParts.get(c) ?? [], context.report)).length >= 2) {
    channels.forEach((reading, i) => {
      if (reading !== '') kinds[i] = { kind: 'unit', level: '' };
    });
    byColumn = true;
  }
  if (!byColumn && rowsAreCategories(labels, kinds, roles.values.map((c) => readParts.get(c) ?? []), context.report)) {
    // A category's total is the unit's own (level empty), as a field's row counts the unit's own dossiers.
    // A group row (roman code) carries a subtotal: listed, never a category of its own.
    // Categories written as proper names ("Tân Lập", "Hoàng Su Phì") are places one level below the reporting unit.
    const categories = kinds.map((k, i) => k.kind === 'indicator' && labels[i] !== '' && !GROUP_CODE.test(codeOf(body[i])));
    const places = categories.filter((c, i) => c && PLACE_NAME.test(labels[i])).length;
    const placeLevel = places >= 2 && places >= 0.6 * categories.filter(Boolean).length ? LEVEL_BELOW[context.unitLevel] : '';
    kinds.forEach((_, i) => {
      if (categories[i]) kinds[i] = { kind: 'unit', level: PLACE_NAME.test(labels[i]) ? placeLevel : '' };
    });
    byColumn = true;
  }
  // A column of counts with their rates in brackets ("1.980 (81,6%)") is read for what it counts; the rate is that count's share.
  const pairColumns = new Set(roles.values.filter((c) => {
    const filled = body.map((row) => cellText(row, c)).filter(Boolean);
    return filled.length > 0 && filled.filter((t) => bracketedRate(t) !== undefined).length >= 0.6 * filled.length;
  }));
  const countParts = (c: number) => (readParts.get(c) ?? []).map((p) => (pairColumns.has(c) ? p.replace(/\([^)]*\)/g, ' ') : p));
  const meanings = new Map(roles.values.map((c) => [c, byColumn ? headerMeaning(countParts(c), context.report) : '']));
  const rateMeanings = new Map([...pairColumns].map((c) => [c, byColumn ? shareOf(meanings.get(c) ?? '') : '']));
  // A row label naming two counts joined by "/" ("Số hồ sơ đúng hạn/Tổng số hồ sơ đã giải quyết") over "3.264/3.281".
  const labelFractions = readings.map((reading) => {
    const halves = byColumn ? undefined : countPairHeading(reading);
    return halves?.every((half) => matchLabel(half, { percent: false }).indicator !== '') ? halves : undefined;
  });
  // A leaf naming two counts joined by "/" over "3.264/3.281" cells: each count read by its half of the leaf.
  const fractionReadings = new Map(byColumn ? roles.values.flatMap((c) => {
    const parts = readParts.get(c) ?? [];
    const halves = countPairHeading(parts.at(-1) ?? '');
    const halfMeanings = halves?.map((half) => headerMeaning([...parts.slice(0, -1), half], context.report));
    return halfMeanings && halfMeanings.every((m) => matchLabel(m, { percent: false }).indicator !== '') ? [[c, halfMeanings] as const] : [];
  }) : []);
  if (byColumn) {
    partsOfTotals(meanings, headerParts, (parts) => columnDimension(parts, context.report).period !== NO_PERIOD, (c, not) => headerMeaning(countParts(c), context.report, not));
    levelColumnsOfWhole(roles.values, meanings, headerParts);
    rankColumns(roles.values, meanings, (c) => dims.get(c)?.kind === 'rank');
    onTimeIncludesEarly(meanings, headerParts);
    countsProceduresBeside(meanings, headerParts, context.report);
    for (const c of newIntakeColumns(meanings, headerParts)) meanings.set(c, NEW_INTAKE);
  }
  // Staff groups named in the header over what is counted of them, when the header's words alone name no staff
  // figure ("Đơn vị sự nghiệp công lập" over "Tinh giản trong năm"): the pair says the key, as on a group's row.
  const staffColumns = new Map(byColumn ? roles.values.flatMap((c) => {
    const parts = headerParts.get(c) ?? [];
    if (/%|tỷ\s+lệ/iu.test(parts.join(' ')) || matchLabel(meanings.get(c) ?? '').indicator.startsWith('staff.')) return [];
    const indicator = headerGroupIndicator(parts.join(' '));
    return indicator === undefined ? [] : [[c, indicator] as const];
  }) : []);
  // Beside a maximum column, a share is of the maximum, as beside a plan column it is of the plan.
  const hasPlan = [...dims.values()].some((d) => d.kind === 'plan' || d.kind === 'maximum');
  // … and the rows are the parts of a score: only a score (the index's total) is a figure, not what a part is named after.
  const scored = [...dims.values()].some((d) => d.kind === 'maximum');
  // A row with no maximum ("-" or empty there: a rank, a count of survey forms under the scores) is no part of the score.
  const maximumColumns = roles.values.filter((c) => dims.get(c)?.kind === 'maximum');
  const scoredRow = (row: GridRow) => maximumColumns.some((c) => parseCellNumber(cellText(row, c)) !== undefined);
  const totalLevel = unitsLevel(kinds, context);
  // Value columns grouped under two or more levels ("cấp huyện: Tổng số | Toàn trình", "cấp xã: …"): a total row
  // gives each group's figures at that group's level.
  const columnLevels = new Set([...dims.values()].map((d) => d.level).filter((l): l is Level => l !== undefined && l !== ''));
  const totalLevelOf = (c: number | undefined): Level => {
    const level = c === undefined ? undefined : dims.get(c)?.level;
    return columnLevels.size >= 2 && level ? level : totalLevel;
  };
  let [countColumn, shareColumn]: Array<number | undefined> = roles.values.length === 2 && !hasPlan ? roles.values : [];
  const bareShare = (c: number) => BARE_SHARE.test(foldDiacritics(clean((headerParts.get(c) ?? []).join(' '))));
  if (countColumn !== undefined && !(dims.get(countColumn)?.kind === 'value' && dims.get(countColumn)?.period === NO_PERIOD && !bareShare(countColumn) && bareShare(shareColumn))) shareColumn = undefined;
  // … or such a pair under each of two or more headings (levels, periods): each share is of its own pair's count.
  const paired = pairedShares(hasPlan ? [] : roles.values, headerParts, (c) => dims.get(c)?.kind === 'value');
  const facets = byColumn ? new Map<number, string>() : groupFacets(roles.values, headerParts);
  const units = byColumn ? undefined : unitColumns(roles.values, headerParts, context);
  const out: RawRow[] = [];
  /** The period a value-less band row names ("II. Lũy kế 3 tháng đầu năm"): the rows under it take it. */
  let band: Period | undefined;
  /** The level a value-less band row names ("II. CẤP XÃ"; "III. TOÀN HUYỆN" the unit's own): the indicator rows under it take it. */
  let levelBand: Level | undefined;
  body.forEach((row, i) => {
    const label = labels[i];
    const code = codeOf(row);
    const unit = cellText(row, roles.unit);
    const note = roles.notes.map((c) => cellText(row, c)).filter(Boolean).join('; ');
    const text = row.cells.map((c) => clean(c.text)).filter(Boolean).join(' | ');
    const scope = byColumn ? { meaning: label } : labelScope(readings[i], context.report);
    const kind = kinds[i];
    const filled = roles.values.filter((c) => cellText(row, c) !== '');
    if (!byColumn && filled.length === 0) {
      band = labelScope(text, context.report).period ?? band;
      // Only a band row sets a level band ("- Cấp huyện:" with no value is a level marker under its parent); a band
      // naming something else (a section) ends it.
      if (isBandRow(row, grid.columns, grid.lineHeader ?? false)) {
        const banded = rowKind(label.replace(SECTION_PREFIX, ''), context.report, context.cityLevel);
        levelBand = banded.kind === 'level' ? banded.level : banded.kind === 'total' ? totalLevel : undefined;
      }
    }
    /** One value cell, or one part of it (`part`: a count or a rate sharing a cell, read by its own wording). */
    const emit = (c: number | undefined, part?: CellValue & { reading: string }) => {
      const cell = c === undefined ? undefined : at(row, c);
      const written = cellText(row, c);
      // "119 thủ tục", "thứ 5/21": the number, and the unit when the row has no unit cell.
      // A total with its level parts in brackets stays whole: the rows reader splits it.
      const levelled = part ? undefined : levelBreakdown(written);
      const inCell = part ?? levelled?.total ?? (parseCellNumber(written) === undefined ? unitValue(written) : undefined);
      const value = levelled ? written : inCell?.value ?? written;
      const dim = c === undefined ? undefined : dims.get(c);
      const many = roles.values.length > 1;
      const column = c === undefined ? '' : (headerParts.get(c) ?? []).join(' ');
      const base: RawRow = {
        table: grid.table, code, label, value, note, text,
        // A money unit in the column's header ("Thực hiện (tỷ đồng)") is the unit of its cells.
        unit: part?.unit || unit || inCell?.unit || headerMoneyUnit(column),
        place: cell && value !== '' ? cell.place : row.place,
        row: i,
        column,
      };
      if (!byColumn) {
        const read = part ? labelScope(part.reading, context.report) : scope;
        const period = dim && dim.period !== NO_PERIOD ? dim.period : read.period ?? band;
        // A plan column, a share of the plan, never figures; one value column among several says which is the result.
        // A bare share column beside the one count column ("Số lượng | Tỷ lệ (%)"): the share of the row's count.
        if ((c === shareColumn || paired.shares.has(c!)) && !/^t[ỷỉ]\s+l[ệê]/iu.test(read.meaning) && !scored) {
          const shareLevel = dim?.level ?? paired.levels.get(c!);
          return out.push({
            ...base, unit: '%', meaning: `Tỷ lệ ${read.meaning.replace(/^số\s+(?:lượng\s+)?/iu, '')}`, ...(period ? { period } : {}),
            ...(many && shareLevel !== undefined ? { columnLevel: shareLevel } : {}),
          });
        }
        // A rank beside the result it ranks: the PAR index's rank; a rank of anything else (SIPAS, a share) has no key.
        if (dim?.kind === 'rank') {
          const ranksIndex = matchLabel(read.meaning).indicator.startsWith('par_index.');
          return out.push({ ...base, ...(period ? { period } : {}), ...(ranksIndex ? { indicator: 'par_index.rank' } : { figure: false }) });
        }
        const grouped = c === undefined || kind.kind !== 'indicator' ? undefined : groupRow(label, facets.get(c), context);
        if (grouped) return out.push({ ...base, ...grouped, ...(period ? { period } : {}), ...(grouped.indicator === '' || dim?.kind !== 'value' ? { figure: false } : {}) });
        // A plan cell, or a share of the plan, of a result whose plan has a key of its own (revenue): that key.
        const planned = dim?.kind === 'plan' || (dim?.kind === 'share' && hasPlan && !scored) ? plans[matchLabel(read.meaning).indicator] : undefined;
        if (dim && planned) {
          // "Tỷ lệ so với kế hoạch (%)" names the plan too: a share all the same.
          const share = dim.kind === 'share' || /%|t[ỷỉ]\s+l[ệê]/iu.test(column);
          return out.push({
            ...base, indicator: share ? planned.share : planned.plan, ...(share && base.unit === '' ? { unit: '%' } : {}),
            ...(period ? { period } : {}), ...(many && dim.level !== undefined ? { columnLevel: dim.level } : {}),
          });
        }
        // Beside its share, a count whose label has a key only for the share ("Thành phần hồ sơ được số hóa") is no figure.
        const countedKey = c === countColumn && shareColumn !== undefined ? matchLabel(read.meaning).indicator : '';
        const shareOnly = countedKey !== '' && indicatorOf(countedKey).unit === 'percent';
        const figure = (!dim || dim.kind === 'value' || (dim.kind === 'share' && !hasPlan && !many)) && (!scored || !scoredRow(row) || namesScore(read.meaning)) && !units?.listed.has(c!) && !shareOnly;
        const level = units?.total.has(c!) ? units.level : dim?.level ?? paired.levels.get(c!);
        return out.push({
          ...base,
          // Without a unit, a "%" in the column's header is the unit ("Năm 2023 (%)").
          ...(base.unit === '' && /%/.test(base.column ?? '') ? { unit: '%' } : {}),
          ...(read.meaning !== label ? { meaning: read.meaning } : {}),
          ...(period ? { period } : {}),
          ...(many && level !== undefined ? { columnLevel: level } : {}),
          // A row naming only a level ("Thuộc thẩm quyền cấp thành phố"): that level, "cấp thành phố" the city's own.
          ...(kind.kind === 'level' && !level ? { rowLevel: kind.level } : {}),
          ...(kind.kind === 'indicator' && !level && levelBand !== undefined ? { rowLevel: levelBand } : {}),
          ...(figure ? {} : { figure: false }),
        });
      }
      const meaning = part ? part.reading : c === undefined ? '' : meanings.get(c) ?? '';
      // A channel row's received count is that channel's count.
      if (channels[i] !== '' && byColumn && meaning !== '' && matchLabel(meaning, { percent: false }).indicator === 'dossier.received') {
        return out.push({ ...base, meaning: channels[i], byColumn: true, ...(dim && dim.period !== NO_PERIOD ? { period: dim.period } : {}) });
      }
      const headerText = (headerParts.get(c ?? -1) ?? []).join(' ');
      // A period row's, or a level or total sub-row's under a merged period cell; else the column's.
      const rowPeriod = 'period' in kind && kind.period ? { period: kind.period } : dim && dim.period !== NO_PERIOD ? { period: dim.period } : {};
      const staff = c === undefined || part ? undefined : staffColumns.get(c);
      if (staff !== undefined) {
        // The group's level is in its key (commune officials are the unit's own count): the row's alone.
        const counted = staff !== '' && (kind.kind === 'total' || kind.kind === 'period' || kind.kind === 'level');
        return out.push({
          ...base, meaning, indicator: staff, byColumn: true,
          ...rowPeriod,
          ...(kind.kind === 'total' ? { rowLevel: totalLevel } : kind.kind === 'level' ? { rowLevel: kind.level } : {}),
          ...(counted ? {} : { figure: false }),
        });
      }
      out.push({
        ...base,
        unit: part ? part.unit : base.unit || (/%/.test(headerText) ? '%' : ''),
        meaning,
        byColumn: true,
        ...rowPeriod,
        ...(kind.kind === 'unit' ? { unitName: label } : {}),
        ...(kind.kind === 'total' ? { rowLevel: totalLevelOf(c) } : kind.kind === 'level' ? { rowLevel: kind.level } : {}),
        ...(kind.kind === 'total' || kind.kind === 'period' || kind.kind === 'level' ? (dim?.kind === 'plan' || dim?.kind === 'maximum' || dim?.kind === 'difference' ? { figure: false } : {}) : { figure: false }),
      });
    };
    if (filled.length === 0) emit(roles.values.length === 1 ? roles.values[0] : undefined);
    else for (const c of filled) {
      const halves = fractionReadings.get(c) ?? labelFractions[i];
      const fraction = halves && countFraction(cellText(row, c));
      if (halves && fraction) {
        emit(c, { ...fraction[0], reading: halves[0] });
        emit(c, { ...fraction[1], reading: halves[1] });
        continue;
      }
      const pair = byColumn ? bracketedRate(cellText(row, c)) : countAndRate(cellText(row, c), unit);
      if (!pair) {
        emit(c);
        continue;
      }
      const wording = byColumn ? { count: meanings.get(c) ?? '', rate: rateMeanings.get(c) ?? '' } : countAndRateLabels(readings[i]);
      emit(c, { ...pair[0], reading: wording.count });
      emit(c, { ...pair[1], reading: wording.rate });
    }
  });
  return out;
}
