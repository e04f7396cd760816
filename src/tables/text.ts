/**
 * Plain-text tables (text layers of PDFs saved as .txt, or DOCX/PDF text
 * without a table structure): one row's code, label, unit and value are
 * spread over several lines, the header repeats at each page, coded
 * answers ("Có = 1; Không = 0") sit between label and value.
 *
 * A row starts at a row code ("1.1.1.", "3.2", a bare "4" after a finished
 * row), at "Trong đó", at a dash marker, or at a capitalised line once the
 * previous row is finished (it has a value, or the line ended in the wide
 * gap that empty cells leave). Lowercase lines, unit-only lines and coded
 * answers always continue the current row.
 */
import type { SourceLine } from '../model/report.js';
import { escapeRegExp } from '../parse/number-words.js';
import { FlowBuilder } from '../text/flow.js';
import { foldDiacritics, foldedTokens } from './fold.js';
import { tableUnits } from './labels.js';
import { levelsIn } from './levels.js';
import type { RawRow } from './rows.js';

const HEADER_WORDS = new Set(['stt', 'tt', 'chi', 'tieu', 'thong', 'ke', 'ket', 'qua', 'ghi', 'chu', 'don', 'vi', 'tinh', 'so', 'lieu', 'noi', 'dung']);
const HEADER_CUES = /\b(stt|chi tieu|ket qua thong ke|don vi tinh|so lieu|ghi chu|ghi|chu|noi dung)\b/;
const USAGE_NOTE = /^\(?su dung (trong|cho) ky bao cao/;
const URL_ONLY = /^(https?:\/\/|www\.)\S*$/i;
const TABLE_END = /^(noi nhan|tm\.|t\/m|kt\.)/;
const ROW_CODE = /^(\d{1,2}(?:\.\d{1,2})+\.?|\d{1,2}\.)(?=\s|$)/;
const SECTION_CODE = /^(\d{1,2})\s+(?=\p{Lu})/u;
const BARE_NUMBER = /^\d[\d.,]*%?[,;]?$/;
const SMALL_INT = /^\d{1,2}\.?$/;
const DEF = /=\s*\d+/;

function isHeaderLine(text: string): boolean {
  const whole = foldDiacritics(text.trim());
  if (USAGE_NOTE.test(whole)) return true;
  const folded = whole.replace(/\(su dung[^)]*\)?/, ' ');
  const tokens = foldedTokens(folded);
  return tokens.length > 0 && tokens.every((t) => HEADER_WORDS.has(t)) && HEADER_CUES.test(folded);
}

/** A header laid out as one line of cells ("TT   Nội dung   Kỳ trước   Trong kỳ"): the layout reader's (src/tables/pdf.ts). */
const LAID_OUT_HEADER = /^\s*\S+(?: \S+)*(?:\s{2,}\S+(?: \S+)*){2,}\s*$/;

/** Where a table starts: a header line "STT" followed closely by "Chỉ tiêu"/"Nội dung"/"Đơn vị tính". */
function isTableStart(lines: readonly SourceLine[], i: number): boolean {
  if (!/^(stt|tt)\b/.test(foldDiacritics(lines[i].text.trim())) || LAID_OUT_HEADER.test(lines[i].text)) return false;
  return lines.slice(i, i + 12).some((l) => /chi tieu|noi dung|don vi tinh/.test(foldDiacritics(l.text)));
}

const UNIT_WORDS = new Set(tableUnits.flatMap((u) => foldedTokens(u)));
/** Each unit at the start of a folded text, as a whole phrase. */
const UNIT_PATTERNS_AT_START = tableUnits.map((u) => {
  const words = foldDiacritics(u).split(/\s+/).map(escapeRegExp);
  return new RegExp(`^(${words.join('\\s+')})(?![\\p{L}\\d])`, 'u');
});
/** Each unit at the end of a folded text, any spacing between its words, longest first. */
const UNIT_PATTERNS = tableUnits.map((u) => {
  const words = foldDiacritics(u).split(/\s+/).map(escapeRegExp);
  return new RegExp(`(?:^|\\s)(${words.join('\\s+')})$`, 'u');
});

/** A line made of unit words only ("TTHC", "Cơ quan, đơn", "% 100", "Người 03"). */
function isUnitLine(text: string): boolean {
  const rest = text.replace(/\s*\d[\d.,]*%?\s*$/, '').trim();
  if (rest === '%') return true;
  const tokens = foldedTokens(rest);
  return tokens.length > 0 && tokens.length <= 5 && /^[\p{Lu}%]/u.test(rest) && tokens.every((t) => UNIT_WORDS.has(t));
}

