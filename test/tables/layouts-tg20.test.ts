/** Layouts of the stop-20 generalisation loop (tg20), in other words and numbers than its documents. */
import { describe, expect, it } from 'vitest';
import type { GridContext } from '../../src/tables/grid.js';
import { cellFigures, textFigures } from './helpers.js';

const HALF: GridContext = { report: { start: '2025-01-01', end: '2025-06-30', year: 2025 }, unitLevel: 'province' };
const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };

describe('layouts of the stop-20 generalisation loop (tg20)', () => {
  it('leaves "Hồ sơ" / "Kết quả" under a share heading say what the share is of: inputs and results digitised', () => {
    expect(cellFigures([
      ['STT', 'Đơn vị', { t: 'Tỷ lệ số hóa (%)', at: 2, span: 2 }],
      [{ t: 'Hồ sơ', at: 2 }, 'Kết quả'],
      ['', 'Toàn tỉnh', '88,10', '90,40'],
      ['1', 'Xã Bắc Sơn', '71,25', '66,00'],
      ['2', 'Phường Nam Hà', '75,50', '80,75'],
    ], { ...HALF, unitLevel: 'province' })).toEqual([
      'dossier.digitized_inputs_rate | commune | 88.1 | ', 'dossier.digitized_results_rate | commune | 90.4 | ',
    ]);
  });

  it('a "Kết quả" leaf under a heading that is no share stays a heading that only says a number follows', () => {
    expect(cellFigures([
      ['TT', 'Nội dung', { t: 'Năm 2023', at: 2 }, { t: 'Năm 2024', at: 3 }],
      [{ t: 'Kết quả', at: 2 }, 'Kết quả'],
      ['1', 'Số hồ sơ tiếp nhận', '4.100', '4.650'],
    ], YEAR)).toEqual(['dossier.received |  | 4100 | 2023-01-01..2023-12-31', 'dossier.received |  | 4650 | ']);
  });

  it('a value column named by the report\'s span wrapped before its year ("6 tháng" / "2025"), beside "Cùng" / "kỳ 2024"', () => {
    const text = [
      'STT   Nội dung                        Đơn vị     6 tháng Cùng        Ghi chú',
      'T                                     tính       2025    kỳ 2024',
      '1     Hồ sơ tiếp nhận                 Hồ sơ      3.410   3.020       Tăng 390 hồ sơ',
      '2     Tỷ lệ hồ sơ trực tuyến          %          81,20   74,05       Chỉ tiêu: 80%',
    ].join('\n');
    expect(textFigures(text, HALF)).toEqual([
      'dossier.received |  | 3410 | ', 'dossier.received |  | 3020 | 2024-01-01..2024-06-30',
      'dossier.online_rate |  | 81.2 | ', 'dossier.online_rate |  | 74.05 | 2024-01-01..2024-06-30',
    ]);
  });

  it('a row whose only number looks like a year is still a row, not a header line', () => {
    const text = [
      'STT   Nội dung                        Đơn vị     Kết quả',
      '1     Hồ sơ tiếp nhận                 Hồ sơ      2.018',
      '2     Hồ sơ đã giải quyết             Hồ sơ      2019',
    ].join('\n');
    expect(textFigures(text, YEAR)).toEqual(['dossier.received |  | 2018 | ', 'dossier.resolved |  | 2019 | ']);
  });

  it('a header begun at the foot of one page and ended at the top of the next, over the first rows there', () => {
    const text = [
      '      Kết quả giải quyết hồ sơ theo lĩnh vực như sau.',
      ' TT  Lĩnh vực             Hồ sơ tiếp nhận       Đã giải quyết',
      '                       Tổng      Trực         Tổng    Quá',
      '\f                        số       tuyến          số     hạn',
      ' 1   Tư pháp             410       12          402      3',
      ' 2   Nông nghiệp         130        5          121      2',
      '     Tổng cộng           540       17          523      5',
    ].join('\n');
    expect(textFigures(text, YEAR)).toEqual([
      'dossier.received |  | 540 | ', 'dossier.online |  | 17 | ', 'dossier.resolved |  | 523 | ', 'dossier.late |  | 5 | ',
    ]);
  });

  it('prose closing the page before a table is no header of it', () => {
    const text = [
      '      Các lĩnh vực còn hồ sơ quá hạn được nêu trong bảng sau',
      '\f TT  Lĩnh vực             Tiếp nhận    Đã giải quyết    Quá hạn',
      ' 1   Tư pháp                  410            402            3',
      ' 2   Nông nghiệp              130            121            2',
      '     Tổng cộng                540            523            5',
    ].join('\n');
    expect(textFigures(text, YEAR)).toEqual(['dossier.received |  | 540 | ', 'dossier.resolved |  | 523 | ', 'dossier.late |  | 5 | ']);
  });
});
