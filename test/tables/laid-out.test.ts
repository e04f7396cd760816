/** Plain text laid out in columns (as pdftotext -layout writes tables), read with the PDF layout reader (src/tables/pdf.ts). */
import { describe, expect, it } from 'vitest';
import { pagesFromText } from '../../src/read/txt.js';
import type { GridContext } from '../../src/tables/grid.js';
import { mapRows } from '../../src/tables/map.js';
import { readLaidOutTables } from '../../src/tables/pdf.js';
import { resolveRows } from '../../src/tables/rows.js';

const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };

const LEVELS = [
  '      Kết quả giải quyết hồ sơ trong năm như sau:',
  ' TT   Cấp              Tiếp nhận    Đã giải quyết    Quá hạn',
  '  1   Cấp huyện           2.480          2.455            7',
  '  2   Cấp xã              6.912          6.900            1',
  '      Tổng cộng           9.392          9.355            8',
  '   II. NHIỆM VỤ NĂM 2025',
  '      Hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai, do người nộp bổ sung chậm.',
].join('\n');

const INDICATORS = [
  'STT   Nội dung                                 Đơn vị tính     Kết quả',
  '1     Số thủ tục hành chính được công bố        Thủ tục            214',
  '2     Số hồ sơ tiếp nhận qua dịch vụ công       Hồ sơ            1.906',
  '      trực tuyến',
  '3     Tỷ lệ hồ sơ giải quyết đúng hạn           %                99,1',
].join('\n');

/** Narrow month columns: their headings one space apart under a heading centred over them. */
const MONTHS = [
  'TT    Nội dung                        Năm 2024',
  '                                   Tháng 10 Tháng 11 Cộng',
  '1     Số hồ sơ tiếp nhận           1.204    1.316    2.520',
  '2     Số hồ sơ đã giải quyết       1.198    1.302    2.500',
].join('\n');

/** Narrow columns whose headings wrap one word a line: a header of eight lines over per-field rows. */
const WRAPPED_HEADER = [
  ' TT  Lĩnh vực             Hồ sơ tiếp nhận             Hồ sơ đã giải quyết',
  '                       Tổng      Trong đó          Tổng    Quá',
  '                        số                          số     hạn',
  '                               Nộp      Nộp',
  '                               hồ       hồ',
  '                               sơ       sơ',
  '                               trực     trực',
  '                               tuyến    tiếp',
  ' 1   Tư pháp             320    250       70         318     2',
  ' 2   Nông nghiệp          95     41       54          90     1',
  '     Tổng cộng           415    291      124         408     3',
].join('\n');

/** Headings wrapped line by line: "Hồ sơ" / "tiếp" / "nhận", "Tổng" / "số", "đang giải" / "quyết", and a word broken across lines ("chuy" / "ển"). */
const LINE_HEADINGS = [
  ' TT  Lĩnh vực       Hồ sơ     Từ kỳ     Hồ sơ đang giải',
  '                    tiếp     trước           quyết',
  '                    nhận',
  '                              chuy      Tổng     Quá',
  '                              ển         số      hạn',
  '                              sang',
  ' 1   Tư pháp          120       10       6        1',
  ' 2   Giáo dục          64        2       3        0',
  '     Tổng cộng        184       12       9        1',
].join('\n');

/** A date cut at the edge of a narrow header cell: its last digit wraps onto a line of its own. */
const CUT_DATE = [
  'TT  Đơn vị                 Biên chế công chức',
  '                          Được      Có mặt',
  '                          giao        đến',
  '                                  30/6/202',
  '                                     4',
  ' 1  Sở Công Thương          52        50',
  ' 2  Sở Nông nghiệp          61        57',
  '    Tổng cộng              113       107',
].join('\n');

