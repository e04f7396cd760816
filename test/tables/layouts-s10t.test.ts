/** Layouts of the sealed-10 tables, in other words and numbers than its documents. */
import { describe, expect, it } from 'vitest';
import { readGrid, type Grid, type GridContext, type GridRow } from '../../src/tables/grid.js';
import { type Cell, cellFigures, figuresOf } from './helpers.js';

const QUARTER_CITY: GridContext = { report: { start: '2025-07-01', end: '2025-09-30', year: 2025 }, unitLevel: 'province', cityLevel: 'province' };
const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'province' };
const DISTRICT_YEAR: GridContext = { ...YEAR, unitLevel: 'district' };

describe('layouts of the sealed-10 tables', () => {
  it('level rows over intake-channel columns: the postal column is the postal count, the total apart at the right the received count', () => {
    expect(cellFigures([
      ['TT', 'Cấp', { t: 'Hồ sơ nhận theo cách nộp (hồ sơ)', at: 2, span: 3 }, { t: 'Tổng số (hồ sơ)', at: 5 }],
      [{ t: 'Trực tuyến', at: 2 }, 'Trực tiếp', 'Bưu chính công ích'],
      ['1', 'Cấp huyện', '1.250', '3.400', '61', '4.711'],
      ['2', 'Cấp xã', '2.030', '5.115', '9', '7.154'],
      ['', 'Toàn tỉnh', '3.280', '8.515', '70', '11.865'],
    ], YEAR)).toEqual([
      'dossier.online | district | 1250 | ', 'dossier.offline | district | 3400 | ', 'dossier.postal | district | 61 | ', 'dossier.received | district | 4711 | ',
      'dossier.online | commune | 2030 | ', 'dossier.offline | commune | 5115 | ', 'dossier.postal | commune | 9 | ', 'dossier.received | commune | 7154 | ',
      'dossier.online |  | 3280 | ', 'dossier.offline |  | 8515 | ', 'dossier.postal |  | 70 | ', 'dossier.received |  | 11865 | ',
    ]);
  });

  const cityQuarter: Cell[][] = [
    ['TT', 'Chỉ tiêu', 'ĐVT', { t: 'Quý III năm 2025', at: 3, span: 3 }, { t: 'Cùng kỳ năm 2024', at: 6 }],
    [{ t: 'Cấp thành phố', at: 3 }, 'Cấp xã', 'Toàn thành phố'],
    ['1', 'Số hồ sơ tiếp nhận', 'Hồ sơ', '5.020', '8.310', '13.330', '12.004'],
    ['', 'Trong đó: nộp trực tuyến', 'Hồ sơ', '3.170', '5.902', '9.072', '7.615'],
  ];

  it('a city\'s own report: "Cấp thành phố" is the city\'s level, "Toàn thành phố" and the same quarter a year back the whole city, a sub-row\'s cell at its own column\'s level', () => {
    expect(cellFigures(cityQuarter, QUARTER_CITY)).toEqual([
      'dossier.received | province | 5020 | ', 'dossier.received | commune | 8310 | ', 'dossier.received |  | 13330 | ', 'dossier.received |  | 12004 | 2024-07-01..2024-09-30',
      'dossier.online | province | 3170 | ', 'dossier.online | commune | 5902 | ', 'dossier.online |  | 9072 | ', 'dossier.online |  | 7615 | 2024-07-01..2024-09-30',
    ]);
  });

  it('outside a city\'s own report "Cấp thành phố" names no level', () => {
    const { cityLevel: _, ...province } = QUARTER_CITY;
    expect(cellFigures(cityQuarter, province).slice(0, 1)).toEqual(['dossier.received |  | 5020 | ']);
  });

  it('a "Cấp thành phố" row in a city\'s own report is the city\'s level', () => {
    expect(cellFigures([
      ['TT', 'Cấp giải quyết', 'Hồ sơ tiếp nhận', 'Hồ sơ đã giải quyết'],
      ['1', 'Cấp thành phố', '2.400', '2.310'],
      ['2', 'Cấp xã', '6.050', '5.990'],
      ['', 'Tổng cộng', '8.450', '8.300'],
    ], QUARTER_CITY)).toEqual([
      'dossier.received | province | 2400 | ', 'dossier.resolved | province | 2310 | ',
      'dossier.received | commune | 6050 | ', 'dossier.resolved | commune | 5990 | ',
      'dossier.received |  | 8450 | ', 'dossier.resolved |  | 8300 | ',
    ]);
  });

  it('plan tasks by reform area: the task count set in the plan, those done and their share are figures on the total row only', () => {
    expect(cellFigures([
      ['TT', 'Lĩnh vực cải cách', 'Số nhiệm vụ\ntheo KH', 'Đã\nhoàn thành', 'Chưa\nhoàn thành', 'Tỷ lệ\nhoàn thành (%)'],
      ['1', 'Cải cách thể chế', '4', '4', '-', '100'],
      ['2', 'Cải cách chế độ công vụ', '8', '7', '1', '87,5'],
      ['3', 'Cải cách tài chính công', '3', '2', '1', '66,67'],
      ['', 'Tổng cộng', '15', '13', '2', '86,67'],
    ], DISTRICT_YEAR)).toEqual(['plan.tasks |  | 15 | ', 'plan.tasks_done |  | 13 | ', 'plan.tasks_done_rate |  | 86.67 | ']);
  });

  it('beside no task count, a bare "Đã hoàn thành" column names nothing, and a "Kế hoạch" column stays a target', () => {
    expect(cellFigures([
      ['TT', 'Lĩnh vực', 'Kế hoạch', 'Đã hoàn thành'],
      ['1', 'Cải cách thể chế', '4', '4'],
      ['2', 'Cải cách chế độ công vụ', '8', '7'],
      ['', 'Tổng cộng', '12', '11'],
    ], DISTRICT_YEAR)).toEqual([]);
  });

  it('a share heading wrapped over lines with "(%)" alone on the last is read as one heading', () => {
    const place = (line: number) => ({ page: 1, line, start: 0, end: 0 });
    const line = (n: number, cells: Array<[number, string]>): GridRow => ({ cells: cells.map(([column, text]) => ({ text, column, span: 1, place: place(n) })), place: place(n) });
    const grid: Grid = {
      table: 'T1', columns: 5, lineHeader: true,
      rows: [
        line(1, [[0, 'TT'], [1, 'Lĩnh vực cải cách'], [2, 'Số nhiệm vụ'], [3, 'Đã hoàn thành'], [4, 'Tỷ lệ']]),
        line(2, [[2, 'theo Kế hoạch'], [4, 'hoàn thành']]),
        line(3, [[4, '(%)']]),
        line(4, [[0, '1'], [1, 'Cải cách thể chế'], [2, '5'], [3, '4'], [4, '80']]),
        line(5, [[0, '2'], [1, 'Cải cách thủ tục hành chính'], [2, '10'], [3, '10'], [4, '100']]),
        line(6, [[1, 'Cộng'], [2, '15'], [3, '14'], [4, '93,33']]),
      ],
    };
    expect(figuresOf(readGrid(grid, DISTRICT_YEAR) ?? [])).toEqual(['plan.tasks |  | 15 | ', 'plan.tasks_done |  | 14 | ', 'plan.tasks_done_rate |  | 93.33 | ']);
  });

  it('one row of indicator headings over one row of values: each column is the unit\'s own figure for the report\'s period', () => {
    expect(cellFigures([
      ['Số văn bản chỉ đạo CCHC đã ban hành', 'Số cơ quan, đơn vị được kiểm tra', 'Hạn chế, tồn tại phát hiện khi kiểm tra', 'Số tồn tại đã được khắc phục', 'Lượt cán bộ, công chức được bồi dưỡng'],
      ['11', '6', '14', '-', '315'],
    ], DISTRICT_YEAR)).toEqual([
      'direction.documents |  | 11 | ', 'inspection.units |  | 6 | ', 'inspection.issues_found |  | 14 | ', 'staff.trained |  | 315 | ',
    ]);
  });

  it('the strip\'s headings wrapped over PDF lines read whole', () => {
    const place = (line: number) => ({ page: 1, line, start: 0, end: 0 });
    const line = (n: number, cells: Array<[number, string]>): GridRow => ({ cells: cells.map(([column, text]) => ({ text, column, span: 1, place: place(n) })), place: place(n) });
    const grid: Grid = {
      table: 'T1', columns: 3, lineHeader: true,
      rows: [
        line(1, [[0, 'Văn bản QPPL'], [1, 'Cơ quan được'], [2, 'Lượt CBCCVC được']]),
        line(2, [[0, 'đã ban hành'], [1, 'kiểm tra CCHC'], [2, 'đào tạo, bồi dưỡng']]),
        line(3, [[0, '4'], [1, '12'], [2, '190']]),
      ],
    };
    expect(figuresOf(readGrid(grid, DISTRICT_YEAR) ?? [])).toEqual(['legal.issued |  | 4 | ', 'inspection.units |  | 12 | ', 'staff.trained |  | 190 | ']);
  });

  it('periods over one row of values name nothing counted: no figure', () => {
    expect(cellFigures([
      ['Năm 2022', 'Năm 2023', 'Năm 2024'],
      ['87,10', '88,45', '90,02'],
    ], DISTRICT_YEAR)).toEqual([]);
  });
});
