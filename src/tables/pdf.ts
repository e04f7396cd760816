/**
 * PDF tables rebuilt from text-item positions, by layout: no header words
 * needed. A line whose text falls into two or more cells, one of them a
 * number, is a data line; the columns are the x-ranges those cells cover
 * (the gutters between them are where no cell text ever runs). Around the
 * data lines, the table goes on over lines whose cells stay inside the
 * columns (wrapped labels, section rows) and, above, over the header (cells
 * that may span columns); a line of prose runs across the gutters and ends
 * it. Rows are separated by the extra space cell padding leaves, by a row
 * code, a sub-row marker, or a second value in a column. A table still open
 * at the foot of a page goes on at the top of the next with the same
 * columns, with or without a repeated header. The grid is read by
 * src/tables/grid.ts like a Word table.
 */
import type { Page, PdfItem, Place, SourceLine } from '../model/report.js';
import { itemsToLines } from '../read/pdf.js';
import { foldDiacritics } from './fold.js';
import { NO_CONTEXT, readGrid, type Grid, type GridCell, type GridContext, type GridRow } from './grid.js';
import { parseCellNumber } from './numbers.js';
import type { RawRow } from './rows.js';
import { bracketedRate, unitValue } from './value-cells.js';
import { CUT_NUMBER, ENDS_IN_YEAR, endsHeadingAbove, joinLines } from './wrapped.js';

/** Items closer than this (× font size) are one cell's text: under the padding of two cells (narrow number columns leave ~0.7). */
const CELL_GAP = 0.5;
/** Gap between two lines (× font size) above which a new row starts: line pitch is ~1.15. */
const ROW_GAP = 1.3;
/** Lines of one cell are within this of the region's smallest line gap; rows padded apart are at least PADDED_PITCH of it. */
const WRAPPED_PITCH = 1.12;
const PADDED_PITCH = 1.2;
/** Gap (× font size) that no table line is that far from the next. */
const TABLE_GAP = 2.6;
/** Slack (PDF units) when testing whether a segment stays inside a column. */
const SLACK = 2;
/** A header in a small type over narrow columns wraps each heading over many lines (the national dossier form: 9; four rows of merged headings over words broken one a line: 13). */
const MAX_HEADER_LINES = 16;
const TABLE_END = /^(noi nhan|tm\.|t\/m|kt\.)/;
const ROW_CODE = /^(\d{1,2}(?:\.\d{1,2})*\.?|[IVX]+\.?|[a-zđ][.)]?|trong( do)?:?)$/i;
/** The code column's heading ("STT", "TT"; "ST" when its last letter wrapped to the next line). */
const CODE_HEADING = /^(?:stt?|tt)$/i;
const MARKER = /^([-+•]|Tại cấp|Trong đó)/u;
const ROMAN = /^[IVX]+$/;

interface Segment {
  text: string;
  left: number;
  right: number;
  items: PdfItem[];
}

interface VLine {
  page: Page;
  y: number;
  size: number;
  segments: Segment[];
  /** The source line itself (text laid out in columns); PDF lines are found by their baseline. */
  source?: SourceLine;
  /** Lines taken into this one (the wrapped ends of its numbers). */
  joined?: VLine[];
}

interface Column {
  left: number;
  right: number;
}

/** A footnote mark set in superscript after a value or a label ("2.846" + raised "1"): smaller, above the baseline. */
function isRaisedMark(item: PdfItem, line: { y: number; size: number }): boolean {
  return /^(?:\d{1,2}|\*{1,3})$/.test(item.str.trim()) && item.height < 0.75 * line.size && item.y < line.y - 0.15 * line.size;
}

function visualLines(page: Page): VLine[] {
  const solid = (page.items ?? []).filter((i) => i.str.trim() !== '');
  return itemsToLines(solid).map((l) => {
    const segments: Segment[] = [];
    for (const item of l.items) {
      // The mark is no part of the cell's value or label ("2.8461" is 2.846 with note 1).
      if (segments.length > 0 && isRaisedMark(item, l)) continue;
      const last = segments[segments.length - 1];
      if (last && item.x - last.right <= CELL_GAP * Math.max(l.size, 1)) {
        last.text += (item.x - last.right > 0.12 * l.size && !last.text.endsWith(' ') ? ' ' : '') + item.str;
        last.right = Math.max(last.right, item.x + item.width);
        last.items.push(item);
      } else segments.push({ text: item.str, left: item.x, right: item.x + item.width, items: [item] });
    }
    for (const s of segments) s.text = s.text.replace(/\s+/g, ' ').trim();
    return { page, y: l.y, size: l.size, segments };
  });
}

