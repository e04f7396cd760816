/**
 * One unit × indicator × level × period stated with different values in two
 * reports (copies excluded: a revised report and the original, a half-year
 * report restating a quarter). Each report whose value is not the value of
 * record (series.csv) gets one flag naming the report of record.
 */
import { bySeriesKey, ofRecord } from '../../across/observations.js';
import { vi } from '../check.js';
import { type CrossCheck, crossFlag, type CrossFlag, sameValue, subject, viPeriod } from './cross-check.js';

const ID = 'cross_report_conflict';

export const crossReportConflict: CrossCheck = {
  id: ID,
  description: 'the same unit, indicator, level and period stated with different values in two reports',
  run(unit) {
    const flags: CrossFlag[] = [];
    for (const group of bySeriesKey(unit).values()) {
      const record = ofRecord(group);
      for (const other of group) {
        if (other.report === record.report || sameValue(other.value, record.value)) continue;
        flags.push(crossFlag(ID, 'warning', other,
          `${subject(other)} kỳ ${viPeriod(other)}: báo cáo này nêu ${vi(other.value)}, báo cáo ${record.report.source_file} nêu ${vi(record.value)}`,
          { expected: vi(record.value), actual: vi(other.value), involved: [other, record] }));
      }
    }
    return flags;
  },
};
