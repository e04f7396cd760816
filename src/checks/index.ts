/**
 * The checks stage (last in the pipeline): runs every check on the consolidated
 * report and appends its flags. One check failing does not hide the others:
 * its error becomes a diagnostic.
 */
import type { Report } from '../model/report.js';
import type { Stage } from '../pipeline.js';
import type { Check } from './check.js';
import { changeMismatch } from './change_mismatch.js';
import { dateAfterReport } from './date_after_report.js';
import { implausibleDocumentYear } from './implausible_document_year.js';
import { invalidDate } from './invalid_date.js';
import { mentionConflict } from './mention_conflict.js';
import { percentOutOfRange } from './percent_out_of_range.js';
import { periodSumMismatch } from './period_sum_mismatch.js';
import { ratioMismatch } from './ratio_mismatch.js';
import { sumMismatch } from './sum_mismatch.js';
import { unitSumMismatch } from './unit_sum_mismatch.js';

export type { Check } from './check.js';

export const CHECKS: readonly Check[] = [
  sumMismatch,
  unitSumMismatch,
  periodSumMismatch,
  ratioMismatch,
  changeMismatch,
  mentionConflict,
  percentOutOfRange,
  invalidDate,
  implausibleDocumentYear,
  dateAfterReport,
];

export function runChecks(report: Report, checks: readonly Check[] = CHECKS): void {
  for (const check of checks) {
    try {
      report.flags.push(...check.run(report));
    } catch (err) {
      const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
      report.diagnostics.push({ severity: 'warning', message: `check ${check.id} failed: ${message}`, source: check.id });
    }
  }
}

export const checksStage: Stage = {
  name: 'checks',
  run: (report) => runChecks(report),
};
