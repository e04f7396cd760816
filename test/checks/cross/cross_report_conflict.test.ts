import { crossReportConflict } from '../../../src/checks/cross/cross_report_conflict.js';
import { report, stated, testCrossCheck } from './build.js';

const q4 = report('2023-10-01', '2023-12-31', { report_date: '2023-12-24' });
const revised = report('2023-10-01', '2023-12-31', { report_date: '2023-12-27' });
const year = report('2023-01-01', '2023-12-31');

testCrossCheck(crossReportConflict, {
  valid: [
    { name: 'two reports state the same value', unit: [stated(q4, 'dossier.resolved', 3273), stated(year, 'dossier.resolved', 3273, ['2023-10-01', '2023-12-31'])] },
    { name: 'the same value written with less precision', unit: [stated(q4, 'dossier.on_time_rate', 98.6), stated(revised, 'dossier.on_time_rate', 98.63)] },
    { name: 'different periods are no conflict', unit: [stated(q4, 'dossier.resolved', 3273), stated(year, 'dossier.resolved', 12800)] },
  ],
  invalid: [
    {
      name: 'a revised report restates the rate: the earlier report is flagged, naming the later one',
      unit: [stated(q4, 'dossier.on_time_rate', 98.4), stated(revised, 'dossier.on_time_rate', 97.8)],
      flags: [{ carrier: q4.report_id, says: ['98,4', '97,8'] }],
    },
    {
      name: 'the annual report restates a quarter differently: the report of the quarter is of record',
      unit: [stated(q4, 'dossier.resolved', 3273), stated(year, 'dossier.resolved', 3290, ['2023-10-01', '2023-12-31'])],
      flags: [{ carrier: year.report_id, says: ['3.290', '3.273'] }],
    },
  ],
});
