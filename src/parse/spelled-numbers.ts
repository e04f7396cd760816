/**
 * Numbers spelled out in words, as old-style reports echo a figure in brackets:
 * "18 (mười tám) nhiệm vụ", "1.352 (một nghìn ba trăm năm mươi hai) hồ sơ", or
 * the other way round "mười tám (18) nhiệm vụ". The words say the figure again:
 * they are no figure of their own and stand between the number and its unit.
 * `numberEchoes` finds such brackets where the words spell exactly the digits'
 * value (a bracket that says anything else is an aside and stays).
 */
import { parseVietnameseNumber } from './numbers.js';

const DIGITS: Readonly<Record<string, number>> = {
  'không': 0, 'một': 1, 'mốt': 1, 'hai': 2, 'ba': 3, 'bốn': 4, 'tư': 4, 'năm': 5, 'lăm': 5, 'nhăm': 5,
  'sáu': 6, 'bảy': 7, 'bẩy': 7, 'tám': 8, 'chín': 9,
};
const SCALES: Readonly<Record<string, number>> = { 'nghìn': 1e3, 'ngàn': 1e3, 'triệu': 1e6, 'tỷ': 1e9, 'tỉ': 1e9 };
/** "một trăm linh năm" / "lẻ": no tens. */
const NO_TENS = new Set(['linh', 'lẻ']);

/**
 * The value of a number written in words ("một nghìn hai trăm bốn mươi sáu" → 1246, "mười lăm" → 15,
 * "hai mươi mốt" → 21, "một trăm linh năm" → 105); null when a word is no number word or the words make no
 * number ("hai ba", "mươi").
 */
export function readSpelledNumber(text: string): number | null {
  const words = text.toLowerCase().normalize('NFC').split(/\s+/u).filter((w) => w !== '');
  if (words.length === 0) return null;
  let total = 0;
  let group = 0; // the part below the next scale word
  let digit: number | null = null;
  let lastScale = Infinity;
  for (const word of words) {
    if (word in DIGITS) {
      if (digit !== null) return null;
      digit = DIGITS[word];
    } else if (word === 'mười') {
      if (digit !== null) return null;
      group += 10;
    } else if (word === 'mươi' || word === 'trăm') {
      if (digit === null || (word === 'mươi' && digit < 2)) return null;
      group += digit * (word === 'mươi' ? 10 : 100);
      digit = null;
    } else if (word in SCALES) {
      const scale = SCALES[word];
      const part = group + (digit ?? 0);
      if (part === 0 || scale >= lastScale) return null;
      total += part * scale;
      lastScale = scale;
      group = 0;
      digit = null;
    } else if (!NO_TENS.has(word)) {
      return null;
    }
  }
  return total + group + (digit ?? 0);
}

/** A span of text to read past: [start, end). */
export type Span = [start: number, end: number];

/** Digits as a count is written ("18", "1.246", "05"). */
const DIGITS_RE = String.raw`(?<![\p{L}\p{N}.,/])(\d{1,3}(?:\.\d{3})+|\d+)(?![\p{L}\p{N}]|[.,/]\p{N})`;
/** Digits, then the words in brackets: "18 (mười tám)", "18 ( Mười tám )". */
const DIGITS_THEN_WORDS = new RegExp(String.raw`${DIGITS_RE}(\s*\(\s*([\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+)*)\s*\))`, 'gu');
/** Words, then the digits in brackets: "mười tám (18)". The run of words is cut down to the words that spell the value. */
const WORDS_THEN_DIGITS = new RegExp(String.raw`((?<![\p{L}\p{M}])[\p{L}\p{M}]+(?:\s+[\p{L}\p{M}]+){0,11})(\s*\(\s*)(\d{1,3}(?:\.\d{3})+|\d+)\s*\)`, 'gu');

const countOf = (digits: string) => parseVietnameseNumber(digits, 'count');

/**
 * The spans to leave out so that a number echoed in words reads as the bare number: " (mười tám)" after
 * "18"; "mười tám (" and ")" around "18". Only where the words spell the digits' very value.
 */
export function numberEchoes(text: string): Span[] {
  const spans: Span[] = [];
  if (!text.includes('(')) return spans;
  for (const m of text.matchAll(DIGITS_THEN_WORDS)) {
    const value = countOf(m[1]);
    if (value !== null && readSpelledNumber(m[3]) === value) {
      const start = m.index + m[1].length;
      spans.push([start, start + m[2].length]);
    }
  }
  for (const m of text.matchAll(WORDS_THEN_DIGITS)) {
    const value = countOf(m[3]);
    if (value === null) continue;
    // The shortest tail of the run that spells the value is the echo ("đề ra mười tám" → "mười tám").
    const words = [...m[1].matchAll(/[\p{L}\p{M}]+/gu)];
    for (let i = words.length - 1; i >= 0; i--) {
      const tail = m[1].slice(words[i].index);
      if (readSpelledNumber(tail) !== value) continue;
      const open = m.index + m[1].length;
      const digitsAt = open + m[2].length;
      const digitsEnd = digitsAt + m[3].length;
      spans.push([m.index + words[i].index, digitsAt], [digitsEnd, m.index + m[0].length]);
      break;
    }
  }
  return spans.sort((a, b) => a[0] - b[0]);
}
