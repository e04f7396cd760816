/**
 * A table that closes a section belongs to the passage its lead-in opened: the communes' table after the
 * district desk's sentence makes the desk's figures the district's (fixtures/eval/README.md, stop-18 desk
 * convention), though the next section's heading follows the table straight away.
 */
import { describe, expect, it } from 'vitest';
import { newReport, reindexPage } from '../../src/model/report.js';
import { runStages } from '../../src/pipeline.js';
import { tablesStage } from '../../src/tables/stage.js';
import { structureStage } from '../../src/structure/stage.js';
import { rulesStage } from '../../src/extract/rules/index.js';

async function read(lines: string[], kinds = ['dossier.received']): Promise<string[]> {
  const r = newReport({ id: 'r00000000000000aa', path: 'x.txt', sourceFile: 'x.txt', format: 'txt' });
  Object.assign(r.meta, { periodStart: '2025-01-01', periodEnd: '2025-06-30', reportDate: '2025-06-20', unitLevel: 'district', unitName: 'Sông Lam' });
  const page = { number: 1, lines: lines.map((text, i) => ({ page: 1, line: i + 1, offset: 0, text, raw: text, kind: 'body' as const })) };
  reindexPage(page);
  r.pages = [page];
  await runStages(r, {}, [tablesStage, structureStage, rulesStage]);
  return r.mentions.filter((m) => kinds.includes(m.indicator)).map((m) => `${m.source} ${m.value} ${m.level || '-'}`);
}

const RATES = ['dossier.received', 'dossier.on_time_rate'];
const DESK = ['II. THỦ TỤC HÀNH CHÍNH', 'Bộ phận Một cửa huyện đã nhận 2.310 hồ sơ, đã trả kết quả 2.280 hồ sơ.', 'Số liệu của các xã, thị trấn như sau:'];
const TABLE = ['| TT | Đơn vị | Số hồ sơ tiếp nhận | Số hồ sơ đã giải quyết |', '| | Tổng cộng | 4.120 | 4.050 |', '| 1 | Xã Bình An | 2.000 | 1.980 |', '| 2 | Xã Phú Mỹ | 2.120 | 2.070 |'];

describe('a table at the end of a section, for the desk of its passage', () => {
  it('gives the desk beside it the district level, the next heading right after the table', async () => {
    expect(await read([...DESK, ...TABLE, 'III. NHIỆM VỤ THỜI GIAN TỚI', 'Tiếp tục rà soát thủ tục.'])).toEqual(['table 4120 commune', 'text 2310 district']);
  });

  it("reads the paragraph after a lead-in's table as a sentence of its own, the desk it names carried over the paragraph", async () => {
    const years = ['II. THỦ TỤC HÀNH CHÍNH', 'Số hồ sơ Bộ phận Một cửa huyện nhận qua các năm như sau:', 'Năm | Hồ sơ nhận', '2023 | 3.900', '2024 | 4.300',
      'Cộng hai năm, Bộ phận Một cửa huyện nhận 8.200 hồ sơ. Tỷ lệ giải quyết đúng hạn tăng từ 97,5% năm 2023 lên 98,8% năm 2024. Các xã nhận 6.100 hồ sơ.'];
    expect(await read(years, RATES)).toEqual(['table 3900 district', 'table 4300 district', 'text 8200 district', 'text 97.5 district', 'text 98.8 district', 'text 6100 commune']);
    // negative: without the communes' figures the desk's stay the unit's own
    expect(await read([...years.slice(0, 5), years[5].replace(' Các xã nhận 6.100 hồ sơ.', '')], RATES)).toEqual(['table 3900 -', 'table 4300 -', 'text 8200 -', 'text 97.5 -', 'text 98.8 -']);
  });

  it('leaves the desk the unit total when the communes\' table stands in the next section', async () => {
    const next = ['III. SỐ LIỆU CÁC XÃ', 'Số liệu của các xã, thị trấn như sau:'];
    expect(await read([DESK[0], DESK[1], ...next, ...TABLE])).toEqual(['table 4120 commune', 'text 2310 -']);
  });
});
