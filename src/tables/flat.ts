/**
 * Appendix tables flattened into running paragraphs with no table header
 * left to open them ("STT | Chỉ tiêu | Đơn vị tính …" is what the plain-text
 * reader starts at). Rows still show their structure: a row code before a
 * capitalised label, a unit word before the value ("… Nhiệm vụ 48", "…
 * Thủ tục Cấp huyện 289, cấp xã 159"), "Trong đó", level markers. A run of
 * body lines dense with such rows is a table. Its repeated headers and the
 * URLs between cells are blanked, then the plain-text reader reads it (rows
 * split at codes, markers and units, coded answers), so a flattened table
 * and a laid-out one give the same rows.
 */
import type { SourceLine } from '../model/report.js';
import { escapeRegExp } from '../parse/number-words.js';
import { foldDiacritics } from './fold.js';
import { tableUnits } from './labels.js';
import { NUMBER_TOKEN } from './numbers.js';
import type { RawRow } from './rows.js';
import { readTextTables } from './text.js';

/** A row code, then a capitalised label: "3.1.1 Số TTHC …", "4.2.1. Tổng …" (not "2.0", "1.863", "năm 2021."). */
const CODE_THEN_LABEL = /(?:^|\s)\d{1,2}(?:\.\d{1,2})+\.?\s+\p{Lu}/u;
const LEADING_CODE = /^\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu}/u;
const LEVEL_MARKER = /^(?:[-+•]\s*)?(?:tai\s+)?cap\s+(?:huyen|xa|tinh)\b/;
const BREAKDOWN = /^trong\s+do\b/;
/** "Trong đó", "Tại cấp xã", "- Cấp huyện" inside a line: sub-rows run into it. */
const INLINE_MARKER = /\s(?:Trong\s+đó|(?:-\s*)?(?:Tại\s+cấp|Cấp)\s+(?:huyện|xã|tỉnh))(?![\p{L}])/u;
/** A coded answer: "Có = 1", "Chưa kết nối = 0". */
const CODED_ANSWER = /\S\s*=\s*\d/;
const NUMBERS_ONLY = new RegExp(`^(?:${NUMBER_TOKEN}[,;]?\\s*)+$`, 'u');
/** Lines that close an appendix (the signature block). */
const TABLE_END = /^(noi nhan|tm\.|t\/m|kt\.)/;
/** Appendix titles (folded): a table's coded headings never reach back over them. */
const APPENDIX_TITLE = new RegExp(`^(?:${['thong ke so lieu', 'so lieu ve ket qua', 'bieu', 'phu luc'].join('|')})\\b`);

/** Any unit of the unit column, as written there (capitalised), its words maybe spaced differently. */
const UNIT = `(?:${tableUnits.map((u) => u.split(/\s+/).map(escapeRegExp).join('\\s+')).join('|')})`;
/** A unit, then the value or a level value ("Nhiệm vụ 48", "Thủ tục Cấp huyện 289"). */
const UNIT_THEN_VALUE = new RegExp(`(?:^|\\s)${UNIT}\\s+(?:(?:[Tt]ại\\s+)?[Cc]ấp\\s+\\p{L}+\\s*:?\\s*)?${NUMBER_TOKEN}(?=[\\s,;]|$)`, 'u');
/** A unit ending the line: a row whose value cell is empty. */
const UNIT_AT_END = new RegExp(`\\s${UNIT}$`, 'u');

/** Column names of the table header, repeated at each page of a flattened table. */
const HEADER_COLUMNS = ['STT', 'TT', 'Chỉ tiêu thống kê', 'Chỉ tiêu', 'Nội dung', 'Kết quả thống kê', 'Kết quả', 'Ghi chú', 'Đơn vị tính', 'ĐVT', 'Số liệu'];
/** A column name, its words maybe broken over lines, with its parenthesised aside ("(Sử dụng trong kỳ báo cáo …)"). */
const HEADER_COLUMN = `(?:${HEADER_COLUMNS.map((c) => c.split(' ').map(escapeRegExp).join('\\s+')).join('|')})(?:\\s*\\([^)]{0,120}\\))?`;
/** Two or more column names in a row ("Đơn vị tính Số liệu"): one alone may be a label's words ("Số liệu về biên chế"). */
const HEADER_RUN = new RegExp(`(?<![\\p{L}\\d])${HEADER_COLUMN}(?:\\s+${HEADER_COLUMN})+(?![\\p{L}\\d])`, 'gu');
/** A URL standing alone (a cell's link), not one in a label's parentheses ("Cổng DVC (https://…)"). */
const URL = /(?<!\S)(?:https?:\/\/|www\.)[^\s()]*(?!\S)/g;

