/** Footnote bodies in text without layout (TXT, DOCX with footnotes typed as paragraphs). */
import { describe, expect, it } from 'vitest';
import { newReport, type Report, type SourceLine } from '../../src/model/report.js';
import { isReferenced, markFootnotes, readsAsTableRow } from '../../src/text/footnotes.js';

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

describe('markFootnotes: unusual openings, lost numbers, pages, endnotes', () => {
  it('starts a note at a list mark after its number ("19 + Năm 2021", "20- Cấp xã") and numbers on', () => {
    const report = reportOf([[
      'Kết quả giải quyết hồ sơ theo từng năm19; kết nối ở cấp xã20.',
      '    ',
      '19 + Năm 2021: tiếp nhận 4.210 hồ sơ.',
      '20- Cấp xã: 14 xã đã kết nối.',
    ]]);
    markFootnotes(report);
    expect(marks(report)).toEqual(['-', '-', '-', '-']); // 19 is not the next number: nothing before it was a note
    const numbered = reportOf([[
      'Kết quả giải quyết hồ sơ theo từng năm1; kết nối ở cấp xã2.',
      '    ',
      '1 + Năm 2021: tiếp nhận 4.210 hồ sơ.',
      '2- Cấp xã: 14 xã đã kết nối.',
    ]]);
    markFootnotes(numbered);
    expect(marks(numbered)).toEqual(['-', '-', 1, 2]);
  });

  it('skips one lost number inside a footnote area when the next one is referenced', () => {
    const report = reportOf([[
      'Ban hành kế hoạch1, hướng dẫn2 và kiểm tra3.',
      '    ',
      '1 Kế hoạch số 12/KH-UBND.',
      '* Hướng dẫn số 4/HD-UBND.',
      '3 Quyết định số 240/QĐ-UBND.',
    ]]);
    markFootnotes(report);
    expect(marks(report)).toEqual(['-', '-', 1, 1, 3]);
  });

  it('reads a note whose number stands alone on its line (pdftotext -layout), its mark apart from the word', () => {
    const body = Array.from({ length: 8 }, (_, i) => `Nội dung đoạn thứ ${i + 1} của báo cáo.`);
    const report = reportOf([[...body, 'Huyện đã ban hành kế hoạch năm 1 và hướng dẫn2.', '', '1', '    Kế hoạch số 12/KH-UBND.', '2', '    Hướng dẫn số 4/HD-UBND.'], ['Trang sau.']]);
    markFootnotes(report);
    expect(marks(report)).toEqual([...body.map(() => '-'), '-', '-', 1, 1, 2, 2, '-']);
  });

  it('reads a number alone on its line as a cell of a flattened table, not a note mark, outside text files', () => {
    const lines = ['Biểu 1. Hồ sơ trong quý; đã ban hành 2 văn bản.', 'TT', 'Nội dung', 'Kết quả', '1', 'Số hồ sơ nhận', '912', '2', 'Số hồ sơ trả', '905'];
    const docx = reportOf([lines]);
    docx.format = 'docx';
    markFootnotes(docx);
    expect(marks(docx)).toEqual(lines.map(() => '-'));
  });

  it('reads notes under a table whose marks end its numbers ("1.3052"), each number alone on its line, none run to the page end', () => {
    const body = Array.from({ length: 8 }, (_, i) => `Nội dung đoạn thứ ${i + 1} của báo cáo.`);
    const report = reportOf([[...body,
      ' 1    Hồ sơ nhận trong kỳ            Hồ sơ        1.3052',
      ' 2    Hồ sơ trả đúng hẹn             Hồ sơ        1.2803',
      '     1', '       Kể cả hồ sơ nhận qua bưu điện.', '     2', '       Chưa tính hồ sơ bị trả lại.', '     3', '       Tính đến cuối kỳ.',
      '     4. Phương hướng kỳ tới', '     Duy trì tiếp nhận hồ sơ vào sáng thứ Bảy.'], ['Trang sau.']]);
    markFootnotes(report);
    expect(marks(report)).toEqual([...body.map(() => '-'), '-', '-', 1, 1, 2, 2, 3, 3, '-', '-', '-']);
  });

  it('runs a note in the last lines of a page to the page end, capital letters included', () => {
    const body = Array.from({ length: 10 }, (_, i) => `Nội dung đoạn thứ ${i + 1} của báo cáo.`);
    const report = reportOf([[...body, 'Giao biên chế cho các phòng năm 20231.', '1 Số biên chế được giao', 'Năm 2023: 65 biên chế.'], ['Tiếp nhận hồ sơ.']]);
    markFootnotes(report);
    expect(marks(report)).toEqual([...body.map(() => '-'), '-', 1, 1, '-']);
  });

  it('reads notes gathered at the end, far from their marks, but not a body line that starts with a count', () => {
    const body = Array.from({ length: 45 }, (_, i) => `Nội dung đoạn thứ ${i + 1} của báo cáo.`);
    const report = reportOf([['Ban hành kế hoạch1 và hướng dẫn2.', '1 cơ quan còn chậm.', ...body, 'CHỦ TỊCH', '1 Kế hoạch số 12/KH-UBND', 'Ngày 08/01/2021.', '2 Hướng dẫn số 4/HD-UBND.']]);
    markFootnotes(report);
    expect(marks(report)).toEqual(['-', '-', ...body.map(() => '-'), '-', 1, 1, 2]);
  });

  it('leaves a DOCX whose reader took notes from its note parts alone', () => {
    const report = reportOf([['Ban hành kế hoạch1.', '    ', '1 cơ quan còn chậm.', '1 Kế hoạch số 12/KH-UBND.']]);
    report.format = 'docx';
    Object.assign(report.pages[0].lines[3], { kind: 'footnote', footnote: 1 });
    markFootnotes(report);
    expect(marks(report)).toEqual(['-', '-', '-', 1]);
  });
});

