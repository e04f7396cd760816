/** A table takes the period of the section it stands in (src/structure/table-scope.ts): tables stage, then the tree. */
import { describe, expect, it } from 'vitest';
import { newReport, type Report } from '../../src/model/report.js';
import { pagesFromText } from '../../src/read/txt.js';
import { structure } from '../../src/structure/stage.js';
import { tablesStage } from '../../src/tables/stage.js';

function run(lines: string[]): { mentions: string[]; rows: string[] } {
  const report: Report = newReport({ id: 'r', path: 'r.txt', sourceFile: 'r.txt', format: 'txt' });
  report.pages = pagesFromText(lines.join('\n'));
  report.meta = { ...report.meta, periodStart: '2023-01-01', periodEnd: '2023-12-31', reportDate: '2023-12-20', unitLevel: 'province' };
  tablesStage.run(report, {} as never);
  structure(report);
  return {
    mentions: report.mentions.map((m) => `${m.indicator} ${m.level} ${m.value} ${m.period.start}..${m.period.end}`),
    rows: report.tableRows.map((r) => `${r.value} ${r.period_start}..${r.period_end}`),
  };
}

const LEVELS = ['Cấp | Hồ sơ tiếp nhận', 'Cấp tỉnh | 41.250', 'Cấp huyện | 77.030'];

describe('scopeTablesBySection', () => {
  it("gives a table's rows the data window its section heading states", () => {
    const { mentions, rows } = run([
      '3. Kết quả giải quyết hồ sơ (số liệu từ ngày 16/12/2022 đến ngày 15/12/2023)',
      'Toàn tỉnh tiếp nhận 118.280 hồ sơ.',
      'Chia theo cấp như sau:',
      ...LEVELS,
      'Các cơ quan đã xin lỗi người dân đối với hồ sơ quá hạn.',
    ]);
    expect(mentions).toEqual(['dossier.received province 41250 2022-12-16..2023-12-15', 'dossier.received district 77030 2022-12-16..2023-12-15']);
    expect(rows).toEqual(['41.250 2022-12-16..2023-12-15', '77.030 2022-12-16..2023-12-15']);
  });

  it("gives a table's rows the data window a lead-in paragraph states above it, a paragraph between them too", () => {
    const lead = ['3. Kết quả giải quyết hồ sơ', 'Số liệu từ ngày 16/12/2022 đến ngày 15/12/2023:', 'Các cơ quan tiếp tục đẩy mạnh dịch vụ công trực tuyến.'];
    expect(run([...lead, 'Chia theo cấp như sau:', ...LEVELS]).rows).toEqual(['41.250 2022-12-16..2023-12-15', '77.030 2022-12-16..2023-12-15']);
    // negative: a window opening a paragraph of its own figures scopes that paragraph, not the table after it
    const stated = ['3. Kết quả giải quyết hồ sơ', 'Từ ngày 16/12/2022 đến ngày 15/12/2023, toàn tỉnh tiếp nhận 118.280 hồ sơ.'];
    expect(run([...stated, 'Chia theo cấp như sau:', ...LEVELS]).rows).toEqual(['41.250 ..', '77.030 ..']);
  });

  it("leaves a table in a section naming no period or the report's own, and a row naming another period", () => {
    const own = ['dossier.received province 41250 ..', 'dossier.received district 77030 ..'];
    expect(run(['3. Kết quả giải quyết hồ sơ', 'Chia theo cấp như sau:', ...LEVELS]).mentions).toEqual(own);
    expect(run(['II. KẾT QUẢ NĂM 2023', 'Chia theo cấp như sau:', ...LEVELS]).mentions).toEqual(own);
    // The report's own year is what the section's window counts: that row reads as the window.
    const years = ['Năm | Hồ sơ tiếp nhận', '2022 | 109.400', '2023 | 118.280'];
    expect(run(['3. Kết quả giải quyết hồ sơ (số liệu từ ngày 16/12/2022 đến ngày 15/12/2023)', 'Qua các năm như sau:', ...years]).mentions).toEqual([
      'dossier.received  109400 2022-01-01..2022-12-31',
      'dossier.received  118280 2022-12-16..2023-12-15',
    ]);
  });

  it('reads a yearly table with a note column by its years, a cut-off date in the note kept as the year', () => {
    const years = ['Năm | Hồ sơ tiếp nhận | Ghi chú', '2021 | 97.300 | Phần mềm mới từ tháng 5', '2022 | 104.120 | ', '2023 | 110.900 | Tính đến ngày 14/12/2023'];
    expect(run(['3. Kết quả giải quyết hồ sơ', 'Số hồ sơ tiếp nhận qua các năm:', ...years]).mentions).toEqual([
      'dossier.received  97300 2021-01-01..2021-12-31',
      'dossier.received  104120 2022-01-01..2022-12-31',
      'dossier.received  110900 ..', // the report's own year
    ]);
    // negative: the note's words label no row when a text column does
    const fields = ['Lĩnh vực | Hồ sơ tiếp nhận | Ghi chú', 'Đất đai | 5.100 | Tăng so với năm trước', 'Hộ tịch | 3.200 | '];
    expect(run(['3. Kết quả giải quyết hồ sơ', 'Chia theo lĩnh vực:', ...fields]).rows).toEqual(['5.100 ..', '3.200 ..']);
  });
});
