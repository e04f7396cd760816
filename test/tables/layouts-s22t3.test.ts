/** Layouts of the spent sealed-14 table half (s22 t3), in other words and numbers than its documents. */
import { describe, expect, it } from 'vitest';
import type { GridContext } from '../../src/tables/grid.js';
import { cellFigures } from './helpers.js';

const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };

describe('layouts of the sealed-14 table half (s22 t3)', () => {
  it('a total with its unit word and, on a second line, its parts by level in brackets: the total and each level', () => {
    expect(cellFigures([
      ['TT', 'Chỉ tiêu', 'Kết quả năm 2024'],
      ['1', 'Tổng số hồ sơ tiếp nhận', '12.400 hồ sơ\n(cấp huyện: 3.100; cấp xã: 9.300)'],
      ['2', 'Số thư xin lỗi đã gửi', '14 thư\n(cấp huyện: 9; cấp xã: 5)'],
      ['3', 'Hồ sơ đã giải quyết', '12.050 (cấp huyện 3.020, cấp xã 9.030)'],
    ], YEAR)).toEqual([
      'dossier.received |  | 12400 | ', 'dossier.received | district | 3100 | ', 'dossier.received | commune | 9300 | ',
      'dossier.apologies |  | 14 | ', 'dossier.apologies | district | 9 | ', 'dossier.apologies | commune | 5 | ',
      'dossier.resolved |  | 12050 | ', 'dossier.resolved | district | 3020 | ', 'dossier.resolved | commune | 9030 | ',
    ]);
  });

  it('a bracket after a total that names no levels gives no level parts', () => {
    const figures = cellFigures([
      ['TT', 'Chỉ tiêu', 'Kết quả năm 2024'],
      ['1', 'Tổng số hồ sơ tiếp nhận', '12.400 hồ sơ'],
      ['2', 'Hồ sơ đã giải quyết', '12.050 hồ sơ\n(tăng 310 so với năm trước)'],
    ], YEAR);
    expect(figures).toContain('dossier.received |  | 12400 | ');
    expect(figures.filter((f) => /district|commune/.test(f))).toEqual([]);
  });
});