/** A grouped number cut at its cell's edge: its last group short of three digits ("17.75" of 17.757). */
const CUT_GROUPED = /^\d{1,3}(?:\.\d{3})*\.\d{1,2}$/;

/**
 * A line of digits alone, each centred under a grouped number cut short in
 * the line just above ("17.75" / "7"): the ends of those numbers, wrapped in
 * narrow cells. A thousands group always has three digits, so the number
 * joined must have them ("17.757"); the line is taken into the one above.
 */
function joinCutNumbers(lines: readonly VLine[]): VLine[] {
  const out: VLine[] = [];
  for (const line of lines) {
    const above = out[out.length - 1];
    const close = above !== undefined && line.page === above.page && gapBetween(above, line) <= ROW_GAP;
    const ends = close ? line.segments.map((s) => above.segments.find((a) => {
      const middle = (s.left + s.right) / 2;
      return CUT_GROUPED.test(a.text) && /^\d{1,2}$/.test(s.text) && /\.\d{3}$/.test(a.text + s.text) && middle >= a.left && middle <= a.right;
    })) : [];
    if (ends.length === 0 || ends.some((a) => a === undefined) || new Set(ends).size !== ends.length) {
      out.push(line);
      continue;
    }
    line.segments.forEach((s, k) => {
      const a = ends[k]!;
      a.text += s.text;
      a.items.push(...s.items);
    });
    above.joined = [...(above.joined ?? []), line];
  }
  return out;
}

/** A number cell: a number, "-" for none, a number with its unit ("119 thủ tục"), a rank ("thứ 5/21") or a count with its share ("117 (0,65%)"). */
const isNumber = (text: string) => parseCellNumber(text) !== undefined || /^[-–—x]$/i.test(text.trim()) || unitValue(text) !== undefined || bracketedRate(text) !== undefined;


/**
 * Two or more cells, a number among them (not only a row code; not only
 * years in two or more heading cells: a header wrapped under "Năm", or "9
 * tháng" / "Cùng" over "2024" / "kỳ 2023").
 */
function isDataLine(line: VLine): boolean {
  const numbers = line.segments.filter((s, i) => isNumber(s.text) && !(i === 0 && ROW_CODE.test(s.text.trim())));
  const yearsOnly = numbers.every((s) => ENDS_IN_YEAR.test(s.text.trim())) && line.segments.filter((s) => ENDS_IN_YEAR.test(s.text.trim())).length >= 2;
  return line.segments.length >= 2 && numbers.length > 0 && !yearsOnly;
}

/**
 * The end of a date or year broken in a narrow header cell ("31/12/202" /
 * "4"): digits alone, each under a header text that ends in a digit or a
 * slash and reaches over it.
 */
function endsBrokenNumbers(line: VLine, above: VLine | undefined): boolean {
  if (!above || line.page !== above.page || line.segments.length === 0) return false;
  return line.segments.every((s) => /^\d{1,2}$/.test(s.text.trim()) && above.segments.some((a) => CUT_NUMBER.test(a.text.trim())
    && s.left >= a.left - SLACK && s.right <= a.right + 2 * SLACK));
}

/**
 * Numbers wrapped off numbered headings ("Mức độ" / "3"), each under a header text that waits for it; the line's
 * other pieces go on with the words above them ("tuyến" under "trực").
 */
function endsNumberedHeadings(line: VLine, above: VLine | undefined): boolean {
  if (!above || line.page !== above.page) return false;
  const over = (s: Segment) => above.segments.find((a) => s.left < a.right + SLACK && s.right > a.left - SLACK)?.text.trim() ?? '';
  return line.segments.some((s) => /^\d{1,2}$/.test(s.text.trim())) && line.segments.every((s) => endsHeadingAbove(s.text.trim(), over(s)));
}

/** Index of a region's first body line: its first data line (a number broken off a header cell is still header), or a band row just above it. */
function firstDataOf(lines: readonly VLine[]): number {
  const first = lines.findIndex((line, i) => isDataLine(line) && !endsBrokenNumbers(line, lines[i - 1]) && !endsNumberedHeadings(line, lines[i - 1]));
  return first > 0 && isBandLine(lines[first - 1], columnsOf(lines.slice(first).filter(isDataLine)), lines[first].size) ? first - 1 : first;
}

/** A band's code and text: a letter or roman number, then a word ("B. LŨY KẾ 6 THÁNG", "II. Kết quả quý III"). */
const BAND = /^(?:[A-E]|[IVX]+)[.)]\s+\p{L}/u;

