/** Layouts of the spent sealed-14 table half (s22 t3), in other words and numbers than its documents. */
import { describe, expect, it } from 'vitest';
import type { GridContext } from '../../src/tables/grid.js';
import { cellFigures, textFigures } from './helpers.js';

const MONTH: GridContext = { report: { start: '2025-03-01', end: '2025-03-31', year: 2025 }, unitLevel: 'district' };
const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };

describe('layouts of the sealed-14 table half (s22 t3)', () => {
  it('period bands: a value-less row naming a period scopes the repeated indicator rows under it', () => {
    expect(cellFigures([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Cấp huyện', 'Cấp xã'],
      [{ t: 'I. SỐ LIỆU TRONG THÁNG 3/2025', at: 0, span: 5 }],
      ['1', 'Hồ sơ tiếp nhận', 'Hồ sơ', '812', '2.040'],
      ['2', 'Hồ sơ giải quyết quá hạn', 'Hồ sơ', '5', '1'],
      [{ t: 'II. LŨY KẾ 3 THÁNG ĐẦU NĂM 2025', at: 0, span: 5 }],
      ['1', 'Hồ sơ tiếp nhận', 'Hồ sơ', '2.230', '6.015'],
      ['2', 'Hồ sơ giải quyết quá hạn', 'Hồ sơ', '14', '3'],
    ], MONTH)).toEqual([
      'dossier.received | district | 812 | ', 'dossier.received | commune | 2040 | ',
      'dossier.late | district | 5 | ', 'dossier.late | commune | 1 | ',
      'dossier.received | district | 2230 | 2025-01-01..2025-03-31', 'dossier.received | commune | 6015 | 2025-01-01..2025-03-31',
      'dossier.late | district | 14 | 2025-01-01..2025-03-31', 'dossier.late | commune | 3 | 2025-01-01..2025-03-31',
    ]);
  });

  it('period bands laid out: a band line across the table is a row of it, neither its header nor its end', () => {
    expect(textFigures([
      'Bảng số liệu theo cấp',
      ' STT   Chỉ tiêu                     ĐVT      Cấp huyện     Cấp xã',
      ' I. SỐ LIỆU TRONG THÁNG 3/2025',
      '  1    Hồ sơ tiếp nhận              Hồ sơ    812           2.040',
      '  2    Hồ sơ giải quyết quá hạn     Hồ sơ    5             1',
      ' II. LŨY KẾ 3 THÁNG ĐẦU NĂM 2025',
      '  1    Hồ sơ tiếp nhận              Hồ sơ    2.230         6.015',
      '  2    Hồ sơ giải quyết quá hạn     Hồ sơ    14            3',
      '',
      'Đoạn văn sau bảng.',
    ].join('\n'), MONTH)).toEqual([
      'dossier.received | district | 812 | ', 'dossier.received | commune | 2040 | ',
      'dossier.late | district | 5 | ', 'dossier.late | commune | 1 | ',
      'dossier.received | district | 2230 | 2025-01-01..2025-03-31', 'dossier.received | commune | 6015 | 2025-01-01..2025-03-31',
      'dossier.late | district | 14 | 2025-01-01..2025-03-31', 'dossier.late | commune | 3 | 2025-01-01..2025-03-31',
    ]);
  });

  it('a band naming no period scopes nothing, and a row naming its own period keeps it', () => {
    expect(cellFigures([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
      [{ t: 'I. TIẾP NHẬN HỒ SƠ', at: 0, span: 4 }],
      ['1', 'Hồ sơ tiếp nhận', 'Hồ sơ', '812'],
      [{ t: 'II. LŨY KẾ 3 THÁNG ĐẦU NĂM 2025', at: 0, span: 4 }],
      ['1', 'Hồ sơ tiếp nhận trong tháng 2/2025', 'Hồ sơ', '790'],
    ], MONTH)).toEqual(['dossier.received |  | 812 | ', 'dossier.received |  | 790 | 2025-02-01..2025-02-28']);
  });

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

  it('years merged down over level sub-rows ("Cấp huyện / Cấp xã / Cộng"), indicators as columns: year, level and the unit\'s own total', () => {
    expect(cellFigures([
      ['Năm', 'Cấp', 'Hồ sơ tiếp nhận', 'Hồ sơ quá hạn'],
      ['Năm 2023', 'Cấp huyện', '3.020', '14'],
      [{ t: 'Cấp xã', at: 1 }, '7.400', '6'],
      [{ t: 'Cộng', at: 1 }, '10.420', '20'],
      ['Năm 2024', 'Cấp huyện', '3.300', '8'],
      [{ t: 'Cấp xã', at: 1 }, '7.900', '2'],
      [{ t: 'Cộng', at: 1 }, '11.200', '10'],
    ], YEAR)).toEqual([
      'dossier.received | district | 3020 | 2023-01-01..2023-12-31', 'dossier.late | district | 14 | 2023-01-01..2023-12-31',
      'dossier.received | commune | 7400 | 2023-01-01..2023-12-31', 'dossier.late | commune | 6 | 2023-01-01..2023-12-31',
      'dossier.received |  | 10420 | 2023-01-01..2023-12-31', 'dossier.late |  | 20 | 2023-01-01..2023-12-31',
      'dossier.received | district | 3300 | ', 'dossier.late | district | 8 | ',
      'dossier.received | commune | 7900 | ', 'dossier.late | commune | 2 | ',
      'dossier.received |  | 11200 | ', 'dossier.late |  | 10 | ',
    ]);
  });

  it('a year merged down over indicator sub-rows still reads each sub-row\'s own indicator', () => {
    expect(cellFigures([
      ['Năm', 'Chỉ tiêu', 'Kết quả'],
      ['Năm 2023', 'Hồ sơ tiếp nhận', '3.020'],
      [{ t: 'Hồ sơ quá hạn', at: 1 }, '14'],
    ], YEAR)).toEqual(['dossier.received |  | 3020 | 2023-01-01..2023-12-31', 'dossier.late |  | 14 | 2023-01-01..2023-12-31']);
  });
});
