/**
 * percent_out_of_range: a share outside 0–100 %. Rates measured against a
 * plan (revenue, disbursement) may legitimately pass 100 % and are left out.
 */
import { catalogue } from '../model/catalogue.js';
import type { Flag, Report } from '../model/report.js';
import { type Check, flagAt, joinEvidence, placeOf, vi, viLevel } from './check.js';

const ID = 'percent_out_of_range';
const AGAINST_PLAN = new Set(['finance.revenue_rate', 'finance.investment_disbursed_rate']);

function run(report: Report): Flag[] {
  return report.figures
    .filter((f) => catalogue.get(f.indicator)?.unit === 'percent' && !AGAINST_PLAN.has(f.indicator))
    .filter((f) => f.value < 0 || f.value > 100)
    .map((f) =>
      flagAt(ID, 'error', `${f.indicator}${viLevel(f.level)} = ${vi(f.value)}%, ngoài khoảng 0–100%`, placeOf(f), {
        indicators: f.indicator,
        expected: '0–100%',
        actual: `${vi(f.value)}%`,
        evidence: joinEvidence(f.mentions.slice(0, 1)),
      }),
    );
}

export const percentOutOfRange: Check = {
  id: ID,
  description: 'A share (percentage of a whole) below 0 or above 100.',
  run,
};
