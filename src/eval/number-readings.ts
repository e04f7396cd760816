/**
 * Numbers as audit notes and flag texts write them, read every plausible way:
 * `1.182` is 1182 in Vietnamese but 1.182 in English, `19,850` is 19.85 (tỷ)
 * or 19850. Scoring accepts a match under any reading, so it never punishes
 * a checker for the writing style of its message. Unlike scanNumbers (which
 * finds quantities for extraction), every digit group counts here: the year
 * 1018 of `113/1018/NĐ-CP` is exactly what an implausible-year flag mentions.
 */
import { scanDates } from '../parse/dates.js';
import { parseVietnameseNumber } from '../parse/numbers.js';

/** A mentioned quantity: its possible values, or a date key (yyyy-mm-dd or yyyy-mm). */
export interface Mentioned {
  values: number[];
  date?: string;
}

const ENGLISH_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;

/** Readings of one token such as `08`, `1.182`, `42,1`, `19,850`, `81.2393`. */
export function readingsOf(raw: string): number[] {
  const token = raw.trim().replace(/%$/, '');
  const readings = [
    parseVietnameseNumber(token, 'count'),
    parseVietnameseNumber(token, 'decimal'),
    ENGLISH_NUMBER.test(token) ? Number(token.replace(/,/g, '')) : null,
  ];
  return [...new Set(readings.filter((value): value is number => value !== null && Number.isFinite(value)))];
}

const DMY = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const MY = /^(\d{1,2})\/(\d{4})$/;
const ISO_DATE = /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/g;
const MONTH_YEAR = /(?<!\d)(\d{1,2})\/(\d{4})(?![\d/])/g;
const DIGITS = /(?<![\d.,])\d+(?:[.,]\d+)*/g;
const SCALES = [1e3, 1e6, 1e9];

const pad = (n: string): string => n.padStart(2, '0');
const validMonth = (month: string): boolean => Number(month) >= 1 && Number(month) <= 12;

/** `20/01/2021` → 2021-01-20 (even when the day does not exist: invalid dates are flagged by their writing). */
function dayKey(raw: string): string | undefined {
  const m = DMY.exec(raw);
  return m && validMonth(m[2]) ? `${m[3]}-${pad(m[2])}-${pad(m[1])}` : undefined;
}

/** One token of a `numbers` cell: a number, or a date `20/01/2021` / `12/2021`. */
export function mentionedOf(token: string): Mentioned {
  const day = dayKey(token);
  if (day) return { values: [], date: day };
  const monthYear = MY.exec(token);
  if (monthYear && validMonth(monthYear[1])) return { values: [], date: `${monthYear[2]}-${pad(monthYear[1])}` };
  return { values: readingsOf(token) };
}

/**
 * Everything a free text mentions. Full dates are taken out before numbers are
 * scanned (their parts are not quantities); large round amounts also read in
 * thousands, millions and billions (a message in đồng, a note in tỷ).
 */
export function scanMentioned(text: string): { values: number[]; dates: string[] } {
  const dates: string[] = [];
  let rest = text;
  for (const token of scanDates(text)) {
    const key = token.iso ?? dayKey(token.raw);
    if (!key) continue;
    dates.push(key);
    rest = rest.slice(0, token.start) + ' '.repeat(token.end - token.start) + rest.slice(token.end);
  }
  rest = rest.replace(ISO_DATE, (_, y: string, m: string, d: string) => {
    dates.push(`${y}-${m}-${d}`);
    return ' ';
  });
  for (const [, month, year] of rest.matchAll(MONTH_YEAR)) if (validMonth(month)) dates.push(`${year}-${pad(month)}`);
  const values: number[] = [];
  for (const [raw] of rest.matchAll(DIGITS)) {
    for (const value of readingsOf(raw)) {
      values.push(value);
      if (value < 1e6) continue;
      for (const scale of SCALES) {
        const scaled = value / scale;
        if (Math.abs(scaled * 1000 - Math.round(scaled * 1000)) < 1e-6) values.push(scaled);
      }
    }
  }
  return { values, dates };
}
