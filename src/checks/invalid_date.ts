/** invalid_date: a calendar date that cannot exist (31/02/2021, 15/13/2021). Template blanks are not dates. */
import type { Flag, Report } from '../model/report.js';
import { scanDates } from '../parse/dates.js';
import { flowOf } from '../text/flow.js';
import { type Check, flagAt, trimEvidence } from './check.js';

const ID = 'invalid_date';

function run(report: Report): Flag[] {
  if (report.pages.length === 0) return [];
  const flow = flowOf(report, ['body', 'footnote', 'table']);
  return scanDates(flow.text)
    .filter((date) => date.invalid)
    .map((date) => {
      const place = flow.place(date.start, date.end);
      const line = flow.locate(date.start).line.text;
      return flagAt(ID, 'error', `Ngày không tồn tại: "${date.raw.replace(/\s+/g, ' ')}"`, place, {
        actual: date.raw.replace(/\s+/g, ' '),
        evidence: trimEvidence(line),
      });
    });
}

export const invalidDate: Check = {
  id: ID,
  description: 'A written date that is not a calendar date.',
  run,
};