describe('isReferenced', () => {
  it.each([
    ['chỉ đạo ban1 và', 1],
    ['năm 20241, Kế', 1],
    ['theo đúng quy định3.', 3],
    ['mức độ 3,4.2\nChỉ đạo', 2],
    ['(PAPI)4 và', 4],
    ['Hồ sơ      12.4072', 2],
    ['giảm 3,8%2.', 2],
    ['đạt 71%1; riêng', 1],
  ])('finds the mark in %j', (body, n) => {
    expect(isReferenced(body, n)).toBe(true);
  });
  it.each([
    ['1.2.2. Số vấn đề', 2],
    ['1.2 Số VBQPPL', 2],
    ['đạt 42,1% kế hoạch', 1],
    ['năm 2021 và', 1],
    ['Điều 2 Luật', 2],
    ['Hồ sơ      12.407', 7],
    ['tỷ lệ 1,2342', 2],
    ['đạt 71% 1 đơn vị', 1],
    ['đạt 71%12', 1],
  ])('finds none in %j', (body, n) => {
    expect(isReferenced(body, n)).toBe(false);
  });
});

describe('readsAsTableRow', () => {
  it('reads a numbered line ending in a value and a rank as a table row', () => {
    expect(readsAsTableRow('4 Xã Long Bình 81,66 4')).toBe(true);
    expect(readsAsTableRow('2 Phòng Nội vụ 12 95,5')).toBe(true);
  });
  it('reads numbered prose as a note, whatever numbers it holds', () => {
    expect(readsAsTableRow('1Năm trước, huyện đứng thứ 5/12 đơn vị.')).toBe(false);
    expect(readsAsTableRow('2 Quyết định số 15/QĐ-UBND ngày 03/4/2024')).toBe(false);
    expect(readsAsTableRow('3 Tỷ lệ đạt 98,5%, tăng 2 điểm')).toBe(false);
  });
  it('keeps the rows of a ranking table in the body even where the body seems to mark their numbers', () => {
    const report = reportOf([[
      'Kết quả chấm điểm năm 20241 của các xã, có 3 xã dẫn đầu:',
      'TT Xã Điểm Hạng',
      '1 Xã Tân Phú 92,40 1',
      '2 Phường An Lạc 90,15 2',
      '3 Xã Mỹ Hòa 87,02 3',
      '    ',
      '1 Năm trước, huyện đứng thứ 5/12 đơn vị.',
    ]]);
    markFootnotes(report);
    expect(marks(report)).toEqual(['-', '-', '-', '-', '-', '-', 1]);
  });
});
