/**
 * Numbers as Vietnamese reports write them: dot thousands and comma
 * decimals ("57.286", "99,48%", "1.544,4 tỷ đồng"), the comma misused as a
 * thousands separator before counted things ("15,488 hồ sơ"), ratios
 * ("1.182/ 1.194", "16/38"), money scaled to đồng, bounds ("trên 90%").
 * Dates, periods, years, document numbers and section numbers are not
 * quantities and are skipped. Malformed numbers ("6.0000") are reported
 * with value NaN, never guessed.
 */
import { scanDates } from './dates.js';
import { scanDocSymbols } from './doc-symbols.js';
import { scanPeriods } from './periods.js';
import {
  alternation, COUNT_UNITS, CURRENCY_WORDS, MONEY_MULTIPLIERS, QUALIFIER_WORDS,
} from './number-words.js';

export type NumberKind = 'integer' | 'decimal' | 'percent' | 'money' | 'ratio';
export type Qualifier = 'gt' | 'ge' | 'lt' | 'le' | 'approx';

export interface NumberToken {
  /** Offsets in the scanned text; [start, end) covers the number and, for a ratio, the denominator. */
  start: number;
  end: number;
  raw: string;
  /** Counts are whole numbers; money in đồng; percent as 99.48; a ratio's value is its numerator. */
  value: number;
  kind: NumberKind;
  denominator?: number;
  /** The unit word(s) right after, as written ("hồ sơ", "tỷ đồng", "%"). */
  unitWord?: string;
  /** End offset of the unit word (when there is one). */
  unitEnd?: number;
  qualifier?: Qualifier;
  /** Why the number cannot be read (value is NaN). */
  malformed?: string;
}

export type NumberHint = 'count' | 'decimal' | 'money';

const COUNT_GROUP = /^\d{3}$/;

/**
 * Read one number written the Vietnamese way (or the English way when
 * unambiguous). `hint` settles "15,488": 'count' → 15488, else 15.488.
 * null when the digits and separators make no number ("6.0000").
 */
export function parseVietnameseNumber(raw: string, hint?: NumberHint): number | null {
  const s = raw.replace(/\s+/g, '');
  if (/^\d+$/.test(s)) return Number(s);
  if (!/^\d+(?:[.,]\d+)+$/.test(s)) return null;
  const parts = s.split(/([.,])/);
  const groups = parts.filter((_, i) => i % 2 === 0);
  const seps = parts.filter((_, i) => i % 2 === 1);
  const dots = seps.filter((c) => c === '.').length;
  const commas = seps.length - dots;
  const head = groups[0];
  const tail = groups.slice(1);
  const thousands = (gs: string[]) => head.length <= 3 && gs.every((g) => COUNT_GROUP.test(g));
  if (commas === 0) {
    if (thousands(tail)) return Number(groups.join(''));
    // A lone dot before one or two digits: a decimal written the English way ("42.1").
    if (dots === 1 && tail[0].length <= 2) return Number(`${head}.${tail[0]}`);
    return null;
  }
  if (dots === 0) {
    if (commas === 1) {
      if (hint === 'count' && thousands(tail)) return Number(head + tail[0]);
      return Number(`${head}.${tail[0]}`);
    }
    return thousands(tail) ? Number(groups.join('')) : null;
  }
  const last = seps[seps.length - 1];
  const intGroups = tail.slice(0, -1);
  const sepsBefore = seps.slice(0, -1);
  const before = last === ',' ? '.' : ',';
  if (sepsBefore.every((c) => c === before) && thousands(intGroups)) {
    return Number(`${[head, ...intGroups].join('')}.${tail[tail.length - 1]}`);
  }
  return null;
}

const MULTIPLIER_ALT = alternation(Object.keys(MONEY_MULTIPLIERS));
const CURRENCY_ALT = alternation(CURRENCY_WORDS);
const COUNT_ALT = alternation([...COUNT_UNITS, 'đồng chí']);
const QUALIFIER_ALT = alternation(Object.keys(QUALIFIER_WORDS));
const NA = String.raw`(?![\p{L}\p{N}])`;

