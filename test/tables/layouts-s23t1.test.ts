/** In-cell level breakdowns and row wordings of the spent sealed-14 table half (s23 t1), in other words and numbers. */
import { describe, expect, it } from 'vitest';
import type { GridContext } from '../../src/tables/grid.js';
import { matchLabel } from '../../src/tables/labels.js';
import { levelBreakdown } from '../../src/tables/value-cells.js';
import { cellFigures, textFigures } from './helpers.js';

const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };
const NINE: GridContext = { report: { start: '2024-01-01', end: '2024-09-30', year: 2024 }, unitLevel: 'district' };
const HALF: GridContext = { report: { start: '2025-01-01', end: '2025-06-30', year: 2025 }, unitLevel: 'district' };
const QUARTER: GridContext = { report: { start: '2025-04-01', end: '2025-06-30', year: 2025 }, unitLevel: 'province' };

describe('a value cell splitting its total by level', () => {
  it.each([
    ['615 thủ tục\n(cấp huyện: 402; cấp xã: 213)', '615', 'thủ tục'],
    ['615 thủ tục hành chính (cấp huyện 402, cấp xã 213)', '615', 'thủ tục hành chính'],
    ['8.120 hồ sơ\n(trong đó: cấp huyện 2.015; cấp xã 6.105)', '8.120', 'hồ sơ'],
    ['8.120\nTrong đó: cấp huyện 2.015, cấp xã 6.105', '8.120', ''],
    ['8.120 hồ sơ, trong đó cấp huyện 2.015; cấp xã 6.105', '8.120', 'hồ sơ'],
    ['8.120 hồ sơ (cấp huyện - 2.015; cấp xã - 6.105)', '8.120', 'hồ sơ'],
    ['8.120 hồ sơ\n- Cấp huyện: 2.015\n- Cấp xã: 6.105', '8.120', 'hồ sơ'],
    ['8.120 hồ sơ (huyện: 2.015 hồ sơ; xã: 6.105 hồ sơ)', '8.120', 'hồ sơ'],
    ['8.120 (Chia ra: cấp thị xã 2.015, cấp xã 6.105)', '8.120', ''],
  ])('%j gives the total and each level', (cell, total, unit) => {
    const split = levelBreakdown(cell);
    expect(split?.total).toEqual({ value: total, unit });
    expect(split?.parts.map((p) => `${p.level} ${p.value}`)).toEqual(
      cell.includes('402') ? ['district 402', 'commune 213'] : ['district 2.015', 'commune 6.105']);
  });

  it.each([
    '8.120 hồ sơ\n(tăng 310 hồ sơ so với năm 2023)',
    '8.120 hồ sơ (cấp huyện: 2.015; cấp huyện: 6.105)',
    '8.120 hồ sơ (cấp huyện)',
    '8.120 hồ sơ, đạt 98,5%',
    '96,5%',
    // a unit's name with its number, not a part without its total
    'Quận 1',
    'Xã 12',
  ])('%j is no level breakdown', (cell) => {
    expect(levelBreakdown(cell)).toBeUndefined();
  });

  it('in a table: the unit\'s own total and each level, whatever the separators', () => {
    expect(cellFigures([
      ['TT', 'Nội dung', 'Kết quả năm 2024'],
      ['1', 'Thủ tục hành chính đang áp dụng tại Bộ phận Một cửa', '615 thủ tục\n(cấp huyện 402, cấp xã 213)'],
      ['2', 'Hồ sơ tiếp nhận', '8.120 hồ sơ\nTrong đó: cấp huyện 2.015; cấp xã 6.105'],
      ['3', 'Hồ sơ trễ hạn', '11 hồ sơ (cấp huyện - 7; cấp xã - 4)'],
    ], YEAR)).toEqual([
      'procedure.total |  | 615 | ', 'procedure.total | district | 402 | ', 'procedure.total | commune | 213 | ',
      'dossier.received |  | 8120 | ', 'dossier.received | district | 2015 | ', 'dossier.received | commune | 6105 | ',
      'dossier.late |  | 11 | ', 'dossier.late | district | 7 | ', 'dossier.late | commune | 4 | ',
    ]);
  });
});

