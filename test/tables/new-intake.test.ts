/** Columns of in-period intake beside a carried-over column (src/tables/new-intake.ts), through the DOCX cell reader. */
import { describe, expect, it } from 'vitest';
import { readCellTables } from '../../src/tables/cells.js';
import type { GridContext } from '../../src/tables/grid.js';
import { mapRows } from '../../src/tables/map.js';
import { resolveRows } from '../../src/tables/rows.js';
import { type Cell, table } from './helpers.js';


const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };

function figures(rows: Cell[][]): string[] {
  return mapRows(resolveRows(readCellTables(table(rows), YEAR).rows)).mentions.map((m) => `${m.indicator} ${m.value}`);
}

describe('in-period intake beside a carried-over column', () => {
  it('reads "Tiếp nhận trong kỳ" under the received heading as the new dossiers when "Kỳ trước chuyển sang" stands beside it', () => {
    expect(figures([
      ['TT', 'Lĩnh vực', { t: 'Hồ sơ nhận giải quyết', at: 2, span: 3 }, 'Đã giải quyết'],
      [{ t: 'Tổng số', at: 2 }, 'Kỳ trước chuyển sang', 'Tiếp nhận trong kỳ'],
      ['1', 'Tư pháp', '412', '9', '403', '405'],
      ['2', 'Giao thông vận tải', '88', '2', '86', '88'],
      [{ t: 'Tổng cộng', at: 0, span: 2 }, '500', '11', '489', '493'],
    ])).toEqual(['dossier.received 500', 'dossier.carried_over 11', 'dossier.new 489', 'dossier.resolved 493']);
  });

  it('reads "Nhận trong quý" the same way beside "Tồn kỳ trước"', () => {
    expect(figures([
      ['TT', 'Lĩnh vực', 'Tồn kỳ trước', 'Nhận trong quý', 'Đã giải quyết'],
      ['1', 'Nội vụ', '3', '57', '58'],
      ['2', 'Văn hóa', '1', '40', '41'],
      [{ t: 'Cộng', at: 0, span: 2 }, '4', '97', '99'],
    ])).toEqual(['dossier.carried_over 4', 'dossier.new 97', 'dossier.resolved 99']);
  });

  it('reads the leaf above a column-number row joined into the header ("Tiếp nhận trong kỳ (5)")', () => {
    expect(figures([
      ['TT', 'Lĩnh vực', 'Kỳ trước chuyển sang', 'Tiếp nhận trong kỳ', 'Đã giải quyết'],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      ['1', 'Hộ tịch', '6', '240', '244'],
      ['2', 'Chứng thực', '0', '315', '315'],
      [{ t: 'Tổng cộng', at: 0, span: 2 }, '6', '555', '559'],
    ])).toEqual(['dossier.carried_over 6', 'dossier.new 555', 'dossier.resolved 559']);
  });

  it('leaves in-period intake the received total when no carried-over column stands beside it', () => {
    expect(figures([
      ['TT', 'Lĩnh vực', 'Tiếp nhận trong kỳ', 'Đã giải quyết', 'Đang giải quyết'],
      ['1', 'Tư pháp', '310', '302', '8'],
      ['2', 'Xây dựng', '75', '70', '5'],
      [{ t: 'Tổng cộng', at: 0, span: 2 }, '385', '372', '13'],
    ])).toEqual(['dossier.received 385', 'dossier.resolved 372', 'dossier.pending 13']);
  });
});
