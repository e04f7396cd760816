/** Tables read by layout (src/tables/grid.ts through the DOCX cell reader): roles from content, dimensions from headers. */
import { describe, expect, it } from 'vitest';
import type { GridContext } from '../../src/tables/grid.js';
import { type Cell, cellFigures } from './helpers.js';


const QUARTER: GridContext = { report: { start: '2025-07-01', end: '2025-09-30', year: 2025 }, unitLevel: 'district' };

/** indicator | level | value | period of each figure the table gives. */
const figures = (rows: Cell[][], context = QUARTER): string[] => cellFigures(rows, context);


const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };

describe('layouts of the second generalisation loop (tg18b)', () => {
  it('a roman section naming a level of authority carries that level; field rows under it are listed; a share of procedures is no figure', () => {
    expect(figures([
      ['TT', 'Lĩnh vực', 'Tổng số TTHC', { t: 'Dịch vụ công trực tuyến', at: 3, span: 2 }, 'Tỷ lệ TTHC trực tuyến (%)'],
      [{ t: 'Toàn trình', at: 3 }, 'Một phần'],
      ['I', 'Thủ tục thuộc thẩm quyền của cấp huyện', '150', '60', '70', '86,67'],
      ['1', 'Tư pháp', '90', '40', '40', '88,89'],
      ['2', 'Nông nghiệp', '60', '20', '30', '83,33'],
      ['II', 'TTHC thuộc thẩm quyền giải quyết cấp xã', '80', '30', '40', '87,50'],
      ['1', 'Tư pháp', '50', '20', '25', '90,00'],
      ['2', 'Văn hóa', '30', '10', '15', '83,33'],
      [{ t: 'Cộng', at: 0, span: 2 }, '230', '90', '110', '86,96'],
    ], YEAR)).toEqual([
      'procedure.total | district | 150 | ', 'procedure.online_full | district | 60 | ', 'procedure.online_partial | district | 70 | ',
      'procedure.total | commune | 80 | ', 'procedure.online_full | commune | 30 | ', 'procedure.online_partial | commune | 40 | ',
      'procedure.total |  | 230 | ', 'procedure.online_full |  | 90 | ', 'procedure.online_partial |  | 110 | ',
    ]);
  });

  it('a count leaf under a heading that names only a share ("Thanh toán trực tuyến" / "Số hồ sơ") is no figure; the share leaf beside it is', () => {
    expect(figures([
      ['STT', 'Đơn vị', { t: 'Thanh toán trực tuyến', at: 2, span: 2 }],
      [{ t: 'Số hồ sơ', at: 2 }, 'Tỷ lệ (%)'],
      ['1', 'Sở Xây dựng', '120', '10,5'],
      ['2', 'Sở Y tế', '80', '20,0'],
      ['', 'Tổng cộng', '200', '13,1'],
    ], { ...YEAR, unitLevel: 'province' })).toEqual(['dossier.online_payment_rate | province | 13.1 | ']);
  });

  it('month rows with a count and its rate in brackets in one cell: both, per month; a "Cộng" row over the report\'s own half-year is left empty', () => {
    const half: GridContext = { report: { start: '2024-01-01', end: '2024-06-30', year: 2024 }, unitLevel: 'commune' };
    expect(figures([
      ['Tháng', 'Hồ sơ nhận', 'Hồ sơ trực tuyến (tỷ lệ %)'],
      ['Tháng 5/2024', '300', '150 (50,0%)'],
      ['Tháng 6/2024', '200', '120 (60,0%)'],
      ['Cộng 6 tháng', '1.000', '540 (54,0%)'],
    ], half)).toEqual([
      'dossier.received |  | 300 | 2024-05-01..2024-05-31', 'dossier.online |  | 150 | 2024-05-01..2024-05-31', 'dossier.online_rate |  | 50 | 2024-05-01..2024-05-31',
      'dossier.received |  | 200 | 2024-06-01..2024-06-30', 'dossier.online |  | 120 | 2024-06-01..2024-06-30', 'dossier.online_rate |  | 60 | 2024-06-01..2024-06-30',
      'dossier.received |  | 1000 | ', 'dossier.online |  | 540 | ', 'dossier.online_rate |  | 54 | ',
    ]);
  });

  it('an indicator row whose value cell holds a count and its bracketed rate gives both, whatever the unit cell says', () => {
    expect(figures([
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
      ['1', 'Số hồ sơ giải quyết đúng hạn', 'Hồ sơ', '1.204 (98,6%)'],
      ['2', 'Số hồ sơ tiếp nhận', 'Hồ sơ', '1.300'],
    ], YEAR)).toEqual(['dossier.on_time |  | 1204 | ', 'dossier.on_time_rate |  | 98.6 | ', 'dossier.received |  | 1300 | ']);
  });

  it('a merged commune\'s former units as rows: listed; their total row is the commune\'s own (in a district, the communes\' level)', () => {
    const rows = [
      ['Đơn vị', 'Tiếp nhận', 'Đã giải quyết'],
      ['Xã Tân Phú', '640', '631'],
      ['Thị trấn Hòa Mỹ', '1.205', '1.198'],
      ['Cộng', '1.845', '1.829'],
    ];
    const half: GridContext = { report: { start: '2025-01-01', end: '2025-06-30', year: 2025 }, unitLevel: 'commune' };
    expect(figures(rows, half)).toEqual(['dossier.received |  | 1845 | ', 'dossier.resolved |  | 1829 | ']);
    expect(figures(rows, { ...half, unitLevel: 'district' })).toEqual(['dossier.received | commune | 1845 | ', 'dossier.resolved | commune | 1829 | ']);
  });

  it('communes as columns: a commune\'s column is listed, the total column is at commune level; dash-led rows break down the row above', () => {
    const half: GridContext = { report: { start: '2024-01-01', end: '2024-06-30', year: 2024 }, unitLevel: 'district' };
    expect(figures([
      ['Nội dung', 'Đơn vị tính', 'Xã Hòa An', 'Xã Hòa Bình', 'Phường Đông', 'Cộng'],
      ['Số hồ sơ đã giải quyết', 'Hồ sơ', '400', '300', '500', '1.200'],
      ['- Trước hạn', 'Hồ sơ', '250', '200', '350', '800'],
      ['- Quá hạn', 'Hồ sơ', '2', '0', '1', '3'],
      ['Số hồ sơ đang giải quyết', 'Hồ sơ', '12', '8', '20', '40'],
    ], half)).toEqual([
      'dossier.resolved | commune | 1200 | ', 'dossier.early | commune | 800 | ', 'dossier.late | commune | 3 | ', 'dossier.pending | commune | 40 | ',
    ]);
  });

  it('one unit named in a column header is no transposed table: an agency column beside a total stays a value column', () => {
    expect(figures([
      ['STT', 'Chỉ tiêu', 'Sở Tư pháp', 'Ghi chú'],
      ['1', 'Số hồ sơ tiếp nhận', '640', ''],
    ], { ...YEAR, unitLevel: 'province' })).toEqual(['dossier.received |  | 640 | ']);
  });

  it('rows of intake channels closed by a total: the total row gives each column, a channel row only its own received count', () => {
    expect(figures([
      ['Kênh tiếp nhận', 'Tổng số hồ sơ', 'Đã xử lý', 'Chưa xử lý', { t: 'Trễ hạn', at: 4, span: 2 }],
      [{ t: 'Số lượng', at: 4 }, 'Tỷ lệ (%)'],
      ['Nộp trực tuyến', '900', '880', '20', '4', '0,45'],
      ['Trực tiếp tại Bộ phận Một cửa', '300', '290', '10', '1', '0,34'],
      ['Tổng cộng', '1.200', '1.170', '30', '5', '0,43'],
    ], YEAR)).toEqual([
      'dossier.online |  | 900 | ', 'dossier.offline |  | 300 | ',
      'dossier.received |  | 1200 | ', 'dossier.resolved |  | 1170 | ', 'dossier.pending |  | 30 | ', 'dossier.late |  | 5 | ', 'dossier.late_rate |  | 0.43 | ',
    ]);
  });

  it('indicator rows that happen to name channels, with no total row, stay indicator rows', () => {
    expect(figures([
      ['STT', 'Nội dung', 'Năm 2023', 'Năm 2024'],
      ['1', 'Số hồ sơ tiếp nhận trực tuyến', '900', '1.100'],
      ['2', 'Số hồ sơ tiếp nhận trực tiếp', '300', '250'],
    ], YEAR)).toEqual([
      'dossier.online |  | 900 | 2023-01-01..2023-12-31', 'dossier.online |  | 1100 | ',
      'dossier.offline |  | 300 | 2023-01-01..2023-12-31', 'dossier.offline |  | 250 | ',
    ]);
  });
});
