/**
 * Vietnamese calendar dates → ISO. Numeric ("15/12/2021", "04/9/2025",
 * "15-12-2021", "15.12.2021") and written ("22 tháng 7 năm 2021", "ngày 30 tháng 11" in the reference's year).
 * Impossible dates are reported as `invalid`, never thrown or guessed.
 * Nothing here reads the clock: a date without a year takes the year of the
 * reference passed in (the report's own year), or stays unresolved.
 */

import { recentMemo } from '../bounded-memo.js';

export interface DateReference {
  year?: number;
}

export type DateResult = { iso: string } | { invalid: string };

export interface DateToken {
  start: number;
  end: number;
  raw: string;
  /** ISO date, or null when impossible or incomplete. */
  iso: string | null;
  /** Why the date is impossible (e.g. "31/2/2021: February 2021 has 28 days"). */
  invalid?: string;
  /** A template blank or a missing year: the part that is not there. */
  missing?: 'day' | 'month' | 'year';
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The ISO date of day/month/year, or why it cannot exist. */
export function isoDate(year: number, month: number, day: number): DateResult {
  const written = `${day}/${month}/${year}`;
  if (month < 1 || month > 12) return { invalid: `${written}: there is no month ${month}` };
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return { invalid: `${written}: month ${month} of ${year} has ${days} days` };
  return { iso: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
}

/** Last day of a month as ISO. */
export function monthEnd(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(daysInMonth(year, month))}`;
}

export function monthStart(year: number, month: number): string {
  return `${pad(year, 4)}-${pad(month)}-01`;
}

function fullYear(written: string): number {
  const y = Number(written);
  return written.length === 2 ? 2000 + y : y;
}

// A blank left in a template: dots, ellipsis or underscores.
const BLANK = String.raw`(?:…|\.{2,}|_{2,})`;
const SEP = String.raw`\s*[/.\-]\s*`;
const NUMERIC_DMY = String.raw`(\d{1,2})\s*([/.\-])\s*(\d{1,2})\s*\2\s*(\d{4}|(?<=\/\s*)\d{2})(?![\d/])`;
const WORDS_DMY = String.raw`(\d{1,2}|${BLANK})\s+tháng\s+(\d{1,2}|${BLANK})\s+năm\s+(\d{4})`;
// "ngày 15/12", "đến 30/9" without a year: only after a word that announces a date, so that ratios stay ratios.
const NGAY_DM = String.raw`(?<=(?:ngày|đến|hết|trước)\s+)(0?[1-9]|[12]\d|3[01])\s*/\s*(0?[1-9]|1[0-2])(?![\d/]|${SEP}\d)`;

// "ngày 30 tháng 11", "từ 01 tháng 01 đến …" written without a year: after the same words, or "từ" opening a range.
const WORDS_DM = String.raw`(?<=(?:ngày|từ|đến|hết|trước)\s+)(0?[1-9]|[12]\d|3[01])\s+tháng\s+(0?[1-9]|1[0-2])(?![\p{L}\p{N}/]|\s+năm\s+\d|[.,]\d)`;

const DATE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}/.,])(?:${NUMERIC_DMY}|${WORDS_DMY}|${NGAY_DM}|${WORDS_DM})`, 'giu');

/**
 * The date pattern's matches in the texts scanned last: a sentence's dates are read twice (excluded from its numbers,
 * then as its periods' days), and where they stand does not depend on the reference year; what they mean does.
 */
const recentMatches = recentMemo<readonly RegExpExecArray[]>(4);

function tokenOf(m: RegExpExecArray, reference?: DateReference): DateToken {
  const base = { start: m.index, end: m.index + m[0].length, raw: m[0] };
  if (m[1] !== undefined) {
    const result = isoDate(fullYear(m[4]), Number(m[3]), Number(m[1]));
    return 'iso' in result ? { ...base, iso: result.iso } : { ...base, iso: null, invalid: result.invalid };
  }
  if (m[5] !== undefined) {
    if (!/^\d/.test(m[5])) return { ...base, iso: null, missing: 'day' };
    if (!/^\d/.test(m[6])) return { ...base, iso: null, missing: 'month' };
    const result = isoDate(Number(m[7]), Number(m[6]), Number(m[5]));
    return 'iso' in result ? { ...base, iso: result.iso } : { ...base, iso: null, invalid: result.invalid };
  }
  if (reference?.year === undefined) return { ...base, iso: null, missing: 'year' };
  const [day, month] = m[8] !== undefined ? [m[8], m[9]] : [m[10], m[11]];
  const result = isoDate(reference.year, Number(month), Number(day));
  return 'iso' in result ? { ...base, iso: result.iso } : { ...base, iso: null, invalid: result.invalid };
}

/** Every date in the text, left to right ("ngày" itself is not part of the match). */
export function scanDates(text: string, reference?: DateReference): DateToken[] {
  return recentMatches(text, () => {
    const matches: RegExpExecArray[] = [];
    DATE_RE.lastIndex = 0;
    for (let m = DATE_RE.exec(text); m; m = DATE_RE.exec(text)) matches.push(m);
    return matches;
  }).map((m) => tokenOf(m, reference));
}

/**
 * One date written alone ("15/12/2021", "ngày 22 tháng 7 năm 2021",
 * "ngày 15/12" with a reference year). null when the text is not one date.
 */
export function parseDate(raw: string, reference?: DateReference): DateResult | null {
  const text = raw.trim().replace(/^ngày\s+/i, 'ngày ');
  const tokens = scanDates(text, reference);
  if (tokens.length !== 1) return null;
  const [token] = tokens;
  const before = text.slice(0, token.start).trim();
  if (token.end !== text.length || (before !== '' && before.toLowerCase() !== 'ngày')) return null;
  if (token.iso) return { iso: token.iso };
  if (token.invalid) return { invalid: token.invalid };
  return null;
}
