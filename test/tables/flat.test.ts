/**
 * Appendix tables flattened into paragraphs with no header left to open them
 * (src/tables/flat.ts). The -reflow samples stand in for such reports once
 * the "STT" that opens their header is taken away; small synthetic runs of
 * rows cover a title, a row without a code, a value-less row, a repeated
 * header, a coded answer, and prose that must stay prose.
 */
import { describe, expect, it } from 'vitest';
import type { Report, SourceLine } from '../../src/model/report.js';
import { readFlatTables } from '../../src/tables/flat.js';
import { readTables } from '../../src/tables/stage.js';
import { meanings, readNormalised } from './helpers.js';

const REFLOW = [
  'corpus/tho-xuan-cchc-quy-1-2024-reflow.docx',
  'corpus/tho-xuan-cchc-quy-1-2024-reflow.pdf',
  'corpus/ha-hoa-cchc-nam-2021-reflow.docx',
  'corpus/ha-hoa-cchc-nam-2021-reflow.pdf',
];

/** The report with the "STT" of every header taken away: the plain-text reader no longer sees a table start. */
async function withoutHeaderStart(path: string): Promise<Report> {
  const report = await readNormalised(path);
  for (const line of report.pages.flatMap((p) => p.lines)) line.text = line.text.replace(/^STT\s+/, (m) => ' '.repeat(m.length));
  return report;
}

const valued = (rows: readonly string[]) => rows.filter((r) => r.split(' | ')[3] !== '');
const bodyLines = (texts: readonly string[]): SourceLine[] => {
  let offset = 0;
  return texts.map((text, i) => {
    const line: SourceLine = { page: 1, line: i + 1, offset, text, raw: text, kind: 'body' };
    offset += text.length + 1;
    return line;
  });
};

describe.each(REFLOW)('%s without its header', (path) => {
  it('reads every valued row the header-opened reader reads, with the same label, unit, value, level and indicator', async () => {
    const opened = valued(meanings(readTables(await readNormalised(path))));
    const flat = valued(meanings(readTables(await withoutHeaderStart(path))));
    expect(opened.length).toBeGreaterThan(40);
    expect(flat).toEqual(expect.arrayContaining(opened));
  }, 60_000);

  it('marks the flattened rows as table lines and keeps the prose before them', async () => {
    const report = await withoutHeaderStart(path);
    const lines = report.pages.flatMap((p) => p.lines);
    const body = new Set(lines.filter((l) => l.kind === 'body'));
    readTables(report);
    const first = lines.findIndex((l) => body.has(l) && l.kind === 'table');
    expect(lines[first].text).toMatch(/^\s*1\.? Công tác chỉ đạo điều hành/);
    expect(lines.slice(0, first).filter((l) => l.kind === 'body').length).toBeGreaterThan(50);
  }, 60_000);
});

describe('rows of the flattened samples', () => {
  it('Hạ Hòa: level values in one cell, a total with its level sub-rows, a rate whose URLs are dropped', async () => {
    const rows = meanings(readTables(await withoutHeaderStart('corpus/ha-hoa-cchc-nam-2021-reflow.pdf')));
    expect(rows).toEqual(expect.arrayContaining([
      '3.1.1 | Số TTHC công bố mới thuộc thẩm quyền của UBND cấp huyện, cấp xã (Theo QĐ công bố của Chủ tịch UBND tỉnh) | Thủ tục | Cấp huyện 289, cấp xã 159 |  | ',
      ' | Cấp huyện | Thủ tục | 289 | district | procedure.published',
      ' | Cấp xã | Thủ tục | 159 | commune | procedure.published',
      '3.1.3 | Tổng số TTHC đang có hiệu lực thuộc thẩm quyền của UBND cấp huyện, cấp xã (Theo QĐ công bố của Chủ tịch UBND tỉnh) | Thủ tục | 448 |  | procedure.total',
      ' | Số TTHC cấp huyện: | Thủ tục | 289 | district | procedure.total',
      ' | Số TTHC cấp xã: | Thủ tục | 159 | commune | procedure.total',
      '3.4.3 | Tỷ lệ hồ sơ TTHC về lĩnh vực đất đai được giải quyết đúng hẹn (ở cả 2 cấp). | % | 92,8 |  | ',
    ]));
  }, 60_000);

  it('Thọ Xuân: dossiers received by channel and level; a repeated header before a row is dropped; coded answers are not counts', async () => {
    const report = await withoutHeaderStart('corpus/tho-xuan-cchc-quy-1-2024-reflow.docx');
    const rows = meanings(readTables(report));
    expect(rows).toEqual(expect.arrayContaining([
      '3.3.1 | Số lượng hồ sơ đã tiếp nhận | Số lượng hồ sơ | 8.803 |  | dossier.received',
      ' | Tiếp nhận trực tiếp |  | 4.167 |  | dossier.offline',
      ' | - Cấp xã |  | 4.167 | commune | dossier.offline',
      ' | Tiếp nhận qua BCCI | Số lượng hồ sơ | 2 |  | dossier.postal',
      ' | Tiếp nhận trực tuyến mức độ 4 | Số lượng hồ sơ | 2.119 |  | dossier.online_full',
      '1.4.2. | Hình thức khảo sát | Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2 | 0 |  | ',
    ]));
    expect(rows.filter((r) => /Chỉ tiêu thống kê|Kết quả thống kê|Ghi chú|Đơn vị tính/.test(r))).toEqual([]);
  }, 60_000);
});

