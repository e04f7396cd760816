/**
 * Flag scoring against `<name>.flags.csv`. A flag "mentions" a number when one
 * of its texts holds it under any reading (see number-readings.ts).
 * - expect=flag: raised by a compatible flag mentioning at least two of the
 *   row's distinct numbers (all of them when it has one);
 * - expect=no_flag: violated by one compatible flag mentioning all of them;
 * - a flag is explained when it raised an expect=flag or optional row.
 * Two refinements keep incidental numbers from deciding (see matchStrength
 * and matchFlags).
 * A row without numbers cannot be tied to a flag and is never raised.
 */
import type { GoldFlagRow } from '../model/schemas.js';
import type { Located } from './csv.js';
import { valuesEqual } from './figures.js';
import { mentionedOf, scanMentioned, type Mentioned } from './number-readings.js';
import type { RunFlag } from './run.js';

/**
 * Check ids that audit notes and the checkers use for the same finding: the
 * notes call every broken addition sum_mismatch, the checkers split off sums
 * over periods and changes ("còn 34 người (giảm 08)" against the earlier 42).
 */
export const COMPATIBLE_CHECKS: readonly (readonly string[])[] = [['sum_mismatch', 'period_sum_mismatch', 'change_mismatch']];

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

/** What a flag says: its finding (message, expected, actual) and, apart, its evidence. */
interface FlagTexts {
  finding: ReturnType<typeof scanMentioned>;
  evidence: ReturnType<typeof scanMentioned>;
}

function textsOf(flag: RunFlag): FlagTexts {
  return { finding: scanMentioned([flag.message, flag.expected, flag.actual].join('\n')), evidence: scanMentioned(flag.evidence) };
}

function holds(found: ReturnType<typeof scanMentioned>, wanted: Mentioned): boolean {
  return wanted.date !== undefined
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

/**
 * How many of the row's numbers the flag mentions, or 0 when it does not
 * match the row. Besides the rule above, a match needs one of the row's
 * numbers in the finding itself: numbers only quoted in the evidence sentence
 * are not what the flag is about.
 */
function matchStrength(row: GoldFlagRow, numbers: Mentioned[], flag: RunFlag, texts: FlagTexts): number {
  if (numbers.length === 0 || !checksCompatible(row.check, flag.check_id)) return 0;
  if (!numbers.some((n) => holds(texts.finding, n))) return 0;
  const found = numbers.filter((n) => holds(texts.finding, n) || holds(texts.evidence, n)).length;
  const needed = row.expect === 'no_flag' ? numbers.length : Math.min(2, numbers.length);
  return found >= needed ? found : 0;
}

/**
 * A flag is about one finding: when it matches several rows it is attributed
 * to those whose numbers it covers most (ties kept). So a flag "84 ≠ 0 + 0 +
 * 96 + 1 = 97" raises the row about 84 vs 97 and does not violate the row
 * noting that 96 + 1 = 97 is consistent.
 */
export function matchFlags(flags: RunFlag[], gold: Located<GoldFlagRow>[]): FlagMatch {
  const numbers = gold.map((row) => rowNumbers(row.row.numbers));
  const by: RunFlag[][] = gold.map(() => []);
  for (const flag of flags) {
    const texts = textsOf(flag);
    const strengths = gold.map((row, i) => matchStrength(row.row, numbers[i], flag, texts));
    const best = Math.max(0, ...strengths);
    if (best > 0) strengths.forEach((strength, i) => strength === best && by[i].push(flag));
  }
  const scored = gold.map((row, i) => ({ gold: row, by: by[i] }));
  const of = (expect: GoldFlagRow['expect']) => scored.filter((row) => row.gold.row.expect === expect);
  const expected = of('flag');
  const optional = of('optional');
  const explaining = new Set([...expected, ...optional].flatMap((row) => row.by));
  return { expected, forbidden: of('no_flag'), optional, flags: flags.map((flag) => ({ flag, explained: explaining.has(flag) })) };
}
