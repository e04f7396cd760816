/** The cross-report checks (src/checks/README.md), run over each unit's copies of record. */
import type { Observation } from '../../across/observations.js';
import { carryOverMismatch } from './carry_over_mismatch.js';
import { communeSumMismatch } from './commune_sum_mismatch.js';
import type { CrossCheck, CrossFlag } from './cross-check.js';
import { crossReportConflict } from './cross_report_conflict.js';
import { cumulativeDecrease } from './cumulative_decrease.js';
import { subperiodSumMismatch } from './subperiod_sum_mismatch.js';

export type { CrossCheck, CrossFlag } from './cross-check.js';

export const CROSS_CHECKS: readonly CrossCheck[] = [
  subperiodSumMismatch, carryOverMismatch, crossReportConflict, cumulativeDecrease, communeSumMismatch,
];

/** Every check over every unit; a check that throws is reported in `problems`, never fails the batch. */
export function runCrossChecks(units: ReadonlyMap<string, Observation[]>, checks = CROSS_CHECKS): { flags: CrossFlag[]; problems: string[] } {
  const flags: CrossFlag[] = [];
  const problems: string[] = [];
  for (const [key, unit] of units) {
    for (const check of checks) {
      try {
        flags.push(...check.run(unit, units));
      } catch (err) {
        problems.push(`${check.id} failed on ${key}: ${err instanceof Error ? err.message : String(err)}`);
      }
    }
  }
  return { flags, problems };
}
