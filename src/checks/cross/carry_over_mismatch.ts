/**
 * Carry-over continuity: the dossiers a period carries over
 * (dossier.carried_over) are those pending (dossier.pending) at the end of
 * the period before it, as another report states them. Any report whose
 * period ends the day before will do (the March monthly report or the Q1
 * report for Q2); one that agrees is enough.
 */
import type { Observation } from '../../across/observations.js';
import { shiftDay } from '../../across/period-kind.js';
import { vi, viDate } from '../check.js';
import { type CrossCheck, crossFlag, type CrossFlag, sameValue, subject, viPeriod } from './cross-check.js';
import { recordsByPeriod } from './subperiod_sum_mismatch.js';

const ID = 'carry_over_mismatch';

export const carryOverMismatch: CrossCheck = {
  id: ID,
  description: "a period's carried-over dossiers ≠ the previous period's pending dossiers stated in another report",
  run(unit) {
    const flags: CrossFlag[] = [];
    const of = (indicator: string, level: string) => recordsByPeriod(unit.filter((o) => o.indicator === indicator && o.level === level));
    for (const level of new Set(unit.map((o) => o.level))) {
      const pending = of('dossier.pending', level);
      for (const carried of of('dossier.carried_over', level)) {
        const before = shiftDay(carried.period_start, -1);
        const candidates = pending.filter((p) => p.period_end === before && p.report !== carried.report);
        if (candidates.length === 0 || candidates.some((p) => sameValue(p.value, carried.value))) continue;
        const previous: Observation = candidates.find((p) => lengthOf(p) === lengthOf(carried)) ?? candidates[0];
        flags.push(crossFlag(ID, 'warning', carried,
          `${subject(carried)}: kỳ ${viPeriod(carried)} nhận chuyển sang ${vi(carried.value)} hồ sơ, nhưng cuối kỳ trước (đến ${viDate(before)}) còn ${vi(previous.value)} hồ sơ đang giải quyết (${previous.report.source_file}; lệch ${vi(Math.abs(carried.value - previous.value))})`,
          { expected: vi(previous.value), actual: vi(carried.value), involved: [carried, previous] }));
      }
    }
    return flags;
  },
};

function lengthOf(o: Observation): number {
  return Date.parse(o.period_end) - Date.parse(o.period_start);
}
