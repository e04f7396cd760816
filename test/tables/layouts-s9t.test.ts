/** Layouts of the sealed-9 table classes, in other words and numbers than its documents. */
import { describe, expect, it } from 'vitest';
import { pagesFromText } from '../../src/read/txt.js';
import { readCellTables } from '../../src/tables/cells.js';
import type { GridContext } from '../../src/tables/grid.js';
import { mapRows } from '../../src/tables/map.js';
import { readLaidOutTables } from '../../src/tables/pdf.js';
import { resolveRows } from '../../src/tables/rows.js';
import type { RawRow } from '../../src/tables/rows.js';
import { joinLines } from '../../src/tables/wrapped.js';
import { type Cell, table } from './helpers.js';

const PROVINCE_YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'province' };

/** indicator | level | value | period of each figure the rows give. */
function figuresOf(read: readonly RawRow[]): string[] {
  return mapRows(resolveRows([...read])).mentions.map((m) => [m.indicator, m.level, m.value, m.period.start && `${m.period.start}..${m.period.end}`].join(' | '));
}
const cellFigures = (rows: Cell[][], context: GridContext) => figuresOf(readCellTables(table(rows), context).rows);
const textFigures = (text: string, context: GridContext) => figuresOf(readLaidOutTables(pagesFromText(text), context).rows);

describe('layouts of the sealed-9 table classes', () => {
  it('departments over "Qua mạng / Trực tiếp / Qua BCCI / Tổng": online, in person, postal, the total leaf last; the bottom row is the province', () => {
    expect(cellFigures([
      ['TT', 'Đơn vị', { t: 'Số hồ sơ nhận', at: 2, span: 4 }],
      [{ t: 'Qua mạng', at: 2 }, 'Trực tiếp', 'Qua BCCI', 'Tổng'],
      ['1', 'Sở Tư pháp', '410', '120', '15', '545'],
      ['2', 'Sở Y tế', '220', '80', '6', '306'],
      ['', 'Cộng', '630', '200', '21', '851'],
    ], PROVINCE_YEAR)).toEqual([
      'dossier.online | province | 630 | ', 'dossier.offline | province | 200 | ', 'dossier.postal | province | 21 | ', 'dossier.received | province | 851 | ',
    ]);
  });

  it('"Qua mạng" beside "Quá hạn" under the resolved heading: the online count is never read as the late one', () => {
    expect(cellFigures([
      ['TT', 'Đơn vị', { t: 'Tiếp nhận', at: 2, span: 2 }, { t: 'Đã giải quyết', at: 4, span: 2 }],
      [{ t: 'Qua mạng', at: 2 }, 'Tổng', 'Quá hạn', 'Tổng'],
      ['1', 'Sở Xây dựng', '95', '140', '3', '131'],
      ['2', 'Sở Công Thương', '60', '77', '1', '75'],
      ['', 'Cộng', '155', '217', '4', '206'],
    ], PROVINCE_YEAR)).toEqual([
      'dossier.online | province | 155 | ', 'dossier.received | province | 217 | ', 'dossier.late | province | 4 | ', 'dossier.resolved | province | 206 | ',
    ]);
  });

  it('an indicator label merged down over level sub-rows and wrapped onto the second sub-row\'s line is one label for both', () => {
    const text = [
      'STT   Chỉ tiêu                      Cấp thực      Kết quả          Ghi chú',
      '      hiện',
      '1     Số thủ tục hành chính được    Cấp huyện     241 thủ tục',
      '      công bố                       Cấp xã        102 thủ tục',
      '2     Hồ sơ tiếp nhận               Cấp huyện     9.310 hồ sơ      tăng 4%',
      '                                    Cấp xã        20.455 hồ sơ',
    ].join('\n');
    expect(textFigures(text, { ...PROVINCE_YEAR, unitLevel: 'district' })).toEqual([
      'procedure.published | district | 241 | ', 'procedure.published | commune | 102 | ',
      'dossier.received | district | 9310 | ', 'dossier.received | commune | 20455 | ',
    ]);
  });

  it('an abbreviation cut at a narrow cell\'s edge ("BCC" / "I") is one word again; a roman number under "Quý" stays apart', () => {
    expect(joinLines(['Qua BCC', 'I'])).toBe('Qua BCCI');
    expect(joinLines(['Quý', 'III'])).toBe('Quý III');
    expect(joinLines(['DVC', 'I'])).toBe('DVC I');
  });
});
