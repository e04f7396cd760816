/** Layouts of the stop-21 generalisation loop (tg21), in other words and numbers than its documents. */
import { describe, expect, it } from 'vitest';
import type { GridContext } from '../../src/tables/grid.js';
import { expandHeading } from '../../src/tables/labels.js';
import { countAndRateLabels, countAndRate } from '../../src/tables/value-cells.js';
import { cellFigures, textFigures } from './helpers.js';

const QUARTER: GridContext = { report: { start: '2024-07-01', end: '2024-09-30', year: 2024 }, unitLevel: 'district' };
const PROVINCE: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'province' };

describe('layouts of the stop-21 generalisation loop (tg21)', () => {
  it('writes out capitalised short headings, never a field joined by "&"', () => {
    expect(expandHeading('TN')).toBe('Tiếp nhận');
    expect(expandHeading('Đã GQ')).toBe('Đã Giải quyết');
    expect(expandHeading('Lĩnh vực TN&MT')).toBe('Lĩnh vực TN&MT');
    expect(expandHeading('Tân Nhựt (TNT)')).toBe('Tân Nhựt (TNT)');
  });

  it('reads level rows under "TN" / "GQ" groups with "DVCTT" and "BCCI" leaves as the intake channels and timeliness', () => {
    expect(cellFigures([
      ['TT', 'Cấp', { t: 'TN', at: 2, span: 4 }, { t: 'GQ', at: 6, span: 2 }],
      [{ t: 'Tổng', at: 2 }, 'DVCTT toàn trình', 'DVCTT một phần', 'BCCI', 'Tổng', 'Quá hạn'],
      ['1', 'Cấp huyện', '1.240', '610', '500', '130', '1.201', '7'],
      ['2', 'Cấp xã', '2.085', '900', '1.020', '165', '2.060', '11'],
    ], QUARTER)).toEqual([
      'dossier.received | district | 1240 | ', 'dossier.online_full | district | 610 | ', 'dossier.online_partial | district | 500 | ',
      'dossier.postal | district | 130 | ', 'dossier.resolved | district | 1201 | ', 'dossier.late | district | 7 | ',
      'dossier.received | commune | 2085 | ', 'dossier.online_full | commune | 900 | ', 'dossier.online_partial | commune | 1020 | ',
      'dossier.postal | commune | 165 | ', 'dossier.resolved | commune | 2060 | ', 'dossier.late | commune | 11 | ',
    ]);
  });

  it('a count with its share in brackets on an indicator row, the unit cell "Hồ sơ (%)", gives the count and the share', () => {
    expect(countAndRate('642 (93,1%)', 'Hồ sơ (%)')).toEqual([{ value: '642', unit: 'Hồ sơ' }, { value: '93,1', unit: '%' }]);
    expect(countAndRateLabels('Hồ sơ trả đúng hạn (số lượng, tỷ lệ)').count).toBe('Hồ sơ trả đúng hạn');
    expect(cellFigures([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Tổng số', { t: 'Chia ra', at: 4, span: 2 }],
      [{ t: 'Cấp huyện', at: 4 }, 'Cấp xã'],
      ['1', 'Hồ sơ tiếp nhận qua mạng (số lượng, tỷ lệ)', 'Hồ sơ (%)', '2.400 (60,00%)', '900 (75,00%)', '1.500 (53,57%)'],
    ], QUARTER)).toEqual([
      'dossier.online |  | 2400 | ', 'dossier.online_rate |  | 60 | ',
      'dossier.online | district | 900 | ', 'dossier.online_rate | district | 75 | ',
      'dossier.online | commune | 1500 | ', 'dossier.online_rate | commune | 53.57 | ',
    ]);
  });

  it('an unlabelled last row whose counts add up the departments above is their total, at the province level', () => {
    expect(cellFigures([
      ['STT', 'Đơn vị', 'Hồ sơ tiếp nhận', 'Hồ sơ đã giải quyết', 'Tỷ lệ đúng hạn (%)'],
      ['I', 'Sở Giao thông vận tải', '1.300', '1.280', '98,20'],
      ['II', 'Sở Lao động - Thương binh và Xã hội', '420', '415', '100,00'],
      ['III', 'Ban Quản lý các khu công nghiệp', '95', '90', '96,67'],
      ['', '', '1.815', '1.785', '98,63'],
    ], PROVINCE)).toEqual([
      'dossier.received | province | 1815 | ', 'dossier.resolved | province | 1785 | ', 'dossier.on_time_rate | province | 98.63 | ',
    ]);
  });

  it('an unlabelled last row whose numbers do not add up is no total (a department\'s row carried over)', () => {
    expect(cellFigures([
      ['STT', 'Đơn vị', 'Hồ sơ tiếp nhận', 'Hồ sơ đã giải quyết'],
      ['1', 'Sở Tư pháp', '300', '290'],
      ['2', 'Sở Y tế', '210', '200'],
      ['3', 'Sở Xây dựng', '150', '149'],
      ['', '', '75', '70'],
    ], PROVINCE)).toEqual([]);
  });

  it('a share column naming itself ("Tỷ lệ đúng hạn (%)") stays the on-time rate beside an early column; one under "Đúng hạn" does not', () => {
    expect(cellFigures([
      ['STT', 'Đơn vị', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn', 'Quá hạn', 'Tỷ lệ đúng hạn (%)'],
      ['1', 'Sở Công Thương', '500', '300', '190', '10', '98,00'],
      ['2', 'Sở Nội vụ', '200', '120', '78', '2', '99,00'],
      ['', 'Tổng cộng', '700', '420', '268', '12', '98,29'],
    ], PROVINCE)).toContain('dossier.on_time_rate | province | 98.29 | ');
    expect(cellFigures([
      ['STT', 'Đơn vị', 'Đã giải quyết', 'Trước hạn', { t: 'Đúng hạn', at: 4, span: 2 }, 'Quá hạn'],
      [{ t: 'Số lượng', at: 4 }, 'Tỷ lệ (%)'],
      ['1', 'Sở Công Thương', '500', '300', '190', '38,00', '10'],
      ['2', 'Sở Nội vụ', '200', '120', '78', '39,00', '2'],
      ['', 'Tổng cộng', '700', '420', '268', '38,29', '12'],
    ], PROVINCE).filter((f) => f.startsWith('dossier.on_time_rate'))).toEqual([]);
  });

  it('in laid-out text, a row whose only line holds counts with their shares is a table row', () => {
    const text = [
      ' TT   Nội dung                      ĐVT      Tổng số       Cấp huyện      Cấp xã',
      '  1   Hồ sơ đã giải quyết           Hồ sơ    5.200         1.700          3.500',
      '  2   Hồ sơ trễ hạn (số lượng,      Hồ sơ    26 (0,50%)    9 (0,53%)      17 (0,49%)',
      '      tỷ lệ)                        (%)',
      '     Các hồ sơ trễ hạn đều thuộc lĩnh vực xây dựng.',
    ].join('\n');
    expect(textFigures(text, QUARTER)).toEqual([
      'dossier.resolved |  | 5200 | ', 'dossier.resolved | district | 1700 | ', 'dossier.resolved | commune | 3500 | ',
      'dossier.late |  | 26 | ', 'dossier.late_rate |  | 0.5 | ', 'dossier.late | district | 9 | ', 'dossier.late_rate | district | 0.53 | ',
      'dossier.late | commune | 17 | ', 'dossier.late_rate | commune | 0.49 | ',
    ]);
  });
});
