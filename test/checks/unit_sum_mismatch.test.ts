import { unitSumMismatch } from '../../src/checks/unit_sum_mismatch.js';
import { reportOf, row } from './build.js';
import { testCheck } from './tester.js';

const column = 'Số hồ sơ tiếp nhận';
/** A per-unit table: one row per commune, then the total row. */
function communes(values: string[], total: string, extra: { column?: string; unit?: string } = {}) {
  const col = extra.column ?? column;
  return reportOf({
    tableRows: [
      ...values.map((value, i) => row(String(i + 1), `Xã ${['An Hòa', 'Bình Minh', 'Cẩm Lệ', 'Đông Sơn'][i]}`, value, { unit_name: `Xã ${['An Hòa', 'Bình Minh', 'Cẩm Lệ', 'Đông Sơn'][i]}`, column_header: col, unit: extra.unit ?? '', line: 10 + i })),
      row('', 'Tổng cộng', total, { column_header: col, unit: extra.unit ?? '', line: 20, indicator: 'dossier.received', level: 'commune' }),
    ],
  });
}

testCheck(unitSumMismatch, {
  valid: [
    { name: 'the communes add up to the total row', report: communes(['1.250', '980', '-', '2.004'], '4.234') },
    { name: 'a column of rates is not added up', report: communes(['99,5', '100', '98,7'], '99,4', { column: 'Tỷ lệ đúng hạn (%)' }) },
    { name: 'a unit cell that is not a number leaves the column alone', report: communes(['1.250', 'đang cập nhật'], '2.000') },
    { name: 'a table of indicator rows (no unit rows) is not a per-unit table', report: reportOf({ tableRows: [row('1', 'Số hồ sơ tiếp nhận', '100'), row('', 'Tổng cộng', '90')] }) },
  ],
  invalid: [
    {
      name: 'the units fall short of the total row',
      report: communes(['1.250', '980', '2.004'], '4.300'),
      flags: [{ says: ['Số hồ sơ tiếp nhận', '4.300', '4.234', 'lệch 66'], line: 20, severity: 'warning' }],
    },
    {
      name: 'the units exceed the total row',
      report: communes(['1.250', '980', '2.004'], '4.134'),
      flags: [{ says: ['4.134', '4.234', 'vượt tổng 100'], line: 20, severity: 'error' }],
    },
  ],
});
