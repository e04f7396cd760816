/**
 * The same report read from .txt, .pdf, .docx (and their -reflow variants)
 * gives the same words after normalisation; lines land on their PDF page;
 * output is NFC.
 */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/model/report.js';
import { readReport } from '../../src/read/index.js';
import { normaliseReport } from '../../src/text/repair.js';
import { reportWords, wordSimilarity } from './word-similarity.js';

const corpus = (name: string) => fileURLToPath(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

const loaded = new Map<string, Promise<Report>>();

/** Read and normalise once per file: the tests only look. */
function load(name: string): Promise<Report> {
  if (!loaded.has(name)) {
    loaded.set(name, readReport(corpus(name)).then((report) => {
      normaliseReport(report);
      return report;
    }));
  }
  return loaded.get(name)!;
}

const REPORTS = ['ha-hoa-cchc-nam-2021', 'thach-khe-cchc-quy-3-2025', 'tho-xuan-cchc-quy-1-2024'];
const VARIANTS = ['.pdf', '-reflow.pdf', '.docx', '-reflow.docx'];

describe.each(REPORTS)('%s', (name) => {
  let txt: Report;
  beforeAll(async () => {
    txt = await load(`${name}.txt`);
  });

  it.each(VARIANTS)('%s has the words of the .txt (similarity ≥ 0.98)', async (variant) => {
    const other = await load(`${name}${variant}`);
    expect(other.status).toBe('ok');
    expect(wordSimilarity(reportWords(txt), reportWords(other))).toBeGreaterThanOrEqual(0.98);
  });

  it('gives NFC text in every format', async () => {
    for (const variant of ['.txt', ...VARIANTS]) {
      const report = await load(`${name}${variant}`);
      for (const line of report.pages.flatMap((p) => p.lines)) expect(line.text).toBe(line.text.normalize('NFC'));
    }
  });
});

describe('PDF pages', () => {
  // Sentences checked against `pdftotext -layout -f N -l N`.
  const KNOWN: Array<[string, number, string]> = [
    ['ha-hoa-cchc-nam-2021.pdf', 1, 'Thực hiện Kế hoạch công tác Cải cách hành chính Nhà nước huyện Hạ Hòa'],
    ['ha-hoa-cchc-nam-2021.pdf', 3, '2076/UBND-KGVX ngày 21/5/2021 của UBND tỉnh về việc thực hiện các Văn'],
    ['thach-khe-cchc-quy-3-2025.pdf', 9, '3. Cải cách tổ chức bộ máy'],
    ['tho-xuan-cchc-quy-1-2024.pdf', 3, 'c) Thực hiện kết luận của Ban Chỉ đạo cải cách hành chính Chính phủ:'],
    ['tho-xuan-cchc-quy-1-2024.pdf', 9, 'Triển khai cho cán bộ, công chức, viên chức trên địa bàn ký cam kết thực'],
  ];
  it.each(KNOWN)('%s page %i has "%s"', async (file, page, sentence) => {
    const report = await load(file);
    const pages = report.pages.filter((p) => p.lines.some((l) => l.text.includes(sentence))).map((p) => p.number);
    expect(pages).toEqual([page]);
  });

  it('keeps lone table values at a page top and positioned items', async () => {
    const report = await load('tho-xuan-cchc-quy-1-2024.pdf');
    expect(report.pages).toHaveLength(35);
    // Page 31 starts with the values "0" and "1" of a table row that began on page 30.
    expect(report.pages[30].lines.slice(0, 2).map((l) => l.text)).toEqual(['0', '1']);
    for (const page of report.pages) {
      expect(page.items?.length).toBeGreaterThan(0);
      expect(page.width).toBeCloseTo(595.3, 0);
    }
  });

  it('marks the footnote area with the footnote numbers in order', async () => {
    const report = await load('ha-hoa-cchc-nam-2021.pdf');
    const footnotes = report.pages.flatMap((p) => p.lines).filter((l) => l.kind === 'footnote');
    expect([...new Set(footnotes.map((l) => l.footnote))]).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    const first = footnotes.find((l) => l.footnote === 1);
    expect(first).toMatchObject({ page: 2 });
    expect(first?.text.startsWith('1 Các văn bản chỉ đạo đã ban hành')).toBe(true);
    // The body line with the reference mark stays body, digit glued to the word.
    const reference = report.pages[1].lines.find((l) => l.text.includes('công tác CCHC năm 20211.'));
    expect(reference?.kind).toBe('body');
  });
});

describe('TXT footnotes (pdftotext-like)', () => {
  it('marks footnote bodies after the separator line, keeping file line numbers', async () => {
    const report = await load('ha-hoa-cchc-nam-2021.txt');
    const lines = report.pages[0].lines;
    expect(lines[61]).toMatchObject({ line: 62, kind: 'footnote', footnote: 1 });
    expect(lines[67]).toMatchObject({ line: 68, kind: 'footnote', footnote: 1 });
    // The next page's body resumes on the line with one leading space.
    expect(lines[75]).toMatchObject({ line: 76, kind: 'body' });
    // A footnote continued from the previous page, then the next one.
    expect(lines[786]).toMatchObject({ line: 787, kind: 'footnote', footnote: 7 });
    expect(lines[789]).toMatchObject({ line: 790, kind: 'footnote', footnote: 8 });
  });
});
