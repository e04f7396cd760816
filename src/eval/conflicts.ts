/**
 * Where a run's mention_conflict flags come from, for issue 9's "no false
 * mention_conflict from scope": a conflict whose values are all gold figures
 * of its indicator (at other periods or levels) joined two scopes the text
 * keeps apart — false, and a scope error.
 */
import type { GoldRow } from '../model/schemas.js';
import type { Located } from './csv.js';
import { valuesEqual } from './figures.js';
import { readingsOf } from './number-readings.js';
import type { RunFlag } from './run.js';

export interface ConflictCounts {
  raised: number;
  /** Raised where the report's audit notes expect a flag. */
  expected: number;
  /** All values are gold figures of the indicator: the flag joined scopes the gold keeps apart. */
  from_scope: number;
}

export const noConflicts = (): ConflictCounts => ({ raised: 0, expected: 0, from_scope: 0 });

/** The values a conflict message lists ("dossier.late … khác nhau: 65 ≠ 154 ≠ 3"). */
export function conflictValues(message: string): number[][] {
  const listed = message.slice(message.lastIndexOf(':') + 1);
  return listed.split('≠').map((part) => readingsOf(part)).filter((readings) => readings.length > 0);
}

/** `explained`: the flags the report's audit notes expect (flags.ts). */
export function countConflicts(flags: RunFlag[], gold: Located<GoldRow>[], explained: ReadonlySet<RunFlag> = new Set()): ConflictCounts {
  const counts = noConflicts();
  for (const flag of flags) {
    if (flag.check_id !== 'mention_conflict' || !flag.indicators) continue;
    counts.raised++;
    if (explained.has(flag)) {
      counts.expected++;
      continue;
    }
    const goldValues = gold.filter((g) => g.row.indicator === flag.indicators).map((g) => g.row.value);
    const values = conflictValues(flag.message);
    const allGold = values.length >= 2 && values.every((readings) => readings.some((v) => goldValues.some((g) => valuesEqual(v, g))));
    if (allGold) counts.from_scope++;
  }
  return counts;
}

export function addConflicts(into: ConflictCounts, add: ConflictCounts): void {
  into.raised += add.raised;
  into.expected += add.expected;
  into.from_scope += add.from_scope;
}
