/** DOCX pages from the page breaks Word records: rendered breaks, explicit breaks, paragraphs that start a page. */
import JSZip from 'jszip';
import { Document, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { describe, expect, it } from 'vitest';
import { newReport } from '../../src/model/report.js';
import { markPageBreaks, readDocx } from '../../src/read/docx.js';

/** Stands where the test puts a w:lastRenderedPageBreak (the docx package cannot write one). */
const RENDERED = 'RENDERED-BREAK';

async function makeDocx(): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph('Trang một.'),
          // Word broke the page inside this paragraph when it last laid the document out.
          new Paragraph({ children: [new TextRun('Đoạn văn bắt đầu ở trang một'), new TextRun(RENDERED), new TextRun(' và kết thúc ở trang hai.')] }),
          // An explicit break followed by Word's record of it: one break, not two.
          new Paragraph({ children: [new PageBreak()] }),
          new Paragraph({ children: [new TextRun(RENDERED), new TextRun('Trang ba.')] }),
          new Table({ rows: [new TableRow({ children: [cell('Số hồ sơ'), cell('12')] })] }),
          new Paragraph({ text: 'Trang bốn.', pageBreakBefore: true }),
        ],
      },
    ],
  });
  const zip = await JSZip.loadAsync(await Packer.toBuffer(doc));
  const xml = await zip.file('word/document.xml')!.async('string');
  zip.file('word/document.xml', xml.replace(new RegExp(`<w:t[^>]*>${RENDERED}</w:t>`, 'g'), '<w:lastRenderedPageBreak/>'));
  return new Uint8Array(await zip.generateAsync({ type: 'uint8array' }));
}

describe('DOCX page numbers', () => {
  it('follow rendered and explicit page breaks, a paragraph split at its break', async () => {
    const report = newReport({ id: '0'.repeat(16), path: 'x.docx', sourceFile: 'x.docx', format: 'docx' });
    await readDocx(await makeDocx(), report);
    expect(report.pages.map((p) => p.lines.map((l) => `${l.page}:${l.line} ${l.text}`))).toEqual([
      ['1:1 Trang một.', '1:2 Đoạn văn bắt đầu ở trang một'],
      ['2:1 và kết thúc ở trang hai.'],
      ['3:1 Trang ba.', '3:2 Số hồ sơ | 12'],
      ['4:1 Trang bốn.'],
    ]);
  });
});

describe('markPageBreaks', () => {
  it('marks each kind of break, and only page breaks', () => {
    const marked = markPageBreaks(
      '<w:p><w:r><w:lastRenderedPageBreak/><w:t>a</w:t><w:br/><w:br w:type="page"/></w:r></w:p>' +
        '<w:p><w:pPr><w:pageBreakBefore/></w:pPr><w:r><w:t>b</w:t></w:r></w:p>' +
        '<w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t>c</w:t></w:r></w:p>',
    );
    expect(marked.match(/\uE002/g)).toHaveLength(3);
    expect(marked).toContain('<w:br/><w:br w:type="page"/><w:t>\uE002</w:t>');
    expect(marked).toContain('</w:pPr><w:r><w:t>\uE002</w:t></w:r><w:r><w:t>b</w:t>');
  });
});
