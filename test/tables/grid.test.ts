/** Tables read by layout (src/tables/grid.ts through the DOCX cell reader): roles from content, dimensions from headers. */
import { describe, expect, it } from 'vitest';
import { readCellTables } from '../../src/tables/cells.js';
import type { GridContext } from '../../src/tables/grid.js';
import { mapRows } from '../../src/tables/map.js';
import { resolveRows } from '../../src/tables/rows.js';
import { type Cell, table } from './helpers.js';


const QUARTER: GridContext = { report: { start: '2025-07-01', end: '2025-09-30', year: 2025 }, unitLevel: 'district' };

/** indicator | level | value | period of each figure the table gives. */
function figures(rows: Cell[][], context = QUARTER): string[] {
  const read = readCellTables(table(rows), context).rows;
  return mapRows(resolveRows(read)).mentions.map((m) => [m.indicator, m.level, m.value, m.period.start && `${m.period.start}..${m.period.end}`].join(' | '));
}

describe('column roles by layout', () => {
  it('reads other header words, a unit column headed "Đơn vị" under a merged cell, codes I / 1 / a', () => {
    expect(figures([
      ['TT', 'Nội dung', { t: 'Kết quả thực hiện', at: 2, span: 2 }, 'Ghi chú'],
      [{ t: 'Đơn vị', at: 2 }, 'Số lượng'],
      ['I', 'Cải cách thủ tục hành chính', '', '', ''],
      ['1', 'Tổng số hồ sơ tiếp nhận', 'Hồ sơ', '3.482', ''],
      ['a', 'Tiếp nhận trực tuyến', 'Hồ sơ', '2.911', 'Mức độ toàn trình'],
    ])).toEqual(['dossier.received |  | 3482 | ', 'dossier.online |  | 2911 | ']);
  });

  it('reads a table without a header row (label | value | unit)', () => {
    expect(figures([
      ['Số hồ sơ đã giải quyết', '2.702', 'hồ sơ'],
      ['Số hồ sơ giải quyết quá hạn', '3', 'hồ sơ'],
    ])).toEqual(['dossier.resolved |  | 2702 | ', 'dossier.late |  | 3 | ']);
  });

  it('reads label / value pairs set side by side without a header, each pair a row, a blank pair skipped', () => {
    expect(figures([
      ['Hồ sơ nhận trong quý', '640', 'Hồ sơ nộp trực tuyến', '512'],
      ['Hồ sơ trả quá hạn', '2', 'Hồ sơ còn đang giải quyết', '15'],
      ['Số phiếu khảo sát đã thu', '95', '', ''],
    ])).toEqual([
      'dossier.received |  | 640 | ', 'dossier.online |  | 512 | ', 'dossier.late |  | 2 | ', 'dossier.pending |  | 15 | ', 'survey.forms |  | 95 | ',
    ]);
  });

  it('keeps a four-column table with a unit column one table of one label column: its numbers stay the row\'s', () => {
    expect(figures([
      ['Số hồ sơ đã giải quyết', '2.702', 'hồ sơ', '12'],
      ['Số hồ sơ giải quyết quá hạn', '3', 'hồ sơ', '1'],
    ])).toEqual(['dossier.resolved |  | 2702 | ', 'dossier.resolved |  | 12 | ', 'dossier.late |  | 3 | ', 'dossier.late |  | 1 | ']);
  });

  it('splits a row code set in the label cell off the label: the rows are still communes, the total at their level', () => {
    expect(figures([
      ['Xã, phường', 'Hồ sơ tiếp nhận'],
      ['1 Xã Đông Sơn', '120'],
      ['2 Phường Bắc Hà', '95'],
      ['3 Xã Nam Trung', '64'],
      ['Cộng', '279'],
    ])).toEqual(['dossier.received | commune | 279 | ']);
  });

  it('is not a statistics table without numbers (the report\'s header block)', () => {
    expect(readCellTables(table([['ỦY BAN NHÂN DÂN XÃ AN HÒA Số: 12/BC-UBND', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM']]), QUARTER).tables).toBe(0);
  });
});

describe('columns that carry a dimension', () => {
  it('gives one figure per level column, the total column the unit\'s own', () => {
    expect(figures([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Tổng số', { t: 'Trong đó', at: 4, span: 2 }],
      [{ t: 'Cấp huyện', at: 4 }, 'Cấp xã'],
      ['1', 'Số hồ sơ đã giải quyết', 'Hồ sơ', '24.102', '9.611', '14.491'],
      ['2', 'Số VBQPPL được ban hành', 'Văn bản', '3', '3', '-'],
    ])).toEqual([
      'dossier.resolved |  | 24102 | ', 'dossier.resolved | district | 9611 | ', 'dossier.resolved | commune | 14491 | ',
      'legal.issued |  | 3 | ', 'legal.issued | district | 3 | ',
    ]);
  });

  it('gives one figure per period column: years, Kỳ trước, Lũy kế; the report\'s own period left empty', () => {
    expect(figures([
      ['TT', 'Nội dung', 'Năm 2024', 'Kỳ trước', 'Trong kỳ', 'Lũy kế'],
      ['1', 'Số hồ sơ đã giải quyết', '9.800', '2.402', '2.611', '7.236'],
    ])).toEqual([
      'dossier.resolved |  | 9800 | 2024-01-01..2024-12-31',
      'dossier.resolved |  | 2402 | 2025-04-01..2025-06-30',
      'dossier.resolved |  | 2611 | ',
      'dossier.resolved |  | 7236 | 2025-01-01..2025-09-30',
    ]);
  });

  it('never takes a plan or a share of the plan as a figure; the result is', () => {
    expect(figures([
      ['STT', 'Nội dung chỉ tiêu', 'Đơn vị tính', 'Kế hoạch năm 2025', { t: 'Kết quả thực hiện', at: 4, span: 2 }],
      [{ t: 'Số lượng', at: 4 }, 'Tỷ lệ % so với kế hoạch'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)=(5)/(4)'],
      ['1', 'Số hồ sơ tiếp nhận trực tuyến', 'Hồ sơ', '8.000', '9.214', '115,2'],
    ])).toEqual(['dossier.online |  | 9214 | ']);
  });

  it('keeps a share header wrapped over several lines to its own column above a column-number row (PDF)', () => {
    expect(figures([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Kế hoạch', { t: 'Kết quả', at: 4, span: 2 }],
      [{ t: 'Đạt được', at: 4 }, 'Tỷ lệ %'],
      [{ t: 'so với', at: 5 }],
      [{ t: 'kế hoạch', at: 5 }],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)'],
      ['1', 'Số thủ tục hành chính được công bố', 'Thủ tục', '150', '162', '108'],
    ])).toEqual(['procedure.published |  | 162 | ']);
  });

  it('scopes a row to the period its label names, not to a cited decision\'s date nor a comparison base', () => {
    expect(figures([
      ['Số biên chế có mặt (tính đến 31/12/2024)', '20', 'người'],
      ['Số biên chế công chức được giao năm 2023', '22', 'người'],
      ['Số TTHC thuộc thẩm quyền giải quyết (theo Quyết định số 1250/QĐ-UBND ngày 15/6/2025)', '118', 'thủ tục'],
    ])).toEqual([
      'staff.present |  | 20 | 2024-12-31..2024-12-31',
      'staff.quota |  | 22 | 2023-01-01..2023-12-31',
      'procedure.total |  | 118 | ',
    ]);
  });
});

describe('rows that name units or periods', () => {
  const perCommune: Cell[][] = [
    ['STT', 'Đơn vị', 'Số hồ sơ tiếp nhận', 'Số hồ sơ đã giải quyết', 'Tỷ lệ đúng hạn (%)'],
    ['1', 'Xã An Hòa', '598', '594', '99,66'],
    ['2', 'Thị trấn Phát Diệm', '725', '716', '99,72'],
    ['', 'Tổng cộng', '1.323', '1.310', '99,69'],
  ];

  it('lists each unit with its name, takes the total row as the figure at the units\' level', () => {
    expect(figures(perCommune)).toEqual(['dossier.received | commune | 1323 | ', 'dossier.resolved | commune | 1310 | ', 'dossier.on_time_rate | commune | 99.69 | ']);
    const rows = mapRows(resolveRows(readCellTables(table(perCommune), QUARTER).rows)).rows;
    expect(rows.filter((r) => r.unit_name !== '').map((r) => [r.unit_name, r.column_header, r.value])[0]).toEqual(['Xã An Hòa', 'Số hồ sơ tiếp nhận', '598']);
  });

  it('takes a province\'s departments\' total at the province level', () => {
    expect(figures([
      ['TT', 'Cơ quan, đơn vị', 'Số hồ sơ tiếp nhận'],
      ['1', 'Sở Tư pháp', '3.934'],
      ['2', 'Sở Xây dựng', '6.631'],
      ['', 'Tổng cộng', '10.565'],
    ], { ...QUARTER, unitLevel: 'province' })).toEqual(['dossier.received | province | 10565 | ']);
  });

  it('gives a group\'s first column the heading centred over the group, not the one of the group before (PDF)', () => {
    // As PDF positions give it: each heading's text sits over the middle column of its group only.
    expect(figures([
      ['Kỳ', { t: 'Tiếp nhận', at: 2 }, { t: 'Giải quyết xong', at: 5 }],
      [{ t: 'Tổng số', at: 1 }, 'Trực tuyến', 'Trực tiếp', 'Tổng số', 'Đúng hạn', 'Quá hạn'],
      ['Trong kỳ', '980', '610', '370', '925', '921', '4'],
      ['Kỳ trước', '870', '505', '365', '860', '858', '2'],
    ]).filter((f) => !f.endsWith('..2025-06-30'))).toEqual([
      'dossier.received |  | 980 | ', 'dossier.online |  | 610 | ', 'dossier.offline |  | 370 | ',
      'dossier.resolved |  | 925 | ', 'dossier.on_time |  | 921 | ', 'dossier.late |  | 4 | ',
    ]);
  });

  it('gives each level row its level and the whole unit\'s row no level (Cấp tỉnh / Cấp huyện / Cấp xã / Toàn tỉnh)', () => {
    expect(figures([
      ['Cấp', 'Hồ sơ tiếp nhận', 'Trong đó trực tuyến', 'Trễ hẹn'],
      ['Cấp tỉnh (sở, ban, ngành)', '20.150', '9.300', '41'],
      ['Cấp thị xã', '7.420', '2.015', '12'],
      ['Cấp xã', '31.005', '1.870', '3'],
      ['Toàn tỉnh', '58.575', '13.185', '56'],
    ])).toEqual([
      'dossier.received | province | 20150 | ', 'dossier.online | province | 9300 | ', 'dossier.late | province | 41 | ',
      'dossier.received | district | 7420 | ', 'dossier.online | district | 2015 | ', 'dossier.late | district | 12 | ',
      'dossier.received | commune | 31005 | ', 'dossier.online | commune | 1870 | ', 'dossier.late | commune | 3 | ',
      'dossier.received |  | 58575 | ', 'dossier.online |  | 13185 | ', 'dossier.late |  | 56 | ',
    ]);
  });

  it('reads a column of years alone as year rows', () => {
    expect(figures([
      ['Năm', 'Số hồ sơ tiếp nhận', 'Tỷ lệ đúng hạn (%)'],
      ['2022', '9.120', '97,8'],
      ['2023', '10.405', '98,6'],
    ], { report: { start: '2021-01-01', end: '2025-12-31', year: 2025 }, unitLevel: 'district' })).toEqual([
      'dossier.received |  | 9120 | 2022-01-01..2022-12-31', 'dossier.on_time_rate |  | 97.8 | 2022-01-01..2022-12-31',
      'dossier.received |  | 10405 | 2023-01-01..2023-12-31', 'dossier.on_time_rate |  | 98.6 | 2023-01-01..2023-12-31',
    ]);
  });

  it('takes a total row over fields as the figure, the fields\' rows as listed only', () => {
    const byField: Cell[][] = [
      ['TT', 'Lĩnh vực', 'Tiếp nhận', 'Đã giải quyết', 'Quá hạn'],
      ['1', 'Xây dựng', '412', '405', '2'],
      ['2', 'Tài nguyên và môi trường', '1.260', '1.248', '9'],
      ['', 'Tổng cộng', '1.672', '1.653', '11'],
    ];
    expect(figures(byField)).toEqual(['dossier.received |  | 1672 | ', 'dossier.resolved |  | 1653 | ', 'dossier.late |  | 11 | ']);
    // "Đúng hạn" beside a column of its own for early is on time; alone it counts on time or early (the gold convention).
    const timeliness = (headers: string[]) => figures([
      ['Lĩnh vực', ...headers],
      ['Hộ tịch', ...headers.map(() => '40')],
      ['Chứng thực', ...headers.map(() => '60')],
      ['Tổng cộng', ...headers.map((_, i) => String(100 + i))],
    ]);
    expect(timeliness(['Trước hạn', 'Đúng hạn'])).toEqual(['dossier.early |  | 100 | ', 'dossier.on_time |  | 101 | ']);
    expect(timeliness(['Đã giải quyết', 'Đúng hạn'])).toEqual(['dossier.resolved |  | 100 | ', 'dossier.early_or_on_time |  | 101 | ']);
    // Rows naming indicators are not fields, total row or not.
    expect(figures([
      ['TT', 'Nội dung', 'Số lượng'],
      ['1', 'Số hồ sơ tiếp nhận', '640'],
      ['2', 'Số hồ sơ đã giải quyết', '630'],
      ['', 'Tổng cộng', '1.270'],
    ])).toEqual(['dossier.received |  | 640 | ', 'dossier.resolved |  | 630 | ']);
  });

  it('reads a "%" in a value column\'s header as the unit: a percent row never maps to a count', () => {
    expect(figures([
      ['Lĩnh vực', 'Năm 2024 (%)', 'Năm 2025 (%)'],
      ['Công tác chỉ đạo, điều hành CCHC', '88,10', '91,35'],
      ['Cải cách thể chế', '84,02', '86,90'],
    ])).toEqual([]);
  });

  it('reads period rows under indicator columns (Trong kỳ / Kỳ trước / Lũy kế)', () => {
    expect(figures([
      ['Kỳ báo cáo', { t: 'Tiếp nhận', at: 1, span: 2 }, 'Đang giải quyết'],
      [{ t: 'Tổng số', at: 1 }, 'Trực tuyến'],
      ['Trong kỳ', '2.140', '1.712', '55'],
      ['Kỳ trước', '1.986', '1.530', '36'],
    ])).toEqual([
      'dossier.received |  | 2140 | ', 'dossier.online |  | 1712 | ', 'dossier.pending |  | 55 | ',
      'dossier.received |  | 1986 | 2025-04-01..2025-06-30', 'dossier.online |  | 1530 | 2025-04-01..2025-06-30', 'dossier.pending |  | 36 | 2025-04-01..2025-06-30',
    ]);
  });
});

describe('layouts read by content (issue 10, second round)', () => {
  const YEAR: GridContext = { report: { start: '2023-01-01', end: '2023-12-31', year: 2023 }, unitLevel: 'district' };

  it('takes the quarter of a column under a heading naming the year; the whole-year column is the report\'s own', () => {
    expect(figures([
      ['TT', 'Chỉ tiêu', 'ĐVT', { t: 'Kết quả năm 2023', at: 3, span: 3 }],
      [{ t: 'Quý III', at: 3 }, 'Quý IV', 'Cả năm'],
      ['1', 'Số hồ sơ đã giải quyết', 'Hồ sơ', '1.204', '1.377', '5.010'],
    ], YEAR)).toEqual([
      'dossier.resolved |  | 1204 | 2023-07-01..2023-09-30',
      'dossier.resolved |  | 1377 | 2023-10-01..2023-12-31',
      'dossier.resolved |  | 5010 | ',
    ]);
  });

  it('reads "Kỳ trước chuyển sang" as the dossiers carried over, not as the previous period', () => {
    expect(figures([
      ['STT', 'Đơn vị', 'Từ kỳ trước chuyển sang', 'Mới tiếp nhận', 'Đã giải quyết'],
      ['1', 'Xã Hà Lâm', '4', '310', '309'],
      ['2', 'Xã Hà Sơn', '1', '287', '285'],
      ['', 'Tổng cộng', '5', '597', '594'],
    ])).toEqual(['dossier.carried_over | commune | 5 | ', 'dossier.new | commune | 597 | ', 'dossier.resolved | commune | 594 | ']);
  });

  it('reads one row per field (Lĩnh vực) with a total row under a three-row header and a column-number row', () => {
    const fields: Cell[][] = [
      ['TT', 'Lĩnh vực', { t: 'Hồ sơ nhận giải quyết', at: 2, span: 3 }, { t: 'Kết quả giải quyết', at: 5, span: 3 }],
      [{ t: 'Tổng số', at: 2 }, { t: 'Mới tiếp nhận', at: 3, span: 2 }, { t: 'Đã giải quyết', at: 5, span: 2 }, { t: 'Đang giải quyết', at: 7 }],
      [{ t: 'Trực tuyến', at: 3 }, 'Trực tiếp và BCCI', 'Đúng hạn', 'Quá hạn'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)', '(8)'],
      ['1', 'Tư pháp', '120', '80', '40', '117', '1', '2'],
      ['2', 'Tài nguyên nước', '35', '10', '25', '30', '2', '3'],
      ['3', 'Giao thông', '64', '60', '4', '64', '0', '0'],
      ['', 'Tổng cộng', '219', '150', '69', '211', '3', '5'],
    ];
    expect(figures(fields)).toEqual([
      'dossier.received |  | 219 | ', 'dossier.online |  | 150 | ', 'dossier.offline |  | 69 | ',
      'dossier.on_time |  | 211 | ', 'dossier.late |  | 3 | ', 'dossier.pending |  | 5 | ',
    ]);
    const rows = mapRows(resolveRows(readCellTables(table(fields), QUARTER).rows)).rows;
    expect(rows.filter((r) => r.unit_name !== '').map((r) => r.unit_name)).toContain('Tài nguyên nước');
  });

  it('keeps an indicator table with a total row an indicator table', () => {
    expect(figures([
      ['TT', 'Nội dung', 'Cấp huyện', 'Cấp xã'],
      ['1', 'Số hồ sơ tiếp nhận', '900', '1.500'],
      ['2', 'Số hồ sơ đã giải quyết', '880', '1.490'],
      ['', 'Tổng cộng', '1.780', '2.990'],
    ])).toEqual([
      'dossier.received | district | 900 | ', 'dossier.received | commune | 1500 | ',
      'dossier.resolved | district | 880 | ', 'dossier.resolved | commune | 1490 | ',
    ]);
  });

  it('lists group rows (roman codes) over units as subtotals, never figures', () => {
    expect(figures([
      ['TT', 'Đơn vị', 'Hồ sơ tiếp nhận', 'Trong đó trực tuyến'],
      ['I', 'Các phường nội thị', '900', '700'],
      ['1', 'Phường Bắc Lý', '500', '400'],
      ['2', 'Phường Nam Lý', '400', '300'],
      ['II', 'Các xã ngoại thị', '300', '100'],
      ['3', 'Xã Lộc Thủy', '300', '100'],
      ['', 'Tổng cộng', '1.200', '800'],
    ])).toEqual(['dossier.received | commune | 1200 | ', 'dossier.online | commune | 800 | ']);
  });

  it('reads what a per-department column counts without its period: a point in time scopes the column', () => {
    expect(figures([
      ['TT', 'Cơ quan', 'Biên chế công chức giao năm 2023', 'Công chức có mặt đến 31/10/2023', 'Tuyển dụng trong năm'],
      ['1', 'Sở Y tế', '40', '38', '1'],
      ['2', 'Sở Tư pháp', '30', '29', '0'],
      ['', 'Tổng cộng', '70', '67', '1'],
    ], { ...YEAR, unitLevel: 'province' })).toEqual([
      'staff.quota | province | 70 | ', 'staff.present | province | 67 | 2023-10-31..2023-10-31', 'staff.recruited | province | 1 | ',
    ]);
  });

  it('keeps a line of a year and dates wrapped out of the headings in the header (a date is no value)', () => {
    expect(figures([
      ['TT', 'Đơn vị', 'Biên chế được giao năm', 'Biên chế hiện có đến', 'Số còn thiếu'],
      ['', '', '2023', '15/10/2023', ''],
      ['1', 'Sở Xây dựng', '44', '41', '3'],
      ['2', 'Sở Công Thương', '36', '36', '0'],
      ['', 'Tổng cộng', '80', '77', '3'],
    ], { ...YEAR, unitLevel: 'province' })).toEqual([
      'staff.quota | province | 80 | ', 'staff.present | province | 77 | 2023-10-15..2023-10-15',
    ]);
  });

  it('reads an indicator cell merged down over its breakdown in a second label column', () => {
    // Merged-down cells arrive only on their first row (the rows below have nothing in those columns).
    expect(figures([
      ['STT', 'Nội dung', 'Chia ra', 'Đơn vị', 'Số liệu'],
      ['1', 'Hồ sơ đã giải quyết', 'Tổng số', 'Hồ sơ', '640'],
      [{ t: 'Trước hạn', at: 2 }, 'Hồ sơ', '402'],
      [{ t: 'Quá hạn', at: 2 }, 'Hồ sơ', '3'],
      ['2', 'Hồ sơ đang giải quyết', 'Quá hạn', 'Hồ sơ', '1'],
    ])).toEqual(['dossier.resolved |  | 640 | ', 'dossier.early |  | 402 | ', 'dossier.late |  | 3 | ', 'dossier.pending_late |  | 1 | ']);
  });

  it('reads a header-less table whose value cells carry their unit, a rank among n', () => {
    expect(figures([
      ['1', 'Số văn bản chỉ đạo CCHC đã ban hành', '9 văn bản'],
      ['2', 'Số hồ sơ tiếp nhận', '3.105 hồ sơ'],
      ['3', 'Xếp hạng Chỉ số CCHC năm 2022 của xã', 'thứ 12/30'],
    ], YEAR)).toEqual(['direction.documents |  | 9 | ', 'dossier.received |  | 3105 | ', 'par_index.rank |  | 12 | 2022-01-01..2022-12-31']);
  });

  it('gives a count and its rate sharing a cell under a unit pair; a target in the note column is no figure', () => {
    expect(figures([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Số liệu', 'Ghi chú'],
      ['1', 'Số hồ sơ giải quyết đúng hạn, tỷ lệ', 'Hồ sơ/%', '2.040 / 98,6', ''],
      ['2', 'Tỷ lệ hồ sơ trực tuyến', '%', '71,5', 'Chỉ tiêu giao: 70%'],
    ])).toEqual(['dossier.on_time |  | 2040 | ', 'dossier.on_time_rate |  | 98.6 | ', 'dossier.online_rate |  | 71.5 | ']);
  });

  it('closes a header wrapped over many lines at its column-number row; a centred heading reaches the column it stays centred over', () => {
    // As PDF text gives it: headings only as wide as their text, words wrapped onto lines of their own.
    expect(figures([
      ['STT', 'Lĩnh vực', { t: 'Tiếp nhận', at: 2, span: 2 }, { t: 'Kết quả', at: 5, span: 1 }],
      [{ t: 'Tổng', at: 2 }, 'Trực', { t: 'Đã giải', at: 4 }, 'Đúng', 'Quá'],
      [{ t: 'số', at: 2 }, 'tuyến', { t: 'quyết', at: 4 }, 'hạn', 'hạn'],
      ['(1)', '(2)', '(3)', '(4)', '(5)', '(6)', '(7)'],
      ['1', 'Hộ tịch', '50', '20', '48', '47', '1'],
      ['2', 'Đất đai', '30', '9', '28', '25', '3'],
      ['', 'Tổng cộng', '80', '29', '76', '72', '4'],
    ])).toEqual([
      'dossier.received |  | 80 | ', 'dossier.online |  | 29 | ', 'dossier.resolved |  | 76 | ', 'dossier.on_time |  | 72 | ', 'dossier.late |  | 4 | ',
    ]);
  });

  it('reads rows that name levels under indicator columns: each level row at its level, the total the unit\'s own', () => {
    expect(figures([
      ['Cấp', 'Tiếp nhận', 'Đã giải quyết', 'Trước hạn', 'Đúng hạn'],
      ['Cấp thị xã', '5.120', '5.003', '4.210', '790'],
      ['Cấp xã (các xã, phường)', '9.400', '9.377', '8.950', '420'],
      ['Toàn thị xã', '14.520', '14.380', '13.160', '1.210'],
    ])).toEqual([
      'dossier.received | district | 5120 | ', 'dossier.resolved | district | 5003 | ', 'dossier.early | district | 4210 | ', 'dossier.on_time | district | 790 | ',
      'dossier.received | commune | 9400 | ', 'dossier.resolved | commune | 9377 | ', 'dossier.early | commune | 8950 | ', 'dossier.on_time | commune | 420 | ',
      'dossier.received |  | 14520 | ', 'dossier.resolved |  | 14380 | ', 'dossier.early |  | 13160 | ', 'dossier.on_time |  | 1210 | ',
    ]);
  });

  it('reads count and share pairs under outcome headings: counts, and only the late share as a rate', () => {
    expect(figures([
      ['STT', 'Cấp', 'Đã giải quyết', { t: 'Trước hạn', at: 3, span: 2 }, { t: 'Đúng hạn', at: 5, span: 2 }, { t: 'Quá hạn', at: 7, span: 2 }],
      [{ t: 'Số lượng', at: 3 }, 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'],
      ['1', 'Cấp huyện', '800', '560', '70,00', '200', '25,00', '40', '5,00'],
      ['2', 'Cấp xã', '1.200', '900', '75,00', '288', '24,00', '12', '1,00'],
      ['', 'Toàn huyện', '2.000', '1.460', '73,00', '488', '24,40', '52', '2,60'],
    ])).toEqual([
      'dossier.resolved | district | 800 | ', 'dossier.early | district | 560 | ', 'dossier.on_time | district | 200 | ', 'dossier.late | district | 40 | ', 'dossier.late_rate | district | 5 | ',
      'dossier.resolved | commune | 1200 | ', 'dossier.early | commune | 900 | ', 'dossier.on_time | commune | 288 | ', 'dossier.late | commune | 12 | ', 'dossier.late_rate | commune | 1 | ',
      'dossier.resolved |  | 2000 | ', 'dossier.early |  | 1460 | ', 'dossier.on_time |  | 488 | ', 'dossier.late |  | 52 | ', 'dossier.late_rate |  | 2.6 | ',
    ]);
  });

  it('reads a heading and its share leaf run together in one header cell as the share of that heading', () => {
    expect(figures([
      ['Cấp', 'Trước hạn Số lượng', 'Trước hạn Tỷ lệ (%)', 'Quá hạn Số lượng', 'Quá hạn Tỷ lệ (%)'],
      ['Cấp huyện', '300', '75,00', '8', '2,00'],
      ['Cấp xã', '450', '90,00', '5', '1,00'],
    ])).toEqual([
      'dossier.early | district | 300 | ', 'dossier.late | district | 8 | ', 'dossier.late_rate | district | 2 | ',
      'dossier.early | commune | 450 | ', 'dossier.late | commune | 5 | ', 'dossier.late_rate | commune | 1 | ',
    ]);
  });

  it('reads a share column headed only "Tỷ lệ (%)" as no indicator of its own', () => {
    expect(figures([
      ['Cấp', 'Đã giải quyết', 'Tỷ lệ (%)', 'Quá hạn'],
      ['Cấp huyện', '500', '98,00', '10'],
      ['Cấp xã', '700', '99,00', '7'],
    ])).toEqual([
      'dossier.resolved | district | 500 | ', 'dossier.late | district | 10 | ',
      'dossier.resolved | commune | 700 | ', 'dossier.late | commune | 7 | ',
    ]);
  });

  it('reads a bare "Đúng hạn" column beside no "Trước hạn" column as on time or early', () => {
    expect(figures([
      ['Cấp', 'Tiếp nhận', 'Đúng hạn', 'Quá hạn'],
      ['Cấp huyện', '2.300', '2.251', '9'],
      ['Cấp xã', '4.100', '4.087', '2'],
    ])).toEqual([
      'dossier.received | district | 2300 | ', 'dossier.early_or_on_time | district | 2251 | ', 'dossier.late | district | 9 | ',
      'dossier.received | commune | 4100 | ', 'dossier.early_or_on_time | commune | 4087 | ', 'dossier.late | commune | 2 | ',
    ]);
  });
});

describe('layouts of the fourth round (issue 10)', () => {
  const YEAR_2024: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };
  const NINE_MONTHS: GridContext = { report: { start: '2024-01-01', end: '2024-09-30', year: 2024 }, unitLevel: 'province' };

  it('reads a comma before three digits in a count as thousands, a rate\'s comma as decimals; a comparison column is no figure', () => {
    expect(figures([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Năm 2023', 'Năm 2024', 'So sánh (%)'],
      ['1', 'Hồ sơ tiếp nhận', 'Hồ sơ', '9,812', '11,064', '112,8'],
      ['2', 'Tỷ lệ hồ sơ nộp trực tuyến', '%', '48,125', '60,5', '–'],
    ], YEAR_2024)).toEqual([
      'dossier.received |  | 9812 | 2023-01-01..2023-12-31', 'dossier.received |  | 11064 | ',
      'dossier.online_rate |  | 48.125 | 2023-01-01..2023-12-31', 'dossier.online_rate |  | 60.5 | ',
    ]);
  });

  it('reads "Cùng kỳ" wrapped above its year (two header lines) as the report\'s span in that year', () => {
    expect(figures([
      ['TT', 'Chỉ tiêu', 'Quý III', 'Cùng kỳ', 'Đơn vị tính'],
      [{ t: 'năm 2023', at: 3 }],
      ['1', 'Hồ sơ giải quyết quá hạn', '412', '655', 'Hồ sơ'],
    ], NINE_MONTHS)).toEqual(['dossier.late |  | 412 | 2024-07-01..2024-09-30', 'dossier.late |  | 655 | 2023-01-01..2023-09-30']);
  });

  it('reads "Số hồ sơ" under an online-service level as the dossiers received that way; the share beside it is no figure', () => {
    expect(figures([
      [{ t: 'TT', at: 0 }, { t: 'Đơn vị', at: 1 }, { t: 'DVC trực tuyến toàn trình', at: 2, span: 2 }, { t: 'DVC trực tuyến một phần', at: 4, span: 2 }],
      [{ t: 'Số hồ sơ', at: 2 }, 'Tỷ lệ', 'Số hồ sơ', 'Tỷ lệ'],
      [{ t: '(%)', at: 3 }, { t: '(%)', at: 5 }],
      ['1', 'Xã Đông Sơn', '120', '30,0', '200', '50,0'],
      ['2', 'Xã Tây Sơn', '80', '20,0', '100', '25,0'],
      ['', 'Tổng cộng', '200', '25,0', '300', '37,5'],
    ], YEAR_2024)).toEqual(['dossier.online_full | commune | 200 | ', 'dossier.online_partial | commune | 300 | ']);
  });

  it('reads a numbered row that opens with "Trong đó" as a breakdown of the row before', () => {
    expect(figures([
      ['STT', 'Chỉ tiêu', 'Số lượng'],
      ['1', 'Hồ sơ đã giải quyết', '950'],
      ['2', 'Trong đó quá hạn', '7'],
      ['3', 'Hồ sơ đang giải quyết', '61'],
    ])).toEqual(['dossier.resolved |  | 950 | ', 'dossier.late |  | 7 | ', 'dossier.pending |  | 61 | ']);
  });

  it('reads a "Cấp thị xã" column as the district level', () => {
    expect(figures([
      ['TT', 'Nội dung', 'Cấp thị xã', 'Cấp xã'],
      ['1', 'Thủ tục hành chính đang thực hiện', '250', '98'],
    ])).toEqual(['procedure.total | district | 250 | ', 'procedure.total | commune | 98 | ']);
  });

  it('reads roman sections naming levels over field rows, closed by a "Tổng cộng (I + II)" row: levels and the unit\'s own total', () => {
    expect(figures([
      ['TT', 'Nội dung', 'Tiếp nhận', 'Quá hạn'],
      ['I', 'Cấp huyện', '5.100', '12'],
      ['1', 'Hộ tịch', '3.000', '2'],
      ['2', 'Đất đai', '2.100', '10'],
      ['II', 'Cấp xã', '9.400', '3'],
      ['1', 'Chứng thực', '6.000', '0'],
      ['2', 'Đất đai', '3.400', '3'],
      ['', 'Tổng cộng (I + II)', '14.500', '15'],
    ], YEAR_2024)).toEqual([
      'dossier.received | district | 5100 | ', 'dossier.late | district | 12 | ',
      'dossier.received | commune | 9400 | ', 'dossier.late | commune | 3 | ',
      'dossier.received |  | 14500 | ', 'dossier.late |  | 15 | ',
    ]);
  });

  it('reads a scored table: the maximum column and the parts are no figures, the index\'s total score is', () => {
    expect(figures([
      ['TT', 'Lĩnh vực', 'Điểm tối đa', 'Điểm đạt được', 'Tỷ lệ (%)'],
      ['1', 'Công tác chỉ đạo, điều hành cải cách hành chính', '10', '9,5', '95,00'],
      ['2', 'Cải cách thủ tục hành chính', '90', '78,25', '86,94'],
      ['', 'Chỉ số cải cách hành chính', '100', '87,75', '87,75'],
    ], YEAR_2024)).toEqual(['par_index.score |  | 87.75 | ']);
  });

  it('reads rows coded 6.1, 6.2 under a counted row 6 as its breakdown; a dash is no figure', () => {
    expect(figures([
      ['STT', 'Nội dung', 'ĐVT', 'Kết quả'],
      ['6', 'Hồ sơ tiếp nhận', 'Hồ sơ', '930'],
      ['6.1', 'Trực tuyến', 'Hồ sơ', '700'],
      ['6.2', 'Trực tiếp', 'Hồ sơ', '230'],
      ['6.3', 'Qua bưu chính công ích', 'Hồ sơ', '–'],
    ])).toEqual(['dossier.received |  | 930 | ', 'dossier.online |  | 700 | ', 'dossier.offline |  | 230 | ']);
  });

  it('reads a staff table by agency: quota and present columns, the total row at the district level', () => {
    expect(figures([
      ['TT', 'Cơ quan', 'Biên chế giao năm 2024', 'Có mặt đến 31/10/2024'],
      ['1', 'Phòng Nội vụ', '7', '6'],
      ['2', 'Phòng Tư pháp', '5', '5'],
      ['', 'Tổng cộng', '12', '11'],
    ], YEAR_2024)).toEqual(['staff.quota | district | 12 | ', 'staff.present | district | 11 | 2024-10-31..2024-10-31']);
  });

  it('reads letter sections left in the label ("B Cấp xã") as levels, and a total merged across the code and label columns', () => {
    expect(figures([
      ['STT', 'Lĩnh vực', 'Nhận', 'Trả quá hạn'],
      ['', 'A CẤP HUYỆN', '2.300', '4'],
      ['1', 'Chứng thực', '1.300', '1'],
      ['2', 'Xây dựng', '1.000', '3'],
      ['', 'B CẤP XÃ', '700', '1'],
      ['1', 'Hộ tịch', '450', '0'],
      ['2', 'Đất đai', '250', '1'],
      [{ t: 'Tổng cộng (A + B)', at: 0, span: 2 }, '3.000', '5'],
    ], YEAR_2024)).toEqual([
      'dossier.received | district | 2300 | ', 'dossier.late | district | 4 | ',
      'dossier.received | commune | 700 | ', 'dossier.late | commune | 1 | ',
      'dossier.received |  | 3000 | ', 'dossier.late |  | 5 | ',
    ]);
  });

  it('reads a "Kết quả giải quyết" heading over Tổng số / Quá hạn as the dossiers resolved', () => {
    expect(figures([
      [{ t: 'TT', at: 0 }, { t: 'Đơn vị', at: 1 }, { t: 'Tiếp nhận', at: 2 }, { t: 'Kết quả giải quyết', at: 3, span: 2 }],
      [{ t: 'Tổng số', at: 3 }, { t: 'Quá hạn', at: 4 }],
      ['1', 'Phòng Tư pháp', '90', '88', '1'],
      ['2', 'Phòng Kinh tế', '60', '59', '0'],
      [{ t: 'Tổng cộng', at: 0, span: 2 }, '150', '147', '1'],
    ], YEAR_2024)).toEqual(['dossier.received | district | 150 | ', 'dossier.resolved | district | 147 | ', 'dossier.late | district | 1 | ']);
  });

  it('keeps a roman number wrapped under a heading over a value column ("Quý" / "II") in the header', () => {
    expect(figures([
      ['TT', 'Chỉ tiêu', 'Quý', 'Quý'],
      [{ t: 'I', at: 2 }, 'II'],
      ['1', 'Số hồ sơ tiếp nhận', '320', '410'],
    ], YEAR_2024)).toEqual(['dossier.received |  | 320 | 2024-01-01..2024-03-31', 'dossier.received |  | 410 | 2024-04-01..2024-06-30']);
  });
  it('reads a bare share column beside the one count column as the share of each row\'s count', () => {
    expect(figures([
      ['TT', 'Chỉ tiêu', 'ĐVT', 'Số lượng', 'Tỷ lệ (%)'],
      ['1', 'Hồ sơ nhận giải quyết', 'Hồ sơ', '820', ''],
      ['2', 'Hồ sơ nộp trực tuyến', 'Hồ sơ', '615', '75'],
      ['3', 'Hồ sơ giải quyết quá hạn', 'Hồ sơ', '4', '0,5'],
    ], YEAR_2024)).toEqual([
      'dossier.received |  | 820 | ', 'dossier.online |  | 615 | ', 'dossier.online_rate |  | 75 | ', 'dossier.late |  | 4 | ', 'dossier.late_rate |  | 0.5 | ',
    ]);
  });

  it('reads a "Giải quyết" heading alone as dossiers resolved, and a bare "Đúng hạn (hồ sơ)" as resolved on time or early', () => {
    expect(figures([
      ['STT', 'Xã', 'Tiếp nhận', 'Giải quyết', 'Đúng hạn (hồ sơ)'],
      ['1', 'Xã Yên Thọ', '140', '138', '137'],
      ['2', 'Xã Yên Phú', '60', '60', '60'],
      ['', 'Tổng cộng', '200', '198', '197'],
    ], YEAR_2024)).toEqual(['dossier.received | commune | 200 | ', 'dossier.resolved | commune | 198 | ', 'dossier.early_or_on_time | commune | 197 | ']);
  });
});

describe('layouts of the sixth round (issue 10)', () => {
  const PROVINCE_2025: GridContext = { report: { start: '2025-01-01', end: '2025-12-31', year: 2025 }, unitLevel: 'province' };

  it('reads a count column beside procedure columns as procedures ("Thanh toán trực tuyến"), and a share with no key as nothing', () => {
    expect(figures([
      ['TT', 'Cấp', { t: 'Số thủ tục hành chính', at: 2, span: 2 }, 'Thanh toán trực tuyến', 'Tỷ lệ toàn trình (%)'],
      [{ t: 'Tổng số', at: 2 }, 'DVC trực tuyến toàn trình'],
      ['1', 'Cấp tỉnh', '1.102', '455', '380', '41,3'],
      ['2', 'Cấp xã', '98', '40', '31', '40,8'],
      ['', 'Toàn tỉnh', '1.200', '495', '411', '41,2'],
    ], PROVINCE_2025)).toEqual([
      'procedure.total | province | 1102 | ', 'procedure.online_full | province | 455 | ', 'procedure.online_payment | province | 380 | ',
      'procedure.total | commune | 98 | ', 'procedure.online_full | commune | 40 | ', 'procedure.online_payment | commune | 31 | ',
      'procedure.total |  | 1200 | ', 'procedure.online_full |  | 495 | ', 'procedure.online_payment |  | 411 | ',
    ]);
  });

  it('leaves a payment column beside dossier columns to the dossiers', () => {
    const read = figures([
      ['TT', 'Cấp', 'Hồ sơ tiếp nhận', 'Thanh toán trực tuyến'],
      ['1', 'Cấp huyện', '5.120', '1.930'],
      ['2', 'Cấp xã', '8.400', '2.215'],
    ], PROVINCE_2025);
    expect(read).toContain('dossier.received | district | 5120 | ');
    expect(read.some((f) => f.startsWith('procedure.'))).toBe(false);
  });
});
