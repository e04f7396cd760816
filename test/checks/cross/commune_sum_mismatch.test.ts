import { communeSumMismatch } from '../../../src/checks/cross/commune_sum_mismatch.js';
import type { ReportRow } from '../../../src/model/schemas.js';
import { report, stated, testCrossCheck } from './build.js';

const DISTRICT = 'nghe-an/district/song-lam';
const q1 = report('2024-01-01', '2024-03-31');
const q2 = report('2024-04-01', '2024-06-30');
const commune = (name: string, start: string, end: string, init: Partial<ReportRow> = {}) => report(start, end, {
  issuer: `UBND xã ${name}`, unit_level: 'commune', unit_name: name, unit_key: `nghe-an/commune/${name.toLowerCase().replace(/ /g, '-')}`,
  parent_unit_key: DISTRICT, ...init,
});
const [anA, anB, anC] = ['An Hòa', 'Bình Sơn', 'Cẩm Lạc'].map((n) => commune(n, '2024-01-01', '2024-03-31'));
const otherDistrict = commune('Đông Xá', '2024-01-01', '2024-03-31', { parent_unit_key: 'nghe-an/district/ky-son' });
const bQ2 = commune('Bình Sơn', '2024-04-01', '2024-06-30');

testCrossCheck(communeSumMismatch, {
  valid: [
    {
      name: "the communes add up to the district's commune level",
      unit: [stated(q1, 'dossier.new', 1240, undefined, 'commune')],
      others: [stated(anA, 'dossier.new', 500), stated(anB, 'dossier.new', 420), stated(anC, 'dossier.new', 320)],
    },
    {
      name: "below the district's own total when it gives no commune level (the total holds the district level too)",
      unit: [stated(q1, 'dossier.new', 3000)],
      others: [stated(anA, 'dossier.new', 500), stated(anB, 'dossier.new', 420)],
    },
    {
      name: 'a commune of the batch that does not state the indicator leaves the sum unknown',
      unit: [stated(q1, 'dossier.new', 600, undefined, 'commune')],
      others: [stated(anA, 'dossier.new', 500), stated(anB, 'dossier.new', 420), stated(anC, 'dossier.resolved', 300)],
    },
    {
      name: "rates are never summed, procedures never (every commune applies the district's set)",
      unit: [stated(q1, 'dossier.on_time_rate', 98, undefined, 'commune'), stated(q1, 'procedure.total', 113, undefined, 'commune')],
      others: [stated(anA, 'dossier.on_time_rate', 99), stated(anB, 'dossier.on_time_rate', 97), stated(anA, 'procedure.total', 113), stated(anB, 'procedure.total', 113)],
    },
    {
      name: "documents the communes issued are not in the district's own total",
      unit: [stated(q1, 'direction.documents', 12)],
      others: [stated(anA, 'direction.documents', 9), stated(anB, 'direction.documents', 8)],
    },
    {
      name: 'a commune of another district does not count',
      unit: [stated(q1, 'dossier.new', 500, undefined, 'commune')],
      others: [stated(anA, 'dossier.new', 500), stated(otherDistrict, 'dossier.new', 900)],
    },
    {
      name: 'periods are compared with the same period only',
      unit: [stated(q1, 'dossier.new', 500, undefined, 'commune'), stated(q2, 'dossier.new', 800, undefined, 'commune')],
      others: [stated(anA, 'dossier.new', 500), stated(bQ2, 'dossier.new', 800)],
    },
  ],
  invalid: [
    {
      name: "the communes add up to more than the district's commune level",
      unit: [stated(q1, 'dossier.new', 1200, undefined, 'commune')],
      others: [stated(anA, 'dossier.new', 500), stated(anB, 'dossier.new', 420), stated(anC, 'dossier.new', 320)],
      flags: [{ carrier: q1.report_id, severity: 'error', says: ['1.200', '500 + 420 + 320 = 1.240', 'lệch 40', 'An Hòa', 'Cẩm Lạc'] }],
    },
    {
      name: "more than the district's own total",
      unit: [stated(q1, 'dossier.resolved', 900)],
      others: [stated(anA, 'dossier.resolved', 500), stated(anB, 'dossier.resolved', 420)],
      flags: [{ carrier: q1.report_id, severity: 'error', says: ['900', '= 920', 'tổng của đơn vị'] }],
    },
    {
      name: 'less than the commune level: info, the batch may miss communes',
      unit: [stated(q1, 'dossier.new', 1500, undefined, 'commune')],
      others: [stated(anA, 'dossier.new', 500), stated(anB, 'dossier.new', 420), stated(anC, 'dossier.new', 320)],
      flags: [{ carrier: q1.report_id, severity: 'info', says: ['1.500', '= 1.240', 'lệch 260', 'thiếu xã'] }],
    },
  ],
});
