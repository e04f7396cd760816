/** Tables flattened one cell per line (src/tables/cell-lines.ts), read by the grid reader like Word tables. */
import { describe, expect, it } from 'vitest';
import { pagesFromText } from '../../src/read/txt.js';
import { readCellLineTables } from '../../src/tables/cell-lines.js';
import type { GridContext } from '../../src/tables/grid.js';
import { mapRows } from '../../src/tables/map.js';
import { resolveRows } from '../../src/tables/rows.js';

const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };

function read(lines: string[]) {
  return readCellLineTables(pagesFromText(lines.join('\n')).flatMap((p) => p.lines), YEAR);
}
const figures = (lines: string[]) => mapRows(resolveRows(read(lines).rows)).mentions.map((m) => `${m.indicator} ${m.level} ${m.value}`);

describe('readCellLineTables', () => {
  it('reads level rows of a table whose cells each sit on their own line', () => {
    const lines = [
      'Hồ sơ của năm được tổng hợp như sau:',
      'Cấp', 'Tiếp nhận', 'Đã giải quyết',
      'Cấp huyện', '2.904', '2.881',
      'Cấp xã', '7.315', '7.300',
      'Tổng cộng', '10.219', '10.181',
      'Không có hồ sơ nào phải xin lỗi người dân trong năm.',
    ];
    expect(figures(lines)).toEqual([
      'dossier.received district 2904', 'dossier.resolved district 2881',
      'dossier.received commune 7315', 'dossier.resolved commune 7300',
      'dossier.received  10219', 'dossier.resolved  10181',
    ]);
    expect(read(lines).lines.map((l) => l.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
  });

  it('reads a unit column (a word under "ĐVT" in every row)', () => {
    expect(figures([
      'Kết quả chủ yếu trong năm:',
      'Chỉ tiêu', 'ĐVT', 'Số liệu',
      'Số hồ sơ đã giải quyết', 'Hồ sơ', '1.840',
      'Số phiếu khảo sát đã thu', 'Phiếu', '210',
      'Tỷ lệ hồ sơ giải quyết đúng hạn', '%', '99,2',
    ])).toEqual(['dossier.resolved  1840', 'survey.forms  210', 'dossier.on_time_rate  99.2']);
  });

  it('reads a code column after an STT header', () => {
    expect(read([
      'Một số chỉ tiêu chính:',
      'STT', 'Chỉ tiêu', 'Kết quả',
      '1', 'Số thủ tục hành chính được công bố', '96',
      '2', 'Số hồ sơ tiếp nhận trực tuyến', '3.120',
    ]).rows.map((r) => [r.code, r.label, r.value])).toEqual([
      ['1', 'Số thủ tục hành chính được công bố', '96'],
      ['2', 'Số hồ sơ tiếp nhận trực tuyến', '3.120'],
    ]);
  });

  it('reads nothing from prose, a list, or one row', () => {
    expect(read(['Năm 2024, huyện tiếp nhận 10.219 hồ sơ.', '- Cấp huyện', '- Cấp xã', 'Kết quả cụ thể:', 'Cấp', 'Tiếp nhận', 'Cấp xã', '7.315']).tables).toBe(0);
  });
});
