/** Layout classes of the spent sealed-15 / sealed-16 table halves (s24 t16), in other words and numbers. */
import { describe, expect, it } from 'vitest';
import type { GridContext } from '../../src/tables/grid.js';
import { levelOfBodies } from '../../src/tables/body-levels.js';
import { periodLabel } from '../../src/tables/dimensions.js';
import { foldDiacritics } from '../../src/tables/fold.js';
import { countFraction, countPairHeading } from '../../src/tables/value-cells.js';
import { cellFigures, textFigures } from './helpers.js';

const NINE: GridContext = { report: { start: '2025-01-01', end: '2025-09-30', year: 2025 }, unitLevel: 'district' };
const YEAR_PROVINCE: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'province' };

describe('level rows named by the bodies that resolve dossiers', () => {
  it.each([
    ['Các cơ quan chuyên môn thuộc UBND quận', 'district'],
    ['Các phòng, ban chuyên môn của Ủy ban nhân dân thị xã', 'district'],
    ['Phòng, ban thuộc UBND huyện', 'district'],
    ['Cơ quan chuyên môn thuộc UBND tỉnh', 'province'],
    ['Các sở, ban, ngành tỉnh', 'province'],
    ['UBND các phường, xã', 'commune'],
    ['Ủy ban nhân dân các thị trấn', 'commune'],
    ['UBND các huyện, thị xã, thành phố', 'district'],
  ])('%j → %s', (label, level) => {
    expect(levelOfBodies(foldDiacritics(label).toLowerCase())).toBe(level);
  });

  it.each([
    // One body, a count of bodies, levels mixed: no level row.
    'UBND huyện',
    'UBND xã Hòa Phú',
    'Số cơ quan chuyên môn thuộc UBND huyện',
    'Phòng Tư pháp huyện',
    'UBND các huyện và xã',
  ])('%j names no level', (label) => {
    expect(levelOfBodies(foldDiacritics(label).toLowerCase())).toBeUndefined();
  });

  it('in a table with a fraction column: each body row at its level, the whole the unit\'s own', () => {
    expect(cellFigures([
      ['TT', 'Đơn vị giải quyết', 'Số hồ sơ nhận', 'Hồ sơ giải quyết đúng hạn / Hồ sơ đã giải quyết', 'Tỷ lệ đúng hạn (%)'],
      ['1', 'Các phòng, ban thuộc UBND huyện', '3.118', '2.970/2.991', '99,30'],
      ['2', 'UBND các xã, thị trấn', '9.405', '9.311/9.327', '99,83'],
      ['', 'Toàn huyện', '12.523', '12.281/12.318', '99,70'],
    ], NINE)).toEqual([
      'dossier.received | district | 3118 | ', 'dossier.on_time | district | 2970 | ', 'dossier.resolved | district | 2991 | ', 'dossier.on_time_rate | district | 99.3 | ',
      'dossier.received | commune | 9405 | ', 'dossier.on_time | commune | 9311 | ', 'dossier.resolved | commune | 9327 | ', 'dossier.on_time_rate | commune | 99.83 | ',
      'dossier.received |  | 12523 | ', 'dossier.on_time |  | 12281 | ', 'dossier.resolved |  | 12318 | ', 'dossier.on_time_rate |  | 99.7 | ',
    ]);
  });

  it('a province\'s departments and its districts\' committees as level rows', () => {
    expect(cellFigures([
      ['STT', 'Cơ quan', 'Hồ sơ tiếp nhận', 'Hồ sơ quá hạn'],
      ['1', 'Các sở, ban, ngành', '41.260', '35'],
      ['2', 'UBND các huyện, thị xã, thành phố', '88.704', '112'],
      ['', 'Tổng cộng', '129.964', '147'],
    ], YEAR_PROVINCE)).toEqual([
      'dossier.received | province | 41260 | ', 'dossier.late | province | 35 | ',
      'dossier.received | district | 88704 | ', 'dossier.late | district | 112 | ',
      'dossier.received |  | 129964 | ', 'dossier.late |  | 147 | ',
    ]);
  });
});