const PERCENT_AFTER = new RegExp(String.raw`^[ \t]*(%|phần\s+trăm${NA})`, 'iu');
// The currency may wrap onto the next line after the multiplier ("1.642 tỷ" ⏎ "đồng"), and the multiplier after the
// number when the currency follows it ("2.534" ⏎ "triệu đồng"; not "12" ⏎ "tỷ lệ …").
const MONEY_AFTER = new RegExp(
  String.raw`^[ \t]*(?:(${MULTIPLIER_ALT})${NA}(?:(?:[ \t]+|[ \t]*\n[ \t]*)(${CURRENCY_ALT})${NA}|[ \t]+(${COUNT_ALT})${NA})?|(${CURRENCY_ALT})${NA}(?!\s+chí)|\n[ \t]*(${MULTIPLIER_ALT})[ \t]+(?:${CURRENCY_ALT})${NA})`,
  'iu',
);
// The rest of an amount written in two multipliers: "312 tỷ 450 triệu đồng", "5 triệu 500 nghìn đồng".
const MONEY_REST = new RegExp(String.raw`^[ \t]+(\d{1,3})[ \t]+(${MULTIPLIER_ALT})${NA}(?:[ \t]+(?:${CURRENCY_ALT})${NA})?`, 'iu');
const COUNT_AFTER = new RegExp(String.raw`^[ \t]*(${COUNT_ALT})${NA}`, 'iu');
const WORD_AFTER = /^[ \t]*(\p{L}+)/u;
const QUALIFIER_BEFORE = new RegExp(String.raw`(?<![\p{L}])(${QUALIFIER_ALT})\s+$`, 'iu');
const AT_LEAST_AFTER = /^[^.;,\n]{0,40}?\btrở\s+lên/iu;
const AT_MOST_AFTER = /^[^.;,\n]{0,40}?\btrở\s+xuống/iu;

/** Digits with separators, taken whole (the lookahead-backreference is an atomic group): "1.234abc" is no number, "5.Trong" is 5. */
const NUMBER_RE = /(?<![\p{L}\p{N}]|[\p{L}]-|\d[.,])(?=(\d+(?:[.,]\d+)*))\1(?![\p{L}\p{N}])/gu;
const RATIO_TAIL = /^[ \t]*\/[ \t]*(\d+(?:[.,]\d+)*)(?![\p{L}\p{N}/])/u;

interface Unit {
  word: string;
  end: number; // offset in the text
  kind: 'percent' | 'money' | 'count' | 'word';
  factor: number;
}

function unitAfter(text: string, at: number): Unit | undefined {
  const rest = text.slice(at, at + 60);
  let m = PERCENT_AFTER.exec(rest);
  if (m) return { word: m[1], end: at + m[0].length, kind: 'percent', factor: 1 };
  m = MONEY_AFTER.exec(rest);
  if (m) {
    const word = m[0].trim();
    const end = at + m[0].length;
    const multiplier = m[1] ?? m[5];
    if (multiplier !== undefined) {
      const factor = MONEY_MULTIPLIERS[multiplier.toLowerCase()];
      // "2 triệu lượt" is a count in millions, not money.
      return { word, end, kind: m[3] !== undefined ? 'count' : 'money', factor };
    }
    return { word, end, kind: 'money', factor: 1 };
  }
  m = COUNT_AFTER.exec(rest);
  if (m) return { word: m[1], end: at + m[0].length, kind: 'count', factor: 1 };
  m = WORD_AFTER.exec(rest);
  if (m) return { word: m[1], end: at + m[0].length, kind: 'word', factor: 1 };
  return undefined;
}

function qualifierOf(text: string, start: number, after: number): Qualifier | undefined {
  const before = QUALIFIER_BEFORE.exec(text.slice(Math.max(0, start - 20), start));
  const rest = text.slice(after, after + 60);
  if (AT_LEAST_AFTER.test(rest)) return 'ge';
  if (AT_MOST_AFTER.test(rest)) return 'le';
  return before ? QUALIFIER_WORDS[before[1].toLowerCase().replace(/\s+/g, ' ')] : undefined;
}

/**
 * A standard's code: "TCVN ISO 9001:2015", "ISO 9001-2008", "tiêu chuẩn quốc gia TCVN 11041": a name, no count (the
 * "9001" of a quality system is no number of procedures).
 */
const STANDARD_CODE = /(?<![\p{L}\p{M}])(?:ISO|TCVN)(?:\s+ISO)?\s*\d{3,5}(?:\s*[:\-–]\s*(?:19|20)\d\d)?(?![\p{N}])/gu;

/** Spans whose digits are not quantities: dates, periods, document numbers, standards' codes. */
function excludedSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  const dates = scanDates(text);
  for (const d of dates) spans.push([d.start, d.end]);
  for (const p of scanPeriods(text, { year: 0 }, dates)) spans.push([p.start, p.end]);
  for (const s of scanDocSymbols(text)) spans.push([s.start, s.end]);
  for (const m of text.matchAll(STANDARD_CODE)) spans.push([m.index, m.index + m[0].length]);
  // Month/year without the word "tháng" ("3/2020"), and bare quarter/half-year ranges of years.
  for (const m of text.matchAll(/(?<![\p{N}/.,])(?:0?[1-9]|1[0-2])\s*\/\s*(?:19|20)\d\d(?![\p{N}/])/gu)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  for (const m of text.matchAll(/(?<![\p{N}/.,])(?:19|20)\d\d\s*[-–]\s*(?:19|20)\d\d(?![\p{N}])/gu)) {
    spans.push([m.index, m.index + m[0].length]);
  }
  return spans.sort((a, b) => a[0] - b[0]);
}

