/**
 * Flag scoring against `<name>.flags.csv`. A flag "mentions" a number when one
 * of its texts holds it under any reading (see number-readings.ts).
 * - expect=flag: raised by a compatible flag mentioning at least two of the
 *   row's distinct numbers (all of them when it has one);
 * - expect=no_flag: violated by one compatible flag mentioning all of them;
 * - a flag is explained when it raised an expect=flag or optional row.
 * A row without numbers cannot be tied to a flag and is never raised.
 */
import type { GoldFlagRow } from '../model/schemas.js';
import type { Located } from './csv.js';
import { valuesEqual } from './figures.js';
import { mentionedOf, scanMentioned, type Mentioned } from './number-readings.js';
import type { RunFlag } from './run.js';

/** Check ids that audit notes and the checkers use for the same finding. */
export const COMPATIBLE_CHECKS: readonly (readonly string[])[] = [['sum_mismatch', 'period_sum_mismatch']];

export function checksCompatible(goldCheck: string, flagCheck: string): boolean {
  return goldCheck === flagCheck || COMPATIBLE_CHECKS.some((group) => group.includes(goldCheck) && group.includes(flagCheck));
}

function sameMentioned(a: Mentioned, b: Mentioned): boolean {
  if (a.date !== undefined || b.date !== undefined) return a.date === b.date;
  return a.values.some((x) => b.values.some((y) => valuesEqual(x, y)));
}

/** The distinct quantities of a `numbers` cell (`24 24 08` → 24, 8). */
export function rowNumbers(numbers: string): Mentioned[] {
  const distinct: Mentioned[] = [];
  for (const token of numbers.split(/\s+/).filter(Boolean)) {
    const mentioned = mentionedOf(token);
    if (mentioned.values.length === 0 && mentioned.date === undefined) continue;
    if (!distinct.some((kept) => sameMentioned(kept, mentioned))) distinct.push(mentioned);
  }
  return distinct;
}

function flagMentions(flag: RunFlag): (wanted: Mentioned) => boolean {
  const found = scanMentioned([flag.message, flag.expected, flag.actual, flag.evidence].join('\n'));
  return (wanted) =>
    wanted.date !== undefined
      ? found.dates.some((date) => date.startsWith(wanted.date as string))
      : wanted.values.some((x) => found.values.some((y) => valuesEqual(x, y)));
}

export interface ScoredFlagRow {
  gold: Located<GoldFlagRow>;
  /** Flags that raised (flag/optional rows) or violated (no_flag rows) it. */
  by: RunFlag[];
}

export interface FlagMatch {
  /** expect=flag rows; raised when `by` is not empty. */
  expected: ScoredFlagRow[];
  /** expect=no_flag rows; violated when `by` is not empty. */
  forbidden: ScoredFlagRow[];
  optional: ScoredFlagRow[];
  flags: { flag: RunFlag; explained: boolean }[];
}

export function matchFlags(flags: RunFlag[], gold: Located<GoldFlagRow>[]): FlagMatch {
  const mentions = flags.map(flagMentions);
  const score = (row: Located<GoldFlagRow>): ScoredFlagRow => {
    const numbers = rowNumbers(row.row.numbers);
    const needed = row.row.expect === 'no_flag' ? numbers.length : Math.min(2, numbers.length);
    const by = numbers.length === 0 ? [] : flags.filter((flag, i) => checksCompatible(row.row.check, flag.check) && numbers.filter(mentions[i]).length >= needed);
    return { gold: row, by };
  };
  const of = (expect: GoldFlagRow['expect']) => gold.filter((row) => row.row.expect === expect).map(score);
  const expected = of('flag');
  const optional = of('optional');
  const explaining = new Set([...expected, ...optional].flatMap((row) => row.by));
  return { expected, forbidden: of('no_flag'), optional, flags: flags.map((flag) => ({ flag, explained: explaining.has(flag) })) };
}
