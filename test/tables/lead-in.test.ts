/** A table's lead-in sentence scopes its rows to the period it names (src/tables/lead-in.ts), through the tables stage. */
import { describe, expect, it } from 'vitest';
import { newReport, type Report, type SourceLine } from '../../src/model/report.js';
import { pagesFromText } from '../../src/read/txt.js';
import { tablesStage } from '../../src/tables/stage.js';

function run(text: string): string[] {
  return runReport('txt', pagesFromText(text));
}

/** A Word report: the paragraph `sentence`, then a table of `rows` (cells as the DOCX reader gives them). */
function runDocx(sentence: string, rows: string[][]): string[] {
  const lines: SourceLine[] = [
    { page: 1, line: 0, offset: 0, text: sentence, raw: sentence, kind: 'body' },
    ...rows.map((cells, i): SourceLine => {
      const text = cells.join(' | ');
      return { page: 1, line: i + 1, offset: 0, text, raw: text, kind: 'table', tableId: 1, cells, cellColumns: cells.map((_, c) => c), cellSpans: cells.map(() => 1) };
    }),
  ];
  return runReport('docx', [{ number: 1, lines }]);
}

function runReport(format: Report['format'], pages: Report['pages'], unitLevel: Report['meta']['unitLevel'] = 'province'): string[] {
  const report: Report = newReport({ id: 'r', path: `r.${format}`, sourceFile: `r.${format}`, format });
  report.pages = pages;
  report.meta = { ...report.meta, periodStart: '2024-01-01', periodEnd: '2024-12-31', reportDate: '2024-12-15', unitLevel };
  tablesStage.run(report, {} as never);
  return report.mentions.map((m) => `${m.indicator} ${m.level} ${m.value} ${m.period.start}..${m.period.end}`);
}

const TABLE = ['Cấp | Số thủ tục hành chính', 'Cấp tỉnh | 1.402', 'Cấp huyện | 265'];

describe('scopeByLeadIn', () => {
  it('scopes the rows to the point in time the sentence introducing the table names', () => {
    expect(run(['Đến ngày 31/10/2024, số thủ tục hành chính đang áp dụng ở từng cấp', 'như sau:', ...TABLE].join('\n'))).toEqual([
      'procedure.total province 1402 2024-10-31..2024-10-31', 'procedure.total district 265 2024-10-31..2024-10-31',
    ]);
  });

  it('leaves the report\'s own period, a sentence that does not open the table, and a comparison base alone', () => {
    const own = ['procedure.total province 1402 ..', 'procedure.total district 265 ..'];
    expect(run(['Số thủ tục hành chính năm 2024 ở từng cấp như sau:', ...TABLE].join('\n'))).toEqual(own);
    expect(run(['Đến ngày 31/10/2024, các thủ tục đã được rà soát.', ...TABLE].join('\n'))).toEqual(own);
    expect(run(['Số thủ tục hành chính ở từng cấp (giảm so với năm 2022) như sau:', ...TABLE].join('\n'))).toEqual(own);
  });

  it('scopes a Word table the same way, and nothing when the sentence does not introduce it', () => {
    const rows = [['Cấp', 'Số thủ tục hành chính', 'Dịch vụ công trực tuyến toàn trình'], ['Cấp huyện', '240', '96'], ['Cấp xã', '105', '40']];
    expect(runDocx('Tính đến ngày 15/11/2024, thủ tục hành chính theo từng cấp như sau:', rows)).toEqual([
      'procedure.total district 240 2024-11-15..2024-11-15', 'procedure.online_full district 96 2024-11-15..2024-11-15',
      'procedure.total commune 105 2024-11-15..2024-11-15', 'procedure.online_full commune 40 2024-11-15..2024-11-15',
    ]);
    expect(runDocx('Tính đến ngày 15/11/2024, các thủ tục đã được rà soát.', rows)[0]).toBe('procedure.total district 240 ..');
  });

  it('gives the one level the sentence names to rows that name none; two levels, or one above the unit, give none', () => {
    const years = ['Năm | Tiếp nhận | Quá hạn', '2022 | 9.310 | 41', '2023 | 10.120 | 22'];
    const districtText = (lines: string[]) => runReport('txt', pagesFromText(lines.join('\n')), 'district');
    const inDistrict = (sentence: string) => districtText([sentence, ...years]);
    expect(inDistrict('Hồ sơ tiếp nhận tại Bộ phận một cửa cấp huyện trong các năm:')).toEqual([
      'dossier.received district 9310 2022-01-01..2022-12-31', 'dossier.late district 41 2022-01-01..2022-12-31',
      'dossier.received district 10120 2023-01-01..2023-12-31', 'dossier.late district 22 2023-01-01..2023-12-31',
    ]);
    expect(inDistrict('Hồ sơ tiếp nhận tại Bộ phận một cửa cấp huyện và cấp xã trong các năm:')[0]).toBe('dossier.received  9310 2022-01-01..2022-12-31');
    expect(inDistrict('Hồ sơ tiếp nhận trên cổng dịch vụ công cấp tỉnh trong các năm:')[0]).toBe('dossier.received  9310 2022-01-01..2022-12-31');
    // A table that splits one level's figures by field: its total row is that level's total, not the unit's.
    const fields = ['Lĩnh vực | Tiếp nhận | Đã giải quyết', 'Hộ tịch | 2.040 | 2.015', 'Đất đai | 1.310 | 1.288', 'Cộng | 3.350 | 3.303'];
    expect(districtText(['Hồ sơ của cấp xã chia theo lĩnh vực:', ...fields])).toEqual(['dossier.received commune 3350 ..', 'dossier.resolved commune 3303 ..']);
    expect(districtText(['Kết quả tại Bộ phận Một cửa cấp huyện theo từng lĩnh vực:', ...fields])).toEqual([
      'dossier.received district 3350 ..', 'dossier.resolved district 3303 ..',
    ]);
    // negative: with no level in the sentence, the total is the unit's own
    expect(districtText(['Số hồ sơ theo từng lĩnh vực như sau:', ...fields])).toEqual(['dossier.received  3350 ..', 'dossier.resolved  3303 ..']);
    // A row's own level outranks the sentence's.
    expect(runReport('txt', pagesFromText(['Thủ tục hành chính thuộc thẩm quyền cấp tỉnh theo từng cấp:', ...TABLE].join('\n')))).toEqual([
      'procedure.total province 1402 ..', 'procedure.total district 265 ..',
    ]);
  });
});