describe('readLaidOutTables', () => {
  it('finishes a date cut at a header cell\'s edge with the digit wrapped under it; that digit is no row', () => {
    const read = readLaidOutTables(pagesFromText(CUT_DATE), YEAR);
    expect(read.rows.filter((r) => r.label === '')).toEqual([]);
    expect(mapRows(resolveRows(read.rows)).mentions.map((m) => `${m.indicator} ${m.value} ${m.period.start}..${m.period.end}`)).toContain('staff.present 107 2024-06-30..2024-06-30');
  });

  it('joins a heading\'s lines: a line starting with a small letter goes on with the one above, a broken word made whole', () => {
    const read = readLaidOutTables(pagesFromText(LINE_HEADINGS), YEAR);
    expect(mapRows(resolveRows(read.rows)).mentions.map((m) => `${m.indicator} ${m.value} ${m.period.start}`)).toEqual([
      'dossier.received 184 ', 'dossier.carried_over 12 ', 'dossier.pending 9 ', 'dossier.pending_late 1 ',
    ]);
  });

  it('takes every line of a header wrapped word by word over narrow columns', () => {
    const read = readLaidOutTables(pagesFromText(WRAPPED_HEADER), YEAR);
    expect(mapRows(resolveRows(read.rows)).mentions.map((m) => `${m.indicator} ${m.value}`)).toEqual([
      'dossier.received 415', 'dossier.online 291', 'dossier.offline 124', 'dossier.resolved 408', 'dossier.late 3',
    ]);
  });

  it('splits headings set one space apart over narrow columns, not a heading centred over them', () => {
    const read = readLaidOutTables(pagesFromText(MONTHS), YEAR);
    expect(read.rows.map((r) => `${r.value} ${r.column}`)).toEqual([
      '1.204 Năm 2024 Tháng 10', '1.316 Năm 2024 Tháng 11', '2.520 Năm 2024 Cộng',
      '1.198 Năm 2024 Tháng 10', '1.302 Năm 2024 Tháng 11', '2.500 Năm 2024 Cộng',
    ]);
  });

  it('splits the wrapped lines of two narrow headings set one space apart, where the cells above them part', () => {
    const text = [
      ' TT  Lĩnh vực         Hồ sơ tiếp nhận',
      '                     Tổng   Nộp    Nộp  Từ',
      '                      số    trực   qua kỳ',
      '                           tuyến   bưu trước',
      '                                   điện',
      ' 1   Tư pháp          120    80     5    7',
      ' 2   Đất đai           64    21     9    3',
      '     Tổng cộng        184   101    14   10',
    ].join('\n');
    const read = readLaidOutTables(pagesFromText(text), YEAR);
    expect(read.rows.filter((r) => r.label === 'Tổng cộng').map((r) => r.column)).toEqual([
      'Hồ sơ tiếp nhận Tổng số', 'Hồ sơ tiếp nhận Nộp trực tuyến', 'Hồ sơ tiếp nhận Nộp qua bưu điện', 'Hồ sơ tiếp nhận Từ kỳ trước',
    ]);
  });

  it('reads level rows under column headers; the heading and prose after the table stay prose', () => {
    const pages = pagesFromText(LEVELS);
    const read = readLaidOutTables(pages, YEAR);
    expect(mapRows(resolveRows(read.rows)).mentions.map((m) => `${m.indicator} ${m.level} ${m.value}`)).toEqual([
      'dossier.received district 2480', 'dossier.resolved district 2455', 'dossier.late district 7',
      'dossier.received commune 6912', 'dossier.resolved commune 6900', 'dossier.late commune 1',
      'dossier.received  9392', 'dossier.resolved  9355', 'dossier.late  8',
    ]);
    expect(read.lines.map((l) => l.line)).toEqual([2, 3, 4, 5]);
  });

  it('reads an indicator table with a unit column and a label wrapped onto the next line', () => {
    const read = readLaidOutTables(pagesFromText(INDICATORS), YEAR);
    expect(read.rows.map((r) => [r.code, r.label, r.unit, r.value])).toEqual([
      ['1', 'Số thủ tục hành chính được công bố', 'Thủ tục', '214'],
      ['2', 'Số hồ sơ tiếp nhận qua dịch vụ công trực tuyến', 'Hồ sơ', '1.906'],
      ['3', 'Tỷ lệ hồ sơ giải quyết đúng hạn', '%', '99,1'],
    ]);
  });

  it('splits numbers one space apart into their narrow year columns, the years wrapped under "Năm"', () => {
    const years = [
      'TT   Chỉ tiêu                  Năm    Năm    Năm    Tổng',
      '                               2021   2022   2023',
      ' 1   Số hồ sơ tiếp nhận       8.804 10.126 11.530   30.460',
      '     Việc giải quyết hồ sơ giai đoạn 2021 - 2023 tiếp tục được cải thiện.',
    ].join('\n');
    const context: GridContext = { report: { start: '2021-01-01', end: '2023-12-31', year: 2023 }, unitLevel: 'district' };
    expect(mapRows(resolveRows(readLaidOutTables(pagesFromText(years), context).rows)).mentions.map((m) => `${m.value} ${m.period.start}`)).toEqual([
      '8804 2021-01-01', '10126 2022-01-01', '11530 2023-01-01', '30460 ',
    ]);
  });

  it('reads nothing from prose, nor from PDF pages (those are read from their items)', () => {
    expect(readLaidOutTables(pagesFromText('Năm 2024, huyện tiếp nhận 9.392 hồ sơ, giải quyết 9.355 hồ sơ.\nTỷ lệ đúng hạn đạt 99,9%.'), YEAR).tables).toBe(0);
    const pdfPage = { ...pagesFromText(LEVELS)[0], items: [{ str: 'x', x: 0, y: 0, width: 1, height: 1 }] };
    expect(readLaidOutTables([pdfPage], YEAR).tables).toBe(0);
  });

  it('keeps a header whose "TT" and group code sit flush left of the row numbers; a caption\'s wrapped end is no header', () => {
    const grouped = [
      '      Thủ tục theo nhóm lĩnh vực (số liệu từ 01/01/2024 đến',
      '                         31/12/2024)',
      'TT              Lĩnh vực                Số TTHC      Toàn trình',
      'A       Nhóm lĩnh vực tư pháp',
      '    1   Hộ tịch                            14              5',
      '    2   Chứng thực                          9              2',
      '   10   Nuôi con nuôi                       3              0',
      '        Tổng cộng (A)                      26              7',
    ].join('\n');
    const read = readLaidOutTables(pagesFromText(grouped), YEAR);
    expect(read.rows.filter((r) => r.label.startsWith('Tổng')).map((r) => `${r.value} ${r.column}`)).toEqual(['26 Số TTHC', '7 Toàn trình']);
  });
  it('reads a per-field part cut from its total by a page break: codes set before short field names are labels, level rows the figures', () => {
    const part = [
      '      Hồ sơ theo lĩnh vực ở hai cấp như',
      'sau.',
      ' TT     Lĩnh vực             Tiếp nhận     Quá hạn',
      'A      CẤP HUYỆN                 1.020           4',
      ' 1     Chứng thực                  600           1',
      ' 2     Đất đai                     420           3',
      'B      CẤP XÃ                      310           2',
      ' 1     Hộ tịch                     200           0',
      ' 2     Y tế                        110           2',
    ].join('\n');
    const read = readLaidOutTables(pagesFromText(part), YEAR);
    expect(mapRows(resolveRows(read.rows)).mentions.map((m) => `${m.indicator} ${m.level} ${m.value}`)).toEqual([
      'dossier.received district 1020', 'dossier.late district 4', 'dossier.received commune 310', 'dossier.late commune 2',
    ]);
  });
});
