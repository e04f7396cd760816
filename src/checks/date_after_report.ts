/** date_after_report: a cited document issued after the report itself is dated. */
import type { Flag, Report } from '../model/report.js';
import { type Check, citation, flagAt, trimEvidence, viDate } from './check.js';

const ID = 'date_after_report';

function run(report: Report): Flag[] {
  const dated = report.meta.reportDate;
  if (!dated) return [];
  return report.documents
    .filter((doc) => doc.date && doc.date > dated)
    .map((doc) =>
      flagAt(ID, 'warning', `${citation(doc)} ngày ${viDate(doc.date)} sau ngày báo cáo ${viDate(dated)}`, doc, {
        expected: `≤ ${viDate(dated)}`,
        actual: viDate(doc.date),
        evidence: trimEvidence(doc.raw),
      }),
    );
}

export const dateAfterReport: Check = {
  id: ID,
  description: 'A cited document is dated after the report.',
  run,
};
