/**
 * Word 97–2003 .doc (fixtures/formats, made by scripts/make-format-fixtures.ts):
 * the words of the corpus text, the figures of the DOCX, tables as cells,
 * notes at the end, headers and footers out of the body, page breaks, and
 * TCVN3 text repaired.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { processReport } from '../../src/pipeline.js';
import { storyBlocks } from '../../src/read/doc.js';
import { readReport } from '../../src/read/index.js';
import { normaliseReport } from '../../src/text/repair.js';
import { reportWords, wordSimilarity } from './word-similarity.js';

const fixture = (dir: string, name: string) => fileURLToPath(new URL(`../../fixtures/${dir}/${name}`, import.meta.url));

async function read(path: string): Promise<Report> {
  const report = await readReport(path);
  normaliseReport(report);
  return report;
}

const REPORTS = ['ha-hoa-cchc-nam-2021', 'thach-khe-cchc-quy-3-2025', 'tho-xuan-cchc-quy-1-2024'];

describe.each(REPORTS)('%s.doc', (name) => {
  it('has the words of the corpus .txt (similarity ≥ 0.98)', async () => {
    const doc = await read(fixture('formats', `${name}.doc`));
    expect(doc).toMatchObject({ status: 'ok', format: 'doc' });
    const similarity = wordSimilarity(reportWords(await read(fixture('corpus', `${name}.txt`))), reportWords(doc));
    expect(similarity).toBeGreaterThanOrEqual(0.98);
  });

  it('gives the figures of the .docx', async () => {
    const figures = async (path: string) =>
      (await processReport(path, name)).figures.map((f) => [f.indicator, f.value, f.level, f.period.start, f.period.end].join('|')).sort();
    const docx = await figures(fixture('corpus', `${name}.docx`));
    expect(docx.length).toBeGreaterThan(10);
    expect(await figures(fixture('formats', `${name}.doc`))).toEqual(docx);
  });
});

describe('structure.doc', () => {
  it('reads tables as cells, notes at the end, no header or footer, and the page break', async () => {
    const report = await readReport(fixture('formats', 'structure.doc'));
    expect(report.status).toBe('ok');
    const lines = report.pages.flatMap((p) => p.lines).map((l) => ({ page: l.page, text: l.text, kind: l.kind, cells: l.cells, footnote: l.footnote }));
    expect(lines).toEqual([
      { page: 1, text: 'BÁO CÁO THỬ', kind: 'body' },
      { page: 1, text: 'Xã đã ban hành kế hoạch1 và công văn2.', kind: 'body' },
      { page: 1, text: 'STT | Nội dung chỉ tiêu | Số liệu', kind: 'table', cells: ['STT', 'Nội dung chỉ tiêu', 'Số liệu'] },
      { page: 1, text: '1 | Số hồ sơ tiếp nhận | 1.204', kind: 'table', cells: ['1', 'Số hồ sơ tiếp nhận', '1.204'] },
      { page: 1, text: '2 | Số hồ sơ trễ hạn | ', kind: 'table', cells: ['2', 'Số hồ sơ trễ hạn', ''] },
      { page: 1, text: 'Xem thêm tại cổng thông tin.', kind: 'body' },
      { page: 2, text: 'Trang hai của báo cáo.', kind: 'body' },
      { page: 2, text: '1 Kế hoạch số 12/KH-UBND ngày 05/01/2024 của UBND xã.', kind: 'footnote', footnote: 1 },
      { page: 2, text: '2 Công văn số 40/UBND-VP.', kind: 'footnote', footnote: 2 },
      { page: 2, text: 'Chú thích có hai đoạn.', kind: 'footnote', footnote: 2 },
    ]);
    expect(report.pages[1].lines.map((l) => l.line)).toEqual([1, 2, 3, 4]);
  });
});

describe('storyBlocks', () => {
  it('joins the paragraphs of a cell, keeps field results and numbers note references', () => {
    let n = 0;
    const blocks = storyBlocks('Trước\x02 đó\r\x13 HYPERLINK "x" \x14liên kết\x15 ở đây\rA\u2029B\x07C\x07\nSau\x0cTrang mới\r', () => ++n);
    expect(blocks).toEqual([
      { kind: 'body', text: 'Trước1 đó', page: 1 },
      { kind: 'body', text: 'liên kết ở đây', page: 1 },
      { kind: 'table', text: 'A B | C', cells: ['A B', 'C'], tableId: 1, page: 1 },
      { kind: 'body', text: 'Sau', page: 1 },
      { kind: 'body', text: 'Trang mới', page: 2 },
    ]);
  });
});

describe('a .doc in TCVN3 fonts', () => {
  it('is repaired to the words of the corpus .txt', async () => {
    const doc = await read(fixture('formats', 'thach-khe-tcvn3.doc'));
    expect(doc.textRepair.has('tcvn3')).toBe(true);
    const similarity = wordSimilarity(reportWords(await read(fixture('corpus', 'thach-khe-cchc-quy-3-2025.txt'))), reportWords(doc));
    expect(similarity).toBeGreaterThanOrEqual(0.98);
  });
});

describe('files named .doc that are not Word 97–2003', () => {
  it('reads a DOCX named .doc, and names RTF and HTML', async () => {
    const { mkdtemp, writeFile, copyFile } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'cchc-doc-'));
    await copyFile(fixture('corpus', 'thach-khe-cchc-quy-3-2025.docx'), join(dir, 'docx.doc'));
    await writeFile(join(dir, 'rtf.doc'), '{\\rtf1\\ansi Bao cao}');
    await writeFile(join(dir, 'html.doc'), '<html><body>Bao cao</body></html>');
    await writeFile(join(dir, 'ole.doc'), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    expect(await readReport(join(dir, 'docx.doc'))).toMatchObject({ status: 'ok', format: 'doc' });
    expect(await readReport(join(dir, 'rtf.doc'))).toMatchObject({ status: 'error', error: 'RTF document named .doc (not supported: save it as .docx)' });
    expect(await readReport(join(dir, 'html.doc'))).toMatchObject({ status: 'error', error: 'not a Word document (looks like HTML)' });
    expect((await readReport(join(dir, 'ole.doc'))).error).toMatch(/^Word document is damaged: /);
  });
});
