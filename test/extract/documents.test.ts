import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractDocuments } from '../../src/extract/documents.js';
import type { DocumentRef } from '../../src/model/report.js';
import { DocumentRow } from '../../src/model/schemas.js';
import { readReport } from '../../src/read/index.js';
import { normalise } from '../../src/text/repair.js';

const corpus = (name: string) => fileURLToPath(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

async function documentsOf(file: string): Promise<DocumentRef[]> {
  const report = await readReport(corpus(file));
  await normalise.run(report, {});
  return extractDocuments(report);
}

const key = (d: DocumentRef) => [d.doc_type, d.symbol, d.date, d.issuer].join(' | ');

describe('extractDocuments on the sample reports', () => {
  it('cites documents in the body and in footnotes of Thọ Xuân Q1/2024 (.txt), with their lines', async () => {
    const docs = await documentsOf('tho-xuan-cchc-quy-1-2024.txt');
    for (const d of docs) DocumentRow.parse({ report_id: `r${'0'.repeat(16)}`, ...d });
    expect(docs[0]).toMatchObject({
      doc_type: 'Kế hoạch', number: '83', year: '', symbol: '83-KH/HU', date: '2021-12-02',
      issuer: 'Ban Chấp hành Đảng bộ huyện Thọ Xuân', page: 1, line: 1,
    });
    // Footnote 2 (line 47): the type word is kept though the symbol says KH.
    expect(docs.find((d) => d.line === 47)).toMatchObject({
      doc_type: 'Quyết định', number: '320', symbol: '320/KH-UBND', date: '2024-01-12', issuer: 'UBND huyện Thọ Xuân',
      subject: 'ban hành Kế hoạch kiểm soát thủ tục hành chính năm 2024',
    });
    // A footnote mark glued to a year is no part of the date ("ngày 14/11/20238").
    expect(docs.map((d) => d.date).filter((d) => d.startsWith('2023') || d.startsWith('2024')).length).toBeGreaterThan(8);
  });

  it('keeps an implausible year as read (Hạ Hòa: "113/1018/NĐ-CP")', async () => {
    const docs = await documentsOf('ha-hoa-cchc-nam-2021.txt');
    expect(docs.filter((d) => d.symbol === '113/1018/NĐ-CP').map((d) => d.year)).toContain(1018);
  });

  /** Citations read differently in one format, and why. */
  const DIFFERENCES: Record<string, number> = {
    // The DOCX and reflowed copies join footnote 7's "Kế hoạch 1324/KH-" to the body text that
    // follows it, so its wrapped symbol does not continue with "UBND ngày 20/8/2019" as in the PDF and TXT.
    'ha-hoa-cchc-nam-2021': 1,
  };

  for (const name of ['tho-xuan-cchc-quy-1-2024', 'thach-khe-cchc-quy-3-2025', 'ha-hoa-cchc-nam-2021']) {
    it(`finds the same documents in every format of ${name}`, async () => {
      const txt = (await documentsOf(`${name}.txt`)).map(key);
      expect(txt.length).toBeGreaterThan(5);
      for (const variant of ['.pdf', '.docx', '-reflow.pdf', '-reflow.docx']) {
        const other = (await documentsOf(`${name}${variant}`)).map(key);
        expect(other.length, variant).toBe(txt.length);
        const missing = txt.filter((k) => !other.includes(k));
        expect(missing.length, `${variant}: ${missing.join('; ')}`).toBeLessThanOrEqual(DIFFERENCES[name] ?? 0);
      }
    });
  }
});
