/** Layouts of the spent sealed-11 / sealed-12 table halves, in other words and numbers than their documents. */
import { describe, expect, it } from 'vitest';
import type { GridContext } from '../../src/tables/grid.js';
import { cellFigures, textFigures } from './helpers.js';

const NINE_MONTHS: GridContext = { report: { start: '2023-01-01', end: '2023-09-30', year: 2023 }, unitLevel: 'district' };
const PROVINCE_2023: GridContext = { report: { start: '2023-01-01', end: '2023-12-31', year: 2023 }, unitLevel: 'province', unitName: 'Sông Mây' };
const CITY_QUARTER: GridContext = { report: { start: '2025-04-01', end: '2025-06-30', year: 2025 }, unitLevel: 'province', cityLevel: 'province' };
const YEAR_2020: GridContext = { report: { start: '2020-01-01', end: '2020-12-31', year: 2020 }, unitLevel: 'district' };

describe('layouts of the sealed-11 / sealed-12 table halves', () => {
  it('reads online services and dossiers by level ("Mức độ 3 / Mức độ 4") under their groups on the total row of a per-field table', () => {
    expect(cellFigures([
      ['TT', 'Lĩnh vực', 'Số TTHC', { t: 'Số dịch vụ công trực tuyến', at: 3, span: 2 }, { t: 'Số hồ sơ nộp trực tuyến', at: 5, span: 2 }, 'Tổng số hồ sơ tiếp nhận'],
      [{ t: 'Mức độ 3', at: 3 }, 'Mức độ 4', 'Mức độ 3', 'Mức độ 4'],
      ['1', 'Tài nguyên nước', '7', '3', '1', '40', '12', '300'],
      ['2', 'Giao thông vận tải', '10', '4', '2', '55', '20', '410'],
      ['', 'Cộng', '17', '7', '3', '95', '32', '710'],
    ], YEAR_2020)).toEqual([
      'procedure.total |  | 17 | ', 'procedure.online_partial |  | 7 | ', 'procedure.online_full |  | 3 | ',
      'dossier.online_partial |  | 95 | ', 'dossier.online_full |  | 32 | ', 'dossier.received |  | 710 | ',
    ]);
  });

  it('in laid-out text, a level number wrapped under "Mức độ" finishes that heading and opens no data row', () => {
    const text = [
      ' TT     Lĩnh vực            Số TTHC    Số DVC trực    Số hồ sơ nộp     Tổng số',
      '                                          tuyến         trực tuyến      hồ sơ',
      '                                      Mức độ Mức độ   Mức độ Mức độ   tiếp nhận',
      '                                        3      4        3      4',
      ' 1    Tài nguyên nước          7        3      1       40      12      300',
      ' 2    Giao thông vận tải       10       4      2       55      20      410',
      '      Cộng                     17       7      3       95      32      710',
    ].join('\n');
    expect(textFigures(text, YEAR_2020)).toEqual([
      'procedure.total |  | 17 | ', 'procedure.online_partial |  | 7 | ', 'procedure.online_full |  | 3 | ',
      'dossier.online_partial |  | 95 | ', 'dossier.online_full |  | 32 | ', 'dossier.received |  | 710 | ',
    ]);
  });

  it('reads quarter rows and a cumulative row ("Lũy kế …") that runs from January to the end of the span it names', () => {
    const header = [
      ['TT', 'Thời gian', 'Đã giải quyết', { t: 'Trước hạn', at: 3, span: 2 }, { t: 'Quá hạn', at: 5, span: 2 }],
      [{ t: 'Số lượng', at: 3 }, 'Tỷ lệ (%)', 'Số lượng', 'Tỷ lệ (%)'],
    ];
    expect(cellFigures([
      ...header,
      ['1', 'Quý II năm 2023', '800', '600', '75,00', '8', '1,00'],
      ['', 'Lũy kế 9 tháng năm 2023', '2.100', '1.500', '71,43', '21', '1,00'],
    ], NINE_MONTHS)).toEqual([
      'dossier.resolved |  | 800 | 2023-04-01..2023-06-30', 'dossier.early |  | 600 | 2023-04-01..2023-06-30',
      'dossier.late |  | 8 | 2023-04-01..2023-06-30', 'dossier.late_rate |  | 1 | 2023-04-01..2023-06-30',
      'dossier.resolved |  | 2100 | ', 'dossier.early |  | 1500 | ', 'dossier.late |  | 21 | ', 'dossier.late_rate |  | 1 | ',
    ]);
    // Cumulative to the end of the first half, in a nine-month report: January to June.
    expect(cellFigures([
      ...header,
      ['1', 'Quý I năm 2023', '500', '350', '70,00', '5', '1,00'],
      ['', 'Lũy kế đến hết quý II', '1.300', '950', '73,08', '13', '1,00'],
    ], NINE_MONTHS)).toContain('dossier.resolved |  | 1300 | 2023-01-01..2023-06-30');
    // Words after the span are no cumulative row: the row stays unread.
    expect(cellFigures([
      ...header,
      ['1', 'Quý I năm 2023', '500', '350', '70,00', '5', '1,00'],
      ['2', 'Quý II năm 2023', '800', '600', '75,00', '8', '1,00'],
      ['', '9 tháng trừ hồ sơ đất đai', '1.300', '950', '73,08', '13', '1,00'],
    ], NINE_MONTHS).filter((f) => f.includes('1300'))).toEqual([]);
  });

  it('a one-row table naming the reporting unit itself gives its own figures; staff groups over their columns say the key with the leaf', () => {
    const header = [
      ['Đơn vị', { t: 'Đơn vị sự nghiệp công lập', at: 1, span: 3 }, 'Cán bộ, công chức cấp xã có mặt đến 31/12/2023'],
      [{ t: 'Số người làm việc giao năm 2023', at: 1 }, 'Viên chức có mặt đến 31/12/2023', 'Tinh giản trong năm'],
    ];
    expect(cellFigures([...header, ['Tỉnh Sông Mây', '12.400', '12.050', '150', '880']], PROVINCE_2023)).toEqual([
      'staff.public_units_quota |  | 12400 | ', 'staff.public_units_present |  | 12050 | 2023-12-31..2023-12-31',
      'staff.public_units_reduced |  | 150 | ', 'staff.commune_officials |  | 880 | 2023-12-31..2023-12-31',
    ]);
    // Another province's row is no figure of the reporting unit.
    expect(cellFigures([...header, ['Tỉnh Hà Lâm', '9.100', '8.950', '90', '610']], PROVINCE_2023)).toEqual([]);
    // … nor is the city that shares the province's name (a district-level unit), while a centrally-run city is the province.
    expect(cellFigures([...header, ['Thành phố Sông Mây', '2.100', '2.050', '20', '140']], PROVINCE_2023)).toEqual([]);
    expect(cellFigures([...header, ['Thành phố Cần Thơ', '12.400', '12.050', '150', '880']], { ...PROVINCE_2023, unitName: 'Cần Thơ' })).toEqual([
      'staff.public_units_quota |  | 12400 | ', 'staff.public_units_present |  | 12050 | 2023-12-31..2023-12-31',
      'staff.public_units_reduced |  | 150 | ', 'staff.commune_officials |  | 880 | 2023-12-31..2023-12-31',
    ]);
    // Among other units' rows, the unit's own name is one unit of many: only the total row counts.
    expect(cellFigures([
      ['TT', 'Đơn vị', 'Hồ sơ tiếp nhận', 'Hồ sơ đã giải quyết'],
      ['1', 'Sông Mây', '400', '390'],
      ['2', 'Sở Tư pháp', '300', '295'],
      ['3', 'Sở Y tế', '100', '95'],
      ['', 'Tổng cộng', '800', '780'],
    ], PROVINCE_2023)).toEqual(['dossier.received | province | 800 | ', 'dossier.resolved | province | 780 | ']);
  });

  it('letter items ("a)", "b)") under a numbered indicator split its number: levels of authority, channels, timeliness', () => {
    expect(cellFigures([
      ['TT', 'Nội dung', 'Đơn vị tính', 'Quý II/2025'],
      ['I', 'THỦ TỤC', '', ''],
      ['1', 'Tổng số thủ tục hành chính', 'Thủ tục', '900'],
      ['a)', 'Thuộc thẩm quyền cấp thành phố', 'Thủ tục', '700'],
      ['b)', 'Thuộc thẩm quyền cấp xã', 'Thủ tục', '200'],
      ['II', 'HỒ SƠ', '', ''],
      ['1', 'Số hồ sơ nhận', 'Hồ sơ', '5.000'],
      ['a)', 'Nộp qua mạng', 'Hồ sơ', '3.000'],
      ['b)', 'Nộp trực tiếp', 'Hồ sơ', '1.800'],
      ['c)', 'Lĩnh vực đất đai', 'Hồ sơ', '950'],
      ['2', 'Số hồ sơ đã giải quyết', 'Hồ sơ', '4.600'],
      ['a)', 'Trước hạn', 'Hồ sơ', '3.000'],
      ['b)', 'Quá hạn', 'Hồ sơ', '100'],
      ['3', 'Số đơn vị sự nghiệp công lập', 'Đơn vị', '40'],
      ['a)', 'Số đơn vị thuộc UBND cấp xã', 'Đơn vị', '12'],
    ], CITY_QUARTER)).toEqual([
      'procedure.total |  | 900 | ', 'procedure.total | province | 700 | ', 'procedure.total | commune | 200 | ',
      'dossier.received |  | 5000 | ', 'dossier.online |  | 3000 | ', 'dossier.offline |  | 1800 | ',
      'dossier.resolved |  | 4600 | ', 'dossier.early |  | 3000 | ', 'dossier.late |  | 100 | ', 'org.public_units |  | 40 | ',
    ]);
  });
});
