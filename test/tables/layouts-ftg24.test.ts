/** Layout classes of the tg24 tuning tables (s24 ftg24), in other words and numbers: channel groups over level
 * leaves, long-format appendices, level groups over count | share pairs. */
import { describe, expect, it } from 'vitest';
import type { GridContext } from '../../src/tables/grid.js';
import { cellFigures, textFigures } from './helpers.js';

const YEAR: GridContext = { report: { start: '2023-01-01', end: '2023-12-31', year: 2023 }, unitLevel: 'province' };
const NINE: GridContext = { report: { start: '2025-01-01', end: '2025-09-30', year: 2025 }, unitLevel: 'district' };
const HALF: GridContext = { report: { start: '2024-01-01', end: '2024-06-30', year: 2024 }, unitLevel: 'district' };

describe('a long-format appendix: one figure per row, its scope and period in columns of their own', () => {
  const expected = [
    'dossier.received |  | 88410 | ',
    'dossier.received | district | 21307 | ',
    'dossier.received |  | 80122 | 2022-01-01..2022-12-31',
    'dossier.pending |  | 1904 | 2023-12-31..2023-12-31',
    'dossier.online_rate | commune | 61.4 | 2023-07-01..2023-09-30',
    'par_index.rank |  | 12 | 2022-01-01..2022-12-31',
  ];
  const rows = [
    ['1', 'Số hồ sơ tiếp nhận', 'Cả tỉnh', 'Năm 2023', 'Hồ sơ', '88.410', 'Phần mềm một cửa điện tử'],
    ['2', 'Số hồ sơ tiếp nhận', 'Cấp huyện', 'Năm 2023', 'Hồ sơ', '21.307', 'Phần mềm một cửa điện tử'],
    ['3', 'Số hồ sơ tiếp nhận', 'Cả tỉnh', 'Năm 2022', 'Hồ sơ', '80.122', 'Báo cáo năm 2022'],
    ['4', 'Hồ sơ đang giải quyết', 'Cả tỉnh', 'Tính đến 31/12/2023', 'Hồ sơ', '1.904', 'Trích xuất ngày 05/01/2024'],
    ['5', 'Tỷ lệ hồ sơ tiếp nhận trực tuyến', 'Cấp xã', 'Quý III/2023', '%', '61,4', 'Cổng dịch vụ công'],
    ['6', 'Chỉ số hài lòng của người dân (SIPAS)', 'Cả tỉnh', 'Năm 2022', '%', '84,10', 'Công bố ngày 20/3/2023'],
    ['7', 'Thứ hạng Chỉ số cải cách hành chính', 'Cả tỉnh', 'Năm 2022', 'Thứ hạng', '12/63', 'Quyết định số 180/QĐ-BNV ngày 20/3/2023'],
    ['8', 'Số hồ sơ giải quyết quá hạn', 'Cấp tỉnh', 'Năm 2023', 'Hồ sơ', '–', 'Chưa tổng hợp'],
  ];

  it('each row its own indicator, level and period; sources, a SIPAS row and a dash give nothing', () => {
    expect(cellFigures([['TT', 'Chỉ tiêu', 'Phạm vi', 'Thời điểm / kỳ', 'ĐVT', 'Giá trị', 'Nguồn'], ...rows], YEAR)).toEqual(expected);
  });

  it('the scope column first and the header words unknown: the columns are found by what they hold', () => {
    const moved = rows.map(([code, label, scope, period, unit, value, source]) => [code, scope, label, unit, period, value, source]);
    expect(cellFigures([['STT', 'Địa bàn', 'Nội dung', 'Đơn vị', 'Kỳ', 'Con số', 'Xuất xứ'], ...moved], YEAR)).toEqual(expected);
  });

  it('with no scope column, the period column alone scopes each row (levels from the label)', () => {
    expect(cellFigures([
      ['TT', 'Chỉ tiêu', 'Kỳ số liệu', 'Số liệu'],
      ['1', 'Hồ sơ tiếp nhận cấp xã', 'Năm 2022', '14.260'],
      ['2', 'Hồ sơ tiếp nhận cấp xã', '6 tháng đầu năm 2023', '7.905'],
      ['3', 'Hồ sơ trả quá hạn', 'Năm 2023', '18'],
    ], YEAR)).toEqual([
      'dossier.received | commune | 14260 | 2022-01-01..2022-12-31',
      'dossier.received | commune | 7905 | 2023-01-01..2023-06-30',
      'dossier.late |  | 18 | ',
    ]);
  });

  it('laid out in columns of text, labels and periods wrapped over lines', () => {
    expect(textFigures([
      'Phụ lục số liệu',
      ' TT       Chỉ tiêu             Phạm vi     Kỳ số liệu     ĐVT      Số liệu     Nguồn',
      '  1   Số hồ sơ tiếp nhận       Cả tỉnh     Năm 2023       Hồ sơ     88.410     Phần mềm một',
      '                                                                               cửa điện tử',
      '  2   Số hồ sơ tiếp nhận       Cấp huyện   Năm 2023       Hồ sơ     21.307     Phần mềm một',
      '                                                                               cửa điện tử',
      '  3   Hồ sơ đang giải quyết    Cả tỉnh     Tính đến       Hồ sơ      1.904     Trích xuất',
      '                                           31/12/2023                          ngày 05/01/2024',
      '  4   Tỷ lệ hồ sơ tiếp nhận    Cấp xã      Quý III/2023   %           61,4     Cổng dịch vụ',
      '      trực tuyến                                                               công',
      '',
      'Đoạn văn sau bảng.',
    ].join('\n'), YEAR)).toEqual([expected[0], expected[1], expected[3], expected[4]]);
  });

  it('near miss: a plan and a result column beside a period column is no long-format table (the plan stays no figure)', () => {
    expect(cellFigures([
      ['TT', 'Chỉ tiêu', 'Kỳ', 'Kế hoạch', 'Thực hiện'],
      ['1', 'Số hồ sơ tiếp nhận', 'Năm 2022', '70.000', '80.122'],
      ['2', 'Số hồ sơ tiếp nhận', 'Năm 2023', '85.000', '88.410'],
    ], YEAR)).not.toContain('dossier.received |  | 70000 | 2022-01-01..2022-12-31');
  });

  it('near miss: a label merged down over level sub-rows (no label on the second row) is read by the grid as before', () => {
    expect(cellFigures([
      ['TT', 'Chỉ tiêu', 'Cấp giải quyết', 'Kết quả'],
      ['1', 'Hồ sơ tiếp nhận', 'Cấp huyện', '5.120'],
      ['', '', 'Cấp xã', '9.045'],
    ], YEAR)).toEqual(['dossier.received | district | 5120 | ', 'dossier.received | commune | 9045 | ']);
  });
});

