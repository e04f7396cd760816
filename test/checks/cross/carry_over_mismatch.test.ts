import { carryOverMismatch } from '../../../src/checks/cross/carry_over_mismatch.js';
import { report, stated, testCrossCheck } from './build.js';

const q1 = report('2024-01-01', '2024-03-31');
const march = report('2024-03-01', '2024-03-31');
const q2 = report('2024-04-01', '2024-06-30');
const y2023 = report('2023-01-01', '2023-12-31');
const y2024 = report('2024-01-01', '2024-12-31');

testCrossCheck(carryOverMismatch, {
  valid: [
    { name: "Q2 carries over Q1's pending", unit: [stated(q1, 'dossier.pending', 116), stated(q2, 'dossier.carried_over', 116)] },
    { name: 'one agreeing report is enough (the March report)', unit: [stated(q1, 'dossier.pending', 120), stated(march, 'dossier.pending', 116), stated(q2, 'dossier.carried_over', 116)] },
    { name: 'no report ends the day before: nothing to compare', unit: [stated(y2023, 'dossier.pending', 80), stated(q2, 'dossier.carried_over', 116)] },
    { name: 'levels are compared with their own level', unit: [stated(q1, 'dossier.pending', 116, undefined, 'commune'), stated(q2, 'dossier.carried_over', 30)] },
  ],
  invalid: [
    {
      name: 'Q2 carries over more than Q1 left pending',
      unit: [stated(q1, 'dossier.pending', 116), stated(q2, 'dossier.carried_over', 156)],
      flags: [{ carrier: q2.report_id, says: ['156', '116', 'lệch 40'] }],
    },
    {
      name: 'the year carries over other than the previous year left',
      unit: [stated(y2023, 'dossier.pending', 80), stated(y2024, 'dossier.carried_over', 140)],
      flags: [{ carrier: y2024.report_id, says: ['140', '80', '31/12/2023'] }],
    },
  ],
});
