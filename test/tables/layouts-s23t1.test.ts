/** In-cell level breakdowns and row wordings of the spent sealed-14 table half (s23 t1), in other words and numbers. */
import { describe, expect, it } from 'vitest';
import type { GridContext } from '../../src/tables/grid.js';
import { matchLabel } from '../../src/tables/labels.js';
import { levelBreakdown } from '../../src/tables/value-cells.js';
import { cellFigures } from './helpers.js';

const YEAR: GridContext = { report: { start: '2024-01-01', end: '2024-12-31', year: 2024 }, unitLevel: 'district' };

describe('a value cell splitting its total by level', () => {
  it.each([
    ['615 thủ tục\n(cấp huyện: 402; cấp xã: 213)', '615', 'thủ tục'],
    ['615 thủ tục hành chính (cấp huyện 402, cấp xã 213)', '615', 'thủ tục hành chính'],
    ['8.120 hồ sơ\n(trong đó: cấp huyện 2.015; cấp xã 6.105)', '8.120', 'hồ sơ'],
    ['8.120\nTrong đó: cấp huyện 2.015, cấp xã 6.105', '8.120', ''],
    ['8.120 hồ sơ, trong đó cấp huyện 2.015; cấp xã 6.105', '8.120', 'hồ sơ'],
    ['8.120 hồ sơ (cấp huyện - 2.015; cấp xã - 6.105)', '8.120', 'hồ sơ'],
    ['8.120 hồ sơ\n- Cấp huyện: 2.015\n- Cấp xã: 6.105', '8.120', 'hồ sơ'],
    ['8.120 hồ sơ (huyện: 2.015 hồ sơ; xã: 6.105 hồ sơ)', '8.120', 'hồ sơ'],
    ['8.120 (Chia ra: cấp thị xã 2.015, cấp xã 6.105)', '8.120', ''],
  ])('%j gives the total and each level', (cell, total, unit) => {
    const split = levelBreakdown(cell);
    expect(split?.total).toEqual({ value: total, unit });
    expect(split?.parts.map((p) => `${p.level} ${p.value}`)).toEqual(
      cell.includes('402') ? ['district 402', 'commune 213'] : ['district 2.015', 'commune 6.105']);
  });

  it.each([
    '8.120 hồ sơ\n(tăng 310 hồ sơ so với năm 2023)',
    '8.120 hồ sơ (cấp huyện: 2.015; cấp huyện: 6.105)',
    '8.120 hồ sơ (cấp huyện)',
    '8.120 hồ sơ, đạt 98,5%',
    '96,5%',
  ])('%j is no level breakdown', (cell) => {
    expect(levelBreakdown(cell)).toBeUndefined();
  });

  it('in a table: the unit\'s own total and each level, whatever the separators', () => {
    expect(cellFigures([
      ['TT', 'Nội dung', 'Kết quả năm 2024'],
      ['1', 'Thủ tục hành chính đang áp dụng tại Bộ phận Một cửa', '615 thủ tục\n(cấp huyện 402, cấp xã 213)'],
      ['2', 'Hồ sơ tiếp nhận', '8.120 hồ sơ\nTrong đó: cấp huyện 2.015; cấp xã 6.105'],
      ['3', 'Hồ sơ trễ hạn', '11 hồ sơ (cấp huyện - 7; cấp xã - 4)'],
    ], YEAR)).toEqual([
      'procedure.total |  | 615 | ', 'procedure.total | district | 402 | ', 'procedure.total | commune | 213 | ',
      'dossier.received |  | 8120 | ', 'dossier.received | district | 2015 | ', 'dossier.received | commune | 6105 | ',
      'dossier.late |  | 11 | ', 'dossier.late | district | 7 | ', 'dossier.late | commune | 4 | ',
    ]);
  });
});

describe('row wordings', () => {
  it.each([
    ['Số thư xin lỗi gửi người dân, doanh nghiệp', 'dossier.apologies'],
    ['Thư xin lỗi đã gửi tới cá nhân, tổ chức', 'dossier.apologies'],
    ['Số văn bản xin lỗi công dân, tổ chức', 'dossier.apologies'],
    ['TTHC đang giải quyết tại Bộ phận Một cửa', 'procedure.total'],
    ['Số thủ tục đang áp dụng tại Bộ phận tiếp nhận và trả kết quả', 'procedure.total'],
    // The mechanism named, not the desk: the one-stop count.
    ['Số TTHC thực hiện theo cơ chế một cửa', 'procedure.one_stop'],
    // Dossiers sent to people are no letters.
    ['Số hồ sơ đã trả kết quả cho tổ chức, công dân', ''],
  ])('%j → %j', (label, indicator) => {
    expect(matchLabel(label).indicator).toBe(indicator);
  });
});