describe('level groups over count | share pairs, shares of the row above', () => {
  const header = [
    ['TT', 'Nội dung', { t: 'Kết quả 9 tháng năm 2025', at: 2, span: 6 }],
    [{ t: '', at: 0 }, '', { t: 'Cấp huyện', at: 2, span: 2 }, { t: 'Cấp xã', at: 4, span: 2 }, { t: 'Cả huyện', at: 6, span: 2 }],
    [{ t: '', at: 0 }, '', 'Số lượng (hồ sơ)', 'Tỷ lệ (%)', 'Số lượng (hồ sơ)', 'Tỷ lệ (%)', 'Số lượng (hồ sơ)', 'Tỷ lệ (%)'],
  ];

  it('a count at its group\'s level; a sub-row\'s share of the row above, named by the sub-row', () => {
    expect(cellFigures([
      ...header,
      ['1', 'Hồ sơ đã giải quyết', '2.400', '', '6.100', '', '8.500', ''],
      ['', '- Đúng hạn và trước hạn', '2.376', '99,00', '6.088', '99,80', '8.464', '99,58'],
      ['', '- Trễ hạn', '24', '1,00', '12', '0,25', '36', '0,42'],
    ], NINE)).toEqual([
      'dossier.resolved | district | 2400 | ', 'dossier.resolved | commune | 6100 | ', 'dossier.resolved |  | 8500 | ',
      'dossier.early_or_on_time | district | 2376 | ', 'dossier.on_time_rate | district | 99 | ',
      'dossier.early_or_on_time | commune | 6088 | ', 'dossier.on_time_rate | commune | 99.8 | ',
      'dossier.early_or_on_time |  | 8464 | ', 'dossier.on_time_rate |  | 99.58 | ',
      'dossier.late | district | 24 | ', 'dossier.late_rate | district | 1 | ',
      'dossier.late | commune | 12 | ', 'dossier.late_rate | commune | 0.25 | ',
      'dossier.late |  | 36 | ', 'dossier.late_rate |  | 0.42 | ',
    ]);
  });

  it('period groups over the same pairs: each share in its group\'s period', () => {
    expect(cellFigures([
      ['TT', 'Nội dung', { t: 'Năm 2022', at: 2, span: 2 }, { t: 'Năm 2023', at: 4, span: 2 }],
      [{ t: '', at: 0 }, '', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'],
      ['1', 'Hồ sơ tiếp nhận', '30.500', '', '33.800', ''],
      ['', 'Trong đó: trực tuyến', '18.300', '60,00', '23.660', '70,00'],
    ], YEAR)).toEqual([
      'dossier.received |  | 30500 | 2022-01-01..2022-12-31', 'dossier.received |  | 33800 | ',
      'dossier.online |  | 18300 | 2022-01-01..2022-12-31', 'dossier.online_rate |  | 60 | 2022-01-01..2022-12-31',
      'dossier.online |  | 23660 | ', 'dossier.online_rate |  | 70 | ',
    ]);
  });

  it('laid out: a group heading set nearer one column of its pair still covers both', () => {
    expect(textFigures([
      'Bảng kết quả theo cấp',
      ' TT      Nội dung                   Kết quả 9 tháng năm 2025',
      '                          Cấp huyện                  Cấp xã               Cả huyện',
      '                      Số lượng    Tỷ lệ     Số lượng     Tỷ lệ   Số lượng     Tỷ lệ',
      '                       (hồ sơ)    (%)        (hồ sơ)     (%)      (hồ sơ)     (%)',
      '  1   Hồ sơ đã          2.400                  6.100                  8.500',
      '      giải quyết',
      '      - Trễ hạn           24      1,00          12        0,25         36      0,42',
      '',
      'Đoạn văn sau bảng.',
    ].join('\n'), NINE)).toEqual([
      'dossier.resolved | district | 2400 | ', 'dossier.resolved | commune | 6100 | ', 'dossier.resolved |  | 8500 | ',
      'dossier.late | district | 24 | ', 'dossier.late_rate | district | 1 | ',
      'dossier.late | commune | 12 | ', 'dossier.late_rate | commune | 0.25 | ',
      'dossier.late |  | 36 | ', 'dossier.late_rate |  | 0.42 | ',
    ]);
  });

  it('near miss: a share written on a numbered row (of what it is not said) gives no figure', () => {
    const figures = cellFigures([
      ...header,
      ['1', 'Hồ sơ đã giải quyết', '2.400', '100', '6.100', '100', '8.500', '100'],
    ], NINE);
    expect(figures).toEqual(['dossier.resolved | district | 2400 | ', 'dossier.resolved | commune | 6100 | ', 'dossier.resolved |  | 8500 | ']);
  });
});

describe('channel groups over level leaves with quarter rows', () => {
  it('laid out: a channel heading wrapped over two lines, its second line of two capitalised words, stays one heading', () => {
    expect(textFigures([
      '     Đơn vị tính: hồ sơ',
      ' TT     Kỳ            Nộp trực       Trực tiếp tại      Qua dịch vụ       Ghi chú',
      '                       tuyến        Bộ phận Một cửa    bưu chính',
      '                    Cấp    Cấp xã    Cấp      Cấp xã     Cấp    Cấp xã',
      '                   huyện            huyện               huyện',
      ' 1    Quý I/2024    1.204    2.811    530      1.977      61        29     Kể cả 40 hồ sơ',
      '                                                                          liên thông',
      ' 2    Quý II/2024   1.388    3.020    476      1.802      70        33',
      '      Cộng 6        2.592    5.831   1.006     3.779      131       62',
      '      tháng',
      '',
      'Đoạn văn sau bảng.',
    ].join('\n'), HALF)).toEqual([
      'dossier.online | district | 1204 | 2024-01-01..2024-03-31', 'dossier.online | commune | 2811 | 2024-01-01..2024-03-31',
      'dossier.offline | district | 530 | 2024-01-01..2024-03-31', 'dossier.offline | commune | 1977 | 2024-01-01..2024-03-31',
      'dossier.postal | district | 61 | 2024-01-01..2024-03-31', 'dossier.postal | commune | 29 | 2024-01-01..2024-03-31',
      'dossier.online | district | 1388 | 2024-04-01..2024-06-30', 'dossier.online | commune | 3020 | 2024-04-01..2024-06-30',
      'dossier.offline | district | 476 | 2024-04-01..2024-06-30', 'dossier.offline | commune | 1802 | 2024-04-01..2024-06-30',
      'dossier.postal | district | 70 | 2024-04-01..2024-06-30', 'dossier.postal | commune | 33 | 2024-04-01..2024-06-30',
      'dossier.online | district | 2592 | ', 'dossier.online | commune | 5831 | ',
      'dossier.offline | district | 1006 | ', 'dossier.offline | commune | 3779 | ',
      'dossier.postal | district | 131 | ', 'dossier.postal | commune | 62 | ',
    ]);
  });

  it('near miss: narrow period headings set one space apart under a wider heading are still two headings', () => {
    expect(textFigures([
      'Bảng số liệu',
      ' TT     Chỉ tiêu                Năm 2024',
      '                          Quý I Quý II',
      '  1   Hồ sơ tiếp nhận     4.410  4.980',
      '  2   Hồ sơ trả quá hạn      12     9',
      '',
      'Đoạn văn sau bảng.',
    ].join('\n'), HALF)).toEqual([
      'dossier.received |  | 4410 | 2024-01-01..2024-03-31', 'dossier.received |  | 4980 | 2024-04-01..2024-06-30',
      'dossier.late |  | 12 | 2024-01-01..2024-03-31', 'dossier.late |  | 9 | 2024-04-01..2024-06-30',
    ]);
  });
});
