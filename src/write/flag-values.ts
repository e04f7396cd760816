/**
 * The numeric columns of flags.csv, read from the expected and actual text a
 * check writes the way the report does ("7.341", "92,13%", "≤ 84"): a
 * database reading `7.341` as text-typed-number would get 7.341, not 7341.
 * Text that is not one number (a date, a year range, a document type) gives
 * empty cells.
 */
import type { Flag } from '../model/report.js';

/** One Vietnamese-written number, optionally a bound (≤ 84) or a percentage (92,13%). */
const ONE_NUMBER = /^(?:[≤≥<>]=?\s*)?([-−]?(?:\d{1,3}(?:\.\d{3})+|\d+)(?:,\d+)?)\s*%?$/;

export function flagNumber(text: string): number | '' {
  const match = ONE_NUMBER.exec(text.trim());
  if (!match) return '';
  const value = Number(match[1].replace('−', '-').replace(/\./g, '').replace(',', '.'));
  return Number.isFinite(value) ? value : '';
}

export function flagValues(flag: Pick<Flag, 'expected' | 'actual'>): { expected_value: number | ''; actual_value: number | ''; difference: number | '' } {
  const expected = flagNumber(flag.expected);
  const actual = flagNumber(flag.actual);
  // Rounded so that 99 − 92,13 reads 6.87, not 6.870000000000005.
  const difference = expected === '' || actual === '' ? '' : Math.round((actual - expected) * 1e6) / 1e6;
  return { expected_value: expected, actual_value: actual, difference };
}
