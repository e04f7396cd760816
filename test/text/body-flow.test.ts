import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { newReport, type Report, type SourceLine } from '../../src/model/report.js';
import { scanNumbers } from '../../src/parse/numbers.js';
import { readReport } from '../../src/read/index.js';
import { pagesFromText } from '../../src/read/txt.js';
import { bodyFlow, footnoteFlows, footnoteRefsOf } from '../../src/text/body-flow.js';
import { markFootnotes } from '../../src/text/footnotes.js';

/** A report from text; lines starting with "N " after a line "---" are footnote N bodies. */
function reportOf(pages: string[]): Report {
  const report = newReport({ id: '0'.repeat(16), path: 't.txt', sourceFile: 't.txt', format: 'txt' });
  report.pages = pagesFromText(pages.join('\f'));
  for (const page of report.pages) {
    let inNotes = false;
    let current: number | undefined;
    for (const line of page.lines) {
      if (line.text === '---') {
        inNotes = true;
        line.text = ' ';
        continue;
      }
      if (/^\d+$/.test(line.text)) inNotes = false; // page number
      if (!inNotes) continue;
      const m = /^(\d+) /.exec(line.text);
      if (m) current = Number(m[1]);
      if (current !== undefined) Object.assign(line, { kind: 'footnote', footnote: current } satisfies Partial<SourceLine>);
    }
  }
  return report;
}

describe('footnoteRefsOf and bodyFlow', () => {
  const report = reportOf([
    [
      'Trong quý I, UBND huyện ban hành Kế hoạch CCHC năm 20241, Kế',
      'hoạch kiểm soát TTHC năm 20242; tỷ lệ quá hạn 0,52%3 so với 1.182 hồ sơ.',
      '---',
      '1 Kế hoạch 268/KH-UBND ngày 29/12/2023',
      '2 Quyết định 320/KH-UBND ngày 12/01/2024 về việc',
      'ban hành Kế hoạch kiểm soát TTHC',
      '3 Số liệu của Sở Nội vụ',
      '2',
      ' ',
    ].join('\n'),
    ['Phiên họp thứ sáu ngày 14/11/20234 và Quyết định số 1828/QĐ-UBND5.', '---', '4 Công văn số 4072/UBND-NV', '5 Quyết định năm 2021'].join('\n'),
  ]);

  it('finds each mark glued to a year, a percent sign or a symbol, in note order', () => {
    const refs = footnoteRefsOf(report);
    expect(refs.map((r) => [r.number, r.page, r.line])).toEqual([[1, 1, 1], [2, 1, 2], [3, 1, 2], [4, 2, 1], [5, 2, 1]]);
    const before = refs.map((r) => {
      const text = report.pages[r.page - 1].lines.map((l) => l.text).join('\n');
      return text.slice(r.pageOffset - 4, r.pageOffset + String(r.number).length);
    });
    expect(before).toEqual(['20241', '20242', ',52%3', '20234', 'UBND5']);
  });

  it('leaves marks, note bodies and page numbers out of the body text', () => {
    const flow = bodyFlow(report);
    expect(flow.text).toBe(
      [
        'Trong quý I, UBND huyện ban hành Kế hoạch CCHC năm 2024, Kế',
        'hoạch kiểm soát TTHC năm 2024; tỷ lệ quá hạn 0,52% so với 1.182 hồ sơ.',
        'Phiên họp thứ sáu ngày 14/11/2023 và Quyết định số 1828/QĐ-UBND.',
      ].join('\n'),
    );
    expect(scanNumbers(flow.text).map((t) => t.value)).toEqual([0.52, 1182]);
  });

  it('maps flow offsets back to page, line and page offset across the removed marks', () => {
    const flow = bodyFlow(report);
    const at = flow.text.indexOf('1.182');
    const place = flow.place(at, at + 5);
    const page1 = report.pages[0].lines.map((l) => l.text).join('\n');
    expect(place).toMatchObject({ page: 1, line: 2 });
    expect(page1.slice(place.start, place.end)).toBe('1.182');
    const symbol = flow.text.indexOf('1828/QĐ-UBND');
    const symbolPlace = flow.place(symbol, symbol + 12);
    expect(symbolPlace).toMatchObject({ page: 2, line: 1 });
    expect(report.pages[1].lines[0].text.slice(symbolPlace.start, symbolPlace.end)).toBe('1828/QĐ-UBND');
  });

  it('is cached per report', () => {
    expect(bodyFlow(report)).toBe(bodyFlow(report));
  });

  it('gives each footnote body as a flow without its opening number', () => {
    expect(footnoteFlows(report).map((f) => [f.number, f.flow.text])).toEqual([
      [1, 'Kế hoạch 268/KH-UBND ngày 29/12/2023'],
      [2, 'Quyết định 320/KH-UBND ngày 12/01/2024 về việc\nban hành Kế hoạch kiểm soát TTHC'],
      [3, 'Số liệu của Sở Nội vụ'],
      [4, 'Công văn số 4072/UBND-NV'],
      [5, 'Quyết định năm 2021'],
    ]);
  });

  it('keeps digits that are not marks: no note, or a number glued the same way after the note body', () => {
    const plain = reportOf(['Đạt 99,48% với 20241 hồ sơ.\n1.1.1 Số nhiệm vụ 23']);
    expect(footnoteRefsOf(plain)).toEqual([]);
    expect(bodyFlow(plain).text).toBe('Đạt 99,48% với 20241 hồ sơ.\n1.1.1 Số nhiệm vụ 23');
  });
});

