/** DOCX: paragraphs in order, table rows as cells, real footnotes at the end with their marks glued in the body. */
import { describe, expect, it } from 'vitest';
import { Document, FootnoteReferenceRun, Packer, PageBreak, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { blocksFromHtml, decodeEntities, readDocx } from '../../src/read/docx.js';
import { newReport } from '../../src/model/report.js';
import { normaliseReport } from '../../src/text/repair.js';

async function makeDocx(): Promise<Uint8Array> {
  const cell = (text: string) => new TableCell({ children: [new Paragraph(text)] });
  const doc = new Document({
    footnotes: {
      1: { children: [new Paragraph('Kế hoạch số 164/KH-UBND ngày 29/01/2021 của UBND huyện.')] },
      2: { children: [new Paragraph('Công văn số 827/UBND-VP.'), new Paragraph('Đoạn thứ hai của chú thích.')] },
    },
    sections: [
      {
        children: [
          new Paragraph('BÁO CÁO'),
          new Paragraph({ children: [new TextRun('UBND huyện đã ban hành các văn bản chỉ đạo'), new FootnoteReferenceRun(1), new TextRun(' và công văn'), new FootnoteReferenceRun(2), new TextRun('.')] }),
          new Table({ rows: [new TableRow({ children: [cell('STT'), cell('Chỉ tiêu'), cell('Số liệu')] }), new TableRow({ children: [cell('1'), cell('Số hồ sơ tiếp nhận'), cell('8.803')] })] }),
          new Paragraph('Kết luận.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe('readDocx', () => {
  it('keeps document order, table rows and footnotes', async () => {
    const report = newReport({ id: '0'.repeat(16), path: 'x.docx', sourceFile: 'x.docx', format: 'docx' });
    await readDocx(await makeDocx(), report);
    const lines = report.pages[0].lines.map((l) => ({ text: l.text, kind: l.kind, footnote: l.footnote, cells: l.cells, tableId: l.tableId }));
    expect(lines).toEqual([
      { text: 'BÁO CÁO', kind: 'body' },
      { text: 'UBND huyện đã ban hành các văn bản chỉ đạo1 và công văn2.', kind: 'body' },
      { text: 'STT | Chỉ tiêu | Số liệu', kind: 'table', cells: ['STT', 'Chỉ tiêu', 'Số liệu'], tableId: 1 },
      { text: '1 | Số hồ sơ tiếp nhận | 8.803', kind: 'table', cells: ['1', 'Số hồ sơ tiếp nhận', '8.803'], tableId: 1 },
      { text: 'Kết luận.', kind: 'body' },
      { text: '1 Kế hoạch số 164/KH-UBND ngày 29/01/2021 của UBND huyện.', kind: 'footnote', footnote: 1 },
      { text: '2 Công văn số 827/UBND-VP.', kind: 'footnote', footnote: 2 },
      { text: 'Đoạn thứ hai của chú thích.', kind: 'footnote', footnote: 2 },
    ]);
    expect(report.pages[0].lines.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('readDocx pages and note marks', () => {
  it('starts a page at each explicit page break, records where each note mark stands, and keeps body text out of the notes', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('Năm 2022: 65 biên chế.')] } },
      sections: [{
        children: [
          new Paragraph({ children: [new TextRun('Giao biên chế cho các phòng năm 2023'), new FootnoteReferenceRun(1), new TextRun('.')] }),
          new Paragraph({ children: [new TextRun('1 cơ quan còn chậm.'), new PageBreak()] }),
          new Paragraph('Kết luận.'),
        ],
      }],
    });
    const report = newReport({ id: '0'.repeat(16), path: 'x.docx', sourceFile: 'x.docx', format: 'docx' });
    await readDocx(new Uint8Array(await Packer.toBuffer(doc)), report);
    expect(report.pages.map((p) => p.lines.map((l) => `${l.page}:${l.line} ${l.kind} ${l.text}`))).toEqual([
      ['1:1 body Giao biên chế cho các phòng năm 20231.', '1:2 body 1 cơ quan còn chậm.'],
      ['2:1 body Kết luận.', '2:2 footnote 1 Năm 2022: 65 biên chế.'],
    ]);
    const at = 'Giao biên chế cho các phòng năm 2023'.length;
    expect(report.pages[0].lines[0].noteMarks).toEqual([{ footnote: 1, start: at, end: at + 1 }]);
    normaliseReport(report);
    expect(report.pages[0].lines[1].kind).toBe('body');
    expect(report.footnoteAnchors.get(1)).toEqual({ page: 1, line: 1, start: at, end: at + 1 });
  });
});

describe('blocksFromHtml', () => {
  it('takes every paragraph of a note up to the next note, a list in a note included', () => {
    const html = '<p>A<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup> b<sup><a href="#footnote-2" id="footnote-ref-2">[2]</a></sup>.</p>' +
      '<ol><li id="footnote-1"><p>Một:</p><ul><li>ý một</li></ul><p>tiếp <a href="#footnote-ref-1">↑</a></p></li><li id="footnote-2"><p>Hai <a href="#footnote-ref-2">↑</a></p></li></ol>';
    expect(blocksFromHtml(html).map((b) => [b.kind, b.footnote, b.text])).toEqual([
      ['body', undefined, 'A1 b2.'],
      ['footnote', 1, '1 Một:'],
      ['footnote', 1, 'ý một'],
      ['footnote', 1, 'tiếp'],
      ['footnote', 2, '2 Hai'],
    ]);
  });

  it('splits paragraphs at <br> and decodes entities', () => {
    expect(blocksFromHtml('<p>a &amp; b<br />c&#39;d</p><h1>T&#x1EA1;i</h1>').map((b) => b.text)).toEqual(['a & b', "c'd", 'Tại']);
  });
  it('joins the paragraphs of one table cell with a space', () => {
    const [row] = blocksFromHtml('<table><tr><td><p>ỦY BAN</p><p>NHÂN DÂN</p></td><td></td></tr></table>');
    expect(row).toMatchObject({ kind: 'table', cells: ['ỦY BAN NHÂN DÂN', ''], text: 'ỦY BAN NHÂN DÂN | ' });
  });
  it('drops a superscript footnote mark after a table cell\'s value or label, keeps an exponent and marks in prose', () => {
    const [row] = blocksFromHtml('<table><tr><td><p>Hồ sơ nhận qua bưu điện<sup>2</sup></p></td><td><p>1.530<sup>1</sup></p></td><td><p>40 m<sup>2</sup></p></td></tr></table>');
    expect(row.cells).toEqual(['Hồ sơ nhận qua bưu điện', '1.530', '40 m2']);
    expect(blocksFromHtml('<p><sup>1</sup> Chú thích dưới bảng.</p>').map((b) => b.text)).toEqual(['1 Chú thích dưới bảng.']);
  });
  it('leaves unknown entities alone', () => {
    expect(decodeEntities('&bogus; &lt;')).toBe('&bogus; <');
  });
});