/** A heading or row code at the start of a line: "1.", "3.3.1.", "1.1.1 Số ...", "2)", "(3)" (an item numbered in brackets). */
function isSectionNumber(text: string, start: number, raw: string, end: number): boolean {
  // "(3) Đã giải quyết …": the bracket opens the line and closes right after the number.
  const bracketed = text[start - 1] === '(';
  if (bracketed && !/^\)(?:[ \t\n]|$)/.test(text.slice(end, end + 2))) return false;
  // Only blanks may stand between the line start and the code; look back no further than that.
  let lineStart = bracketed ? start - 1 : start;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart--;
  if (lineStart > 0 && text[lineStart - 1] !== '\n') return false;
  if (!/^\d{1,2}(?:\.\d{1,2})*$/.test(raw)) return false;
  const next = text.slice(end, end + 2);
  return /^[.)][ \t\n]|^[.)]$/.test(next) || next === '.' || (raw.includes('.') && /^[ \t]/.test(next));
}

/** Every number in the text that is a quantity, left to right. */
export function scanNumbers(text: string): NumberToken[] {
  const spans = excludedSpans(text);
  // Numbers come left to right and spans are sorted: walk the spans once (linear, not spans × numbers).
  let next = 0;
  const inSpan = (a: number, b: number) => {
    while (next < spans.length && spans[next][1] <= a) next++;
    for (let i = next; i < spans.length && spans[i][0] < b; i++) if (spans[i][1] > a) return true;
    return false;
  };
  const out: NumberToken[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    const start = m.index;
    const raw = m[0];
    let end = start + raw.length;
    if (inSpan(start, end) || isSectionNumber(text, start, raw, end)) continue;

    const ratio = RATIO_TAIL.exec(text.slice(end, end + 40));
    if (ratio) {
      const denEnd = end + ratio[0].length;
      const unit = unitAfter(text, denEnd);
      const hint: NumberHint = 'count';
      const value = parseVietnameseNumber(raw, hint);
      const denominator = parseVietnameseNumber(ratio[1], hint);
      const token: NumberToken = {
        start, end: denEnd, raw: text.slice(start, denEnd), value: value ?? NaN, kind: 'ratio',
        denominator: denominator ?? NaN,
      };
      if (value === null || denominator === null) token.malformed = `cannot read the ratio ${token.raw}`;
      if (unit && unit.kind !== 'word') Object.assign(token, { unitWord: unit.word, unitEnd: unit.end });
      const qualifier = qualifierOf(text, start, unit?.end ?? denEnd);
      if (qualifier) token.qualifier = qualifier;
      out.push(token);
      NUMBER_RE.lastIndex = denEnd;
      continue;
    }

    const unit = unitAfter(text, end);
    const hint: NumberHint | undefined =
      unit?.kind === 'count' ? 'count' : unit?.kind === 'money' ? 'money' : unit?.kind === 'percent' ? 'decimal' : undefined;
    // A bare four-digit year ("Kế hoạch CCHC 2024") is no quantity unless something is counted.
    if (/^(?:19|20)\d\d$/.test(raw) && (unit === undefined || unit.kind === 'word')) continue;
    const parsed = parseVietnameseNumber(raw, hint);
    const token: NumberToken = { start, end, raw, value: NaN, kind: 'integer' };
    if (parsed === null) {
      // Row codes in the middle of a line ("1.1.1") are not malformed quantities.
      if (/^\d{1,2}(?:\.\d{1,2}){2,}$/.test(raw)) continue;
      token.malformed = `cannot read ${raw} as a number`;
    } else if (unit?.kind === 'percent') {
      token.kind = 'percent';
      token.value = parsed;
    } else if (unit?.kind === 'money') {
      token.kind = 'money';
      token.value = Math.round(parsed * unit.factor);
      const rest = unit.factor > 1 ? MONEY_REST.exec(text.slice(unit.end, unit.end + 40)) : null;
      const restFactor = rest ? MONEY_MULTIPLIERS[rest[2].toLowerCase()] : 0;
      if (rest && restFactor < unit.factor && Number(rest[1]) * restFactor < unit.factor) {
        token.value += Number(rest[1]) * restFactor;
        unit.end += rest[0].length;
        unit.word = text.slice(end, unit.end).trim();
        NUMBER_RE.lastIndex = unit.end;
      }
    } else {
      token.value = unit ? parsed * unit.factor : parsed;
      const decimalWritten = /,/.test(raw) && hint !== 'count';
      token.kind = Number.isInteger(token.value) && !decimalWritten ? 'integer' : 'decimal';
      if (unit?.kind === 'count' && unit.factor > 1) token.value = Math.round(token.value);
    }
    if (unit) {
      token.unitWord = unit.word;
      token.unitEnd = unit.end;
    }
    const qualifier = qualifierOf(text, start, unit?.end ?? end);
    if (qualifier) token.qualifier = qualifier;
    out.push(token);
  }
  return out;
}