/**
 * A band row across the table ("B. LŨY KẾ 3 THÁNG ĐẦU NĂM" over the indicator rows written again): one cell set
 * from the code column (flush left in it, its codes centred), in the table's type, with a band's code and no
 * number. It is a row of the table, never its header nor the end of it.
 */
function isBandLine(line: VLine, columns: readonly Column[], size: number): boolean {
  const [only] = line.segments;
  const [first] = columns;
  return line.segments.length === 1 && first !== undefined && Math.abs(line.size - size) <= 0.6 && BAND.test(only.text.trim())
    && only.left >= first.left - 2.5 * line.size && only.left <= first.right + SLACK && !isDataLine(line);
}

/** Columns: the x-ranges the data lines' cells cover, merged where they overlap. */
function columnsOf(lines: readonly VLine[]): Column[] {
  const spans = lines.flatMap((l) => l.segments.map((s) => ({ left: s.left, right: s.right }))).sort((a, b) => a.left - b.left);
  const out: Column[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && s.left <= last.right + SLACK) last.right = Math.max(last.right, s.right);
    else out.push({ ...s });
  }
  return out;
}

/** Columns a segment's text runs into (a wide cell may run past its column's other cells, never into the next column's). */
function overlapped(s: Segment, columns: readonly Column[]): number {
  return columns.filter((c) => s.left < c.right - SLACK && s.right > c.left + SLACK).length;
}

/**
 * Every cell inside one column, in the table's type size. `above`: the line it would continue, whose cells it may
 * start under (a label's last line under its first, where a wider label in another row ran into the next column).
 */
function fits(line: VLine, columns: readonly Column[], size: number, above?: VLine): boolean {
  // Laid-out text has one type size: a cell's next line starts where the column does; a line that starts
  // elsewhere (an indented heading after the table) is not a cell's. Further cells of a line that starts so may sit
  // inside a column: a unit centred beside its label, both in one column where other rows join them with one space
  // ("… bồi Lượt" / "dưỡng      người").
  const startsUnder = (s: Segment) => above?.segments.some((a) => Math.abs(s.left - a.left) <= SLACK) ?? false;
  const offStart = (s: Segment) => line.source !== undefined && !isDataLine(line) && !columns.some((c) => Math.abs(s.left - c.left) <= SLACK) && !startsUnder(s);
  const [first] = line.segments;
  return Math.abs(line.size - size) <= 0.6 && line.segments.every((s) => overlapped(s, columns) <= 1) && (first === undefined || !offStart(first));
}

/** The type size of the data lines. */
function sizeOf(lines: readonly VLine[]): number {
  const sizes = lines.map((l) => l.size).sort((a, b) => a - b);
  return sizes[Math.floor(sizes.length / 2)] ?? 0;
}

/** Gutters (between columns) a segment runs across. */
function crossings(s: Segment, columns: readonly Column[]): number {
  return columns.slice(1).filter((c, i) => s.left < columns[i].right && s.right > c.left).length;
}

/** Lines of a table header above its first data line: several cells, or one cell that is not a caption over the whole table. */
function headerFits(line: VLine, columns: readonly Column[], size: number): boolean {
  // Header cells are set in the table's type, not the prose's.
  if (Math.abs(line.size - size) > 0.6) return false;
  // A column empty in every data line (Ghi chú) has its header to the right of the others; a cell centred
  // over the first column may be wider than its data ("STT" over "1").
  const [first] = columns;
  // A short cell set flush left in the code column (a group code "A", "TT" over rows "1", "2" set right or centred).
  const overFirst = (s: Segment) => Math.abs((s.left + s.right) / 2 - (first.left + first.right) / 2) <= (first.right - first.left) / 2 + SLACK
    || ((ROW_CODE.test(s.text.trim()) || CODE_HEADING.test(s.text.trim())) && s.right <= first.right + SLACK && s.left >= first.left - 2.5 * size);
  if (line.segments.some((s) => s.left < first.left - 3 * SLACK && !overFirst(s))) return false;
  if (line.segments.length > 1) return true;
  // One cell: headings set one space apart, or a header cell spanning at most two columns; a title in capitals
  // ("PHỤ LỤC THỐNG KÊ") is above the table.
  const [only] = line.segments;
  // The end of a caption wrapped over two lines ("… (từ 01/7/2025 đến" / "30/9/2025)") closes a bracket it never opened.
  if (/\)\s*$/.test(only.text) && !only.text.includes('(')) return false;
  if (splitHeadings(only, line, columns).length > 1) return true;
  // A caption runs from over the label column (the widest) into a column of numbers: no header cell spans both.
  const label = columns.reduce((a, b) => (b.right - b.left > a.right - a.left ? b : a));
  const overLabel = only.left < label.right && only.right > label.left;
  if (overLabel && columns.some((c) => c.left > label.right && only.right > c.left)) return false;
  return crossings(only, columns) <= 1 && !(/\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(only.text) && only.text === only.text.toUpperCase());
}

