/**
 * Every appendix row of the Thọ Xuân and Hạ Hòa samples reads back with the
 * same code, label, unit, value, level and indicator from the plain text
 * (corpus .txt), a DOCX with a real Word table and its PDF.
 */
import { describe, expect, it } from 'vitest';
import { readTables } from '../../src/tables/stage.js';
import { appendixRows, meanings, readNormalised } from './helpers.js';

const SAMPLES = [
  { name: 'tho-xuan-appendix', txt: 'corpus/tho-xuan-cchc-quy-1-2024.txt' },
  { name: 'ha-hoa-appendix', txt: 'corpus/ha-hoa-cchc-nam-2021.txt' },
];

describe.each(SAMPLES)('$name', ({ name, txt }) => {
  const expected = meanings(appendixRows(name));

  it.each([txt, `tables/${name}.docx`, `tables/${name}.pdf`])('reads every row from %s', async (path) => {
    const report = await readNormalised(path);
    expect(meanings(readTables(report))).toEqual(expected);
  }, 60_000);

  it('marks the lines a plain-text table used as table lines, and only those', async () => {
    const report = await readNormalised(txt);
    const rows = appendixRows(name);
    const lines = report.pages.flatMap((p) => p.lines);
    readTables(report);
    for (const row of rows) expect(lines.find((l) => l.line === row.place.line)?.kind).toBe('table');
    const firstTableLine = lines.findIndex((l) => l.kind === 'table');
    expect(lines.slice(0, firstTableLine).some((l) => /\d/.test(l.text))).toBe(true);
    expect(lines.slice(firstTableLine).filter((l) => l.kind === 'body' && /\d/.test(l.text))).toEqual([]);
  });

  it('places each value on its own source line (txt)', async () => {
    const report = await readNormalised(txt);
    const read = readTables(report);
    const valued = appendixRows(name).filter((r) => r.value !== '');
    expect(read.filter((r) => r.value !== '').map((r) => r.place.line)).toEqual(valued.map((r) => r.place.line));
    for (const row of read.filter((r) => r.value !== '' && !/cấp/i.test(r.value))) {
      const line = report.pages[row.place.page - 1].lines[row.place.line - 1];
      const page = report.pages[row.place.page - 1].lines.map((l) => l.text).join('\n');
      expect(page.slice(row.place.start, row.place.end)).toBe(row.value);
      expect(line.text).toContain(row.value);
    }
  });
});

describe('PDF tables over several pages', () => {
  it.each(SAMPLES.map((s) => s.name))('%s: one table stitched over its pages, header rows not read as rows', async (name) => {
    const report = await readNormalised(`tables/${name}.pdf`);
    const rows = readTables(report);
    expect(report.pages.length).toBeGreaterThan(2);
    expect(new Set(rows.map((r) => r.table))).toEqual(new Set(['T1']));
    expect(new Set(rows.map((r) => r.place.page)).size).toBe(report.pages.length);
    expect(rows.filter((r) => /^(STT|Chỉ tiêu thống kê|Số liệu|Đơn vị tính|Ghi chú)/.test([r.code, r.label, r.unit, r.value].join('|').replace(/^\|+/, '')))).toEqual([]);
  });

  it('keeps a cell that wraps over lines as one cell', async () => {
    const report = await readNormalised('tables/tho-xuan-appendix.pdf');
    const row = readTables(report).find((r) => r.code === '3.1.1.');
    expect(row?.label).toBe('Số TTHC/danh mục TTHC thuộc thẩm quyền quản lý công bố mới');
    expect(row?.value).toBe('20');
  });
});
