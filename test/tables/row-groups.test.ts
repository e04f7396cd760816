/** Staff groups by row, what is counted of them by column (src/tables/row-groups.ts, labels.yaml `row_groups`). */
import { describe, expect, it } from 'vitest';
import { pagesFromText } from '../../src/read/txt.js';
import { readCellTables } from '../../src/tables/cells.js';
import type { GridContext } from '../../src/tables/grid.js';
import { mapRows } from '../../src/tables/map.js';
import { readLaidOutTables } from '../../src/tables/pdf.js';
import { columnFacet, groupIndicator } from '../../src/tables/row-groups.js';
import { resolveRows, type RawRow } from '../../src/tables/rows.js';
import { type Cell, table } from './helpers.js';

const YEAR_2025: GridContext = { report: { start: '2025-01-01', end: '2025-12-31', year: 2025 }, unitLevel: 'district' };


function mentions(rows: RawRow[]): string[] {
  return mapRows(resolveRows(rows)).mentions.map((m) => [m.indicator, m.level, m.value, m.period.start && `${m.period.start}..${m.period.end}`].join(' | '));
}

const cellFigures = (rows: Cell[][]) => mentions(readCellTables(table(rows), YEAR_2025).rows);

describe('column facets and row groups', () => {
  it('knows a column by its lowest heading, period words left out', () => {
    expect(columnFacet('Biên chế được giao')).toBe('quota');
    expect(columnFacet('Thực có đến 30/9/2025')).toBe('present');
    expect(columnFacet('Tinh giản trong năm')).toBe('reduced');
    expect(columnFacet('Kế hoạch')).toBeUndefined();
    expect(columnFacet('Số hồ sơ tiếp nhận')).toBeUndefined();
  });

  it('knows a group by a word of its label, commune officials before civil servants', () => {
    expect(groupIndicator('Người làm việc tại các trường học', 'present')).toBe('staff.public_units_present');
    expect(groupIndicator('Công chức phường, thị trấn', 'present')).toBe('staff.commune_officials');
    expect(groupIndicator('Công chức phường, thị trấn', 'quota')).toBe('');
    expect(groupIndicator('Công chức các phòng chuyên môn', 'reduced')).toBe('staff.reduced');
    expect(groupIndicator('Hợp đồng lao động', 'present')).toBeUndefined();
  });
});

describe('staff tables by group and column', () => {
  it('reads groups under year headings split into quota / present / cut columns; a commune quota and the total are no figures', () => {
    expect(cellFigures([
      ['STT', 'Đối tượng', { t: 'Năm 2024', at: 2, span: 2 }, { t: 'Năm 2025', at: 4, span: 3 }],
      [{ t: 'Được giao', at: 2 }, 'Hiện có', 'Được giao', 'Hiện có', 'Đã tinh giản'],
      ['1', 'Công chức các phòng chuyên môn thuộc UBND cấp huyện', '86', '80', '84', '79', '2'],
      ['2', 'Viên chức sự nghiệp giáo dục và y tế', '905', '871', '890', '862', '15'],
      ['3', 'Cán bộ, công chức cấp xã', '240', '228', '240', '231', '-'],
      ['', 'Tổng cộng', '1.231', '1.179', '1.214', '1.172', '17'],
    ])).toEqual([
      'staff.quota |  | 86 | 2024-01-01..2024-12-31', 'staff.present |  | 80 | 2024-01-01..2024-12-31',
      'staff.quota |  | 84 | ', 'staff.present |  | 79 | ', 'staff.reduced |  | 2 | ',
      'staff.public_units_quota |  | 905 | 2024-01-01..2024-12-31', 'staff.public_units_present |  | 871 | 2024-01-01..2024-12-31',
      'staff.public_units_quota |  | 890 | ', 'staff.public_units_present |  | 862 | ', 'staff.public_units_reduced |  | 15 | ',
      'staff.commune_officials | commune | 228 | 2024-01-01..2024-12-31', 'staff.commune_officials | commune | 231 | ',
    ]);
  });

  it('leaves a table of indicator rows under one kind of column to the labels', () => {
    expect(cellFigures([
      ['TT', 'Nội dung', 'Có mặt năm 2024', 'Có mặt năm 2025'],
      ['1', 'Số công chức có mặt', '81', '79'],
      ['2', 'Số người làm việc có mặt', '870', '862'],
    ])).toEqual([
      'staff.present |  | 81 | 2024-01-01..2024-12-31', 'staff.present |  | 79 | ',
      'staff.public_units_present |  | 870 | 2024-01-01..2024-12-31', 'staff.public_units_present |  | 862 | ',
    ]);
  });

  it('reads the same table laid out in columns, its headings wrapped one word a line', () => {
    const text = [
      'TT  Đối tượng                        Năm 2024          Năm 2025',
      '                                   Biên    Có mặt    Biên    Có mặt   Tinh giản',
      '                                   chế               chế              trong năm',
      '                                   giao              giao',
      '1   Công chức các phòng chuyên môn    86      80        84      79        2',
      '2   Viên chức các trường học         905     871       890     862       15',
    ].join('\n');
    expect(mentions(readLaidOutTables(pagesFromText(text), YEAR_2025, 1).rows)).toEqual([
      'staff.quota |  | 86 | 2024-01-01..2024-12-31', 'staff.present |  | 80 | 2024-01-01..2024-12-31',
      'staff.quota |  | 84 | ', 'staff.present |  | 79 | ', 'staff.reduced |  | 2 | ',
      'staff.public_units_quota |  | 905 | 2024-01-01..2024-12-31', 'staff.public_units_present |  | 871 | 2024-01-01..2024-12-31',
      'staff.public_units_quota |  | 890 | ', 'staff.public_units_present |  | 862 | ', 'staff.public_units_reduced |  | 15 | ',
    ]);
  });
});
