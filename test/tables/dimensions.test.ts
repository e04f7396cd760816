/** What a column header says besides the indicator (src/tables/dimensions.ts): bare year headings and target columns. */
import { describe, expect, it } from 'vitest';
import { columnDimension, isTotalLabel } from '../../src/tables/dimensions.js';

const YEAR_2023 = { start: '2023-01-01', end: '2023-12-31', year: 2023 };

describe('year and target columns', () => {
  it('reads a year alone under a merged heading as that year, the report\'s own year as the report\'s period', () => {
    expect(columnDimension(['Kết quả qua các năm', '2020'], YEAR_2023)).toMatchObject({ kind: 'value', period: { start: '2020-01-01', end: '2020-12-31' } });
    expect(columnDimension(['Kết quả qua các năm', '2023'], YEAR_2023)).toMatchObject({ kind: 'value', period: { start: '', end: '' } });
  });

  it('reads a target for a later year as a plan, never a figure', () => {
    expect(columnDimension('Chỉ tiêu năm 2026', YEAR_2023).kind).toBe('plan');
    expect(columnDimension('Chỉ tiêu đến năm 2030', YEAR_2023).kind).toBe('plan');
    expect(columnDimension('Thực hiện', YEAR_2023).kind).toBe('value');
  });
});

describe('total rows', () => {
  it('knows a total however it is worded, and not a row that only starts like one', () => {
    for (const label of ['Cộng chung', 'Tổng chung', 'Toàn thị xã', 'Cộng toàn tỉnh', 'Tổng cộng toàn huyện', 'Cả huyện', 'Tổng cộng (A + B)']) expect(isTotalLabel(label), label).toBe(true);
    for (const label of ['Tổng số hồ sơ tiếp nhận', 'Cộng đồng dân cư', 'Toàn trình', 'Cả năm']) expect(isTotalLabel(label), label).toBe(false);
  });
});
