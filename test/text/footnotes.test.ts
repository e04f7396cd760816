/** Footnote bodies in text without layout (TXT, DOCX with footnotes typed as paragraphs). */
import { describe, expect, it } from 'vitest';
import { newReport, type Report, type SourceLine } from '../../src/model/report.js';
import { isReferenced, markFootnotes } from '../../src/text/footnotes.js';

function reportOf(pages: string[][]): Report {
  const report = newReport({ id: '0'.repeat(16), path: 'x.txt', sourceFile: 'x.txt', format: 'txt' });
  report.pages = pages.map((lines, p) => ({
    number: p + 1,
    lines: lines.map((text, i): SourceLine => ({ page: p + 1, line: i + 1, offset: 0, text, raw: text, kind: 'body' })),
  }));
  return report;
}

const marks = (report: Report) => report.pages.flatMap((p) => p.lines.map((l) => (l.kind === 'footnote' ? l.footnote : l.kind === 'body' ? '-' : l.kind)));

describe('markFootnotes', () => {
  it('marks a block after a separator line until the next page starts (one leading space)', () => {
    const report = reportOf([[
      'UBND huyện đã ban hành các văn bản chỉ đạo năm 20211.',
      '',
      '                                   ',
      '1 Các văn bản chỉ đạo đã ban hành, gồm: Kế hoạch số 164/KH-UBND',
      '',
      'ngày 29/01/2021 của UBND huyện.',
      '2Kế hoạch số 39/KH-UBND ngày 08/01/2021.',
      ' phê duyệt và công bố Chỉ số Cải cách hành chính năm 2020;',
      '',
      'nâng cao chỉ số PAPI.',
    ]]);
    markFootnotes(report);
    expect(marks(report)).toEqual(['-', '-', '-', 1, '-', 1, 2, '-', '-', '-']);
  });

  it('continues the previous footnote after the next separator, up to the next number', () => {
    const report = reportOf([[
      'văn bản do UBND huyện đã ban hành1.',
      '     ',
      '1 Chỉ thị số 04/CT-UBND ngày 20/4/2017 của Chủ tịch UBND huyện',
      ' Tăng cường triển khai, hướng dẫn các cơ quan; 116 đơn vị2.',
      '     ',
      'UBND ngày 20/8/2019 của UBND huyện.',
      '2 Số cơ quan đơn vị được giao: 19 đơn vị.',
      '2',
      'Ủy ban nhân dân các xã đã ban hành kế hoạch.',
    ]]);
    markFootnotes(report);
    expect(marks(report)).toEqual(['-', '-', 1, '-', '-', 1, 2, '-', '-']);
  });

  it('starts no footnote out of sequence', () => {
    const report = reportOf([['văn bản do UBND huyện đã ban hành7.', '     ', '7 Chỉ thị số 04/CT-UBND ngày 20/4/2017']]);
    markFootnotes(report);
    expect(marks(report)).toEqual(['-', '-', '-']);
  });

  it('numbers on from footnotes the reader marked', () => {
    const report = reportOf([
      ['công tác CCHC năm 20246; Kế hoạch theo dõi năm 20247.', '6 Kế hoạch số 35/KH-UBND;'],
      ['7 Kế hoạch số 24/KH-UBND ngày 31/01/2024 về việc Theo dõi tình hình', 'thi hành pháp luật năm 2024.', 'Ủy ban nhân dân các xã đã ban hành.'],
    ]);
    Object.assign(report.pages[0].lines[1], { kind: 'footnote', footnote: 6 });
    markFootnotes(report);
    expect(marks(report)).toEqual(['-', 6, 7, 7, '-']);
  });

  it('does not take a numbered table row or heading for a footnote without a reference', () => {
    const report = reportOf([['1.2.2. Số vấn đề đã xử lý 5', 'Kết hợp = 2', '1 Công tác chỉ đạo điều hành CCHC', '2 Cải cách thể chế']]);
    markFootnotes(report);
    expect(marks(report)).toEqual(['-', '-', '-', '-']);
  });
});

describe('isReferenced', () => {
  it.each([
    ['chỉ đạo ban1 và', 1],
    ['năm 20241, Kế', 1],
    ['theo đúng quy định3.', 3],
    ['mức độ 3,4.2\nChỉ đạo', 2],
    ['(PAPI)4 và', 4],
  ])('finds the mark in %j', (body, n) => {
    expect(isReferenced(body, n)).toBe(true);
  });
  it.each([
    ['1.2.2. Số vấn đề', 2],
    ['1.2 Số VBQPPL', 2],
    ['đạt 42,1% kế hoạch', 1],
    ['năm 2021 và', 1],
    ['Điều 2 Luật', 2],
  ])('finds none in %j', (body, n) => {
    expect(isReferenced(body, n)).toBe(false);
  });
});
