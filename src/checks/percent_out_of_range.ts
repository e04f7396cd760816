/**
 * percent_out_of_range: a share outside 0–100 %. Rates measured against a
 * plan (revenue, disbursement) may legitimately pass 100 % and are left out.
 * Every value stated for the share counts, also one that consolidation kept
 * aside as a conflicting mention ("đúng hạn 63,9%" … "đạt 100,8%").
 */
import { catalogue } from '../model/catalogue.js';
import type { Flag, Mention, Report } from '../model/report.js';
import { type Check, flagAt, joinEvidence, vi, viLevel } from './check.js';

const ID = 'percent_out_of_range';
const AGAINST_PLAN = new Set(['finance.revenue_rate', 'finance.investment_disbursed_rate']);

function run(report: Report): Flag[] {
  const flags: Flag[] = [];
  for (const f of report.figures) {
    if (catalogue.get(f.indicator)?.unit !== 'percent' || AGAINST_PLAN.has(f.indicator)) continue;
    const outside = new Map<number, Mention>();
    for (const m of [...f.mentions, ...f.conflicts]) {
      if ((m.value < 0 || m.value > 100) && !outside.has(m.value)) outside.set(m.value, m);
    }
    for (const [value, m] of outside) {
      flags.push(
        flagAt(ID, 'error', `${f.indicator}${viLevel(f.level)} = ${vi(value)}%, ngoài khoảng 0–100%`, m.place, {
          indicators: f.indicator,
          expected: '0–100%',
          actual: `${vi(value)}%`,
          evidence: joinEvidence([m]),
        }),
      );
    }
  }
  return flags;
}

export const percentOutOfRange: Check = {
  id: ID,
  description: 'A share (percentage of a whole) below 0 or above 100.',
  run,
};
