/** Table layouts seen in tables sealed-8, written anew: parts of a total column, level columns of a whole, ranks beside results. */
import { describe, expect, it } from 'vitest';
import { readCellTables } from '../../src/tables/cells.js';
import type { GridContext } from '../../src/tables/grid.js';
import { mapRows } from '../../src/tables/map.js';
import { resolveRows } from '../../src/tables/rows.js';
import { type Cell, table } from './helpers.js';

const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'province' };

/** indicator | level | value | period start of each figure the table gives. */
function figures(rows: Cell[][], context = YEAR): string[] {
  const read = readCellTables(table(rows), context).rows;
  return mapRows(resolveRows(read)).mentions.map((m) => [m.indicator, m.level, m.value, m.period.start].join(' | '));
}

describe('leaves under a heading that has its own total leaf', () => {
  const header: Cell[][] = [
    ['TT', 'Cấp thực hiện', { t: 'Hồ sơ nhận giải quyết', at: 2, span: 4 }, { t: 'Hồ sơ đã giải quyết', at: 6, span: 2 }],
    [{ t: 'Tổng số', at: 2 }, { t: 'Trong đó', at: 3, span: 3 }, 'Tổng số', 'Quá hạn'],
    [{ t: 'Trực tuyến', at: 3 }, 'Trực tiếp và bưu chính', 'Từ kỳ trước'],
  ];

  it('are parts of that total: each level row gives the online count, not a second received total', () => {
    const rows: Cell[][] = [
      ...header,
      ['I', 'Cấp tỉnh', '3.420', '2.610', '700', '110', '3.300', '15'],
      ['II', 'Cấp huyện', '7.050', '4.980', '1.900', '170', '6.900', '22'],
    ];
    expect(figures(rows)).toEqual([
      'dossier.received | province | 3420 | ', 'dossier.online | province | 2610 | ', 'dossier.offline | province | 700 | ',
      'dossier.carried_over | province | 110 | ', 'dossier.resolved | province | 3300 | ', 'dossier.late | province | 15 | ',
      'dossier.received | district | 7050 | ', 'dossier.online | district | 4980 | ', 'dossier.offline | district | 1900 | ',
      'dossier.carried_over | district | 170 | ', 'dossier.resolved | district | 6900 | ', 'dossier.late | district | 22 | ',
    ]);
  });

  it('a part that names nothing known is no figure, never the total again', () => {
    const rows: Cell[][] = [
      ['TT', 'Cấp thực hiện', { t: 'Hồ sơ nhận giải quyết', at: 2, span: 2 }, 'Hồ sơ đã giải quyết'],
      [{ t: 'Tổng số', at: 2 }, 'Trong đó'],
      [{ t: 'Hồ sơ đất đai', at: 3 }],
      ['I', 'Cấp tỉnh', '3.420', '640', '3.300'],
      ['II', 'Cấp huyện', '7.050', '1.020', '6.900'],
    ];
    expect(figures(rows)).toEqual([
      'dossier.received | province | 3420 | ', 'dossier.resolved | province | 3300 | ',
      'dossier.received | district | 7050 | ', 'dossier.resolved | district | 6900 | ',
    ]);
  });
});