describe('row wordings', () => {
  it.each([
    ['Số thư xin lỗi gửi người dân, doanh nghiệp', 'dossier.apologies'],
    ['Thư xin lỗi đã gửi tới cá nhân, tổ chức', 'dossier.apologies'],
    ['Số văn bản xin lỗi công dân, tổ chức', 'dossier.apologies'],
    ['TTHC đang giải quyết tại Bộ phận Một cửa', 'procedure.total'],
    ['Số thủ tục đang áp dụng tại Bộ phận tiếp nhận và trả kết quả', 'procedure.total'],
    // The mechanism named, not the desk: the one-stop count.
    ['Số TTHC thực hiện theo cơ chế một cửa', 'procedure.one_stop'],
    // Dossiers sent to people are no letters.
    ['Số hồ sơ đã trả kết quả cho tổ chức, công dân', ''],
  ])('%j → %j', (label, indicator) => {
    expect(matchLabel(label).indicator).toBe(indicator);
  });
});

describe('layouts of the tg23 tuning documents, in other words and numbers', () => {
  const bandRows = [
    ['1', 'Hồ sơ nhận giải quyết', 'Hồ sơ'],
    ['2', 'Hồ sơ trả quá hạn', 'Hồ sơ'],
  ];
  const bandExpected = [
    'dossier.received | district | 610 | 2024-07-01..2024-09-30', 'dossier.received | district | 1.830 | ',
    'dossier.late | district | 4 | 2024-07-01..2024-09-30', 'dossier.late | district | 12 | ',
    'dossier.received | commune | 905 | 2024-07-01..2024-09-30', 'dossier.received | commune | 2.710 | ',
    'dossier.late | commune | 1 | 2024-07-01..2024-09-30', 'dossier.late | commune | 3 | ',
    'dossier.received |  | 1.515 | 2024-07-01..2024-09-30', 'dossier.received |  | 4.540 | ',
    'dossier.late |  | 5 | 2024-07-01..2024-09-30', 'dossier.late |  | 15 | ',
  ].map((f) => f.replace(/(\d)\.(\d{3})/, '$1$2'));

  it('level bands: a value-less row across the table naming a level (or the total) scopes the indicator rows under it', () => {
    const values = [['610', '1.830'], ['4', '12'], ['905', '2.710'], ['1', '3'], ['1.515', '4.540'], ['5', '15']];
    expect(cellFigures([
      ['TT', 'Nội dung', 'ĐVT', 'Quý III năm 2024', 'Lũy kế 9 tháng'],
      [{ t: 'A. CẤP HUYỆN', at: 0, span: 5 }],
      [...bandRows[0], ...values[0]], [...bandRows[1], ...values[1]],
      [{ t: 'B. CẤP XÃ', at: 0, span: 5 }],
      [...bandRows[0], ...values[2]], [...bandRows[1], ...values[3]],
      [{ t: 'C. TỔNG CỘNG', at: 0, span: 5 }],
      [...bandRows[0], ...values[4]], [...bandRows[1], ...values[5]],
    ], NINE)).toEqual(bandExpected);
  });

  it('level bands laid out: the first band under the header is a row of the body, whichever column its text falls in', () => {
    expect(textFigures([
      'Bảng số liệu',
      ' TT        Nội dung             ĐVT    Quý III/2024    Lũy kế 9',
      '                                                         tháng',
      'A. CẤP HUYỆN',
      '  1   Hồ sơ nhận giải quyết     Hồ sơ      610          1.830',
      '  2   Hồ sơ trả quá hạn         Hồ sơ        4             12',
      'B. CẤP XÃ',
      '  1   Hồ sơ nhận giải quyết     Hồ sơ      905          2.710',
      '  2   Hồ sơ trả quá hạn         Hồ sơ        1              3',
      'C. TỔNG CỘNG',
      '  1   Hồ sơ nhận giải quyết     Hồ sơ     1.515         4.540',
      '  2   Hồ sơ trả quá hạn         Hồ sơ        5             15',
      '',
      'Đoạn văn sau bảng.',
    ].join('\n'), NINE)).toEqual(bandExpected);
  });

  it('a band naming neither a level nor a period scopes nothing', () => {
    const figures = cellFigures([
      ['TT', 'Nội dung', 'ĐVT', 'Kết quả'],
      [{ t: 'I. KẾT QUẢ GIẢI QUYẾT HỒ SƠ', at: 0, span: 4 }],
      ['1', 'Hồ sơ nhận giải quyết', 'Hồ sơ', '2.300'],
    ], YEAR);
    expect(figures).toEqual(['dossier.received |  | 2300 | ']);
  });

  it('units as columns with the total column first, a township written "TT.": the total at the units\' level, the units no figure', () => {
    expect(cellFigures([
      [{ t: 'TT', at: 0 }, { t: 'Chỉ tiêu', at: 1 }, { t: 'Cả huyện', at: 2 }, { t: 'Chia ra', at: 3, span: 3 }],
      [{ t: '', at: 0 }, { t: '', at: 1 }, { t: '', at: 2 }, 'TT. Bình Minh', 'Xã Hòa Lạc', 'Xã Đông Sơn'],
      ['1', 'Hồ sơ tiếp nhận', '2.140', '1.020', '640', '480'],
      ['2', 'Hồ sơ quá hạn', '6', '3', '2', '1'],
    ], HALF)).toEqual(['dossier.received | commune | 2140 | ', 'dossier.late | commune | 6 | ']);
  });

  it('laid out: a unit\'s name wrapped under a heading over the units is read without that heading', () => {
    expect(textFigures([
      'Bảng kết quả của các xã',
      ' TT     Chỉ tiêu           Cả huyện                Chia ra',
      '                                        Xã Hòa     Xã Đông    Xã Tân',
      '                                         Lạc         Sơn       Phú',
      '  1   Hồ sơ tiếp nhận        2.140        1.020       640        480',
      '  2   Hồ sơ quá hạn            6            3          2          1',
      '',
      'Đoạn văn sau bảng.',
    ].join('\n'), HALF)).toEqual(['dossier.received | commune | 2140 | ', 'dossier.late | commune | 6 | ']);
  });

  it('laid out: an indicator merged down over period sub-rows, its two label columns run together, gives each period', () => {
    expect(textFigures([
      'Bảng kết quả theo cấp',
      ' TT       Chỉ tiêu        Kỳ số liệu    Toàn tỉnh     Cấp tỉnh     Cấp xã',
      '  1   Hồ sơ nhận giải quyết Quý II/2025   20.400       8.100       12.300',
      '                          Lũy kế 6         39.800       15.900      23.900',
      '                          tháng',
      '  2   Hồ sơ trả quá hạn    Quý II/2025       31           20           11',
      '                          Lũy kế 6           70           45           25',
      '                          tháng',
      '',
      'Đoạn văn sau bảng.',
    ].join('\n'), QUARTER)).toEqual([
      'dossier.received |  | 20400 | ', 'dossier.received | province | 8100 | ', 'dossier.received | commune | 12300 | ',
      'dossier.received |  | 39800 | 2025-01-01..2025-06-30', 'dossier.received | province | 15900 | 2025-01-01..2025-06-30', 'dossier.received | commune | 23900 | 2025-01-01..2025-06-30',
      'dossier.late |  | 31 | ', 'dossier.late | province | 20 | ', 'dossier.late | commune | 11 | ',
      'dossier.late |  | 70 | 2025-01-01..2025-06-30', 'dossier.late | province | 45 | 2025-01-01..2025-06-30', 'dossier.late | commune | 25 | 2025-01-01..2025-06-30',
    ]);
  });
});