describe('a report without an appendix table', () => {
  it.each(['txt', 'docx', 'pdf', 'reflow.docx', 'reflow.pdf'])('Thạch Khê (%s): its prose, numbered sections and figures are no table', async (form) => {
    const report = await readNormalised(`corpus/thach-khe-cchc-quy-3-2025${form.startsWith('reflow') ? '-' : '.'}${form}`);
    const lines = report.pages.flatMap((p) => p.lines);
    const body = lines.filter((l) => l.kind === 'body');
    expect(body.filter((l) => /\d/.test(l.text)).length).toBeGreaterThan(50);
    expect(readTables(report)).toEqual([]);
    expect(body.filter((l) => l.kind !== 'body')).toEqual([]);
  }, 60_000);
});

describe('readFlatTables on synthetic lines', () => {
  it('reads a run of rows after a title: a row without a code, a value-less row, a repeated header, a coded answer', () => {
    const lines = bodyLines([
      'Đề nghị các cơ quan tiếp tục thực hiện.',
      'Phụ lục',
      'THỐNG KÊ SỐ LIỆU CẢI CÁCH HÀNH CHÍNH',
      '1. Công tác chỉ đạo điều hành 1.1. Kế hoạch CCHC',
      '1.1.1. Số nhiệm vụ đề ra trong kế hoạch Nhiệm vụ 40 1.1.2. Số nhiệm vụ đã hoàn thành Nhiệm vụ 38',
      '1.1.3. Số văn bản chỉ đạo CCHC đã ban hành Văn bản',
      '1.4.2. Hình thức khảo sát Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2 1',
      'Chỉ tiêu thống kê Kết quả thống kê Ghi chú Đơn vị tính Số liệu',
      '3.1.3. Tổng số TTHC đang áp dụng Thủ tục 448 Trong đó Số TTHC cấp huyện: Thủ tục 289 Số TTHC cấp xã: Thủ tục 159',
      'Tổng số biên chế được giao trong năm Người 74',
      'Nơi nhận:',
      '- Như trên;',
    ]);
    const rows = readFlatTables(lines, [{ table: 'T2', code: '', label: '', unit: '', value: '', note: '', place: { page: 1, line: 1, start: 0, end: 0 }, text: '' }]);
    expect(meanings(rows)).toEqual([
      '1. | Công tác chỉ đạo điều hành |  |  |  | ',
      '1.1. | Kế hoạch CCHC |  |  |  | ',
      '1.1.1. | Số nhiệm vụ đề ra trong kế hoạch | Nhiệm vụ | 40 |  | plan.tasks',
      '1.1.2. | Số nhiệm vụ đã hoàn thành | Nhiệm vụ | 38 |  | plan.tasks_done',
      '1.1.3. | Số văn bản chỉ đạo CCHC đã ban hành | Văn bản |  |  | ',
      '1.4.2. | Hình thức khảo sát | Trực tuyến = 0; Phát phiếu = 1; Kết hợp = 2 | 1 |  | ',
      '3.1.3. | Tổng số TTHC đang áp dụng | Thủ tục | 448 |  | procedure.total',
      ' | Số TTHC cấp huyện: | Thủ tục | 289 | district | procedure.total',
      ' | Số TTHC cấp xã: | Thủ tục | 159 | commune | procedure.total',
      ' | Tổng số biên chế được giao trong năm | Người | 74 |  | staff.quota',
    ]);
    expect(new Set(rows.map((r) => r.table))).toEqual(new Set(['T3']));
    expect(lines.map((l) => l.kind)).toEqual(['body', 'body', 'body', ...Array(7).fill('table'), 'body', 'body']);
    const page = lines.map((l) => l.text).join('\n');
    for (const row of rows.filter((r) => r.value !== '')) expect(page.slice(row.place.start, row.place.end)).toBe(row.value);
  });

  it('leaves prose alone: coded headings, figures in sentences and level lists are no table', () => {
    const lines = bodyLines([
      '1. Công tác chỉ đạo điều hành',
      'Năm 2021, UBND huyện đã ban hành 17 văn bản chỉ đạo, điều hành CCHC.',
      '2. Cải cách thể chế',
      '2.1. Rà soát văn bản: đã rà soát 12 văn bản quy phạm pháp luật.',
      '- Cấp huyện 5 văn bản; cấp xã 7 văn bản.',
      '2.2. Kiểm tra văn bản Trong đó 3 văn bản cần sửa đổi.',
      '3.1. Tổng số TTHC đang áp dụng là 448 thủ tục.',
    ]);
    expect(readFlatTables(lines, [])).toEqual([]);
    expect(lines.every((l) => l.kind === 'body')).toBe(true);
  });

  it('needs several whole rows: two coded rows with units in prose stay prose', () => {
    const lines = bodyLines([
      'Kết quả cụ thể như sau:',
      '1.1.1. Số nhiệm vụ đề ra trong kế hoạch Nhiệm vụ 40',
      'Các nhiệm vụ còn lại đang được triển khai theo đúng tiến độ đề ra.',
      '1.1.2. Số nhiệm vụ đã hoàn thành Nhiệm vụ 38',
    ]);
    expect(readFlatTables(lines, [])).toEqual([]);
  });

  it('a table other readers took ends a run: its lines are never read twice', () => {
    const lines = bodyLines([
      '1.1.1. Số nhiệm vụ đề ra trong kế hoạch Nhiệm vụ 40',
      '1.1.2. Số nhiệm vụ đã hoàn thành Nhiệm vụ 38',
      '1.1.3. Số văn bản chỉ đạo CCHC đã ban hành Văn bản 7',
    ]);
    for (const line of lines) line.kind = 'table';
    expect(readFlatTables(lines, [])).toEqual([]);
  });
});