describe('level columns right of a whole column in a per-field table', () => {
  const fields: Cell[][] = [
    ['1', 'Hộ tịch', '22', '4', '8', '10', '6', '14', '9'],
    ['2', 'Đất đai', '31', '12', '15', '4', '3', '25', '12'],
    ['3', 'Công thương', '40', '38', '2', '-', '17', '20', '21'],
  ];

  it('count what the whole counts, each at its level; the count beside them is of procedures too', () => {
    const rows: Cell[][] = [
      ['STT', 'Lĩnh vực', 'Tổng số thủ tục', { t: 'Chia ra', at: 3, span: 3 }, { t: 'DVC trực tuyến', at: 6, span: 2 }, 'Thanh toán trực tuyến'],
      [{ t: 'Cấp tỉnh', at: 3 }, 'Cấp huyện', 'Cấp xã', 'Toàn trình', 'Một phần'],
      ...fields,
      ['', 'Cộng', '93', '54', '25', '14', '26', '59', '42'],
    ];
    expect(figures(rows)).toEqual([
      'procedure.total |  | 93 | ', 'procedure.total | province | 54 | ', 'procedure.total | district | 25 | ', 'procedure.total | commune | 14 | ',
      'procedure.online_full |  | 26 | ', 'procedure.online_partial |  | 59 | ', 'procedure.online_payment |  | 42 | ',
    ]);
  });

  it('level columns under a heading of their own keep that heading', () => {
    const rows: Cell[][] = [
      ['STT', 'Lĩnh vực', 'Tổng số thủ tục', { t: 'Hồ sơ đã giải quyết', at: 3, span: 2 }],
      [{ t: 'Cấp huyện', at: 3 }, 'Cấp xã'],
      ['1', 'Hộ tịch', '22', '310', '1.450'],
      ['2', 'Đất đai', '31', '980', '120'],
      ['3', 'Công thương', '40', '75', '-'],
      ['', 'Cộng', '93', '1.365', '1.570'],
    ];
    expect(figures(rows)).toEqual(['procedure.total |  | 93 | ', 'dossier.resolved | district | 1365 | ', 'dossier.resolved | commune | 1570 | ']);
  });
});

describe('year groups over a result and its rank', () => {
  it('a rank is the PAR index\'s rank on its row only; ranks of other rows are no figures', () => {
    const rows: Cell[][] = [
      ['TT', 'Chỉ số', { t: 'Năm 2023', at: 2, span: 2 }, { t: 'Năm 2024', at: 4, span: 2 }],
      [{ t: 'Kết quả', at: 2 }, 'Thứ hạng', 'Kết quả', 'Thứ hạng'],
      ['1', 'Điểm chỉ số cải cách hành chính', '79,40', '8/12', '82,65', '4/12'],
      ['2', 'Chỉ số hài lòng SIPAS (%)', '80,20', '6/12', '83,00', '5/12'],
      ['3', 'Tỷ lệ hồ sơ giải quyết đúng hạn (%)', '97,30', '9/12', '98,90', '2/12'],
    ];
    expect(figures(rows)).toEqual([
      'par_index.score |  | 79.4 | 2023-01-01', 'par_index.rank |  | 8 | 2023-01-01', 'par_index.score |  | 82.65 | ', 'par_index.rank |  | 4 | ',
      'dossier.on_time_rate |  | 97.3 | 2023-01-01', 'dossier.on_time_rate |  | 98.9 | ',
    ]);
  });

  it('with years as rows, a rank column beside the index score is its rank; beside a share it is no figure', () => {
    const rows: Cell[][] = [
      ['Năm', 'Điểm chỉ số CCHC', 'Xếp hạng', 'Tỷ lệ hồ sơ trực tuyến (%)', 'Xếp hạng'],
      ['Năm 2023', '77,85', '9/13', '52,40', '6/13'],
      ['Năm 2024', '81,30', '5/13', '68,15', '3/13'],
    ];
    expect(figures(rows)).toEqual([
      'par_index.score |  | 77.85 | 2023-01-01', 'par_index.rank |  | 9 | 2023-01-01', 'dossier.online_rate |  | 52.4 | 2023-01-01',
      'par_index.score |  | 81.3 | ', 'par_index.rank |  | 5 | ', 'dossier.online_rate |  | 68.15 | ',
    ]);
  });
});

describe('staff as indicator rows under year columns', () => {
  it('public employees present are read by the year of their column; the share present has no key', () => {
    const rows: Cell[][] = [
      ['TT', 'Nội dung', 'ĐVT', 'Năm 2023', 'Năm 2024'],
      ['1', 'Số người làm việc được giao trong đơn vị sự nghiệp công lập', 'Người', '5.120', '5.040'],
      ['2', 'Viên chức có mặt', 'Người', '4.870', '4.815'],
      ['3', 'Tỷ lệ viên chức có mặt so với số được giao', '%', '95,1', '95,5'],
    ];
    expect(figures(rows)).toEqual([
      'staff.public_units_quota |  | 5120 | 2023-01-01', 'staff.public_units_quota |  | 5040 | ',
      'staff.public_units_present |  | 4870 | 2023-01-01', 'staff.public_units_present |  | 4815 | ',
    ]);
  });
});