interface Region {
  columns: Column[];
  lines: VLine[];
}

function gapBetween(a: VLine, b: VLine): number {
  return a.page === b.page ? Math.abs(b.y - a.y) / Math.max(a.size, 1) : Infinity;
}

function ends(line: VLine): boolean {
  return TABLE_END.test(foldDiacritics(line.segments[0]?.text ?? '').trim());
}

/** A line that closes the sentence before a table ("… như sau:", the wrapped tail "sau."): one run of text ending in a stop. */
function endsSentence(line: VLine): boolean {
  return line.segments.length === 1 && /[.:;]$/.test(line.segments[0].text.trim());
}

/** The tables of one page: data lines gathered while the lines between them stay inside the columns, then the header above. */
function pageRegions(lines: readonly VLine[]): Region[] {
  const regions: Region[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!isDataLine(lines[i])) {
      i++;
      continue;
    }
    const data = [lines[i]];
    let last = i;
    for (let j = i + 1; j < lines.length; j++) {
      if (ends(lines[j]) || gapBetween(lines[j - 1], lines[j]) > TABLE_GAP) break;
      if (!isDataLine(lines[j])) {
        if (!fits(lines[j], columnsOf(data), sizeOf(data)) && !isBandLine(lines[j], columnsOf(data), sizeOf(data))) break;
        continue;
      }
      const columns = columnsOf([...data, lines[j]]);
      if (!lines.slice(last + 1, j + 1).every((l) => fits(l, columns, sizeOf(data)) || isBandLine(l, columns, sizeOf(data)))) break;
      data.push(lines[j]);
      last = j;
    }
    const columns = columnsOf(data);
    // Lines after the last data line that stay inside the columns (a wrapped label) belong to it.
    while (last + 1 < lines.length && !ends(lines[last + 1]) && gapBetween(lines[last], lines[last + 1]) <= TABLE_GAP && fits(lines[last + 1], columns, sizeOf(data), lines[last])) last++;
    if (columns.length < 2) {
      i = last + 1;
      continue;
    }
    let first = i;
    const floor = regions.length > 0 ? lines.indexOf(regions[regions.length - 1].lines.at(-1)!) + 1 : 0;
    // A band row over the first data line is the table's first row; its header is above it.
    if (first - 1 >= floor && gapBetween(lines[first - 1], lines[first]) <= TABLE_GAP && isBandLine(lines[first - 1], columns, sizeOf(data))) first--;
    while (first - 1 >= floor && i - first < MAX_HEADER_LINES && gapBetween(lines[first - 1], lines[first]) <= TABLE_GAP && !endsSentence(lines[first - 1]) && headerFits(lines[first - 1], columns, sizeOf(data))) first--;
    regions.push({ columns, lines: lines.slice(first, last + 1) });
    i = last + 1;
  }
  return regions.filter((r) => r.lines.filter(isDataLine).length >= 2 || r.columns.length >= 3);
}

/**
 * The start of a header left at the foot of the page before, when a page
 * break fell inside it (the rest of the header and the first rows on the
 * next page): the last lines of that page, after its last table and its last
 * sentence, whose cells fit the columns of the table that opens this page.
 */
function headerLeftAbove(region: Region, lines: readonly VLine[], previousPageLines: readonly VLine[], before: Region | undefined): VLine[] {
  if (previousPageLines.length === 0 || lines.indexOf(region.lines[0]) > 1) return [];
  const size = sizeOf(region.lines.filter(isDataLine));
  const taken: VLine[] = [];
  for (let n = previousPageLines.length - 1; n >= 0 && taken.length < MAX_HEADER_LINES; n--) {
    const line = previousPageLines[n];
    if (before?.lines.includes(line) || isDataLine(line) || ends(line) || endsSentence(line)) break;
    if (taken.length > 0 && gapBetween(line, taken[0]) > TABLE_GAP) break;
    if (!headerFits(line, region.columns, size)) break;
    taken.unshift(line);
  }
  // A heading over the table needs more than its last line: one line alone is a caption, or prose.
  return taken.length >= 2 ? taken : [];
}