/** Whether `text` ends with a unit as units are written (capitalised: "… Thủ tục", not "… của đơn vị"). */
function endsWithUnit(text: string): boolean {
  const folded = foldDiacritics(text);
  return UNIT_PATTERNS.some((u) => {
    const m = u.exec(folded);
    return m !== null && /^[\p{Lu}%]/u.test(text.slice(m.index + m[0].length - m[1].length));
  });
}

/** Replace coded-answer definitions ("Không = 0;", "2 cấp = 1") by spaces (offsets kept); return them. */
function cutDefinitions(text: string): { text: string; defs: string[] } {
  const defs: string[] = [];
  let out = text;
  for (;;) {
    const eq = /=\s*\d+\s*[;,]?/.exec(out);
    if (!eq) break;
    // The answer's name: up to four words before '=', after any word ending a phrase
    // ("xã." / "0;"), from the leftmost capitalised one ("Chưa có"), else a number ("2 cấp").
    let words = [...out.slice(0, eq.index).matchAll(/\S+/g)].slice(-4);
    const stop = words.map((w) => /[.;:]$/.test(w[0])).lastIndexOf(true);
    if (stop >= 0) words = words.slice(stop + 1);
    const startWord = words.find((w) => /^\p{Lu}/u.test(w[0])) ?? words.find((w) => /^\d/.test(w[0])) ?? words[words.length - 1];
    const start = startWord?.index ?? eq.index;
    const end = eq.index + eq[0].length;
    defs.push(out.slice(start, end).replace(/\s+/g, ' ').replace(/[;,]\s*$/, '').trim());
    out = out.slice(0, start) + ' '.repeat(end - start) + out.slice(end);
  }
  // A name left waiting for its "= n" on a later line is part of a definition too.
  return { text: out.replace(/=/g, ' '), defs };
}

/** Row codes that can stand inside a line: "3.3.1.", "3.1.1", "3.1." (not "2.0", "1.863"). */
const INLINE_CODE = /(?<=\s)(?:\d{1,2}(?:\.\d{1,2}){2,}\.?|\d{1,2}(?:\.\d{1,2})+\.)(?=\s+\p{Lu}|\s*$)/gu;
const INLINE_BREAKDOWN = /(?<=\S\s+)Trong(?=\s+đó(?!\p{L})|\s*$)/gu;
const INLINE_LEVEL = /(?<=\S\s+)(?:-\s*Cấp|Tại cấp)\s/gu;
/** A row code right after a value ("Vấn đề 5 1.3 Thực hiện…", "Thủ tục 253 4"), unless that value answered a code ("= 0 1"). */
const CODE_AFTER_VALUE = /(?<=(\S+)\s+)\d{1,2}(?:\.\d{1,2})*\.?(?=\s+\p{Lu}|\s*$)/gu;
/** A value, then a capitalised word that is not a unit: the next row starts there. */
const VALUE_THEN_WORD = /(?<=(?:^|\s))(\d[\d.,]*%?)\s+(?=\p{Lu})/gu;
const HEADER_REMNANT = /^(lieu|chu|tinh)$/;
const HEADER_PREFIX = /^(?:stt\b.*?\bso lieu|(?:ghi\s+)?(?:chu\s+)?don vi tinh\s+so lieu)\s+(?=\S)|^do\s+(?=\p{Lu})/u;
/** Header words left over at the start of a line when the header wrapped mid-cell ("Số" / "liệu"). */
const REMNANT_PREFIX = /^\s*(?:liệu|chú|tính)\s+(?=\S)/u;

/**
 * Where rows start inside one line: reflowed text runs several rows into a
 * line ("- Cấp xã 4.167 Tiếp nhận qua BCCI Số lượng hồ sơ 2"). Returns
 * [from, to) segments covering the line.
 */
