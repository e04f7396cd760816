/**
 * Text laid out in columns where some rows run their label into the unit with one space: the unit's own column
 * merges into the label's, and a wrapped row's next line holds the label's rest and the unit's rest apart inside
 * it. That line is still the row's: the rows after it stay in the same table, under its year columns.
 */
import { describe, expect, it } from 'vitest';
import { pagesFromText } from '../../src/read/txt.js';
import type { GridContext } from '../../src/tables/grid.js';
import { readLaidOutTables } from '../../src/tables/pdf.js';

const YEAR: GridContext = { report: { start: '2025-01-01', end: '2025-12-31', year: 2025 }, unitLevel: 'district' };

const TWO_YEARS = [
  ' TT   Chỉ tiêu                             Đơn vị   Kết quả             Ghi chú',
  '                                            tính     Năm       Năm',
  '                                                     2024      2025',
  '  1   Thủ tục hành chính đang thực hiện    Thủ tục   301       296       Đã rà soát',
  '  2   Công chức được bồi dưỡng chuyên môn Lượt      204       251',
  '      nghiệp vụ                          người',
  '  3   Số hồ sơ tiếp nhận                   Hồ sơ     18.420    19.905',
  '  4   Điểm Chỉ số CCHC của huyện           Điểm      84,50     87,02',
].join('\n');

/** The table's last row, then a heading set inside the label's column, off its start: no cell's next line. */
const AFTER_TABLE = [
  ...TWO_YEARS.split('\n'),
  '        III. NHIỆM VỤ NĂM 2026   (dự kiến)',
].join('\n');

describe('a wrapped row whose unit wraps inside the label\'s column', () => {
  it('keeps the rows after it in the table, each with both year columns', () => {
    const read = readLaidOutTables(pagesFromText(TWO_YEARS), YEAR);
    expect(read.tables).toBe(1);
    expect(read.rows.map((r) => r.code)).toEqual(['1', '1', '2', '2', '3', '3', '4', '4']);
    expect(read.rows.filter((r) => r.code === '4').map((r) => r.value)).toEqual(['84,50', '87,02']);
  });

  it('still ends the table at a heading indented into the label\'s column', () => {
    const read = readLaidOutTables(pagesFromText(AFTER_TABLE), YEAR);
    expect(read.rows.some((r) => /NHIỆM VỤ/u.test(r.label))).toBe(false);
  });
});