/** Regions over the pages, a table cut by a page break joined again (same columns, at the foot of one page and the top of the next). */
function regions(pages: ReadonlyArray<readonly VLine[]>): Region[] {
  const out: Region[] = [];
  let previousPageLines: readonly VLine[] = [];
  for (const lines of pages) {
    if (lines.length === 0) continue;
    const { page } = lines[0];
    const found = pageRegions(lines);
    found.forEach((region, k) => {
      const before = out[out.length - 1];
      // The same columns: those of the part with fewer all found in the other (a column may be empty in one part).
      const [fewer, more] = before && before.columns.length <= region.columns.length ? [before.columns, region.columns] : [region.columns, before?.columns ?? []];
      const same = before !== undefined && fewer.length >= more.length - 1 && fewer.every((c) => more.some((m) => Math.abs(c.left - m.left) <= 12));
      // Cut by a page break: at the foot of one page (a page number may follow) and the top of the next.
      const acrossPages = k === 0 && lines.indexOf(region.lines[0]) <= 1 && before !== undefined && previousPageLines.slice(-2).includes(before.lines.at(-1)!);
      // Cut by the header typed again mid-table: right after the part before it.
      const afterHeader = before !== undefined && lines.includes(before.lines.at(-1)!) && lines.indexOf(region.lines[0]) === lines.indexOf(before.lines.at(-1)!) + 1;
      if (k === 0 && !(same && (acrossPages || afterHeader))) region.lines.unshift(...headerLeftAbove(region, lines, previousPageLines, before));
      if (same && (acrossPages || afterHeader)) {
        before.lines.push(...region.lines);
        before.columns = columnsOf([{ page, y: 0, size: 0, segments: [...before.columns, ...region.columns].map((c) => ({ text: '', items: [], ...c })) }]);
      }
      else out.push(region);
    });
    previousPageLines = lines;
  }
  return out;
}

/** Columns a segment covers: those it overlaps, or the one nearest to it. */
function columnSpan(s: Segment, columns: readonly Column[]): [number, number] {
  const overlapping = columns.map((c, n) => (s.left < c.right + SLACK && s.right > c.left - SLACK ? n : -1)).filter((n) => n >= 0);
  if (overlapping.length > 0) return [overlapping[0], overlapping[overlapping.length - 1] - overlapping[0] + 1];
  const middle = (s.left + s.right) / 2;
  const nearest = columns.reduce((best, c, n) => (Math.abs((c.left + c.right) / 2 - middle) < Math.abs((columns[best].left + columns[best].right) / 2 - middle) ? n : best), 0);
  return [nearest, 1];
}

/**
 * Laid-out text centres a group heading over its columns: a heading whose middle falls in the gutter beside the one
 * column it reaches covers the column across that gutter too ("Cấp xã" over "Số lượng | Tỷ lệ", set nearer the share),
 * when that column has no heading of its own on the line and both have headings on the lines below (leaves under a
 * group; a label column's heading merged down has none below).
 */
function headingSpan(s: Segment, line: VLine, columns: readonly Column[], below: readonly VLine[]): [number, number] {
  const [first, span] = columnSpan(s, columns);
  if (line.source === undefined || span !== 1) return [first, span];
  const middle = (s.left + s.right) / 2;
  const headed = (n: number, lines: readonly VLine[]) => lines.some((l) => l.segments.some((o) => o !== s && overlapped(o, [columns[n]]) > 0));
  const joins = (n: number) => !headed(n, [line]) && headed(n, below) && headed(first, below);
  if (first > 0 && middle < columns[first].left - SLACK && middle > columns[first - 1].right && joins(first - 1)) return [first - 1, 2];
  if (first + 1 < columns.length && middle > columns[first].right + SLACK && middle < columns[first + 1].left && joins(first + 1)) return [first, 2];
  return [first, span];
}

/** The column holding most of a body segment. */
function columnOf(s: Segment, columns: readonly Column[]): number {
  let best = 0;
  let bestOverlap = -Infinity;
  columns.forEach((c, n) => {
    const overlap = Math.min(s.right, c.right) - Math.max(s.left, c.left);
    if (overlap > bestOverlap) [best, bestOverlap] = [n, overlap];
  });
  return best;
}

/**
 * The gap (× font size) above which a line starts a new row. Line spacing
 * differs between producers (1.15 to 1.3 of the size): when the region shows
 * both its line pitch (a cell wrapped over lines) and clearly wider gaps (cell
 * padding between rows), rows are the wider gaps; otherwise ROW_GAP.
 */