function rowSegments(text: string): Array<[number, number]> {
  const folded = foldDiacritics(text);
  const cuts = new Set<number>();
  for (const re of [INLINE_CODE, INLINE_BREAKDOWN, INLINE_LEVEL]) for (const m of text.matchAll(re)) cuts.add(m.index);
  for (const m of text.matchAll(CODE_AFTER_VALUE)) {
    const before = text.slice(0, m.index).trimEnd();
    if (/(?:^|\s)\d[\d.,]*%?$/.test(before) && !/=\s*\d+$/.test(before)) cuts.add(m.index);
  }
  for (const m of text.matchAll(VALUE_THEN_WORD)) {
    const before = folded.slice(0, m.index);
    const next = m.index + m[0].length;
    if (before.trim() === '' || /=\s*$/.test(before) || LABEL_NUMBER_CUE.test(before) || UNIT_PATTERNS_AT_START.some((u) => u.test(folded.slice(next)))) continue;
    cuts.add(next);
  }
  const remnant = REMNANT_PREFIX.exec(text);
  if (remnant) cuts.add(remnant[0].length);
  const header = HEADER_PREFIX.exec(folded.trimStart());
  if (header) cuts.add(text.length - folded.trimStart().length + header[0].length);
  const points = [0, ...[...cuts].filter((c) => c > 0 && c < text.length).sort((a, b) => a - b), text.length];
  return points.slice(0, -1).map((from, i) => [from, points[i + 1]]);
}

/** A paragraph of prose (long, one sentence run, no row inside) or a capitalised section heading: the table is over. */
function isProseAfterTable(text: string, current: Building | undefined): boolean {
  const trimmed = text.trim();
  if (current && !current.closed && !current.hasValue) return false;
  const paragraph = trimmed.length > 160 && /[.;:]$/.test(trimmed) && rowSegments(text).length === 1;
  const words = trimmed.split(/\s+/);
  const heading = words.length >= 4 && !/\d/.test(trimmed) && trimmed === trimmed.toUpperCase() && /\p{Lu}/u.test(trimmed) && !isHeaderLine(trimmed);
  return paragraph || heading;
}

interface Piece {
  line: SourceLine;
  from: number;
  to: number;
}

interface Building {
  code: string;
  pieces: Piece[];
  /** Lowercase lines after the row was finished (a label cell wrapped over a page break). */
  tail: Piece[];
  hasValue: boolean;
  hasUnit: boolean;
  hasLabel: boolean;
  closed: boolean;
  awaitingDefNumber: boolean;
  /** The value cell names levels ("Cấp huyện 289, cấp xã 159"). */
  levelValues: boolean;
  firstLine: SourceLine;
}

const TRAILING_VALUE = /(?:^|\s)((?:\d[\d.,]*%?[,;]?\s+)*\d[\d.,]*%?)[,;]?\s*$/;
const LEVEL_VALUES_TAIL = /(?:^|\s)((?:(?:tai\s+)?cap\s+(?:huyen|xa|tinh)\s*:?\s*\d[\d.,]*%?[,;]?\s*){2,})$/;

/** Words after which a number belongs to the label ("năm 2015", "mức độ 3", "đến 100%"). */
const LABEL_NUMBER_CUE = /\b(nam|muc do|den|tu|tren|duoi|dat|khoang|ngay|thang|quy|lan thu)\s*$/;

/** The number(s) ending `text` (a value cell, maybe preceded by a stray number), unless they belong to the label. */
function trailingValue(text: string): { start: number; value: string } | undefined {
  const folded = foldDiacritics(text);
  const levels = LEVEL_VALUES_TAIL.exec(folded);
  if (levels) {
    const start = levels.index + levels[0].indexOf(levels[1]);
    return { start, value: text.slice(start).trim() };
  }
  const m = TRAILING_VALUE.exec(text);
  if (!m) return undefined;
  let start = m.index + m[0].indexOf(m[1]);
  let numbers = [...m[1].matchAll(/\S+/g)];
  // Numbers far apart (a coded-answer cell was cut out between them) are label and value, not one cell.
  const far = numbers.map((n, i) => i > 0 && n.index - (numbers[i - 1].index + numbers[i - 1][0].length) > 3).lastIndexOf(true);
  if (far > 0) {
    start += numbers[far].index;
    numbers = [...text.slice(start).matchAll(/\S+/g)];
  }
  for (const [i, n] of numbers.entries()) {
    if (!LABEL_NUMBER_CUE.test(folded.slice(0, start + n.index))) break;
    if (i === numbers.length - 1) return undefined;
    start = start + numbers[i + 1].index - n.index;
  }
  return { start, value: text.slice(start).trim() };
}

