/** Layouts of the stop-22 tuning table documents (tg22), in other words and numbers than its documents. */
import { describe, expect, it } from 'vitest';
import type { GridContext } from '../../src/tables/grid.js';
import { cellFigures, textFigures } from './helpers.js';

const HALF: GridContext = { report: { start: '2025-01-01', end: '2025-06-30', year: 2025 }, unitLevel: 'district' };
const QUARTER: GridContext = { report: { start: '2025-04-01', end: '2025-06-30', year: 2025 }, unitLevel: 'district' };

describe('layouts of the stop-22 tuning table documents (tg22)', () => {
  it('a period in the top header row over indicator leaves: the generic "Kết quả" with its period names nothing', () => {
    expect(cellFigures([
      ['Cấp', { t: 'Kết quả 6 tháng đầu năm 2024', at: 1, span: 3 }, { t: 'Kết quả 6 tháng đầu năm 2025', at: 4, span: 3 }],
      [{ t: 'Tiếp nhận', at: 1 }, 'Đã giải quyết', 'Quá hạn', 'Tiếp nhận', 'Đã giải quyết', 'Quá hạn'],
      ['Cấp huyện', '870', '861', '4', '930', '925', '1'],
      ['Cấp xã', '2.310', '2.300', '2', '2.480', '2.471', '0'],
    ], HALF)).toEqual([
      'dossier.received | district | 870 | 2024-01-01..2024-06-30', 'dossier.resolved | district | 861 | 2024-01-01..2024-06-30',
      'dossier.late | district | 4 | 2024-01-01..2024-06-30',
      'dossier.received | district | 930 | ', 'dossier.resolved | district | 925 | ', 'dossier.late | district | 1 | ',
      'dossier.received | commune | 2310 | 2024-01-01..2024-06-30', 'dossier.resolved | commune | 2300 | 2024-01-01..2024-06-30',
      'dossier.late | commune | 2 | 2024-01-01..2024-06-30',
      'dossier.received | commune | 2480 | ', 'dossier.resolved | commune | 2471 | ', 'dossier.late | commune | 0 | ',
    ]);
  });

  it('a top heading that names what is counted, with its period, still names it ("Hồ sơ tiếp nhận 6 tháng đầu năm 2024" over "Trực tuyến")', () => {
    expect(cellFigures([
      ['Cấp', { t: 'Hồ sơ tiếp nhận 6 tháng đầu năm 2024', at: 1, span: 2 }, { t: 'Hồ sơ tiếp nhận 6 tháng đầu năm 2025', at: 3, span: 2 }],
      [{ t: 'Trực tuyến', at: 1 }, 'Trực tiếp', 'Trực tuyến', 'Trực tiếp'],
      ['Cấp huyện', '410', '520', '650', '300'],
      ['Cấp xã', '1.120', '990', '1.400', '760'],
    ], HALF)).toEqual([
      'dossier.online | district | 410 | 2024-01-01..2024-06-30', 'dossier.offline | district | 520 | 2024-01-01..2024-06-30',
      'dossier.online | district | 650 | ', 'dossier.offline | district | 300 | ',
      'dossier.online | commune | 1120 | 2024-01-01..2024-06-30', 'dossier.offline | commune | 990 | 2024-01-01..2024-06-30',
      'dossier.online | commune | 1400 | ', 'dossier.offline | commune | 760 | ',
    ]);
  });

  it('decimal sub-codes naming a level under a numbered row are that row\'s count at the level', () => {
    expect(cellFigures([
      ['STT', 'Nội dung', 'ĐVT', 'Kết quả quý II/2025', 'Ghi chú'],
      ['I', 'KIỂM SOÁT TTHC', '', '', ''],
      ['1', 'Tổng số TTHC đang áp dụng', 'Thủ tục', '503', ''],
      ['1.1', 'Thuộc thẩm quyền giải quyết của cấp huyện', 'Thủ tục', '331', ''],
      ['1.2', 'Thuộc thẩm quyền giải quyết của cấp xã', 'Thủ tục', '172', ''],
      ['2', 'Số hồ sơ đã giải quyết', 'Hồ sơ', '4.020', ''],
      ['2.1', 'Giải quyết quá hạn', 'Hồ sơ', '12', ''],
      ['2.2', 'Trả kết quả trực tiếp', 'Hồ sơ', '3.100', ''],
    ], QUARTER)).toEqual([
      'procedure.total |  | 503 | ', 'procedure.total | district | 331 | ', 'procedure.total | commune | 172 | ',
      'dossier.resolved |  | 4020 | ', 'dossier.late |  | 12 | ',
    ]);
  });

  it('a sub-code under a row that already names a level is no level split of it', () => {
    expect(cellFigures([
      ['STT', 'Nội dung', 'ĐVT', 'Kết quả'],
      ['1', 'Số TTHC thuộc thẩm quyền cấp huyện', 'Thủ tục', '260'],
      ['1.1', 'Thuộc thẩm quyền giải quyết của cấp xã', 'Thủ tục', '140'],
    ], QUARTER)).toEqual(['procedure.total | district | 260 | ']);
  });

  it('a sub-row naming units run by the committee of a level ("thuộc UBND cấp huyện") is no level split', () => {
    expect(cellFigures([
      ['STT', 'Nội dung', 'ĐVT', 'Kết quả'],
      ['3', 'Tổng số đơn vị sự nghiệp công lập trên địa bàn', 'Đơn vị', '64'],
      ['', 'Trong đó: Số ĐVSNCL thuộc UBND cấp huyện', 'Đơn vị', '9'],
    ], QUARTER)).toEqual(['org.public_units |  | 64 | ']);
  });

  it('a one-row table whose "Ghi chú" text (a plan and its date) is longer than its label still reads its label, and the date scopes nothing', () => {
    expect(cellFigures([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả quý II/2025', 'Ghi chú'],
      ['9', 'Tỷ lệ hồ sơ thanh toán trực tuyến', '%', '52,6', 'Thực hiện theo Kế hoạch số 41/KH-UBND ngày 14/02/2025 của UBND huyện'],
    ], QUARTER)).toEqual(['dossier.online_payment_rate |  | 52.6 | ']);
    expect(textFigures([
      ' STT   Chỉ tiêu                          ĐVT   Kết quả       Ghi chú',
      '                                               quý II/2025',
      '  9    Tỷ lệ hồ sơ thanh toán trực     %     52,6          Thực hiện theo Kế hoạch',
      '       tuyến                                               số 41/KH-UBND ngày',
      '                                                           14/02/2025 của UBND huyện',
      '',
      '     Trong quý, huyện tiếp tục hướng dẫn người dân nộp phí trực tuyến.',
    ].join('\n'), QUARTER)).toEqual(['dossier.online_payment_rate |  | 52.6 | ']);
  });
});
