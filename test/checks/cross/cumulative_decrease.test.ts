import { cumulativeDecrease } from '../../../src/checks/cross/cumulative_decrease.js';
import { report, stated, testCrossCheck } from './build.js';

const july = report('2024-07-01', '2024-07-31');
const august = report('2024-08-01', '2024-08-31');
const q1 = report('2024-01-01', '2024-03-31');
const h1 = report('2024-01-01', '2024-06-30');

testCrossCheck(cumulativeDecrease, {
  valid: [
    { name: 'running totals grow', unit: [stated(july, 'dossier.resolved', 7567, ['2024-01-01', '2024-07-31']), stated(august, 'dossier.resolved', 8628, ['2024-01-01', '2024-08-31'])] },
    { name: 'a rate may go down', unit: [stated(q1, 'dossier.on_time_rate', 99), stated(h1, 'dossier.on_time_rate', 97)] },
    { name: 'a stock may go down', unit: [stated(q1, 'dossier.pending', 120), stated(h1, 'dossier.pending', 90)] },
  ],
  invalid: [
    {
      name: "August's running total below July's",
      unit: [stated(july, 'dossier.resolved', 7567, ['2024-01-01', '2024-07-31']), stated(august, 'dossier.resolved', 7337, ['2024-01-01', '2024-08-31'])],
      flags: [{ carrier: august.report_id, says: ['7.337', '7.567', 'giảm 230'] }],
    },
    {
      name: 'the half-year below its first quarter',
      unit: [stated(q1, 'dossier.new', 2934), stated(h1, 'dossier.new', 2900)],
      flags: [{ carrier: h1.report_id, says: ['2.900', '2.934'] }],
    },
  ],
});