describe('bodies among other rows name no level', () => {
  it('a group row of departments over its agencies carries a subtotal, no figure', () => {
    const figures = cellFigures([
      ['TT', 'Cơ quan, đơn vị', 'Hồ sơ tiếp nhận', 'Hồ sơ quá hạn'],
      ['A', 'Các cơ quan chuyên môn thuộc UBND tỉnh', '7.310', '12'],
      ['1', 'Sở Xây dựng', '2.104', '5'],
      ['2', 'Sở Công Thương', '5.206', '7'],
      ['', 'Tổng cộng', '7.310', '12'],
    ], YEAR_PROVINCE);
    expect(figures.filter((f) => f.includes('7310'))).toEqual(['dossier.received | province | 7310 | ']);
  });
});

describe('a fraction cell under a header naming two counts', () => {
  it.each([
    ['Đúng hạn / Tổng số đã giải quyết', ['Đúng hạn', 'Tổng số đã giải quyết']],
    ['Số hồ sơ trực tuyến/Tổng số hồ sơ tiếp nhận', ['Số hồ sơ trực tuyến', 'Tổng số hồ sơ tiếp nhận']],
  ])('%j is two counts', (heading, halves) => {
    expect(countPairHeading(heading)).toEqual(halves);
  });

  it.each(['Hồ sơ/%', 'Số lượng / Tỷ lệ', 'Xếp hạng', 'Đã giải quyết / Tiếp nhận (%)'])('%j is no pair of counts', (heading) => {
    expect(countPairHeading(heading)).toBeUndefined();
  });

  it.each([['2.970/2.991', ['2.970', '2.991']], ['48 / 52', ['48', '52']]])('%j holds two counts', (cell, values) => {
    expect(countFraction(cell)?.map((v) => v.value)).toEqual(values);
  });

  it.each(['1.742 / 98,65', '15/6/2024', '15/6', '2.970'])('%j is no fraction of counts', (cell) => {
    expect(countFraction(cell)).toBeUndefined();
  });

  it('a row label naming two counts over a fraction cell gives both', () => {
    expect(cellFigures([
      ['STT', 'Nội dung', 'Kết quả'],
      ['1', 'Số hồ sơ giải quyết đúng hạn/Tổng số hồ sơ đã giải quyết', '2.970/2.991'],
      ['2', 'Số hồ sơ tiếp nhận', '3.118'],
    ], NINE)).toEqual(['dossier.on_time |  | 2970 | ', 'dossier.resolved |  | 2991 | ', 'dossier.received |  | 3118 | ']);
  });

  it('a fraction under a header naming one count gives no figure', () => {
    expect(cellFigures([
      ['STT', 'Cấp giải quyết', 'Hồ sơ tiếp nhận', 'Hồ sơ đã giải quyết'],
      ['1', 'Cấp huyện', '3.118', '2.970/2.991'],
      ['2', 'Cấp xã', '9.405', '9.311/9.327'],
    ], NINE)).toEqual(['dossier.received | district | 3118 | ', 'dossier.received | commune | 9405 | ']);
  });
});

