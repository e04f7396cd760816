/**
 * Running totals (lũy kế) that go down: for a quantity that flows through
 * time, a period starting on the same day and ending later cannot hold less
 * (lũy kế 8 tháng < lũy kế 7 tháng; 6 tháng < quý I). Each total is compared
 * with the one before it (same start, the nearest earlier end) from another
 * report, so one wrong total is reported once.
 */
import { vi } from '../check.js';
import { flows } from '../identities.js';
import { additiveUnit, byIndicatorLevel, type CrossCheck, crossFlag, type CrossFlag, subject, viPeriod } from './cross-check.js';
import { recordsByPeriod } from './subperiod_sum_mismatch.js';

const ID = 'cumulative_decrease';

export const cumulativeDecrease: CrossCheck = {
  id: ID,
  description: 'a running total smaller than an earlier running total from the same start (additive indicators)',
  run(unit) {
    const flags: CrossFlag[] = [];
    for (const group of byIndicatorLevel(unit).values()) {
      const indicator = group[0].indicator;
      if (!flows.has(indicator) || !additiveUnit(indicator)) continue;
      const byStart = new Map<string, typeof group>();
      for (const o of recordsByPeriod(group)) byStart.set(o.period_start, [...(byStart.get(o.period_start) ?? []), o]);
      for (const totals of byStart.values()) {
        totals.sort((a, b) => a.period_end.localeCompare(b.period_end));
        for (let i = 1; i < totals.length; i += 1) {
          const [earlier, later] = [totals[i - 1], totals[i]];
          if (earlier.report === later.report || later.value >= earlier.value) continue;
          flags.push(crossFlag(ID, 'error', later,
            `${subject(later)} lũy kế ${viPeriod(later)} là ${vi(later.value)}, nhỏ hơn lũy kế ${viPeriod(earlier)} là ${vi(earlier.value)} (${earlier.report.source_file}; giảm ${vi(earlier.value - later.value)})`,
            { expected: `≥ ${vi(earlier.value)}`, actual: vi(later.value), involved: [later, earlier] }));
        }
      }
    }
    return flags;
  },
};
