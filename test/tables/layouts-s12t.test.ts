/** Layouts of the spent sealed-11 / sealed-12 table halves, in other words and numbers than their documents. */
import { describe, expect, it } from 'vitest';
import type { GridContext } from '../../src/tables/grid.js';
import { cellFigures, textFigures } from './helpers.js';

const YEAR_2020: GridContext = { report: { start: '2020-01-01', end: '2020-12-31', year: 2020 }, unitLevel: 'district' };

describe('layouts of the sealed-11 / sealed-12 table halves', () => {
  it('reads online services and dossiers by level ("Mức độ 3 / Mức độ 4") under their groups on the total row of a per-field table', () => {
    expect(cellFigures([
      ['TT', 'Lĩnh vực', 'Số TTHC', { t: 'Số dịch vụ công trực tuyến', at: 3, span: 2 }, { t: 'Số hồ sơ nộp trực tuyến', at: 5, span: 2 }, 'Tổng số hồ sơ tiếp nhận'],
      [{ t: 'Mức độ 3', at: 3 }, 'Mức độ 4', 'Mức độ 3', 'Mức độ 4'],
      ['1', 'Tài nguyên nước', '7', '3', '1', '40', '12', '300'],
      ['2', 'Giao thông vận tải', '10', '4', '2', '55', '20', '410'],
      ['', 'Cộng', '17', '7', '3', '95', '32', '710'],
    ], YEAR_2020)).toEqual([
      'procedure.total |  | 17 | ', 'procedure.online_partial |  | 7 | ', 'procedure.online_full |  | 3 | ',
      'dossier.online_partial |  | 95 | ', 'dossier.online_full |  | 32 | ', 'dossier.received |  | 710 | ',
    ]);
  });

  it('in laid-out text, a level number wrapped under "Mức độ" finishes that heading and opens no data row', () => {
    const text = [
      ' TT     Lĩnh vực            Số TTHC    Số DVC trực    Số hồ sơ nộp     Tổng số',
      '                                          tuyến         trực tuyến      hồ sơ',
      '                                      Mức độ Mức độ   Mức độ Mức độ   tiếp nhận',
      '                                        3      4        3      4',
      ' 1    Tài nguyên nước          7        3      1       40      12      300',
      ' 2    Giao thông vận tải       10       4      2       55      20      410',
      '      Cộng                     17       7      3       95      32      710',
    ].join('\n');
    expect(textFigures(text, YEAR_2020)).toEqual([
      'procedure.total |  | 17 | ', 'procedure.online_partial |  | 7 | ', 'procedure.online_full |  | 3 | ',
      'dossier.online_partial |  | 95 | ', 'dossier.online_full |  | 32 | ', 'dossier.received |  | 710 | ',
    ]);
  });
});