/** Texts of `lines` with repeated headers and URLs blanked (same lengths, so offsets still point into the source lines). */
function blankHeaders(lines: readonly SourceLine[]): string[] {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return lines.map((l) => l.text).join('\n').replace(HEADER_RUN, blank).replace(URL, blank).split('\n');
}

/** Most non-blank lines between two row parts that are neither (a label wrapped over lines). */
const MAX_GAP = 3;
/** Rows a region needs before it counts as a table: a few coded rows in prose are headings, not a table. */
const MIN_ROWS = 3;

/** A line that holds a whole table row: a code and a label, then a unit word (with its value, or ending the line). */
function isRowLine(text: string): boolean {
  const trimmed = text.trim();
  return CODE_THEN_LABEL.test(` ${trimmed}`) && (UNIT_THEN_VALUE.test(trimmed) || UNIT_AT_END.test(trimmed));
}

/** A line that can belong to a table between rows: a coded heading, a level sub-row, "Trong đó", numbers or units alone. */
function isRowPart(text: string): boolean {
  const trimmed = text.trim();
  const folded = foldDiacritics(trimmed);
  return isRowLine(trimmed) || LEADING_CODE.test(trimmed) || LEVEL_MARKER.test(folded) || BREAKDOWN.test(folded)
    || INLINE_MARKER.test(trimmed) || CODED_ANSWER.test(trimmed) || NUMBERS_ONLY.test(trimmed)
    || UNIT_THEN_VALUE.test(trimmed) || UNIT_AT_END.test(` ${trimmed}`);
}

/** [from, to] index ranges of `lines` that are flattened tables. */
function findRegions(lines: readonly SourceLine[]): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  let start = -1;
  let last = -1;
  let rows = 0;
  let gap = 0;
  let floor = 0;
  const close = () => {
    if (start >= 0 && rows >= MIN_ROWS) regions.push([start, last]);
    start = last = -1;
    rows = gap = 0;
  };
  lines.forEach((line, i) => {
    const folded = foldDiacritics(line.text.trim());
    if (line.kind !== 'body' || TABLE_END.test(folded) || APPENDIX_TITLE.test(folded)) {
      close();
      floor = i + 1;
      return;
    }
    if (folded === '') return;
    if (!isRowPart(line.text)) {
      if (start >= 0 && ++gap > MAX_GAP) close();
      return;
    }
    // A table starts at a whole row, never at a stray marker or number in prose.
    if (start < 0 && !isRowLine(line.text)) return;
    if (start < 0) start = headingsBefore(lines, i, floor);
    last = i;
    gap = 0;
    if (isRowLine(line.text)) rows++;
  });
  close();
  return regions;
}

/** Coded section headings ("1. Công tác chỉ đạo", "1.1. Kế hoạch CCHC") right before a table's first row belong to it. */
function headingsBefore(lines: readonly SourceLine[], i: number, floor: number): number {
  const isHeading = (line: SourceLine) => line.kind === 'body' && LEADING_CODE.test(line.text.trim()) && !/[.;:]$/.test(line.text.trim());
  let from = i;
  while (from - 1 >= floor && isHeading(lines[from - 1])) from--;
  return from;
}

/** The next free table number after the rows other readers found ("T3" → 4). */
export function nextTable(found: readonly RawRow[]): number {
  return Math.max(0, ...found.map((r) => Number(r.table.replace(/^T/, '')) || 0)) + 1;
}

/**
 * Rows of the flattened tables among the body lines of `lines` (in reading
 * order; lines other readers took are kind='table' and end a region). Marks
 * the lines read as kind='table'. Table ids continue after those in `found`.
 */
export function readFlatTables(lines: readonly SourceLine[], found: readonly RawRow[]): RawRow[] {
  const rows: RawRow[] = [];
  let table = nextTable(found);
  for (const [from, to] of findRegions(lines)) {
    const region = lines.slice(from, to + 1);
    // Headers repeated inside the run of rows are blanked in copies of the lines; places still point into the sources.
    const texts = blankHeaders(region);
    const copies = new Map(region.map((line, k) => [{ ...line, text: texts[k] }, line]));
    // The plain-text reader opens a table at its header; a flattened table lost it, so it gets one it skips as a header.
    const opening: SourceLine = { ...region[0], text: 'STT Chỉ tiêu', raw: 'STT Chỉ tiêu', rawIndex: undefined };
    const read = readTextTables([opening, ...copies.keys()], table);
    if (read.rows.length === 0) continue;
    rows.push(...read.rows);
    for (const copy of read.lines) {
      const source = copies.get(copy);
      if (source) source.kind = 'table';
    }
    table++;
  }
  return rows;
}
