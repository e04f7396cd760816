import { describe, expect, it } from 'vitest';
import { newReport, type Report } from '../../src/model/report.js';
import { mapRows, TABLE_SPECIFICITY } from '../../src/tables/map.js';
import { resolveRows, type RawRow } from '../../src/tables/rows.js';
import { tablesStage } from '../../src/tables/stage.js';

let line = 0;
function row(code: string, label: string, unit = '', value = ''): RawRow {
  line += 1;
  return { table: 'T1', code, label, unit, value, note: '', place: { page: 1, line, start: 0, end: value.length }, text: [code, label, unit, value].filter(Boolean).join(' | ') };
}

const map = (rows: RawRow[]) => mapRows(resolveRows(rows));

describe('row semantics', () => {
  it('level sub-rows inherit the meaning of the row above and get its level', () => {
    const { rows, mentions } = map([
      row('3.3.1', 'Số lượng hồ sơ đã tiếp nhận', 'Số lượng hồ sơ', '8.803'),
      row('', 'Trong đó'),
      row('', 'Tiếp nhận trực tiếp', '', '4.167'),
      row('', '- Cấp huyện'),
      row('', '- Cấp xã', '', '4.167'),
      row('', 'Tiếp nhận qua BCCI', 'Số lượng hồ sơ', '2'),
      row('', '- Cấp xã', '', '2'),
    ]);
    expect(rows.map((r) => [r.label, r.level, r.indicator])).toEqual([
      ['Số lượng hồ sơ đã tiếp nhận', '', 'dossier.received'],
      ['Tiếp nhận trực tiếp', '', 'dossier.offline'],
      ['- Cấp huyện', 'district', ''],
      ['- Cấp xã', 'commune', 'dossier.offline'],
      ['Tiếp nhận qua BCCI', '', 'dossier.postal'],
      ['- Cấp xã', 'commune', 'dossier.postal'],
    ]);
    expect(mentions.map((m) => [m.indicator, m.level, m.value])).toEqual([
      ['dossier.received', '', 8803],
      ['dossier.offline', '', 4167],
      ['dossier.offline', 'commune', 4167],
      ['dossier.postal', '', 2],
      ['dossier.postal', 'commune', 2],
    ]);
  });

  it('reads "Tại cấp huyện" and "Số TTHC cấp xã:" under "Trong đó" as levels of the row above', () => {
    const { mentions } = map([
      row('3.1.3', 'Tổng số TTHC đang áp dụng', 'Thủ tục'),
      row('Trong đó', 'Số TTHC cấp huyện:', 'Thủ tục', '309'),
      row('', 'Số TTHC cấp xã:', 'Thủ tục', '242'),
      row('3.2.4', 'Số TTHC liên thông giữa các cấp chính quyền', 'Thủ tục', '151'),
      row('', 'Trong đó Tại cấp huyện', '', '55'),
      row('', 'Tại cấp xã', '', '96'),
    ]);
    expect(mentions.map((m) => [m.indicator, m.level, m.value])).toEqual([
      ['procedure.total', 'district', 309],
      ['procedure.total', 'commune', 242],
      ['procedure.interconnected_cross_level', '', 151],
      ['procedure.interconnected_cross_level', 'district', 55],
      ['procedure.interconnected_cross_level', 'commune', 96],
    ]);
  });

  it('splits a value cell that names levels ("Cấp huyện 289, cấp xã 159")', () => {
    const { rows, mentions } = map([row('3.1.1', 'Số TTHC công bố mới thuộc thẩm quyền của UBND cấp huyện, cấp xã', 'Thủ tục', 'Cấp huyện 289, cấp xã 159')]);
    expect(rows[0].indicator).toBe('');
    expect(mentions.map((m) => [m.indicator, m.level, m.value])).toEqual([
      ['procedure.published', 'district', 289],
      ['procedure.published', 'commune', 159],
    ]);
  });

  it('a level named in the label sets the level; a wording can fix it', () => {
    const { mentions } = map([
      row('3.2.1', 'Số TTHC đưa vào thực hiện theo cơ chế một cửa tại cấp huyện', 'Thủ tục', '42'),
      row('4.1.1', 'Số phòng, ban chuyên môn cấp huyện', 'Cơ quan, đơn vị', '11'),
    ]);
    expect(mentions.map((m) => [m.indicator, m.level])).toEqual([
      ['procedure.one_stop', 'district'],
      ['org.departments', ''],
    ]);
  });

  it('coded answers are codes, never counts, even when the label reads like an indicator', () => {
    const { rows, mentions } = map([
      row('1.4.2', 'Hình thức khảo sát', 'Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2', '1'),
      row('7.1', 'Số lượng phiếu khảo sát', 'Có = 1; Không = 0', '1'),
      row('7.2', 'Xây dựng và vận hành Hệ thống họp trực tuyến', 'Chưa có = 0; 2 cấp = 1; 3 cấp = 2', '2'),
    ]);
    expect(mentions).toEqual([]);
    expect(rows.map((r) => [r.value, r.indicator])).toEqual([['1', ''], ['1', ''], ['2', '']]);
  });

  it('an empty value is empty, not 0', () => {
    const { rows, mentions } = map([row('1.3.2', 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ', '')]);
    expect(rows[0].value).toBe('');
    expect(mentions).toEqual([]);
  });

  it('a near tie between two indicators is left unmapped with a diagnostic', () => {
    const { rows, mentions, diagnostics } = map([row('', 'Số hồ sơ giải quyết', '', '5')]);
    expect(rows[0].indicator).toBe('');
    expect(mentions).toEqual([]);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0].message).toMatch(/near tie between dossier\.\w+ \(0\.\d\d\) and dossier\.\w+/);
  });

  it('mentions carry the catalogue unit, the value cell, the row as evidence, source table', () => {
    const { mentions } = map([row('4.2.5', 'Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015', '%', '16,5')]);
    expect(mentions[0]).toMatchObject({
      indicator: 'staff.reduced_rate_since_2015',
      value: 16.5,
      unit: 'percent',
      source: 'table',
      specificity: TABLE_SPECIFICITY,
      evidence: '4.2.5 | Tỷ lệ phần trăm biên chế đã tinh giản so với năm 2015 | % | 16,5',
      period: { start: '', end: '' },
    });
  });
});

describe('tables stage', () => {
  it('leaves a report without tables alone', async () => {
    const report: Report = newReport({ id: 'r0123456789abcdef', path: 'x.pdf', sourceFile: 'x.pdf', format: 'pdf' });
    report.pages = [{ number: 1, lines: [], items: [], width: 595, height: 842 }, { number: 2, lines: [] }];
    await tablesStage.run(report, {});
    expect(report.tableRows).toEqual([]);
    expect(report.mentions).toEqual([]);
  });
});
