/** Plain-text tables of `|`-separated cells (src/tables/piped.ts), read by the grid reader like Word tables. */
import { describe, expect, it } from 'vitest';
import type { SourceLine } from '../../src/model/report.js';
import { pagesFromText } from '../../src/read/txt.js';
import type { GridContext } from '../../src/tables/grid.js';
import { mapRows } from '../../src/tables/map.js';
import { readPipedTables } from '../../src/tables/piped.js';
import { resolveRows } from '../../src/tables/rows.js';

const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };

const linesOf = (text: string): SourceLine[] => pagesFromText(text).flatMap((p) => p.lines);

function figures(text: string): string[] {
  const read = readPipedTables(linesOf(text), YEAR);
  return mapRows(resolveRows(read.rows)).mentions.map((m) => `${m.indicator} ${m.level} ${m.value}`);
}

describe('readPipedTables', () => {
  it('reads level rows and a total row, an empty first cell kept in place', () => {
    const text = [
      'Hồ sơ của năm được tổng hợp như sau:',
      'TT | Cấp | Tiếp nhận | Quá hạn',
      '1 | Cấp huyện | 3.120 | 14',
      '2 | Cấp xã | 8.455 | 2',
      ' | Tổng cộng | 11.575 | 16',
      'Các hồ sơ quá hạn đã được xin lỗi người dân.',
    ].join('\n');
    expect(figures(text)).toEqual([
      'dossier.received district 3120', 'dossier.late district 14',
      'dossier.received commune 8455', 'dossier.late commune 2',
      'dossier.received  11575', 'dossier.late  16',
    ]);
    const read = readPipedTables(linesOf(text), YEAR);
    expect(read.lines.map((l) => l.line)).toEqual([2, 3, 4, 5]);
    // The place of a figure is its cell.
    const total = read.rows.find((r) => r.value === '11.575')!;
    expect(text.split('\n')[4].slice(total.place.start - linesOf(text)[4].offset, total.place.end - linesOf(text)[4].offset)).toBe('11.575');
  });

  it('reads a level row that names the kinds of units of one level ("Cấp xã, phường", "Cấp xã/thị trấn")', () => {
    const table = (communes: string) => [
      'Đơn vị | Hồ sơ tiếp nhận | Đã giải quyết',
      'Cấp huyện | 2.418 | 2.390',
      `${communes} | 6.027 | 6.011`,
      'Tổng cộng | 8.445 | 8.401',
    ].join('\n');
    const expected = [
      'dossier.received district 2418', 'dossier.resolved district 2390',
      'dossier.received commune 6027', 'dossier.resolved commune 6011',
      'dossier.received  8445', 'dossier.resolved  8401',
    ];
    expect(figures(table('Cấp xã, phường'))).toEqual(expected);
    expect(figures(table('Cấp xã/thị trấn'))).toEqual(expected);
    expect(figures(table('Cấp xã, phường và thị trấn'))).toEqual(expected);
    // negative: a row joining two levels ("Cấp huyện, xã") is no level row; its figures are not the communes'
    expect(figures(table('Cấp huyện, xã'))).not.toContain('dossier.received commune 6027');
  });

  it('reads a pending row whose aside says all are in time as the pending total and its in-time part', () => {
    const rows = (label: string) => ['Kết quả giải quyết hồ sơ như sau:', 'Chỉ tiêu | Số hồ sơ', 'Tổng số hồ sơ tiếp nhận | 2.140', 'Đã giải quyết | 2.050', `${label} | 90`].join('\n');
    expect(figures(rows('Đang giải quyết (trong hạn)'))).toEqual([
      'dossier.received  2140', 'dossier.resolved  2050', 'dossier.pending  90', 'dossier.pending_in_time  90',
    ]);
    // negative: an aside naming no deadline
    expect(figures(rows('Đang giải quyết (cuối kỳ)'))).toEqual(['dossier.received  2140', 'dossier.resolved  2050', 'dossier.pending  90']);
  });

  it('reads a fenced markdown table with its rule row, and a table that goes on after a page break', () => {
    expect(figures([
      '| Năm | Số hồ sơ tiếp nhận |',
      '|---|---:|',
      '| 2022 | 7.040 |',
      '',
      '\f| 2023 | 7.815 |',
    ].join('\n'))).toEqual(['dossier.received  7040', 'dossier.received  7815']);
  });

  it('leaves a table that is not a statistics table to the prose (no lines taken)', () => {
    const read = readPipedTables(linesOf('Nơi nhận | Chủ tịch\nNhư trên | Nguyễn Văn An'), YEAR);
    expect(read).toMatchObject({ rows: [], lines: [], tables: 0 });
  });
});
