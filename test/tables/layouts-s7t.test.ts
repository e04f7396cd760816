/** Table layouts seen in tables sealed-7, written anew: column groups by level of authority. */
import { describe, expect, it } from 'vitest';
import { readCellTables } from '../../src/tables/cells.js';
import { readGrid, type Grid, type GridContext, type GridRow } from '../../src/tables/grid.js';
import { mapRows } from '../../src/tables/map.js';
import { resolveRows } from '../../src/tables/rows.js';
import { readTables } from '../../src/tables/stage.js';
import { newReport } from '../../src/model/report.js';
import { pagesFromText } from '../../src/read/txt.js';
import { type Cell, table } from './helpers.js';


const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };

/** indicator | level | value of each figure the table gives. */
function figures(rows: Cell[][], context = YEAR): string[] {
  const read = readCellTables(table(rows), context).rows;
  return mapRows(resolveRows(read)).mentions.map((m) => [m.indicator, m.level, m.value].join(' | '));
}

describe('column groups by level of authority', () => {
  const fields: Cell[][] = [
    ['Tư pháp', '12', '3', '7', '20', '9', '8'],
    ['Giao thông vận tải', '18', '5', '10', '4', '1', '2'],
    ['Y tế', '9', '2', '6', '3', '-', '3'],
  ];
  const leaves = ['Tổng số TTHC', 'DVC toàn trình', 'DVC một phần'];

  it('a total row under two level groups gives each group its own level', () => {
    const rows: Cell[][] = [
      ['TT', 'Lĩnh vực', { t: 'TTHC của cấp huyện', at: 2, span: 3 }, { t: 'TTHC của cấp xã', at: 5, span: 3 }],
      [{ t: leaves[0], at: 2 }, leaves[1], leaves[2], leaves[0], leaves[1], leaves[2]],
      ...fields.map((r, i) => [String(i + 1), ...r]),
      [{ t: 'Cộng', at: 1 }, '39', '10', '23', '27', '10', '13'],
    ];
    expect(figures(rows)).toEqual([
      'procedure.total | district | 39',
      'procedure.online_full | district | 10',
      'procedure.online_partial | district | 23',
      'procedure.total | commune | 27',
      'procedure.online_full | commune | 10',
      'procedure.online_partial | commune | 13',
    ]);
  });

  it('one level group alone leaves the total at the unit\'s own level', () => {
    const rows: Cell[][] = [
      ['TT', 'Lĩnh vực', { t: 'TTHC của cấp huyện', at: 2, span: 3 }],
      [{ t: leaves[0], at: 2 }, leaves[1], leaves[2]],
      ...fields.map((r, i) => [String(i + 1), ...r.slice(0, 4)]),
      [{ t: 'Cộng', at: 1 }, '39', '10', '23'],
    ];
    expect(figures(rows).map((f) => f.split(' | ')[1])).not.toContain('commune');
    expect(figures(rows)).toContain('procedure.total |  | 39');
  });
});

describe('rows under a maximum column that have no maximum', () => {
  it('a rank and a count of survey forms beside the scores are figures; the parts of the score are not', () => {
    const rows: Cell[][] = [
      ['STT', 'Lĩnh vực chấm điểm', 'Điểm tối đa', { t: 'Kết quả chấm điểm', at: 3, span: 2 }],
      [{ t: 'Năm 2023', at: 3 }, 'Năm 2024'],
      ['1', 'Cải cách thể chế', '10', '8,50', '9,00'],
      ['2', 'Cải cách tài chính công', '9', '7,25', '8,10'],
      ['', 'Chỉ số cải cách hành chính', '100', '81,40', '85,05'],
      ['', 'Xếp hạng trong tỉnh', '-', '5/12', '2/12'],
      ['', 'Số phiếu khảo sát', '', '180', '220'],
    ];
    expect(figures(rows)).toEqual([
      'par_index.score |  | 81.4',
      'par_index.score |  | 85.05',
      'par_index.rank |  | 5',
      'par_index.rank |  | 2',
      'survey.forms |  | 180',
      'survey.forms |  | 220',
    ]);
  });
});

describe('a table flattened one cell per line under quarter columns', () => {
  it('is read by its columns before the plain-text reader takes its lines, each value in its quarter', () => {
    const report = newReport({ id: 'r1', path: 'x.txt', sourceFile: 'x.txt', format: 'txt' });
    report.pages = pagesFromText([
      'Bảng 3. Hồ sơ tiếp nhận và giải quyết sáu tháng đầu năm 2025 tại bộ phận một cửa',
      'TT', 'Nội dung', 'Quý I', 'Quý II', 'Sáu tháng',
      '1', 'Số hồ sơ tiếp nhận', '240', '260', '500',
      '2', 'Số hồ sơ đã giải quyết', '230', '255', '485',
      '3', 'Giải quyết quá hạn', '2', '4', '6',
      'Các hồ sơ quá hạn đều đã có thư xin lỗi gửi người dân.',
    ].join('\n'));
    Object.assign(report.meta, { periodStart: '2025-01-01', periodEnd: '2025-06-30', reportDate: '2025-06-20' });
    const mentions = mapRows(resolveRows(readTables(report))).mentions;
    expect(mentions.map((m) => [m.indicator, m.value, m.period.start && `${m.period.start}..${m.period.end}`].join(' | '))).toEqual([
      'dossier.received | 240 | 2025-01-01..2025-03-31', 'dossier.received | 260 | 2025-04-01..2025-06-30', 'dossier.received | 500 | ',
      'dossier.resolved | 230 | 2025-01-01..2025-03-31', 'dossier.resolved | 255 | 2025-04-01..2025-06-30', 'dossier.resolved | 485 | ',
      'dossier.late | 2 | 2025-01-01..2025-03-31', 'dossier.late | 4 | 2025-04-01..2025-06-30', 'dossier.late | 6 | ',
    ]);
  });
});

describe('a PDF header whose headings end on a line of their own with a year or a date', () => {
  const place = (line: number) => ({ page: 1, line, start: 0, end: 0 });
  /** One text line of a PDF table: each cell at its grid column. */
  const line = (n: number, cells: Array<[number, string]>): GridRow => ({ cells: cells.map(([column, text]) => ({ text, column, span: 1, place: place(n) })), place: place(n) });

  it('takes the year line into the header, and the staff groups read by their facet columns', () => {
    const grid: Grid = {
      table: 'T1', columns: 5, lineHeader: true,
      rows: [
        line(1, [[0, 'TT'], [1, 'Nhóm'], [2, 'Số được'], [3, 'Hiện có đến'], [4, 'Chênh lệch']]),
        line(2, [[2, 'giao năm'], [3, '30/6/2024']]),
        line(3, [[2, '2024']]),
        line(4, [[0, '1'], [1, 'Công chức các phòng chuyên môn'], [2, '88'], [3, '85'], [4, '3']]),
        line(5, [[0, '2'], [1, 'Viên chức sự nghiệp công lập'], [2, '1.240'], [3, '1.198'], [4, '42']]),
      ],
    };
    const rows = readGrid(grid, YEAR) ?? [];
    expect(rows.map((r) => r.label)).not.toContain('');
    expect(mapRows(resolveRows(rows)).mentions.map((m) => [m.indicator, m.value, m.period.start].join(' | '))).toEqual([
      'staff.quota | 88 | ', 'staff.present | 85 | 2024-06-30',
      'staff.public_units_quota | 1240 | ', 'staff.public_units_present | 1198 | 2024-06-30',
    ]);
  });
});