function rowGapOf(region: Region): number {
  const gaps = region.lines.slice(1).map((line, i) => gapBetween(region.lines[i], line)).filter((g) => Number.isFinite(g) && g >= 0.9);
  const pitch = Math.min(...gaps);
  const padded = gaps.some((g) => g >= PADDED_PITCH * pitch);
  return padded ? Math.max(ROW_GAP, WRAPPED_PITCH * pitch) : ROW_GAP;
}

/** A line whose first cell is a label in the first column: words, no code and no number ("Quý", "Tháng"). */
function namesWithoutCode(line: VLine, columns: readonly Column[]): boolean {
  const first = line.segments[0];
  return first !== undefined && columnOf(first, columns) === 0 && /^\p{L}[\p{L}\p{M} ]*$/u.test(first.text.trim()) && !ROW_CODE.test(first.text.trim());
}

/** Group a region's lines into rows: header lines one by one, body lines by padding, codes, markers and second values. */
function rowsOf(region: Region): VLine[][] {
  const rows: VLine[][] = [];
  const rowGap = rowGapOf(region);
  const firstData = firstDataOf(region.lines);
  let previous: VLine | undefined;
  const valueColumns = (line: VLine) => line.segments.filter((s) => isNumber(s.text)).map((s) => columnOf(s, region.columns));
  region.lines.forEach((line, i) => {
    const current = rows[rows.length - 1];
    const first = line.segments[0];
    // A letter alone on its line is the end of a word broken in a narrow column ("huyệ" / "n"), not a code "a)".
    const startsCode = first !== undefined && columnOf(first, region.columns) === 0 && region.columns.length > 2 && ROW_CODE.test(first.text.trim())
      && !/^(trong|đó)$/i.test(first.text.trim()) && !(line.segments.length === 1 && /^\p{L}[.)]?$/u.test(first.text.trim()));
    const startsMarker = line.segments.some((s) => columnOf(s, region.columns) > 0 && MARKER.test(s.text));
    const taken = new Set(current?.flatMap(valueColumns) ?? []);
    const secondValue = valueColumns(line).some((c) => taken.has(c));
    const gap = previous ? gapBetween(previous, line) : Infinity;
    const continues = previous !== undefined && previous.page !== line.page && /^\p{Ll}/u.test(first?.text ?? '');
    // "Quý 633 640" / "II": a roman number alone on its line, close under a row labelled by a word with no code of its
    // own, ends that label (wrapped in a narrow first column), it is no section code.
    const labelEnd = startsCode && line.segments.length === 1 && ROMAN.test(first.text.trim()) && gap <= rowGap && previous !== undefined
      && namesWithoutCode(previous, region.columns) && valueColumns(previous).length > 0;
    const band = i >= firstData && isBandLine(line, region.columns, line.size);
    // A header row inside the body ("STT | Biên chế | Có mặt …" over a second block) is a row of its own.
    const innerHeader = first !== undefined && columnOf(first, region.columns) === 0 && CODE_HEADING.test(first.text.trim()) && line.segments.length >= 3 && valueColumns(line).length === 0;
    if (i <= firstData || !current || band || innerHeader || (startsCode && !labelEnd) || startsMarker || secondValue || (gap > rowGap && !continues)) rows.push([line]);
    else current.push(line);
    previous = line;
  });
  return rows;
}

/** The page's source line drawn at baseline `y` (the reader built its lines from the same items). */
function sourceLineAt(page: Page, y: number): SourceLine | undefined {
  const drawn = itemsToLines((page.items ?? []).filter((i) => i.str.length > 0));
  const target = drawn.reduce((best, l) => (Math.abs(l.y - y) < Math.abs(best.y - y) ? l : best), drawn[0]);
  return target && page.lines.find((l) => l.raw === target.text);
}

const sourceOf = (line: VLine) => line.source ?? sourceLineAt(line.page, line.y);

function placeOf(line: VLine, text: string): Place {
  const source = sourceOf(line);
  if (!source) return { page: line.page.number, line: 1, start: 0, end: 0 };
  const at = text === '' ? -1 : source.text.indexOf(text);
  return at >= 0
    ? { page: source.page, line: source.line, start: source.offset + at, end: source.offset + at + text.length }
    : { page: source.page, line: source.line, start: source.offset, end: source.offset + source.text.length };
}