describe('a mid-table header row starting a second block', () => {
  const QUARTER: GridContext = { report: { start: '2025-04-01', end: '2025-06-30', year: 2025 }, unitLevel: 'district' };

  it('the rows under it read by its headings, not the first header\'s', () => {
    expect(cellFigures([
      ['TT', 'Nội dung', 'Quý II/2025', 'Quý II/2024'],
      ['1', 'Số hồ sơ tiếp nhận', '4.107', '3.950'],
      ['2', 'Số hồ sơ trễ hạn', '11', '23'],
      ['TT', 'Cán bộ, công chức', 'Biên chế giao', 'Có mặt đến 30/6/2025'],
      ['3', 'Công chức hành chính', '74', '70'],
      ['4', 'Viên chức đơn vị sự nghiệp công lập', '906', '872'],
    ], QUARTER)).toEqual([
      'dossier.received |  | 4107 | ', 'dossier.received |  | 3950 | 2024-04-01..2024-06-30',
      'dossier.late |  | 11 | ', 'dossier.late |  | 23 | 2024-04-01..2024-06-30',
      'staff.quota |  | 74 | ', 'staff.present |  | 70 | 2025-06-30..2025-06-30',
      'staff.public_units_quota |  | 906 | ', 'staff.public_units_present |  | 872 | 2025-06-30..2025-06-30',
    ]);
  });

  it('a second block under uncoded headings over every value column', () => {
    expect(cellFigures([
      ['', 'Chỉ tiêu', 'Năm 2024', 'Năm 2023'],
      ['1', 'Hồ sơ đã giải quyết', '9.120', '8.433'],
      ['', 'Đội ngũ', 'Biên chế giao', 'Có mặt'],
      ['2', 'Công chức hành chính', '61', '58'],
    ], { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' })).toEqual([
      'dossier.resolved |  | 9120 | ', 'dossier.resolved |  | 8433 | 2023-01-01..2023-12-31',
      'staff.quota |  | 61 | ', 'staff.present |  | 58 | ',
    ]);
  });

  it('a header repeated as it was (a new page) starts no block', () => {
    expect(cellFigures([
      ['TT', 'Nội dung', 'Quý II/2025', 'Quý II/2024'],
      ['1', 'Số hồ sơ tiếp nhận', '4.107', '3.950'],
      ['TT', 'Nội dung', 'Quý II/2025', 'Quý II/2024'],
      ['2', 'Số hồ sơ trễ hạn', '11', '23'],
    ], QUARTER)).toEqual([
      'dossier.received |  | 4107 | ', 'dossier.received |  | 3950 | 2024-04-01..2024-06-30',
      'dossier.late |  | 11 | ', 'dossier.late |  | 23 | 2024-04-01..2024-06-30',
    ]);
  });

  it('a row of notes in words is no header', () => {
    expect(cellFigures([
      ['TT', 'Nội dung', 'Quý II/2025', 'Quý II/2024'],
      ['1', 'Số hồ sơ tiếp nhận', '4.107', '3.950'],
      ['2', 'Số hồ sơ trễ hạn', 'Không có', 'Không có'],
      ['3', 'Số thư xin lỗi', '6', '9'],
    ], QUARTER)).toEqual([
      'dossier.received |  | 4107 | ', 'dossier.received |  | 3950 | 2024-04-01..2024-06-30',
      'dossier.apologies |  | 6 | ', 'dossier.apologies |  | 9 | 2024-04-01..2024-06-30',
    ]);
  });
});

describe('periods merged down over indicator sub-rows, level columns', () => {
  const YEAR: GridContext = { report: { start: '2025-01-01', end: '2025-12-31', year: 2025 }, unitLevel: 'district' };
  const expected = [
    'dossier.resolved | district | 1.402 | 2025-01-01..2025-06-30', 'dossier.resolved | commune | 4.880 | 2025-01-01..2025-06-30', 'dossier.resolved |  | 6.282 | 2025-01-01..2025-06-30',
    'dossier.pending | district | 37 | 2025-01-01..2025-06-30', 'dossier.pending | commune | 52 | 2025-01-01..2025-06-30', 'dossier.pending |  | 89 | 2025-01-01..2025-06-30',
    'dossier.resolved | district | 1.517 | 2025-07-01..2025-09-30', 'dossier.resolved | commune | 5.034 | 2025-07-01..2025-09-30', 'dossier.resolved |  | 6.551 | 2025-07-01..2025-09-30',
    'dossier.pending | district | 29 | 2025-07-01..2025-09-30', 'dossier.pending | commune | 40 | 2025-07-01..2025-09-30', 'dossier.pending |  | 69 | 2025-07-01..2025-09-30',
  ].map((f) => f.replace(/(\d)\.(\d{3})/, '$1$2'));

  it('in Word: the merged cell\'s period, the sub-row\'s indicator, the column\'s level', () => {
    expect(cellFigures([
      ['TT', 'Kỳ', 'Nội dung', 'Cấp huyện', 'Cấp xã', 'Toàn huyện'],
      ['1', '6 tháng đầu năm 2025', 'Hồ sơ đã giải quyết', '1.402', '4.880', '6.282'],
      ['', '', 'Hồ sơ đang giải quyết', '37', '52', '89'],
      ['2', 'Quý III năm 2025', 'Hồ sơ đã giải quyết', '1.517', '5.034', '6.551'],
      ['', '', 'Hồ sơ đang giải quyết', '29', '40', '69'],
    ], YEAR)).toEqual(expected);
  });

  it('laid out: the year a merged period cell wraps onto the next sub-row\'s line goes back to it', () => {
    expect(textFigures([
      'Kết quả theo kỳ',
      ' TT    Kỳ                   Nội dung                 Cấp huyện    Cấp xã    Toàn huyện',
      '  1    6 tháng đầu năm      Hồ sơ đã giải quyết        1.402       4.880       6.282',
      '       2025                 Hồ sơ đang giải quyết         37          52          89',
      '  2    Quý III năm          Hồ sơ đã giải quyết        1.517       5.034       6.551',
      '       2025                 Hồ sơ đang giải quyết         29          40          69',
      '',
      'Đoạn văn sau bảng.',
    ].join('\n'), YEAR)).toEqual(expected);
  });

  it('laid out: years as row labels, one a row, stay rows of their own', () => {
    expect(textFigures([
      'Kết quả theo năm',
      ' TT    Năm        Hồ sơ đã giải quyết     Hồ sơ đang giải quyết',
      '  1    2023              5.912                      71',
      '  2    2024              6.205                      64',
      '',
      'Đoạn văn sau bảng.',
    ].join('\n'), YEAR)).toEqual([
      'dossier.resolved |  | 5912 | 2023-01-01..2023-12-31', 'dossier.pending |  | 71 | 2023-01-01..2023-12-31',
      'dossier.resolved |  | 6205 | 2024-01-01..2024-12-31', 'dossier.pending |  | 64 | 2024-01-01..2024-12-31',
    ]);
  });
});

describe('level halves side by side', () => {
  const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };
  const expected = [
    'dossier.received | district | 3870 | ', 'dossier.late | district | 11 | ', 'dossier.on_time_rate | district | 99.61 | ',
    'dossier.received | commune | 8214 | ', 'dossier.late | commune | 3 | ', 'dossier.on_time_rate | commune | 99.9 | ',
  ];

  it('in Word: each half read at the level merged over it', () => {
    expect(cellFigures([
      [{ t: 'Cấp huyện', at: 0, span: 3 }, { t: 'Cấp xã', at: 3, span: 3 }],
      ['STT', 'Nội dung', 'Số liệu', 'STT', 'Nội dung', 'Số liệu'],
      ['1', 'Số hồ sơ nhận', '3.870', '1', 'Số hồ sơ nhận', '8.214'],
      ['2', 'Số hồ sơ trễ hạn', '11', '2', 'Số hồ sơ trễ hạn', '3'],
      ['3', 'Tỷ lệ giải quyết đúng hạn (%)', '99,61', '3', 'Tỷ lệ giải quyết đúng hạn (%)', '99,90'],
    ], YEAR)).toEqual(expected);
  });

  it('laid out: the level headings over the label columns, a wrapped "(%)"', () => {
    expect(textFigures([
      'Kết quả theo cấp',
      '           Cấp huyện                                  Cấp xã',
      ' STT   Nội dung               Số liệu   STT   Nội dung               Số liệu',
      '  1    Số hồ sơ nhận            3.870    1    Số hồ sơ nhận            8.214',
      '  2    Số hồ sơ trễ hạn            11    2    Số hồ sơ trễ hạn             3',
      '  3    Tỷ lệ giải quyết         99,61    3    Tỷ lệ giải quyết         99,90',
      '       đúng hạn (%)                           đúng hạn (%)',
      '',
      'Đoạn văn sau bảng.',
    ].join('\n'), YEAR)).toEqual(expected);
  });

  it('three thirds, the last the unit\'s own', () => {
    expect(cellFigures([
      [{ t: 'Cấp tỉnh', at: 0, span: 2 }, { t: 'Cấp huyện', at: 2, span: 2 }, { t: 'Toàn tỉnh', at: 4, span: 2 }],
      ['Chỉ tiêu', 'Số liệu', 'Chỉ tiêu', 'Số liệu', 'Chỉ tiêu', 'Số liệu'],
      ['Số hồ sơ nhận', '21.540', 'Số hồ sơ nhận', '48.302', 'Số hồ sơ nhận', '69.842'],
      ['Số hồ sơ trễ hạn', '15', 'Số hồ sơ trễ hạn', '64', 'Số hồ sơ trễ hạn', '79'],
    ], YEAR_PROVINCE)).toEqual([
      'dossier.received | province | 21540 | ', 'dossier.late | province | 15 | ',
      'dossier.received | district | 48302 | ', 'dossier.late | district | 64 | ',
      'dossier.received |  | 69842 | ', 'dossier.late |  | 79 | ',
    ]);
  });

  it('halves with no level above them: two parts of one list, the unit\'s own', () => {
    expect(cellFigures([
      ['TT', 'Chỉ tiêu', 'Kết quả', 'TT', 'Chỉ tiêu', 'Kết quả'],
      ['1', 'Số hồ sơ nhận', '3.870', '3', 'Số hồ sơ đang giải quyết', '77'],
      ['2', 'Số hồ sơ trễ hạn', '11', '4', 'Số thư xin lỗi', '9'],
    ], YEAR)).toEqual([
      'dossier.received |  | 3870 | ', 'dossier.late |  | 11 | ', 'dossier.pending |  | 77 | ', 'dossier.apologies |  | 9 | ',
    ]);
  });

  it('level groups over value columns beside one label column are no halves', () => {
    expect(cellFigures([
      [{ t: 'TT', at: 0 }, { t: 'Nội dung', at: 1 }, { t: 'Cấp huyện', at: 2, span: 2 }, { t: 'Cấp xã', at: 4, span: 2 }],
      [{ t: '', at: 0 }, { t: '', at: 1 }, 'Năm 2024', 'Năm 2023', 'Năm 2024', 'Năm 2023'],
      ['1', 'Số hồ sơ nhận', '3.870', '3.610', '8.214', '8.002'],
    ], YEAR)).toEqual([
      'dossier.received | district | 3870 | ', 'dossier.received | district | 3610 | 2023-01-01..2023-12-31',
      'dossier.received | commune | 8214 | ', 'dossier.received | commune | 8002 | 2023-01-01..2023-12-31',
    ]);
  });
});