function finishRow(row: Building, table: string): RawRow | undefined {
  const builder = new FlowBuilder();
  const all = [...row.pieces, ...row.tail];
  if (all.length === 0) return undefined;
  row.pieces.forEach((p, i) => {
    if (i > 0) builder.appendSeparator(' ');
    builder.appendLine(p.line, p.from, p.to);
  });
  const mainLength = builder.build().text.length;
  row.tail.forEach((p) => builder.appendSeparator(' ').appendLine(p.line, p.from, p.to));
  const flow = builder.build();
  const main = cutDefinitions(flow.text.slice(0, mainLength));
  const tail = cutDefinitions(flow.text.slice(mainLength));
  const found = trailingValue(main.text);
  let value = '';
  let note = '';
  let labelEnd = main.text.length;
  let valueStart = -1;
  let valueEnd = -1;
  if (found) {
    const numbers = found.value.split(/\s+/);
    const levelled = levelsIn(found.value).length > 1;
    value = levelled ? found.value.replace(/\s+/g, ' ') : numbers[numbers.length - 1];
    note = levelled ? '' : numbers.slice(0, -1).join(' ');
    labelEnd = found.start;
    valueStart = levelled ? found.start : main.text.lastIndexOf(value);
    valueEnd = levelled ? found.start + found.value.length : valueStart + value.length;
  }
  let labelPart = main.text.slice(0, labelEnd).replace(/\s+$/, '');
  let unit = '';
  const foldedLabel = foldDiacritics(labelPart);
  for (const u of UNIT_PATTERNS) {
    const m = u.exec(foldedLabel);
    // Units are written capitalised; "của đơn vị" ending a label is not one. An
    // abbreviation ending a header row without value ("Thống kê TTHC") is label.
    if (!m || !/^[\p{Lu}%]/u.test(labelPart.slice(m.index + m[0].length - m[1].length))) continue;
    const at = m.index + m[0].length - m[1].length;
    if (value === '' && /^[\p{Lu}]+$/u.test(labelPart.slice(at))) continue;
    unit = labelPart.slice(at);
    labelPart = labelPart.slice(0, at);
    break;
  }
  const defs = [...main.defs, ...tail.defs];
  if (defs.length > 0) unit = [unit, defs.join('; ')].filter(Boolean).join(' ');
  const label = `${labelPart} ${tail.text}`.replace(/\s+/g, ' ').trim();
  const place = valueStart >= 0
    ? flow.place(valueStart, valueEnd)
    : { page: row.firstLine.page, line: row.firstLine.line, start: row.firstLine.offset, end: row.firstLine.offset + row.firstLine.text.length };
  if (label === '' && value === '') return undefined;
  const text = `${row.code} ${flow.text}`.replace(/\s+/g, ' ').trim();
  return { table, code: row.code, label, unit: unit.replace(/\s+/g, ' ').trim(), value, note, place, text };
}

export interface TextTables {
  rows: RawRow[];
  /** Lines the tables consumed (to be marked kind='table'). */
  lines: SourceLine[];
}

