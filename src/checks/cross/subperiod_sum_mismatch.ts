/**
 * Sub-periods against their whole, across reports: months → quarter,
 * quarters → half-year → nine months → year, for quantities that flow
 * through a period (identities.yaml `flows`). The whole is compared with the
 * coarsest set of stated periods that tiles it exactly (year = nine months +
 * Q4 before four quarters), so one wrong quarter is reported once, at the
 * period whose parts disagree. Rates are never summed; a whole and parts all
 * from one report are left to period_sum_mismatch.
 */
import type { Observation } from '../../across/observations.js';
import { ofRecord } from '../../across/observations.js';
import { shiftDay } from '../../across/period-kind.js';
import { vi, viSum } from '../check.js';
import { flows } from '../identities.js';
import { additiveUnit, byIndicatorLevel, type CrossCheck, crossFlag, type CrossFlag, sameValue, subject, viPeriod } from './cross-check.js';

const ID = 'subperiod_sum_mismatch';

/** The fewest stated periods, strictly inside the whole, that cover it day for day without overlap. */
export function coarsestTiling(whole: Observation, periods: readonly Observation[]): Observation[] | undefined {
  const inside = periods.filter((p) => p !== whole && p.period_start >= whole.period_start && p.period_end <= whole.period_end
    && !(p.period_start === whole.period_start && p.period_end === whole.period_end) && p.period_start < p.period_end);
  const end = shiftDay(whole.period_end, 1);
  const reached = new Map<string, Observation[]>([[whole.period_start, []]]);
  let frontier = [whole.period_start];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const day of frontier) {
      for (const part of inside.filter((p) => p.period_start === day)) {
        const after = shiftDay(part.period_end, 1);
        if (reached.has(after)) continue;
        reached.set(after, [...reached.get(day)!, part]);
        if (after === end) return reached.get(after);
        next.push(after);
      }
    }
    frontier = next;
  }
  return undefined;
}

export const subperiodSumMismatch: CrossCheck = {
  id: ID,
  description: 'a period stated in one report ≠ the sum of its sub-periods stated in others (additive indicators)',
  run(unit) {
    const flags: CrossFlag[] = [];
    for (const group of byIndicatorLevel(unit).values()) {
      const indicator = group[0].indicator;
      if (!flows.has(indicator) || !additiveUnit(indicator)) continue;
      const periods = recordsByPeriod(group);
      for (const whole of periods) {
        if (whole.period_start >= whole.period_end) continue;
        const parts = coarsestTiling(whole, periods);
        if (!parts || parts.every((p) => p.report === whole.report)) continue;
        const sum = parts.reduce((n, p) => n + p.value, 0);
        if (sameValue(sum, whole.value)) continue;
        flags.push(crossFlag(ID, 'warning', whole,
          `${subject(whole)} kỳ ${viPeriod(whole)} là ${vi(whole.value)}, nhưng các kỳ con (${parts.map(viPeriod).join('; ')}) cộng lại ${viSum(parts.map((p) => p.value))} = ${vi(sum)} (lệch ${vi(Math.abs(sum - whole.value))})`,
          { expected: vi(sum), actual: vi(whole.value), involved: [whole, ...parts] }));
      }
    }
    return flags;
  },
};

/** One observation per period: its value of record. */
export function recordsByPeriod(group: readonly Observation[]): Observation[] {
  const periods = new Map<string, Observation[]>();
  for (const o of group) periods.set(`${o.period_start}|${o.period_end}`, [...(periods.get(`${o.period_start}|${o.period_end}`) ?? []), o]);
  return [...periods.values()].map(ofRecord);
}