describe('a share column on indicator rows', () => {
  const QUARTER: GridContext = { report: { start: '2024-10-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };

  it('a sub-row\'s share is of its numbered row; a count whose label keys only the share is no figure', () => {
    expect(cellFigures([
      ['STT', 'Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)'],
      ['1', 'Hồ sơ tiếp nhận', '5.130', ''],
      ['-', 'Nộp trực tuyến', '3.642', '71,0'],
      ['-', 'Thành phần hồ sơ được số hóa', '4.977', '97,0'],
      ['2', 'Hồ sơ đã giải quyết', '5.002', ''],
      ['-', 'Quá hạn', '21', '0,4'],
      ['-', 'Kết quả giải quyết được số hóa', '4.611', '92,2'],
    ], QUARTER)).toEqual([
      'dossier.received |  | 5130 | ', 'dossier.online |  | 3642 | ', 'dossier.online_rate |  | 71 | ', 'dossier.digitized_inputs_rate |  | 97 | ',
      'dossier.resolved |  | 5002 | ', 'dossier.late |  | 21 | ', 'dossier.late_rate |  | 0.4 | ', 'dossier.digitized_results_rate |  | 92.2 | ',
    ]);
  });

  it('the dash in the label instead of the code column reads the same', () => {
    expect(cellFigures([
      ['STT', 'Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)'],
      ['2', 'Hồ sơ đã giải quyết', '5.002', ''],
      ['', '- Quá hạn', '21', '0,4'],
    ], QUARTER)).toEqual(['dossier.resolved |  | 5002 | ', 'dossier.late |  | 21 | ', 'dossier.late_rate |  | 0.4 | ']);
  });

  it('a coded row after the dashed ones breaks nothing down', () => {
    expect(cellFigures([
      ['STT', 'Chỉ tiêu', 'Số lượng', 'Tỷ lệ (%)'],
      ['2', 'Hồ sơ đã giải quyết', '5.002', ''],
      ['-', 'Quá hạn', '21', '0,4'],
      ['3', 'Quá hạn', '9', ''],
    ], QUARTER)).toEqual(['dossier.resolved |  | 5002 | ', 'dossier.late |  | 21 | ', 'dossier.late_rate |  | 0.4 | ']);
  });
});

describe('laid-out text around these layouts', () => {
  const QUARTER: GridContext = { report: { start: '2024-10-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };

  it('a numbered heading and a caption right above the header are no header lines', () => {
    expect(textFigures([
      '      3. Kết quả xử lý hồ sơ trong quý',
      '              Bảng tổng hợp hồ sơ quý IV năm 2024 của huyện',
      ' STT                  Chỉ tiêu                   Số lượng      Tỷ lệ (%)',
      '  1     Hồ sơ đã giải quyết                        5.002',
      '  -     Quá hạn                                     21            0,4',
      '  2     Hồ sơ đang giải quyết                       140',
      '',
      'Đoạn văn sau bảng.',
    ].join('\n'), QUARTER)).toEqual(['dossier.resolved |  | 5002 | ', 'dossier.late |  | 21 | ', 'dossier.late_rate |  | 0.4 | ', 'dossier.pending |  | 140 | ']);
  });

  it('a mid-table header row set flush left, its "STT" wrapped, starts the second block', () => {
    expect(textFigures([
      'Bảng chỉ tiêu',
      ' ST                Chỉ tiêu           Quý IV/2024      Quý IV/2023',
      ' T',
      '  1    Hồ sơ tiếp nhận                  4.107             3.950',
      '  2    Hồ sơ trễ hạn                      11                23',
      'ST     Đội ngũ                         Biên chế        Có mặt đến',
      'T                                      giao            31/12/2024',
      '  3    Công chức hành chính                74                70',
      '  4    Viên chức đơn vị sự nghiệp         906               872',
      '       công lập',
      '',
      'Đoạn văn sau bảng.',
    ].join('\n'), QUARTER)).toEqual([
      'dossier.received |  | 4107 | ', 'dossier.received |  | 3950 | 2023-10-01..2023-12-31',
      'dossier.late |  | 11 | ', 'dossier.late |  | 23 | 2023-10-01..2023-12-31',
      'staff.quota |  | 74 | ', 'staff.present |  | 70 | 2024-12-31..2024-12-31',
      'staff.public_units_quota |  | 906 | ', 'staff.public_units_present |  | 872 | 2024-12-31..2024-12-31',
    ]);
  });
});

describe('period rows as cut-off date ranges under a unit row', () => {
  const NINE_2025: GridContext = { report: { start: '2025-01-01', end: '2025-09-30', year: 2025 }, unitLevel: 'district' };

  it('each span as written, "Từ … đến …" or two dates joined by a dash; the sum row the report\'s own', () => {
    expect(cellFigures([
      ['STT', 'Kỳ chốt số liệu', 'Hồ sơ tiếp nhận', 'Hồ sơ trễ hạn'],
      ['', '', '(hồ sơ)', '(hồ sơ)'],
      ['1', 'Từ ngày 15/12/2024 đến ngày 14/3/2025', '2.100', '4'],
      ['2', '15/3/2025 - 14/6/2025', '2.350', '6'],
      ['3', 'Từ 15/6/2025 đến 14/9/2025', '2.480', '2'],
      ['', 'Tổng cộng', '6.930', '12'],
    ], NINE_2025)).toEqual([
      'dossier.received |  | 2100 | 2024-12-15..2025-03-14', 'dossier.late |  | 4 | 2024-12-15..2025-03-14',
      'dossier.received |  | 2350 | 2025-03-15..2025-06-14', 'dossier.late |  | 6 | 2025-03-15..2025-06-14',
      'dossier.received |  | 2480 | 2025-06-15..2025-09-14', 'dossier.late |  | 2 | 2025-06-15..2025-09-14',
      'dossier.received |  | 6930 | ', 'dossier.late |  | 12 | ',
    ]);
  });

  it.each([['15/3/2025 - 14/6/2025', '2025-03-15..2025-06-14'], ['15/3/2025 – 14/6', undefined], ['14/6/2025 - 15/3/2025', undefined]])('%j → %s', (cell, span) => {
    const period = periodLabel(cell, NINE_2025.report);
    expect(period && `${period.start}..${period.end}`).toBe(span);
  });
});