/** The data lines' columns, and one for each header cell over none of them (a column left empty in every data line). */
function withHeaderColumns(region: Region, firstData: number): Column[] {
  const columns = [...region.columns];
  for (const line of region.lines.slice(0, firstData)) {
    for (const s of line.segments) if (overlapped(s, columns) === 0 && s.left > columns[columns.length - 1].right) columns.push({ left: s.left, right: s.right });
  }
  return columnsOf([{ page: region.lines[0].page, y: 0, size: 0, segments: columns.map((c) => ({ text: '', items: [], ...c })) }]);
}

/** Words a heading sets before the span of time it is about ("Kết quả", "Thực hiện", "Lũy kế", "Cùng kỳ"). */
const WAITS_FOR_PERIOD = /(?:kết\s+quả|thực\s+hiện|lũy\s+kế|cùng\s+kỳ|số\s+liệu)$/iu;

/**
 * Laid-out text sets headings of narrow columns one space apart ("Quý II Quý
 * III Quý IV Cả năm"): a header run over n columns that starts a word with a
 * capital before a small letter exactly n times is n headings ("III", "ĐVT"
 * start none; "Thực hiện năm 2024" centred over them stays one).
 */
function splitHeadings(s: Segment, line: VLine, columns: readonly Column[], above: readonly Segment[] = []): Segment[] {
  const n = overlapped(s, columns);
  if (line.source === undefined || n < 2) return [s];
  // A run under a heading just above it over as many columns, no wider than it but for the first word (which did not
  // fit on its line), is that heading's next line ("Nộp trực tiếp tại" / "Bộ phận Một cửa"), not headings side by side.
  const extra = (s.text.split(' ')[0].length + 1) * CHAR_WIDTH;
  const wraps = (a: Segment) => s.left >= a.left - extra && s.right <= a.right + extra && s.right - s.left <= a.right - a.left + extra;
  if (above.some((a) => overlapped(a, columns) >= n && wraps(a))) return [s];
  // A heading may also open with a count of months ("9 tháng Cùng" is "9 tháng" and "Cùng").
  // … unless the words before it wait for a period ("Kết quả 9 tháng năm 2024" is one heading).
  const starts = [...s.text.matchAll(/(?<=^|\s)(?:\p{Lu}\p{Ll}|\d{1,2}\s+tháng\b)/gu)].map((m) => m.index)
    .filter((start) => !(/^\d/.test(s.text.slice(start)) && WAITS_FOR_PERIOD.test(s.text.slice(0, start).trimEnd())));
  if (starts.length !== n || starts[0] !== 0) return [s];
  return starts.map((start, k) => {
    const text = s.text.slice(start, starts[k + 1]).trim();
    const left = s.left + start * CHAR_WIDTH;
    return { text, left, right: left + text.length * CHAR_WIDTH, items: [] };
  });
}

/**
 * Laid-out text also sets the lines of two narrow headings wrapped one word a
 * line one space apart ("tiếp trước" under "Mới   Kỳ"): a run whose words
 * sit under two or more cells of the header line above, each of those cells
 * over one column, is split where they do.
 */
function splitUnderCells(s: Segment, line: VLine, above: readonly Segment[], columns: readonly Column[]): Segment[] {
  if (line.source === undefined || !s.text.includes(' ')) return [s];
  const words = [...s.text.matchAll(/\S+/g)].map((m) => {
    const left = s.left + m.index * CHAR_WIDTH;
    return { text: m[0], left, right: left + m[0].length * CHAR_WIDTH };
  });
  const cellOver = (w: { left: number; right: number }) => above.findIndex((a) => w.left < a.right && w.right > a.left && overlapped(a, columns) <= 1);
  const cells = words.map(cellOver);
  if (cells.some((c) => c < 0) || new Set(cells).size < 2) return [s];
  const pieces: Segment[] = [];
  words.forEach((w, k) => {
    const last = pieces[pieces.length - 1];
    if (last && cells[k] === cells[k - 1]) {
      last.text += ` ${w.text}`;
      last.right = w.right;
    } else pieces.push({ ...w, items: [] });
  });
  return pieces;
}

