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

  it("reads a term's targets beside what was achieved as a plan ('Nghị quyết đề ra', 'Chỉ tiêu Nghị quyết')", () => {
    for (const header of ['Nghị quyết đề ra', 'Chỉ tiêu đề ra', 'Chỉ tiêu Nghị quyết', 'Mục tiêu', 'Theo Nghị quyết']) expect(columnDimension(header, YEAR_2023).kind, header).toBe('plan');
    expect(columnDimension('Kết quả đạt được', YEAR_2023).kind).toBe('value');
    // negative: a count of tasks the plan sets is a count
    expect(columnDimension('Số nhiệm vụ đề ra', YEAR_2023).kind).toBe('value');
  });
});

describe('total rows', () => {
  it('knows a total however it is worded, and not a row that only starts like one', () => {
    for (const label of ['Cộng chung', 'Tổng chung', 'Toàn thị xã', 'Cộng toàn tỉnh', 'Tổng cộng toàn huyện', 'Cả huyện', 'Tổng cộng (A + B)', 'Chung toàn tỉnh', 'Tính chung cả huyện']) expect(isTotalLabel(label), label).toBe(true);
    for (const label of ['Tổng số hồ sơ tiếp nhận', 'Cộng đồng dân cư', 'Toàn trình', 'Cả năm', 'Chung', 'Chung cư', 'Tính chung']) expect(isTotalLabel(label), label).toBe(false);
  });
});

describe('carried-over columns', () => {
  const QUARTER_3 = { start: '2025-07-01', end: '2025-09-30', year: 2025 };
  it('reads "Số từ kỳ trước" / "Tồn kỳ trước" as the dossiers brought forward, in the report\'s own period', () => {
    for (const h of [['Số hồ sơ nhận giải quyết', 'Số từ kỳ trước'], ['Hồ sơ', 'Tồn kỳ trước']]) {
      expect(columnDimension(h, QUARTER_3).period, h.join(' / ')).toMatchObject({ start: '', end: '' });
    }
  });
  it('still reads a bare "Kỳ trước" column as the previous period', () => {
    expect(columnDimension(['Số hồ sơ tiếp nhận', 'Kỳ trước'], QUARTER_3).period).toMatchObject({ start: '2025-04-01', end: '2025-06-30' });
  });
});

describe('difference columns', () => {
  it('reads a shortfall or a change column as a difference, never a figure', () => {
    for (const h of [['Biên chế', 'Còn thiếu'], ['Số người', 'Chênh lệch'], ['Hồ sơ', 'Tăng, giảm']]) expect(columnDimension(h, YEAR_2023).kind, h.join(' / ')).toBe('difference');
    expect(columnDimension(['Biên chế', 'Có mặt'], YEAR_2023).kind).toBe('value');
  });
});
