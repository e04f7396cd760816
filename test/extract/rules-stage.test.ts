/** The rules stage on a whole report: body text and footnotes, each with its own scope. */
import { describe, expect, it } from 'vitest';
import { extractProse } from '../../src/extract/rules/index.js';
import { type LineKind, newReport, reindexPage } from '../../src/model/report.js';

function report(lines: Array<[string, LineKind, number?]>) {
  const r = newReport({ id: 'r0123456789abcdef', path: 'x.txt', sourceFile: 'x.txt', format: 'txt' });
  Object.assign(r.meta, { periodStart: '2021-01-01', periodEnd: '2021-12-31', reportDate: '2021-12-20' });
  const page = {
    number: 1,
    lines: lines.map(([text, kind, footnote], i) => ({ page: 1, line: i + 1, offset: 0, text, raw: text, kind, footnote })),
  };
  reindexPage(page);
  r.pages = [page];
  return r;
}

describe('rules stage', () => {
  it('reads the body and each footnote, footnote figures with their own periods', () => {
    const r = report([
      ['Số hồ sơ đã giải quyết: 11.664 hồ sơ;', 'body'],
      ['UBND huyện đã ban hành 17 văn bản chỉ đạo về CCHC.', 'body'],
      ['1 Năm 2020: tổ chức kiểm tra 12 xã; năm 2021: kiểm tra 14 xã.', 'footnote', 1],
    ]);
    extractProse(r);
    expect(r.mentions.map((m) => [m.indicator, m.value, m.source, m.period.start, m.place.line])).toEqual([
      ['dossier.resolved', 11664, 'text', '', 1],
      ['direction.documents', 17, 'text', '', 2],
      ['inspection.units', 12, 'footnote', '2020-01-01', 3],
      ['inspection.units', 14, 'footnote', '', 3],
    ]);
    const [first] = r.mentions;
    expect(first.place).toEqual({ page: 1, line: 1, start: 24, end: 30 });
    expect(r.pages[0].lines[0].text.slice(first.place.start, first.place.end)).toBe('11.664');
  });

  it("reads a note's quantities as parts of its anchor's figure, else of its anchor's words", () => {
    const body = 'Trong năm, xã mới tiếp nhận 4.120 hồ sơ. Xã được giao biên chế công chức hằng năm.';
    const r = report([
      [body, 'body'],
      ['1 Quý I: 950 hồ sơ; quý II: 1.010 hồ sơ.', 'footnote', 1],
      ['2 Năm 2020: 22 biên chế; năm 2021: 21 biên chế.', 'footnote', 2],
    ]);
    const markAfter = (words: string) => ({ page: 1, line: 1, start: body.indexOf(words) + words.length, end: body.indexOf(words) + words.length + 1 });
    r.footnoteAnchors.set(1, markAfter('4.120 hồ sơ'));
    r.footnoteAnchors.set(2, markAfter('hằng năm'));
    extractProse(r);
    expect(r.mentions.filter((m) => m.source === 'footnote').map((m) => [m.indicator, m.value, m.period.start])).toEqual([
      ['dossier.new', 950, '2021-01-01'],
      ['dossier.new', 1010, '2021-04-01'],
      ['staff.quota', 22, '2020-01-01'],
      ['staff.quota', 21, ''],
    ]);
  });

  it("reads a note's items by period under its anchor's figure, a bare counter noun counting what the anchor does", () => {
    const body = 'Cả giai đoạn, huyện kiểm tra 31 lượt cơ quan, đơn vị. Đến 01/12, xã tiếp nhận 900 hồ sơ.';
    const r = report([
      [body, 'body'],
      ['1 Năm 2020: 6 lượt; năm 2021: 8 lượt.', 'footnote', 1],
      ['2 Tháng 11: 410 hồ sơ; từ 01/12 đến 10/12: 95 hồ sơ.', 'footnote', 2],
    ]);
    const markAfter = (words: string) => ({ page: 1, line: 1, start: body.indexOf(words) + words.length, end: body.indexOf(words) + words.length + 1 });
    r.footnoteAnchors.set(1, markAfter('cơ quan, đơn vị'));
    r.footnoteAnchors.set(2, markAfter('900 hồ sơ'));
    extractProse(r);
    const notes = r.mentions.filter((m) => m.source === 'footnote' && m.indicator !== '');
    expect(notes.map((m) => [m.indicator, m.value, m.period.start])).toContainEqual(['inspection.units', 6, '2020-01-01']);
    expect(notes.map((m) => [m.indicator, m.value, m.period.start])).toContainEqual(['inspection.units', 8, '']);
    // A date ("01/12") is no item of the breakdown.
    expect(notes.map((m) => m.value)).not.toContain(1);
  });

  it("reads a note's level items under an apology count as letters per level, not a mailbox's letters", () => {
    const body = 'Các phòng, các xã đã gửi 730 thư xin lỗi người dân có hồ sơ quá hạn. Hộp thư góp ý của huyện đặt tại Bộ phận Một cửa.';
    const r = report([
      [body, 'body'],
      ['1 Trong đó cấp huyện 250 thư, cấp xã 480 thư.', 'footnote', 1],
      ['2 Cấp huyện nhận 9 thư; cấp xã nhận 14 thư.', 'footnote', 2],
    ]);
    const markAfter = (words: string) => ({ page: 1, line: 1, start: body.indexOf(words) + words.length, end: body.indexOf(words) + words.length + 1 });
    r.footnoteAnchors.set(1, markAfter('quá hạn'));
    r.footnoteAnchors.set(2, markAfter('Một cửa'));
    extractProse(r);
    const notes = r.mentions.filter((m) => m.source === 'footnote' && m.indicator !== '').map((m) => [m.indicator, m.value, m.level]);
    expect(notes).toEqual([
      ['dossier.apologies', 250, 'district'],
      ['dossier.apologies', 480, 'commune'],
    ]);
  });

  it("reads who is among the anchor's figure ('trong số này có …') as a part of it by kind, not a figure of another key", () => {
    const body = 'Trong năm, huyện đã tinh giản 21 người. Trong năm, huyện đã tinh giản 12 người.';
    const r = report([
      [body, 'body'],
      ['1 Theo Nghị định số 29/2023/NĐ-CP; trong số này có 04 người là viên chức trường học.', 'footnote', 1],
      ['2 Tinh giản 12 người, trong đó 05 người là viên chức.', 'footnote', 2],
    ]);
    const markAfter = (words: string, from = 0) => ({ page: 1, line: 1, start: body.indexOf(words, from) + words.length, end: body.indexOf(words, from) + words.length + 1 });
    r.footnoteAnchors.set(1, markAfter('21 người'));
    r.footnoteAnchors.set(2, markAfter('12 người'));
    extractProse(r);
    const notes = r.mentions.filter((m) => m.source === 'footnote' && m.indicator !== '').map((m) => [m.indicator, m.value]);
    expect(notes).not.toContainEqual(['staff.public_units_reduced', 4]);
    // negative: a part the note states with its own cut and "trong đó" stays the split the rules read
    expect(notes).toContainEqual(['staff.public_units_reduced', 5]);
  });

  it("reads a note's dated counts of its anchor's kind under the anchor's key, not a rule's other key", () => {
    const body = 'Giai đoạn vừa qua, HĐND, UBND huyện đã ban hành 17 văn bản quy phạm pháp luật. Trong năm, xã tiếp nhận 900 hồ sơ.';
    const r = report([
      [body, 'body'],
      ['1 Năm 2019 ban hành 09 văn bản, năm 2020 ban hành 08 văn bản.', 'footnote', 1],
      ['2 Năm 2021 ban hành 1.300 văn bản đi trên phần mềm.', 'footnote', 2],
    ]);
    const markAfter = (words: string) => ({ page: 1, line: 1, start: body.indexOf(words) + words.length, end: body.indexOf(words) + words.length + 1 });
    r.footnoteAnchors.set(1, markAfter('quy phạm pháp luật'));
    r.footnoteAnchors.set(2, markAfter('900 hồ sơ'));
    extractProse(r);
    const notes = r.mentions.filter((m) => m.source === 'footnote').map((m) => [m.indicator, m.value, m.period.start]);
    expect(notes).toContainEqual(['legal.issued', 9, '2019-01-01']);
    expect(notes).toContainEqual(['legal.issued', 8, '2020-01-01']);
    expect(notes).not.toContainEqual(['egov.outgoing_documents', 9, '2019-01-01']);
    // negative: under an anchor that counts something else (dossiers), the note's outgoing documents stay the rule's
    expect(notes).toContainEqual(['egov.outgoing_documents', 1300, '']);
  });

  it('dates every figure of the sentence holding the mark of a note that only dates its data, not a cited document', () => {
    const body = 'Toàn tỉnh đang áp dụng 1.210 thủ tục hành chính, trong đó cấp tỉnh 905 thủ tục, cấp huyện 190 thủ tục, cấp xã 115 thủ tục1. Trong năm, tỉnh bãi bỏ 64 thủ tục hành chính.';
    const cited = 'UBND tỉnh đã ban hành 12 văn bản chỉ đạo về cải cách hành chính2.';
    const r = report([
      [body, 'body'],
      [cited, 'body'],
      ['1 Số liệu tính đến ngày 31/10/2021, lấy từ phần mềm một cửa của tỉnh.', 'footnote', 1],
      ['2 Kế hoạch số 05/KH-UBND ngày 10/01/2021 thực hiện Nghị quyết của HĐND tỉnh năm 2020.', 'footnote', 2],
    ]);
    // A mark's place is in page offsets: after the words, on the line that holds them.
    const mark = (line: number, text: string, words: string) => {
      const at = r.pages[0].lines[line - 1].offset + text.indexOf(words) + words.length;
      return { page: 1, line, start: at, end: at + 1 };
    };
    r.footnoteAnchors.set(1, mark(1, body, 'cấp xã 115 thủ tục'));
    r.footnoteAnchors.set(2, mark(2, cited, 'cải cách hành chính'));
    extractProse(r);
    expect(r.mentions.filter((m) => m.indicator !== '').map((m) => [m.indicator, m.value, m.level, m.period.start])).toEqual([
      ['procedure.total', 1210, '', '2021-10-31'],
      ['procedure.total', 905, 'province', '2021-10-31'],
      ['procedure.total', 190, 'district', '2021-10-31'],
      ['procedure.total', 115, 'commune', '2021-10-31'],
      ['procedure.abolished', 64, '', ''],
      ['direction.documents', 12, '', ''],
    ]);
  });

  it("dates a note by its anchor's sentence, not by a bracketed aside closed before the mark", () => {
    const body = 'Xã tiếp nhận 2.310 hồ sơ (năm 2020 tiếp nhận 1.980 hồ sơ); quá hạn 14 hồ sơ.';
    const r = report([
      [body, 'body'],
      ['1 Trong 14 hồ sơ quá hạn có 9 hồ sơ thuộc lĩnh vực đất đai.', 'footnote', 1],
    ]);
    const at = body.indexOf('14 hồ sơ') + '14 hồ sơ'.length;
    r.footnoteAnchors.set(1, { page: 1, line: 1, start: at, end: at + 1 });
    extractProse(r);
    const late = r.mentions.filter((m) => m.indicator === 'dossier.late');
    expect(late.map((m) => [m.value, m.source])).toContainEqual([14, 'footnote']);
    expect(late.map((m) => m.period.start)).toEqual(late.map(() => ''));
  });

  it('reads a share the sentence restates for another period as that period\'s share of the same kind', () => {
    const shares = (body: string) => {
      const r = report([[body, 'body']]);
      extractProse(r);
      return r.mentions.filter((m) => m.unit === 'percent').map((m) => `${m.indicator}=${m.value} ${m.period.start || 'report'}`);
    };
    expect(shares('Tỷ lệ hồ sơ nộp trực tuyến đạt 61,5%, tăng 13,4 điểm so với cùng kỳ năm 2020 (48,1%).')).toEqual([
      'dossier.online_rate=61.5 report', 'dossier.online_rate=48.1 2020-01-01',
    ]);
    expect(shares('Tỷ lệ giải quyết hồ sơ đúng hạn đạt 99,1%, trong khi năm 2020 chỉ đạt 97,4%.')).toEqual([
      'dossier.on_time_rate=99.1 report', 'dossier.on_time_rate=97.4 2020-01-01',
    ]);
    expect(shares('Tỷ lệ giải quyết hồ sơ đúng hạn đạt 99,1%. Đang giải quyết 40 hồ sơ. Năm 2020, tỷ lệ này là 97,4%.')).toEqual([
      'dossier.on_time_rate=99.1 report', 'dossier.on_time_rate=97.4 2020-01-01',
    ]);
    // Negatives: a bracket after another body's share, not a period; "tỷ lệ này" with no share before it.
    expect(shares('Tỷ lệ hồ sơ nộp trực tuyến đạt 61,5%, cao hơn mức bình quân của tỉnh (55,2%).')).toEqual(['dossier.online_rate=61.5 report']);
    expect(shares('Xã tiếp nhận 900 hồ sơ. Năm 2020, tỷ lệ này là 97,4%.')).toEqual([]);
  });

  it("reads a comparison's value for its baseline as the compared figure in that period", () => {
    const values = (body: string) => {
      const r = report([[body, 'body']]);
      Object.assign(r.meta, { periodStart: '2021-01-01', periodEnd: '2021-06-30', reportDate: '2021-06-25' });
      extractProse(r);
      return r.mentions.map((m) => `${m.indicator}=${m.value}${m.level ? ` ${m.level}` : ''} ${m.period.start || 'report'}`).sort();
    };
    // In brackets right after the baseline (the difference before it is no figure), a previous month too.
    expect(values('Bộ phận một cửa cấp huyện nhận 5.210 hồ sơ, tăng 410 hồ sơ so với cùng kỳ năm 2020 (4.800 hồ sơ).')).toEqual([
      'dossier.received=4800 district 2020-01-01', 'dossier.received=5210 district report',
    ]);
    expect(values('Trong tháng 6/2021, xã nhận 640 hồ sơ (25 hồ sơ tồn, 615 hồ sơ mới), giảm 30 hồ sơ so với tháng 5/2021 (670 hồ sơ).')).toContain(
      'dossier.received=670 2021-05-01',
    );
    // A bracket the baseline opens: each figure by its kind; "là" after the baseline; money.
    expect(values('Hồ sơ nộp trực tuyến 2.100 hồ sơ, chiếm 40,3% (cùng kỳ năm 2020 là 620 hồ sơ, chiếm 13,5%).')).toEqual([
      'dossier.online=2100 report', 'dossier.online=620 2020-01-01', 'dossier.online_rate=13.5 2020-01-01', 'dossier.online_rate=40.3 report',
    ]);
    expect(values('UBND huyện ban hành 22 văn bản chỉ đạo về CCHC, so với cùng kỳ năm 2020 là 17 văn bản.')).toEqual([
      'direction.documents=17 2020-01-01', 'direction.documents=22 report',
    ]);
    expect(values('Thu ngân sách trên địa bàn đạt 85,2 tỷ đồng; cùng kỳ năm 2020 là 79,4 tỷ đồng.')).toEqual([
      'finance.revenue=79400000000 2020-01-01', 'finance.revenue=85200000000 report',
    ]);
    // Negatives: a change in the bracket stays a difference; a bracket after words, not a baseline, is no value.
    expect(values('Huyện nhận 5.210 hồ sơ, so với cùng kỳ năm 2020 (tăng 410 hồ sơ).')).toEqual(['dossier.received=5210 report']);
    expect(values('Huyện nhận 5.210 hồ sơ, cao hơn bình quân các huyện (4.100 hồ sơ).')).not.toContain('dossier.received=4100 report');
  });

  it('reads communes counted before a receipt as the commune level, not communes joined to the unit', () => {
    const r = report([
      ['Năm 2021, thị xã tiếp nhận 20.000 hồ sơ; Bộ phận một cửa của 11 phường, xã tiếp nhận 9.800 hồ sơ.', 'body'],
      ['Bộ phận Một cửa thị xã và các xã, phường đã tiếp nhận 29.800 hồ sơ.', 'body'],
    ]);
    extractProse(r);
    expect(r.mentions.map((m) => [m.indicator, m.value, m.level])).toEqual([
      ['dossier.received', 20000, ''],
      ['dossier.received', 9800, 'commune'],
      ['dossier.received', 29800, ''],
    ]);
  });

  it('skips lines the tables stage took', () => {
    const r = report([['Số nhiệm vụ đề ra trong kế hoạch | Nhiệm vụ | 23', 'table']]);
    extractProse(r);
    expect(r.mentions).toEqual([]);
  });
});
