/** A table's lead-in sentence scopes its rows to the period it names (src/tables/lead-in.ts), through the tables stage. */
import { describe, expect, it } from 'vitest';
import { newReport, type Report } from '../../src/model/report.js';
import { pagesFromText } from '../../src/read/txt.js';
import { tablesStage } from '../../src/tables/stage.js';

function run(text: string): string[] {
  const report: Report = newReport({ id: 'r', path: 'r.txt', sourceFile: 'r.txt', format: 'txt' });
  report.pages = pagesFromText(text);
  report.meta = { ...report.meta, periodStart: '2024-01-01', periodEnd: '2024-12-31', reportDate: '2024-12-15', unitLevel: 'province' };
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
});
