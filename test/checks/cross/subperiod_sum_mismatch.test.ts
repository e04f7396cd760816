import { subperiodSumMismatch } from '../../../src/checks/cross/subperiod_sum_mismatch.js';
import { report, stated, testCrossCheck } from './build.js';

const m1 = report('2023-01-01', '2023-01-31');
const m2 = report('2023-02-01', '2023-02-28');
const m3 = report('2023-03-01', '2023-03-31');
const q1 = report('2023-01-01', '2023-03-31');
const q2 = report('2023-04-01', '2023-06-30');
const h1 = report('2023-01-01', '2023-06-30');
const year = report('2023-01-01', '2023-12-31');
const nine = report('2023-01-01', '2023-09-30');
const q4 = report('2023-10-01', '2023-12-31');

testCrossCheck(subperiodSumMismatch, {
  valid: [
    { name: 'months add up to the quarter, quarters to the half-year', unit: [stated(m1, 'dossier.new', 100), stated(m2, 'dossier.new', 120), stated(m3, 'dossier.new', 90), stated(q1, 'dossier.new', 310), stated(q2, 'dossier.new', 300), stated(h1, 'dossier.new', 610)] },
    { name: 'nine months + Q4 = the year', unit: [stated(nine, 'dossier.resolved', 900), stated(q4, 'dossier.resolved', 280), stated(year, 'dossier.resolved', 1180)] },
    { name: 'rates are never summed', unit: [stated(q1, 'dossier.on_time_rate', 98), stated(q2, 'dossier.on_time_rate', 99), stated(h1, 'dossier.on_time_rate', 98.5)] },
    { name: 'stocks are not flows: pending at the end of Q1 and Q2 do not add up to the half-year', unit: [stated(q1, 'dossier.pending', 40), stated(q2, 'dossier.pending', 50), stated(h1, 'dossier.pending', 50)] },
    { name: 'parts that do not tile the whole are no comparison', unit: [stated(m1, 'dossier.new', 100), stated(m3, 'dossier.new', 90), stated(q1, 'dossier.new', 999)] },
  ],
  invalid: [
    {
      name: 'the quarter states more than its months',
      unit: [stated(m1, 'dossier.new', 100), stated(m2, 'dossier.new', 120), stated(m3, 'dossier.new', 90), stated(q1, 'dossier.new', 345)],
      flags: [{ carrier: q1.report_id, says: ['345', '100 + 120 + 90 = 310', 'lệch 35'] }],
    },
    {
      name: 'the year against the coarsest tiling (nine months + Q4), once',
      unit: [stated(q1, 'direction.documents', 10), stated(q2, 'direction.documents', 12), stated(h1, 'direction.documents', 22), stated(nine, 'direction.documents', 37), stated(q4, 'direction.documents', 18), stated(year, 'direction.documents', 62)],
      flags: [{ carrier: year.report_id, says: ['62', '37 + 18 = 55'] }],
    },
  ],
});