function gridOf(found: Region, table: string): Grid {
  const firstData = firstDataOf(found.lines);
  const region = { ...found, columns: withHeaderColumns(found, firstData) };
  /** The header line above, as split into cells. */
  let above: Segment[] = [];
  const rows: GridRow[] = rowsOf(region).map((lines) => {
    const header = region.lines.indexOf(lines[0]) < firstData;
    const byColumn = new Map<number, { parts: string[]; span: number; line: VLine }>();
    for (const line of lines) {
      const cells = header ? line.segments.flatMap((whole) => splitUnderCells(whole, line, above, region.columns)) : line.segments;
      const over = above;
      if (header) above = cells;
      for (const whole of cells) {
        const pieces = header ? splitHeadings(whole, line, region.columns, over) : [whole];
        for (const s of pieces) {
          // A heading split off a run is its own column's (pdftotext shifts it towards the run).
          const [column, span] = header && pieces.length === 1 ? headingSpan(s, line, region.columns, region.lines.slice(region.lines.indexOf(line) + 1, firstData)) : [columnOf(s, region.columns), 1];
          const cell = byColumn.get(column) ?? { parts: [], span, line };
          cell.parts.push(s.text);
          cell.span = Math.max(cell.span, span);
          byColumn.set(column, cell);
        }
      }
    }
    const cells: GridCell[] = [...byColumn.entries()].sort((a, b) => a[0] - b[0]).map(([column, cell]) => {
      const text = joinLines(cell.parts);
      return { text, column, span: cell.span, place: placeOf(cell.line, cell.parts[0]) };
    });
    return { cells, place: placeOf(lines[0], '') };
  });
  return { table, columns: region.columns.length, rows, maxHeaderRows: Math.max(5, firstData), lineHeader: true };
}

export interface PdfTables {
  rows: RawRow[];
  lines: SourceLine[];
  tables: number;
}

/** Read the statistics tables of PDF pages from their text items. */
export function readPdfTables(pages: readonly Page[], context: GridContext = NO_CONTEXT, firstTable = 1): PdfTables {
  return readRegions(regions(pages.filter((p) => p.items && p.items.length > 0).map((p) => joinCutNumbers(visualLines(p)))), context, firstTable);
}

/** Text laid out as on paper: one character is CHAR_WIDTH wide, lines LINE_PITCH apart, in type of TEXT_SIZE. */
const TEXT_SIZE = 10;
const CHAR_WIDTH = 5;
const LINE_PITCH = 11.5;
/** Cells of a laid-out line: runs of text between gaps of two spaces or more, or a tab. */
const TEXT_CELL = /\S+(?: \S+)*/g;

/** Numbers one space apart are cells of narrow columns ("10.412 11.205"), not one cell. */
function splitNumbers(run: string, at: number): Array<{ text: string; at: number }> {
  const out: Array<{ text: string; at: number }> = [];
  let previousNumber = false;
  for (const token of run.matchAll(/\S+/g)) {
    const number = parseCellNumber(token[0]) !== undefined;
    const last = out[out.length - 1];
    if (last && !(number && previousNumber)) last.text = run.slice(last.at - at, token.index + token[0].length);
    else out.push({ text: token[0], at: at + token.index });
    previousNumber = number;
  }
  return out;
}

/** A page's body lines as visual lines: x from the character column (tabs to stops of 8), y from the line number. */
function textLines(page: Page): VLine[] {
  return page.lines.flatMap((source, i) => {
    if (source.kind !== 'body' || source.text.trim() === '') return [];
    let expanded = '';
    for (const ch of source.text) expanded += ch === '\t' ? ' '.repeat(8 - (expanded.length % 8)) + ' ' : ch;
    const segments: Segment[] = [...expanded.matchAll(TEXT_CELL)].flatMap((m) => splitNumbers(m[0], m.index)).map((cell) => ({
      text: cell.text, left: cell.at * CHAR_WIDTH, right: (cell.at + cell.text.length) * CHAR_WIDTH, items: [],
    }));
    return [{ page, y: i * LINE_PITCH, size: TEXT_SIZE, segments, source }];
  });
}

/**
 * Read the tables of plain text laid out in columns (as `pdftotext -layout`
 * writes a PDF's tables) with the same layout reading as PDF items: pages
 * without items only.
 */
export function readLaidOutTables(pages: readonly Page[], context: GridContext = NO_CONTEXT, firstTable = 1): PdfTables {
  return readRegions(regions(pages.filter((p) => !p.items || p.items.length === 0).map((p) => joinCutNumbers(textLines(p)))), context, firstTable);
}

function readRegions(found: readonly Region[], context: GridContext, firstTable: number): PdfTables {
  const rows: RawRow[] = [];
  const consumed = new Set<SourceLine>();
  let tables = 0;
  for (const region of found) {
    const read = readGrid(gridOf(region, `T${firstTable + tables}`), context);
    if (!read || read.length === 0) continue;
    for (const line of region.lines.flatMap((l) => [l, ...(l.joined ?? [])])) {
      const source = sourceOf(line);
      if (source) consumed.add(source);
    }
    rows.push(...read);
    tables++;
  }
  return { rows, lines: [...consumed], tables };
}