/** Read the plain-text tables among `lines` (in reading order). Table ids continue from `firstTable`. */
export function readTextTables(lines: readonly SourceLine[], firstTable = 1): TextTables {
  const rows: RawRow[] = [];
  const consumed: SourceLine[] = [];
  let tableNumber = firstTable - 1;
  let inTable = false;
  let afterHeader = false;
  let current: Building | undefined;
  const flush = () => {
    if (current) {
      const row = finishRow(current, `T${tableNumber}`);
      if (row) rows.push(row);
    }
    current = undefined;
  };
  const start = (line: SourceLine, code: string, from: number, to: number) => {
    flush();
    current = {
      code, pieces: [], tail: [], hasValue: false, hasUnit: false, hasLabel: false, closed: false,
      awaitingDefNumber: false, levelValues: false, firstLine: line,
    };
    if (to > from) append(line, from, to);
  };
  const append = (line: SourceLine, from: number, to: number) => {
    if (!current) return;
    const piece = line.text.slice(from, to).trim();
    if (piece === '') return;
    current.pieces.push({ line, from, to });
    if (current.awaitingDefNumber) {
      current.awaitingDefNumber = false; // the number of "Hoàn thành =" on the line before
      return;
    }
    current.awaitingDefNumber = /=\s*$/.test(piece);
    const rest = cutDefinitions(piece).text.trim();
    const value = trailingValue(rest);
    // Unit and coded-answer cells come before the value cell: a number read
    // before them was part of the label ("mức độ 3", then "TTHC", then "176").
    if (isUnitLine(rest) || /=/.test(piece)) {
      if (isUnitLine(rest)) current.hasUnit = true;
      current.hasValue = value !== undefined;
      return;
    }
    if (value) current.hasValue = true;
    const beforeValue = rest.slice(0, value ? value.start : rest.length).trimEnd();
    if (beforeValue !== '') current.hasLabel = true;
    if (endsWithUnit(beforeValue)) current.hasUnit = true;
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!inTable) {
      if (!isTableStart(lines, i)) continue;
      inTable = true;
      tableNumber++;
    }
    // A table laid out in columns starting ("TT    Nội dung    Tổng số …") ends this one: the layout reader reads it.
    const laidOutStart = /^(stt|tt)\b/.test(foldDiacritics(line.text.trim())) && LAID_OUT_HEADER.test(line.text);
    if (TABLE_END.test(foldDiacritics(line.text.trim())) || isProseAfterTable(line.text, current) || laidOutStart) {
      flush();
      inTable = false;
      continue;
    }
    consumed.push(line);
    // Rows run together on one line in reflowed text: read each row start as its own segment.
    for (const [from, to] of rowSegments(line.text)) {
      const text = line.text.slice(0, to);
      const trimmed = text.slice(from).trim();
      const folded = foldDiacritics(trimmed);
      const lead = from + (text.length - from - text.slice(from).trimStart().length);
      const gap = / {2,}$/.test(text);
      if (trimmed === '') {
        if (gap && current?.hasLabel) current.closed = true;
        continue;
      }
      if (isHeaderLine(trimmed) || URL_ONLY.test(trimmed)) {
        afterHeader = true;
        continue;
      }
      // A header cut mid-cell over two lines ("… Đơn vị tính Số" / "liệu 2.4 …").
      if (afterHeader && HEADER_REMNANT.test(folded)) {
        afterHeader = false;
        continue;
      }
      afterHeader = false;

      const codeMatch = ROW_CODE.exec(trimmed) ?? SECTION_CODE.exec(trimmed);
      const leadingValue = /^(\d[\d.,]*%?)\s+(?=\p{Lu})/u.exec(trimmed);
      // Coded answers wrap inside the unit cell: their gaps do not end the row.
      const inDefinition = /=/.test(trimmed) || (current?.awaitingDefNumber === true && /^\d+\s*[;,]?$/.test(trimmed));
      if (/^=/.test(trimmed) || (current?.awaitingDefNumber && /^\d+\s*[;,]?$/.test(trimmed))) {
        append(line, lead, text.length);
      } else if (/^trong(\s+do\b|$)/.test(folded)) {
        start(line, '', lead, text.length);
      } else if (leadingValue && !ROW_CODE.test(trimmed) && current?.hasUnit && !current.hasValue && !current.closed) {
        // "… Thủ tục" / "289 Số TTHC cấp xã: …": a value that wrapped, then the next row.
        append(line, lead, lead + leadingValue[1].length);
        start(line, '', lead + leadingValue[0].length, text.length);
      } else if (codeMatch && !DEF.test(trimmed.slice(0, codeMatch[0].length + 8))) {
        const code = codeMatch[1];
        start(line, code, lead + codeMatch[0].length, text.length);
      } else if (BARE_NUMBER.test(trimmed)) {
        if (current && SMALL_INT.test(trimmed) && (current.closed || current.hasValue)) start(line, trimmed, text.length, text.length);
        else if (current) append(line, lead, text.length);
      } else if (current && /^(tai\s+)?cap\s+(huyen|xa|tinh)\b/.test(folded) && current.hasUnit && (current.levelValues || (!current.hasValue && !current.closed))) {
        append(line, lead, text.length); // a value cell "Cấp huyện 289, cấp xã 159"
        current.levelValues = true;
      } else if (current && /^[\p{Ll}(]/u.test(trimmed) && (current.closed || current.hasValue)) {
        current.tail.push({ line, from: lead, to: text.length });
      } else if (current && (isUnitLine(trimmed) || DEF.test(trimmed)) && !(current.hasUnit && current.hasValue)) {
        append(line, lead, text.length);
      } else if (/^[\p{Lu}\-+•]/u.test(trimmed)) {
        if (!current || current.closed || current.hasValue || /^[-+•]/.test(trimmed) || foldedTokens(current.pieces.map((p) => p.line.text.slice(p.from, p.to)).join(' ')).join(' ') === 'trong do') {
          start(line, '', lead, text.length);
        } else append(line, lead, text.length);
      } else if (current) {
        append(line, lead, text.length);
      }
      if (current && gap && !inDefinition && (current.hasLabel || current.hasValue || current.hasUnit)) current.closed = true;
    }
  }
  flush();
  return { rows, lines: consumed };
}
