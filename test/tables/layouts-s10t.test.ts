/** Layouts of the sealed-10 tables, in other words and numbers than its documents. */
import { describe, expect, it } from 'vitest';
import { readCellTables } from '../../src/tables/cells.js';
import type { GridContext } from '../../src/tables/grid.js';
import { mapRows } from '../../src/tables/map.js';
import { resolveRows } from '../../src/tables/rows.js';
import type { RawRow } from '../../src/tables/rows.js';
import { type Cell, table } from './helpers.js';

const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'province' };

/** indicator | level | value | period of each figure the rows give. */
function figuresOf(read: readonly RawRow[]): string[] {
  return mapRows(resolveRows([...read])).mentions.map((m) => [m.indicator, m.level, m.value, m.period.start && `${m.period.start}..${m.period.end}`].join(' | '));
}
const cellFigures = (rows: Cell[][], context: GridContext) => figuresOf(readCellTables(table(rows), context).rows);

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
});