describe('numbers echoed in words', () => {
  const report = reportOf([
    [
      '   Xã đã ban hành 04 (bốn) kế hoạch và tiếp nhận 1.318 (một nghìn ba',
      '   trăm mười tám) hồ sơ, giao mười một (11) nhiệm vụ, lập 07 (tám) tổ.',
    ].join('\n'),
  ]);

  it('leaves out the words that spell the number, a bracket wrapped over two lines too; other brackets stay', () => {
    const flow = bodyFlow(report);
    expect(flow.text).toBe('Xã đã ban hành 04 kế hoạch và tiếp nhận 1.318 hồ sơ, giao 11 nhiệm vụ, lập 07 (tám) tổ.');
    expect(scanNumbers(flow.text).map((t) => [t.value, t.unitWord])).toEqual([[4, 'kế hoạch'], [1318, 'hồ sơ'], [11, 'nhiệm vụ'], [7, undefined]]);
  });

  it('maps the flow back to the lines across the left-out words', () => {
    const flow = bodyFlow(report);
    const lines = report.pages[0].lines;
    const page = lines.map((l) => l.text).join('\n');
    for (const word of ['kế hoạch', 'hồ sơ', '11', 'nhiệm vụ']) {
      const at = flow.text.indexOf(word);
      const place = flow.place(at, at + word.length);
      expect(page.slice(place.start, place.end)).toBe(word);
    }
  });
});

describe('footnote marks glued to a number', () => {
  const marked = (page: string) => {
    const report = reportOf([page]);
    return { refs: footnoteRefsOf(report).map((r) => [r.number, r.line]), text: bodyFlow(report).text };
  };

  it('takes the mark where the note repeats the words before the number, not a thousands group cut short', () => {
    const { refs, text } = marked(
      ['Tiếp nhận 4.352 hồ sơ (tiếp nhận mới 3.813 hồ sơ); đã giải quyết 4.100 hồ sơ (trễ hạn 173), còn lại đang xử lý.', '---', '3 Hồ sơ trễ hạn chủ yếu thuộc lĩnh vực tư pháp.'].join('\n'),
    );
    expect(refs).toEqual([[3, 1]]);
    expect(text).toBe('Tiếp nhận 4.352 hồ sơ (tiếp nhận mới 3.813 hồ sơ); đã giải quyết 4.100 hồ sơ (trễ hạn 17), còn lại đang xử lý.');
  });

  it('takes the mark where the note gives parts that add up to what is left', () => {
    const { text } = marked(['Số hồ sơ chậm trả là 254.', '---', '4 Gồm đất đai (19 hồ sơ) và xây dựng (06 hồ sơ).'].join('\n'));
    expect(text).toBe('Số hồ sơ chậm trả là 25.');
  });

  it('keeps a number ending in the note number when the note is about something else', () => {
    const { refs, text } = marked(['Đã giải quyết 1.202 hồ sơ (trễ hạn 12).', '---', '2 Theo số liệu của phần mềm một cửa điện tử.'].join('\n'));
    expect(refs).toEqual([]);
    expect(text).toBe('Đã giải quyết 1.202 hồ sơ (trễ hạn 12).');
  });
});

describe('bodyFlow on the sample reports', () => {
  const corpus = (name: string) => fileURLToPath(new URL(`../../fixtures/corpus/${name}`, import.meta.url));

  it('removes every footnote mark of Thọ Xuân Q1/2024 (.txt)', async () => {
    const report = await readReport(corpus('tho-xuan-cchc-quy-1-2024.txt'));
    markFootnotes(report);
    const refs = footnoteRefsOf(report);
    expect(refs.map((r) => [r.number, r.line])).toEqual([
      [1, 19], [2, 21], [3, 23], [4, 25], [5, 35], [6, 39], [7, 41], [8, 105], [9, 107],
    ]);
    const text = bodyFlow(report).text;
    expect(text).toContain('Kế hoạch CCHC năm 2024, Kế\nhoạch kiểm soát TTHC năm 2024;');
    // (read without the normalise stage: compare in NFC)
    expect(text.normalize('NFC')).toContain('phiên họp thứ sáu ngày 14/11/2023 và phiên họp\nthứ bảy ngày 02/02/2024 để');
    expect(text).not.toMatch(/\n2 ?\nỦy ban/);
  });

  it('finds the mark after a list of levels ("mức độ 3,4.2") in Hạ Hòa 2021', async () => {
    const report = await readReport(corpus('ha-hoa-cchc-nam-2021.txt'));
    markFootnotes(report);
    const refs = footnoteRefsOf(report);
    expect(refs.map((r) => [r.number, r.line])).toEqual([
      [1, 47], [2, 279], [3, 503], [4, 511], [5, 580], [6, 594], [7, 702], [8, 784],
    ]);
  });
});

describe('bodyFlow after the tables stage', () => {
  it('leaves out the lines a table read, even when an earlier stage cached the flow', async () => {
    const { tablesStage } = await import('../../src/tables/stage.js');
    const report = reportOf([[
      'UBND xã báo cáo như sau:',
      'STT Chỉ tiêu Đơn vị tính Số liệu',
      '1 Tổng số TTHC đang áp dụng Thủ tục 309',
      '2 Số TTHC thực hiện theo cơ chế một cửa Thủ tục 146',
      '3 Số hồ sơ đã giải quyết Hồ sơ 812',
    ].join('\n')]);
    expect(bodyFlow(report).text).toContain('309'); // cached before the tables stage, as metadata does
    await tablesStage.run(report, {});
    expect(report.tableRows.length).toBeGreaterThan(0);
    expect(bodyFlow(report).text).not.toContain('309');
  });
});
